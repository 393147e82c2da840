# Random read/read1/peek/readline/readinto/write/seek/tell/truncate sequences
# over BufferedRandom and BufferedReader on files and on BytesIO, with small
# buffer sizes (a fixed linear congruential generator: deterministic).
import _io
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
NAME = '_krait_io_random_buffered.tmp'
for trial in range(30):
    init = b''
    for _ in range(rnd(30)):
        init += b'ab\ncd'[rnd(5):][:rnd(4)]
    with _io.open(NAME, 'wb') as f:
        f.write(init)
    kind = rnd(3)
    bs = 2 + rnd(8)
    if kind == 0:
        f = _io.open(NAME, 'r+b', buffering=bs)
    elif kind == 1:
        f = _io.BufferedRandom(_io.BytesIO(init), bs)
    else:
        f = _io.open(NAME, 'rb', buffering=bs)
    out = [kind, bs, init]
    for step in range(30):
        op = rnd(10)
        try:
            if op == 0:
                out.append(('read', f.read(rnd(6) - 1)))
            elif op == 1:
                out.append(('read1', f.read1(rnd(6) - 1)))
            elif op == 2:
                out.append(('peek', len(f.peek(rnd(3))) > 0))
            elif op == 3:
                out.append(('readline', f.readline(rnd(6) - 1)))
            elif op == 4:
                out.append(('write', f.write(b'XYZ'[:rnd(4)])))
            elif op == 5:
                out.append(('tell', f.tell()))
            elif op == 6:
                w = rnd(3)
                out.append(('seek', f.seek(rnd(8) - (3 if w else 0), w)))
            elif op == 7:
                out.append(('truncate', f.truncate(rnd(12) if rnd(2) else None)))
            elif op == 8:
                out.append(('flush', f.flush()))
            elif op == 9:
                b = bytearray(rnd(5))
                out.append(('readinto', f.readinto(b), bytes(b)))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    if kind == 1:
        f.flush()
        out.append(('final', f.raw.getvalue()))
    else:
        f.close()
        out.append(('final', _io.open(NAME, 'rb').read()))
    print(out)
import posix
posix.unlink(NAME)
