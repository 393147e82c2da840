class L: __module__ = "a"
class S: loader = None
class M1: __loader__ = None; __spec__ = S()
class M2: __loader__ = L()
def f():
    for m in [M1(), M2(), M1()]:
        lm = None
        try:
            lm = m.__loader__.__module__
        except AttributeError:
            try:
                lm = m.__spec__.loader.__module__
            except AttributeError:
                pass
        if lm not in {'a', 'b'}:
            continue
        print(lm)
f()
print("ok")
