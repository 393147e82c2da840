# An object an earlier statement computed dies when its last name is deleted
# inside a try body: nothing of the frame keeps it (gc.collect runs __del__).
import gc
class C:
    def __del__(self):
        print("del")
def a():
    x = C()
    try:
        try:
            raise KeyError
        except KeyError:
            del x
            gc.collect()
            print("after collect a")
    except Exception as e:
        pass

a()
def b():
    x = C()
    try:
        try:
            raise KeyError
        except KeyError:
            del x
            gc.collect()
            print("after collect b")
    finally:
        pass

b()
def c():
    x = C()
    try:
        del x
        gc.collect()
        print("after collect c")
    finally:
        pass

c()
def d():
    x = C()
    try:
        pass
    finally:
        del x
        gc.collect()
        print("after collect d")

d()
print("end")


def e():
    x = C()
    with open(__file__) as fh:
        del x
        gc.collect()
        print("after collect e")


e()


print("end2")
