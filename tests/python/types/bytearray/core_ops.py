ba = bytearray(b'abc')
print(isinstance(ba, bytearray), bytes(ba), bytearray(b'xy'), type(bytes(ba)).__name__)
try: hash(ba)
except TypeError as e: print(e)
for args in [(-1,), ([256],), ('str',), ('x', 'nope'), (1.5,), (['a'],), (b'x', 'utf-8'), (None,)]:
    try: print(bytearray(*args))
    except Exception as e: print(type(e).__name__, e)
print(bytearray('héllo', 'utf-8'), bytearray('h', encoding='latin-1'))
print(ba[0], ba[-1], ba[1:], ba[::-1], list(ba), ba * 0, 3 * ba)
try: ba[5]
except IndexError as e: print(e)
try: ba[5] = 1
except IndexError as e: print(e)
try: ba['x']
except TypeError as e: print(e)
try: ba + 'x'
except TypeError as e: print(e)
try: ba += 5
except TypeError as e: print(e)
print(ba == bytearray(b'abc'), ba != b'abc', ba <= b'abd', ba == 'abc')
print(b'-'.join([ba, b'x']), bytearray(b'-').join([b'a', bytearray(b'b')]))
print(ba.startswith((b'x', b'a')), ba.endswith(b'c'), ba.find(98), ba.index(b'c'), ba.rfind(b'z'))
print(bytearray(b'  x y  ').split(), bytearray(b'a,b').rsplit(b',', 1), bytearray(b'x\ny').splitlines())
print(ba.hex(':'), bytearray.fromhex('aa bb'), bytes.fromhex('01'), ba.decode('ascii'), ba.zfill(5), ba.title())
x = bytearray(b'0123456789'); x[1:8:3] = b'ABC'; print(x); del x[-1]; del x[:2]; print(x)
x.insert(-100, 65); x.insert(100, 66); print(x)
class S(bytearray): pass
s = S(b'q'); print(s, type(s).__name__, isinstance(s, bytearray), s + b'r')
print(bytearray(range(3)), bytearray(iter([1,2])), bytearray(True))
try: ba.pop(10)
except IndexError as e: print(e)
try: bytearray().remove(1)
except ValueError as e: print(e)
it = iter(bytearray(b'ab')); print(next(it), next(it))
print(repr(bytearray(b"it's")), str(bytearray(b'z')))
