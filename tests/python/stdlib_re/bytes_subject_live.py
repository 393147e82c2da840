# Match groups of a mutable bytes-like subject read its current contents,
# clamped to its current length (bpo-29444).
import re, array
s = bytearray(b'abcdefgh')
m = re.search(b'[a-h]+', s); m2 = re.search(b'([e-h])+', s)
print(m.group(), m2.group(), m2.group(1), m2.groups(), m2[0], m.span())
s[:] = b'xyz'
print(m.group(), m2.group(), m2.group(1), m2.groups(), m2[0], m.span(), m2.groupdict(), m.string)
s[:] = b'XYZabcdefgh'
print(m.group(), m2.group(1), m.expand(rb'<\g<0>>'))
mv = memoryview(bytearray(b'hello'))
m3 = re.match(b'h(el)', mv); mv[1] = 69
print(m3.group(), m3.group(1), m3.regs)
a = array.array('b', b'abc'); m4 = re.match(b'a(b)', a); a[1] = 66; print(m4.group(1))
print(re.sub(b'(a)', lambda m: m.group(1).upper(), bytearray(b'banana')))
