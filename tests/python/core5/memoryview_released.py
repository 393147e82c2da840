# memoryview: weak references; a view released by an __index__,
# __float__ or __bool__ run while indexing it (gh-92888).
import weakref

b = bytearray(b'abc')
m = memoryview(b)
r = weakref.ref(m)
print(r() is m, type(r()).__name__)
size = 16


def release():
    global ba
    m.release()
    ba = bytearray(size)


class MyIndex:
    def __index__(self):
        release()
        return 4


class MyFloat:
    def __float__(self):
        release()
        return 4.25


class MyBool:
    def __bool__(self):
        release()
        return True


def attempt(label, fn):
    global m
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


def fresh(fmt='B', shape=None):
    global m
    m = memoryview(bytearray(b'\xff' * size))
    if fmt != 'B' or shape:
        m = m.cast(fmt, shape) if shape else m.cast(fmt)
    return m


fresh(); attempt("get int", lambda: m[MyIndex()])
fresh(); attempt("get slice stop", lambda: list(m[:MyIndex()]))
fresh(); attempt("get slice start", lambda: list(m[MyIndex():8]))
fresh('B', (8, 2)); attempt("get tuple", lambda: m[MyIndex(), 0])
fresh(); attempt("set int", lambda: m.__setitem__(MyIndex(), 42))
fresh(); attempt("set slice", lambda: m.__setitem__(slice(None, MyIndex()), b'spam'))
fresh(); attempt("set value", lambda: m.__setitem__(0, MyIndex()))
for fmt in 'bhilqnBHILQN':
    fresh(fmt); attempt("set " + fmt, lambda: m.__setitem__(0, MyIndex()))
for fmt in 'fd':
    fresh(fmt); attempt("set " + fmt, lambda: m.__setitem__(0, MyFloat()))
fresh('?'); attempt("set ?", lambda: m.__setitem__(0, MyBool()))
b = bytearray(b'xyz')
m2 = memoryview(b)
try:
    m2[:'a']
except TypeError as e:
    print("TypeError", e)
m2.release()
b.extend(b'!')
print(b)
