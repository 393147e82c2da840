# perfstr: io.StringIO.write appends at the end without a temporary code point slice
import io
s = io.StringIO()
for i in range(2000):
    s.write("line %d é\udc80😀\n" % i)
v = s.getvalue()
print(len(v), ascii(v[:40]), ascii(v[-30:]), s.tell())
s.seek(5); s.write("XY"); print(ascii(s.getvalue()[:12]), s.tell())
s.seek(0, 2); s.write("end"); print(ascii(s.getvalue()[-6:]), s.tell())
s.seek(len(s.getvalue()) + 3); s.write("gap"); print(ascii(s.getvalue()[-8:]), s.tell())
s.write(""); print(s.tell())
t = io.StringIO("init\r\nx", newline=None); print(ascii(t.getvalue()), t.tell()); t.write("\r\n"); print(ascii(t.getvalue()))
t = io.StringIO(newline="\r\n"); t.write("a\nb\n"); print(ascii(t.getvalue()), t.tell())
t = io.StringIO(newline=""); t.write("a\r\nb\rc\n"); print(ascii(t.readlines()), ascii(t.getvalue()))
t.seek(0); print(ascii(t.readlines()))
try:
    t.write(5)
except TypeError as e:
    print(e)
