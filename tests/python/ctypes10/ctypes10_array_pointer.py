# Arrays, pointers, byref, cast, memmove/memset/string_at/wstring_at,
# create_string_buffer/create_unicode_buffer and resize, over Krait memory.
from ctypes import *


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


A = c_int * 3
t(lambda: (A.__name__, A._length_, A._type_, sizeof(A), alignment(A)))
t(lambda: A is c_int * 3)
t(lambda: ARRAY(c_int, 3) is A)
t(lambda: type(A).__name__)
a = A(1, 2, 3)
t(lambda: (a[0], a[-1], a[:], a[::-1], a[1:5], len(a), list(a)))
t(lambda: A(1, 2, 3, 4))
t(lambda: a[5])
t(lambda: a["x"])
a[1] = 20
a[0:2] = [7, 8]
t(lambda: list(a))
t(lambda: a.__setitem__(slice(0, 2), [1]))
t(lambda: a.__delitem__(0))
t(lambda: c_int * -1)
t(lambda: (3 * c_char).__name__)
M = c_int * 3 * 2
m = M((1, 2, 3), (4, 5, 6))
t(lambda: (M.__name__, [list(r) for r in m], sizeof(M)))
t(lambda: type(m[0]).__name__)
t(lambda: m[1]._b_base_ is m)
t(lambda: type('X', (c_int * 2,), {'_length_': -1}))
t(lambda: type('X', (Array,), {'_length_': 2}))
t(lambda: type('X', (Array,), {}))
t(lambda: type('X', (Array,), {'_length_': 2, '_type_': 5}))

buf = create_string_buffer(b"hello")
t(lambda: (sizeof(buf), buf.value, buf.raw, buf[1], buf[1:3], type(buf).__name__))
buf.value = b"hi"
t(lambda: buf.raw)
t(lambda: setattr(buf, "value", b"toolongvalue"))
t(lambda: setattr(buf, "value", "str"))
buf.raw = b"ab"
t(lambda: buf.raw)
t(lambda: create_string_buffer(3).raw)
t(lambda: create_string_buffer(b"ab", 4).raw)
t(lambda: create_string_buffer("x"))
wb = create_unicode_buffer("h\xe9llo")
t(lambda: (wb.value, sizeof(wb), len(wb), wb[1], wb[1:3]))
wb.value = "ab"
t(lambda: wb.value)
t(lambda: create_unicode_buffer(4).value)

PI = POINTER(c_int)
t(lambda: (PI.__name__, PI._type_, sizeof(PI), POINTER(c_int) is PI, type(PI).__name__))
t(lambda: POINTER(None) is c_void_p)
x = c_int(3)
p = pointer(x)
t(lambda: (p.contents.value, p[0], bool(p), type(p) is PI))
p.contents.value = 9
t(lambda: x.value)
p[0] = 11
t(lambda: x.value)
t(lambda: PI().contents)
t(lambda: PI()[0])
t(lambda: bool(PI()))
t(lambda: setattr(p, "contents", c_long(1)))
t(lambda: POINTER(5))
t(lambda: p._objects)
arr = (c_int * 5)(*range(5))
ip = cast(arr, PI)
t(lambda: [ip[i] for i in range(5)])
ip[2] = 42
t(lambda: (list(arr), ip[1:4], ip[:2], ip[3:0:-1]))
t(lambda: ip[0:])
vp = cast(arr, c_void_p)
t(lambda: vp.value == addressof(arr))
t(lambda: cast(vp, PI)[4])
t(lambda: cast(addressof(arr) + 8, PI)[0])
t(lambda: cast(1, c_int))
t(lambda: cast(arr, c_char_p).value)
t(lambda: cast(create_string_buffer(b"hi"), c_char_p).value)
pa = PI(arr)
t(lambda: "wrong" if True else pa)
t(lambda: (pointer(pointer(x)).contents.contents.value))

s = create_string_buffer(10)
t(lambda: memmove(s, b"abcdef", 6) == addressof(s))
t(lambda: s.raw)
memset(s, ord("z"), 3)
t(lambda: (s.value, string_at(s), string_at(addressof(s) + 1, 3), string_at(s, 0)))
w = create_unicode_buffer("Hello")
t(lambda: (wstring_at(w), wstring_at(w, 2), wstring_at(addressof(w), 6)))
t(lambda: addressof(arr) + 8 == addressof(c_int.from_buffer(arr, 8)))
t(lambda: c_int.from_address(addressof(arr) + 4).value)
t(lambda: addressof(5))
t(lambda: type(byref(x)).__name__)
t(lambda: byref(5))
t(lambda: byref(x)._obj is x)

r = c_int(7)
t(lambda: resize(r, 2))
resize(r, 16)
t(lambda: (sizeof(r), r.value, r._b_needsfree_))
t(lambda: resize(arr[0:1] and c_int.from_buffer(arr), 8))
t(lambda: resize(c_int(), 2 ** 62))
t(lambda: resize(c_int(), 2 ** 70))
t(lambda: (c_char * (2 ** 62))())
