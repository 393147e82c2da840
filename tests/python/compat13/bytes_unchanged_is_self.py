# bytes methods that change nothing return the object itself (CPython's
# return_self); bytearray and bytes subclasses always give a new object,
# and a method that does change something gives a new one.
b = b"abc def"
checks = {
    "strip": (b.strip(), b.lstrip(), b.rstrip(), b.strip(b"x"), b.lstrip(b"q"), b.rstrip(None)),
    "pad": (b.ljust(3), b.rjust(len(b)), b.center(0), b.center(-5, b"*"), b.zfill(2)),
    "prefix": (b.removeprefix(b"q"), b.removesuffix(b"q"), b.removeprefix(b""), b.removesuffix(b"")),
    "replace": (b.replace(b"x", b"y"), b.replace(b"a", b"z", 0), b.replace(b"", b""),
                b.replace(b"abc def and more", b"")),
    "translate": (b.translate(None), b.translate(bytes(range(256))), b.translate(None, b"xyz")),
    "slice": (b[:], b[0:], b[::1], b[-100:100]),
    "join": (b"".join([b]), b"--".join([b])),
}
for name, results in checks.items():
    print(name, [r is b for r in results])

changed = (b.strip(b"a"), b.lstrip(b"a"), b.rstrip(b"f"), b.ljust(9), b.zfill(9),
           b.removeprefix(b"a"), b.replace(b"a", b"a"), b.replace(b"", b"-"),
           b.translate(None, b"a"), b[1:], b[::-1], b"-".join([b, b]), b"".join([bytearray(b)]))
print("changed", [r is b for r in changed], [type(r).__name__ for r in changed])
print(changed)

ba = bytearray(b)
print("bytearray", [r is ba for r in (ba.strip(), ba.ljust(1), ba.replace(b"x", b"y"),
                                       ba.translate(None), ba[:], ba.removeprefix(b"q"))])


class B(bytes):
    pass


s = B(b"xyz")
sub = (s.strip(), s.ljust(1), s.replace(b"q", b"r"), s.translate(None), s[:], b"".join([s]))
print("subclass", [r is s for r in sub], [type(r).__name__ for r in sub])
print(b"".join([s]) == s, type(b"".join([s])).__name__)
e = b""
print(e.strip() is e, e.replace(b"", b"x"))
one = b"only"
print(B(b"-").join([one]) is one, bytearray(b"-").join([one]) is one, type(bytearray(b"-").join([one])).__name__)
