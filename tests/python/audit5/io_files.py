# io: open in every mode, newline modes, encodings and errors, line
# buffering, seek/tell on text files, reprs and error messages.
import io, os, tempfile, codecs
tmp = tempfile.mkdtemp()
os.chdir(tmp)
def e(f, *a, **k):
    try:
        r = f(*a, **k)
        print("->", repr(r))
    except Exception as x:
        print(type(x).__name__, str(x).replace(tmp, "TMP"))

with open("t.txt", "w") as f:
    print(repr(f).replace(tmp, "TMP"), f.mode, f.encoding, f.errors, f.newlines, f.line_buffering, f.name, f.closed)
    f.write("a\nb\r\nc\rd")
print(open("t.txt", "rb").read())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open("t.txt", newline=nl) as f:
        print(repr(nl), f.readlines(), repr(f.newlines))
    with open("w.txt", "w", newline=nl) as f:
        f.write("x\ny\r\nz")
    print(repr(nl), open("w.txt", "rb").read())
e(open, "t.txt", newline="x")
for mode in ["r", "rb", "w", "wb", "a", "ab", "r+", "rb+", "w+", "wb+", "a+", "ab+", "x", "xb", "rt", "U", "rU", "bt", "rw", "", "z", "rr", "b", "+", "wx", "r+b"]:
    try:
        if os.path.exists("m.txt") and "x" in mode:
            os.remove("m.txt")
        with open("m.txt", mode) as f:
            print(mode, type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable(), getattr(f, "raw", f).__class__.__name__)
    except Exception as x:
        print(mode, type(x).__name__, x)
with open("m.txt", "w") as f:
    f.write("0123456789")
with open("m.txt", "r+") as f:
    f.seek(3)
    f.write("X")
    f.seek(0)
    print(f.read(), f.tell())
with open("m.txt", "a+") as f:
    print(f.tell(), f.read())
    f.seek(0)
    print(f.read(3))
    f.write("END")
print(open("m.txt").read())
# encodings
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("h\xe9llo \u20ac \U0001f600\n")
print(open("u.txt", "rb").read())
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-8-sig", "cp1252"]:
    with open("u.txt", encoding=enc, errors="replace") as f:
        e(f.read)
e(lambda: open("u.txt", encoding="ascii").read())
e(lambda: open("u.txt", encoding="nosuch"))
e(lambda: open("u.txt", errors="nosuch").read())
with open("u16.txt", "w", encoding="utf-16") as f:
    f.write("ab\n")
    f.write("cd")
print(open("u16.txt", "rb").read())
with open("sig.txt", "w", encoding="utf-8-sig") as f:
    f.write("x")
print(open("sig.txt", "rb").read(), repr(open("sig.txt", encoding="utf-8-sig").read()), repr(open("sig.txt", encoding="utf-8").read()))
with open("l1.txt", "w", encoding="latin-1", errors="xmlcharrefreplace") as f:
    f.write("\u20ac\xe9")
print(open("l1.txt", "rb").read())
e(lambda: open("l1.txt", "w", encoding="ascii").write("\xe9"))
# seek/tell on text
with open("st.txt", "w", encoding="utf-8") as f:
    f.write("\xe9a\nb\xe9\nc\n")
with open("st.txt", encoding="utf-8") as f:
    print(f.readline(), f.tell())
    pos = f.tell()
    print(repr(f.read(2)))
    f.seek(pos)
    print(repr(f.read()))
    e(f.seek, 1, 1)
    e(f.seek, -1, 2)
    print(f.seek(0, 2), f.seek(0))
    e(f.seek, 0, 3)
    for line in f:
        print(repr(line))
    e(f.tell)
with open("st.txt", "rb") as f:
    print(f.read(2), f.tell(), f.seek(-2, 2), f.read(), f.seek(1, 1), f.peek(1)[:0], f.read1(3))
    print(f.readinto(bytearray(3)), f.raw.__class__.__name__, f.name, f.fileno() > 2)
