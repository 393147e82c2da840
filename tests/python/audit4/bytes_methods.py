def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for T in [bytes, bytearray]:
    print('#####', T.__name__)
    B = [T(b''), T(b'abc'), T(b' Hello World '), T(b'a,b,,c'), T(b'x\ty\nz\r\n'), T(b'\x00\xff\x80'), T(b'12'), T(b'aBc DeF'), T(b'\t\n\x0b\x0c\r \x1c')]
    for s in B:
        print('==', s)
        t(lambda: (s.capitalize(), s.title(), s.swapcase(), s.upper(), s.lower(), s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(), s.isspace(), s.istitle(), s.isupper()))
        t(lambda: (s.center(9), s.center(9, b'*'), s.ljust(7, b'-'), s.rjust(7), s.zfill(6), s.expandtabs(), s.expandtabs(3)))
        t(lambda: (s.split(), s.split(b','), s.split(b',', 1), s.rsplit(None, 1), s.rsplit(b',', 1), s.splitlines(), s.splitlines(True), s.partition(b','), s.rpartition(b',')))
        t(lambda: (s.strip(), s.lstrip(b' H'), s.rstrip(b'dl '), s.strip(b'a'), s.removeprefix(b'a'), s.removesuffix(b'c'), s.replace(b'a', b'X'), s.replace(b'', b'-'), s.replace(b'a', b'', 1)))
        t(lambda: (s.find(b'a'), s.rfind(97), s.find(b'', 100), s.count(b'a'), s.count(b''), s.count(97), s.index(b''), s.startswith((b'a', b'x')), s.endswith(b'c', 0, 3), 97 in s, b'' in s))
        t(lambda: (s.hex(), s.hex(':'), s.hex(b'-', 2), s.hex(':', -2), s.hex('', 1), len(s), s[::-1], s[1:], s[0] if s else None))
    t(lambda: T.fromhex('61 62  63')); t(lambda: T.fromhex('6')); t(lambda: T.fromhex('6g')); t(lambda: T.fromhex(' 6 1')); t(lambda: T.fromhex('\t61\n')); t(lambda: T.fromhex(b'61')); t(lambda: T.fromhex('61\x00'))
    t(lambda: T(b'abc').hex('::')); t(lambda: T(b'abc').hex('é')); t(lambda: T(b'abc').hex(1)); t(lambda: T(b'abcdef').hex(':', 0)); t(lambda: T(b'abcdef').hex(':', 4)); t(lambda: T(b'abcdef').hex(':', -4)); t(lambda: T(b'abcdef').hex(':', 2**40))
    t(lambda: T(3)); t(lambda: T(-1)); t(lambda: T('abc')); t(lambda: T('abc', 'ascii')); t(lambda: T('é', 'ascii')); t(lambda: T([1, 2, 256])); t(lambda: T([1, -1])); t(lambda: T(['a'])); t(lambda: T(b'x', 'ascii')); t(lambda: T(encoding='ascii')); t(lambda: T(5.0)); t(lambda: T(iter([1, 2]))); t(lambda: T(range(3))); t(lambda: T(memoryview(b'mv'))); t(lambda: T(None))
    t(lambda: T(b'a').join([b'x', bytearray(b'y'), memoryview(b'z')])); t(lambda: T(b',').join([b'x', 'y'])); t(lambda: T(b'a') + b'b'); t(lambda: T(b'a') + 'b'); t(lambda: T(b'a') * 3); t(lambda: 3 * T(b'a')); t(lambda: T(b'a') < b'b'); t(lambda: T(b'a') == 'a'); t(lambda: T(b'ab') + memoryview(b'c'))
    t(lambda: T.maketrans(b'ab', b'xy')[97:99]); t(lambda: T.maketrans(b'a', b'xy')); t(lambda: T(b'abc').translate(None, b'b')); t(lambda: T(b'abc').translate(b'x' * 256)); t(lambda: T(b'abc').translate(b'x')); t(lambda: T(b'abc').translate(None, delete=b'a'))
    t(lambda: T(b'abc').split(b'')); t(lambda: T(b'a b').split(' ')); t(lambda: T(b'abc').find('a')); t(lambda: T(b'abc').find(256)); t(lambda: T(b'abc').startswith('a')); t(lambda: T(b'abc').center(5, 'x')); t(lambda: T(b'abc').center(5, b'xy'))
    t(lambda: T(b'abc').decode()); t(lambda: T(b'\xff').decode()); t(lambda: str(T(b'\'"'))); t(lambda: repr(T(b"'"))); t(lambda: repr(T(b'\'"\\\n\x7f')))
    t(lambda: T(b'%s %d %x %r' % (b'a', 3, 255, b'q'))); t(lambda: T(b'abc')[5]); t(lambda: T(b'abc')[-4]); t(lambda: T(b'abc')['a'])
    t(lambda: hash(T(b'abc')) if T is bytes else 0)
# bytearray mutation
b = bytearray(b'0123456789')
def m(f):
    try:
        f()
        print(repr(b))
    except Exception as e:
        print(type(e).__name__, e, repr(b))
def a1(): b[::2] = b'abcde'
def a2(): b[::2] = b'ab'
def a3(): b[1:3] = b''
def a4(): b[1:1] = b'XYZ'
def a5(): b[::-3] = [1, 2, 3]
def a6(): del b[::3]
def a7(): b[0] = 256
def a8(): b[0] = -1
def a9(): b[100] = 1
def a10(): b[2:4] = 5
def a11(): b[2:4] = 'ab'
def a12(): b[::2] = b
def a13(): b[:] = b
def a14(): b[5:2] = b'Q'
def a15(): del b[-1]
def a16(): b[0] = b'x'
def a17(): b[8:] = range(3)
def a18(): b[1::0] = b''
for f in [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18]:
    m(f)
b = bytearray(b'hello')
m(lambda: b.append(33)); m(lambda: b.append(256)); m(lambda: b.extend(b' xy')); m(lambda: b.extend([1, 'a'])); m(lambda: b.extend(5)); m(lambda: b.insert(0, 65)); m(lambda: b.insert(-100, 66)); m(lambda: b.insert(100, 67)); m(lambda: print(b.pop(), b.pop(0))); m(lambda: bytearray().pop()); m(lambda: b.pop(100)); m(lambda: b.remove(108)); m(lambda: b.remove(200)); m(lambda: b.reverse()); m(lambda: print(b.copy())); m(lambda: b.clear())
b = bytearray(b'abc')
m(lambda: b.__iadd__(b'de')); m(lambda: b.__imul__(2)); m(lambda: b.__imul__(-1)); m(lambda: b.__iadd__('x'))
b = bytearray(b'abc')
m(lambda: b.__alloc__() >= 3); m(lambda: print(b.__sizeof__() >= 3))
mv = memoryview(b)
m(lambda: b.append(1)); m(lambda: b.extend(b'x')); m(lambda: b.pop()); m(lambda: b.__setitem__(slice(0, 1), b'xy')); m(lambda: b.__setitem__(0, 120)); m(lambda: b.__setitem__(slice(0, 1), b'Z')); m(lambda: b.__delitem__(0)); m(lambda: b.clear()); m(lambda: b.__iadd__(b'q')); m(lambda: b.__imul__(2)); m(lambda: b.__imul__(1))
mv.release()
m(lambda: b.append(1))
