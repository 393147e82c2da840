b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !H'), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1), b.center(21, b'*'), b.ljust(20, b'.'), b.rjust(20), b'42'.zfill(5), b'-42'.zfill(5))
print(b.split(), b.split(b','), b.rsplit(b'o', 1), b'a\nb\r\nc'.splitlines(), b'a\nb'.splitlines(True), b.partition(b','), b.rpartition(b'o'))
print(b'-'.join([b'a', b'b', bytearray(b'c'), memoryview(b'd')]), b'a\tb'.expandtabs(4), b'xxabxx'.removeprefix(b'xx'), b'ab'.removesuffix(b'b'))
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(e)
