from array import array
for tc in 'bBuhHiIlLqQfd':
    a = array(tc, 'ab' if tc == 'u' else [1, 2])
    m = memoryview(a)
    print(tc, m.format, m.itemsize, m.nbytes, m.readonly)
a = array('d', [1.0, 2.0]); m = memoryview(a); m[0] = 5.5; print(a, m.tolist())
it = iter(array('b', [1, 2])); print(type(it).__name__, list(it))
import struct; print(struct.unpack('2i', array('i', [3, 4])))
print(bytes(array('b',[1]) + array('b',[2])), array('i', [5]) in [array('i', [5])])
a = array('i', [1, 2, 3]); out = []
for x in a:
    out.append(x)
    if x == 1: a.append(4)
print(out)
