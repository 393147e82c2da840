# Random read/readline/tell/seek sequences over TextIOWrapper with several
# encodings, newline modes and chunk sizes (a fixed linear congruential
# generator, so the output is deterministic).
import _io
seed = 1
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
pieces = ['a', 'bc', '\n', '\r', '\r\n', '\xe9', '\u20ac', '\U0001f600', 'xyz\n', '\n\n', 'q\r']
encs = ['utf-8', 'latin-1', 'utf-16', 'utf-16-le', 'utf-32', 'ascii', 'cp1252']
nls = [None, '', '\n', '\r', '\r\n']
for trial in range(60):
    enc = encs[rnd(len(encs))]
    nl = nls[rnd(len(nls))]
    text = ''
    for _ in range(rnd(40)):
        text += pieces[rnd(len(pieces))]
    raw = _io.BytesIO()
    w = _io.TextIOWrapper(raw, encoding=enc, errors='replace', newline=nl)
    w.write(text)
    w.flush()
    data = raw.getvalue()
    r = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, errors='replace', newline=nl)
    r._CHUNK_SIZE = 1 + rnd(7)
    out = [enc, repr(nl), data]
    cookies = []
    for step in range(25):
        op = rnd(6)
        try:
            if op == 0:
                out.append(('read', r.read(rnd(5))))
            elif op == 1:
                out.append(('readline', r.readline()))
            elif op == 2:
                c = r.tell()
                cookies.append(c)
                out.append(('tell', c))
            elif op == 3 and cookies:
                c = cookies[rnd(len(cookies))]
                out.append(('seek', r.seek(c)))
            elif op == 4:
                out.append(('readline-lim', r.readline(rnd(4))))
            elif op == 5:
                out.append(('nl', r.newlines))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    out.append(('rest', r.read()))
    print(out)
