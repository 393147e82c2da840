print(str(), str(5), str(1.5), str([1, 'a']), str(b'ab'), str(b'ab', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(None))
print(str(b'\xff', 'utf-8', 'replace'), str(b'\xff', 'latin-1'), str(object=3), str(b'a', errors='strict'))
try:
    str(b'\xff', 'utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    str('a', 'utf-8')
except TypeError as e:
    print(e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
