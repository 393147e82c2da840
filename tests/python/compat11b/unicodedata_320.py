# unicodedata.ucd_3_2_0 reports the Unicode 3.2.0 properties that changed
# since (bidirectional class, east asian width, mirrored, decimal), and a
# \N{...} escape compiled after sys.modules['unicodedata'] = None is a
# SyntaxError, as CPython cannot load its name database then.
import hashlib
import subprocess
import sys
import unicodedata as u

old = u.ucd_3_2_0
for ch in '\u0f3a\u231a\u2329\u00b2\u00b9\u1369\u2e02\u0041\u05be\u200e':
    print(hex(ord(ch)), old.bidirectional(ch), old.east_asian_width(ch), old.mirrored(ch),
          old.decimal(ch, None), old.category(ch), '|', u.bidirectional(ch),
          u.east_asian_width(ch), u.mirrored(ch), u.decimal(ch, None))

h = hashlib.sha256()
for cp in range(0x10000):
    ch = chr(cp)
    h.update(('%s %s %d %s;' % (old.bidirectional(ch), old.east_asian_width(ch),
                                old.mirrored(ch), old.decimal(ch, -1))).encode())
print('bmp digest', h.hexdigest()[:16])

code = "import sys; sys.modules['unicodedata'] = None; eval(\"'\\\\N{SOFT HYPHEN}'\")"
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
print(r.returncode, r.stderr.strip().splitlines()[-1])
code = "import sys; print(ascii('\\N{SOFT HYPHEN}')); sys.modules['unicodedata'] = None; print(ascii(eval(\"'\\\\N{EM DASH}'\")))"
r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
print(r.returncode, r.stdout.split())
