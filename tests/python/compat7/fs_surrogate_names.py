# File names with bytes that are not UTF-8 round-trip through open() (which
# encodes a str name with surrogateescape, as os.fsencode) and through the
# command line (sys.argv and __file__ decode with surrogateescape).
import os
import subprocess
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    raw = os.path.join(os.fsencode(d), b'@t\xe7w\xf0.py')
    name = os.fsdecode(raw)
    with open(name, 'w') as f:
        f.write('import os, sys\nprint(ascii(os.path.basename(__file__)), ascii(os.path.basename(sys.argv[0])), ascii(sys.argv[1:]))\n')
    print(sorted(ascii(n) for n in os.listdir(d)), os.path.exists(raw))
    with open(raw, 'rb') as f:
        print(len(f.read()))
    out = subprocess.run([sys.executable, name, 'a\udcff', 'é'], stdout=subprocess.PIPE)
    print(out.returncode, out.stdout.decode())
    out = subprocess.run([sys.executable, '-c', 'import sys; print(ascii(sys.argv), ascii(sys.orig_argv[3:]))', b'\xe9', 'x'], stdout=subprocess.PIPE)
    print(out.returncode, out.stdout.decode())
    try:
        open(os.path.join(d, 'x\ud800'), 'w')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.reason, e.encoding, e.end - e.start, ascii(e.object[e.start:e.end]))
    try:
        os.stat('/x\ud800')
    except UnicodeEncodeError as e:
        print(type(e).__name__, ascii(e.args))
