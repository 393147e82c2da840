# x[a:b:c] loads and stores compile to GET_SLICE/SET_SLICE: exact lists and
# tuples are sliced without a slice object; every other receiver still gets
# a real slice (custom __getitem__/__setitem__, subclasses, str, bytes,
# range, dict), and the bounds keep CPython's evaluation order and errors.
class Rec:
    def __getitem__(self, k):
        return ("get", type(k).__name__, k.start, k.stop, k.step)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)

class SubList(list):
    def __getitem__(self, k):
        return ("sub", k)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v

def trace(label, v):
    print("eval", label)
    return v

r = Rec()
print(r[1:2], r[::3], r[trace("lo", 1):trace("hi", 2):trace("st", 3)])
r[1:2] = "v"
del r[:5]
print(SubList([1, 2, 3])[0:2])
t = (1, 2, 3, 4, 5)
print(t[:] is t, t[0:5] is t, t[0:100] is t, t[1:] , t[::-1], t[::2], t[-2:], t[3:1])
l = [1, 2, 3, 4, 5]
print(l[:] is l, l[:], l[Idx(1):Idx(-1)], l[::Idx(2)], l[None:None:None])
for bad in [(1.5, None, None), (None, "x", None), (None, None, 0)]:
    for x in (l, t, "abc"):
        try:
            print(x[bad[0]:bad[1]:bad[2]])
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print("héllo wörld"[1:8], "abc"[::-1], b"bytes"[1:3], bytearray(b"xyz")[1:], range(10)[2:8:2], memoryview(b"abcd")[1:3].tobytes())
try:
    {}[1:2]
except TypeError as e:
    print("TypeError", e)
try:
    five = 5
    five[1:2]
except TypeError as e:
    print("TypeError", e)
l[1:3] = (9, 9, 9)
print(l)
l[trace("a", 0):trace("b", 1)] = trace("value", [7])
print(l)
l[::2] = [0] * 3
print(l)
l[1:2] += [5, 5]
print(l)
s = SubList([1, 2, 3])
s[0:1] = [8, 8]
print(list.__repr__(s))
try:
    t[0:1] = (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print("TypeError", e)
n = [0] * 10
n[2:5], n[7:] = [1, 1], [2]
print(n)