# line buffering / write_through / buffering
f = open("lb.txt", "w", buffering=1)
print(f.line_buffering)
f.write("partial")
print(repr(open("lb.txt").read()))
f.write("\nmore")
print(repr(open("lb.txt").read()))
f.close()
e(open, "lb.txt", "w", buffering=0)
f = open("lb.txt", "wb", buffering=0)
print(type(f).__name__, f.write(b"abc"))
f.close()
e(f.write, b"x")
e(f.read)
f = open("lb.txt", "r")
f.close()
e(f.read)
e(f.readline)
e(iter, f)
e(lambda: open("lb.txt", "r").write("x"))
e(lambda: open("lb.txt", "w").read())
e(lambda: open("lb.txt", "rb").read(-2))
e(lambda: open("lb.txt", "r", encoding="utf-8").readline(None))
e(open, "lb.txt", "rb", encoding="utf-8")
e(open, "lb.txt", "rb", newline="\n")
e(open, "lb.txt", "rb", errors="strict")
e(open, 3.5)
e(open, -1)
e(open, "")
e(open, "nodir/x", "w")
e(open, ".", "w")
e(open, "lb.txt", closefd=False)
e(io.open, "lb.txt", buffering=-5)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, open is io.open)
print(io.TextIOWrapper.__mro__, io.BufferedReader.__mro__)
print(issubclass(io.FileIO, io.RawIOBase), isinstance(open("lb.txt"), io.TextIOBase), io.UnsupportedOperation.__mro__)
# StringIO / BytesIO
s = io.StringIO("a\nb\r\nc", newline=None)
print(s.readlines(), s.tell(), s.getvalue())
s = io.StringIO(newline="")
s.write("x\r\ny")
print(repr(s.getvalue()), s.seek(0), s.readlines())
s = io.StringIO("abc")
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
e(s.seek, -1)
e(s.seek, 1, 1)
e(io.StringIO, b"x")
e(io.StringIO("x").write, b"y")
b = io.BytesIO(b"hello")
print(b.read(2), b.getbuffer().tobytes(), b.read1(), b.tell(), b.seek(0, 2), b.write(b"!"), b.getvalue())
b.seek(10)
b.write(b"z")
print(b.getvalue(), b.truncate(3), b.getvalue())
e(b.write, "s")
e(io.BytesIO(b"x").seek, -1)
v = b.getbuffer()
e(b.write, b"x")
del v
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n", line_buffering=True)
w.write("a\nb")
print(w.buffer.getvalue())
w.flush()
print(w.buffer.getvalue(), w.detach().__class__.__name__)
e(w.write, "x")
r = io.TextIOWrapper(io.BytesIO("x\xe9\ny".encode("latin-1")), encoding="utf-8", errors="surrogateescape")
print(ascii(r.read()))
r = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8")
e(r.read)
br = io.BufferedReader(io.BytesIO(b"abcdef"), buffer_size=2)
print(br.read(3), br.peek(), br.read(), br.read())
bw = io.BufferedWriter(io.BytesIO())
print(bw.write(b"xyz"), bw.raw.getvalue(), bw.flush(), bw.raw.getvalue())
pair = io.BufferedRWPair(io.BytesIO(b"in"), io.BytesIO())
print(pair.read(), pair.write(b"out"), pair.readable(), pair.writable())
rnd = io.BufferedRandom(io.BytesIO(b"12345"))
print(rnd.read(2), rnd.write(b"AB"), rnd.seek(0), rnd.read())
print(io.text_encoding(None), io.text_encoding("x"))
fio = io.FileIO("fio.bin", "w")
print(fio.mode, fio.write(b"ab"), repr(fio).replace(tmp, "TMP"), fio.closefd)
fio.close()
print(repr(fio))
e(io.FileIO, "fio.bin", "rw")
e(io.FileIO, "fio.bin", "q")
with open("fio.bin", "rb") as f:
    print(list(f), f.readlines())
with open("t.txt", "r") as f:
    print(next(f), f.readline(1), f.read(1), f.readlines(1))
