ba = bytearray(b' Abc,Def ')
res = [ba.strip(), ba.upper(), ba.split(b','), ba.replace(b'A', b'a'), ba.center(11), ba.partition(b','), ba[1:3], ba.lower(), ba.translate(None, b' ')]
for r in res:
    print(type(r).__name__ if not isinstance(r, (list, tuple)) else [type(x).__name__ for x in r], r)
print(ba.hex(), bytearray.fromhex('41 42'), ba.find(b'c'), ba.count(b'D'), ba.isalpha(), ba.decode())
