# Random write/read/readline/tell/seek/truncate sequences over StringIO and
# over text files opened w+ with several encodings, newline modes and buffer
# sizes (a fixed linear congruential generator: deterministic).
import _io
seed = 11
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
pieces = ['a', 'bc', '\n', '\r', '\r\n', '\xe9', '\u20ac', 'xyz\n']
encs = ['utf-8', 'latin-1', 'utf-16', 'utf-16-le', 'ascii']
nls = [None, '', '\n', '\r', '\r\n']
NAME = '_krait_io_random_text_rw.tmp'
for trial in range(30):
    enc = encs[rnd(len(encs))]
    nl = nls[rnd(len(nls))]
    kind = rnd(3)
    if kind == 0:
        f = _io.StringIO(newline=nl)
    else:
        f = _io.open(NAME, 'w+', encoding=enc, errors='replace', newline=nl, buffering=(-1 if kind == 1 else 5))
    out = [kind, enc, repr(nl)]
    cookies = []
    for step in range(30):
        op = rnd(8)
        try:
            if op == 0:
                t = ''
                for _ in range(rnd(5)):
                    t += pieces[rnd(len(pieces))]
                out.append(('write', f.write(t)))
            elif op == 1:
                out.append(('read', f.read(rnd(5) - 1)))
            elif op == 2:
                out.append(('readline', f.readline(rnd(5) - 1)))
            elif op == 3:
                c = f.tell()
                cookies.append(c)
                out.append(('tell', c))
            elif op == 4 and cookies:
                out.append(('seek', f.seek(cookies[rnd(len(cookies))])))
            elif op == 5:
                out.append(('seek0', f.seek(0, rnd(3))))
            elif op == 6:
                out.append(('nl', f.newlines))
            elif op == 7 and rnd(4) == 0:
                out.append(('truncate', f.truncate()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    f.seek(0)
    out.append(('all', f.read()))
    f.close()
    if kind:
        out.append(('bytes', _io.open(NAME, 'rb').read()))
    print(out)
import posix
posix.unlink(NAME)
