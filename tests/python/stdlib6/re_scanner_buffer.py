# re: a finditer/scanner over a bytearray holds its buffer; match() does not
import re, gc

b = bytearray(b'xax')
it = re.finditer(b'a', b)
try:
    b.extend(b'x' * 400)
except BufferError as e:
    print("BufferError", e)
print(len(b), [m.span() for m in it])
del it
gc.collect()
b.extend(b'x' * 4)
print(len(b))
m = re.match(b'x', b)
b.extend(b'y')
print(m.group(), len(b))
sc = re.compile(b'x').scanner(b)
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
print(sc.search().span())
del sc
gc.collect()
b.append(1)
print(len(b))
