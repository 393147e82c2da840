# This program generates the ISO-2022 codecs' tables (tables/<codec>.z) by
# querying python3.11's codecs: for each character set a codec can
# designate, what each code decodes to; and for each code point, which set
# and code the codec's encoder chooses. Run:
#   python3.11 modules/cjkcodecs/gen/gen_iso2022.py
#
# Format (zlib, little-endian):
#   u32 nsets; per set: u8 mark, u8 slot (0: G0, 1: G1, 2: G2), u8 width,
#     u32 n, then n (uvarint code delta, svarint value delta); a value is a
#     code point, PAIR+i, or -n for an illegal code whose error covers n bytes
#   u32 npairs, (u32, u32) each
#   u32 nenc, then (uvarint cp delta, u8 mark, svarint code delta)
#   u32 nencpairs, then (u32 cp1, u32 cp2, u8 mark, u16 code)
import struct, sys, zlib, os
from gen import uvarint, svarint

PAIR = 0x200000
VARIANTS = ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004',
            'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr']

# (escape, mark, slot, width): every designation CPython's codecs know.
SETS = [
    (b'\x1b(J', ord('J'), 0, 1), (b'\x1b(I', ord('I'), 0, 1),
    (b'\x1b$@', ord('@') | 0x80, 0, 2), (b'\x1b$B', ord('B') | 0x80, 0, 2),
    (b'\x1b$A', ord('A') | 0x80, 0, 2), (b'\x1b$(C', ord('C') | 0x80, 0, 2),
    (b'\x1b$(D', ord('D') | 0x80, 0, 2), (b'\x1b$(O', ord('O') | 0x80, 0, 2),
    (b'\x1b$(P', ord('P') | 0x80, 0, 2), (b'\x1b$(Q', ord('Q') | 0x80, 0, 2),
    (b'\x1b$)C', ord('C') | 0x80, 1, 2),
    (b'\x1b.A', ord('A'), 2, 1), (b'\x1b.F', ord('F'), 2, 1),
]
ESCAPES = {e: (m, slot) for e, m, slot, w in SETS}
for f in b'@AB':
    ESCAPES[b'\x1b$(' + bytes([f])] = (f | 0x80, 0)


def decode_set(v, esc, slot, width, pairs, pairidx):
    entries = []
    codes = []
    if width == 1:
        lo = 0x20 if slot == 2 else 0x21
        codes = [bytes([a]) for a in range(lo, 0x80)]
    else:
        codes = [bytes([a, b]) for a in range(0x21, 0x7f) for b in range(0x21, 0x7f)]
    for code in codes:
        if slot == 2:
            seq = esc + b'\x1bN' + code
        elif slot == 1:
            seq = esc + b'\x0e' + code
        else:
            seq = esc + code
        prefix = len(seq) - len(code) - (2 if slot == 2 else 0)
        try:
            s = seq.decode(v)
        except UnicodeDecodeError as e:
            entries.append((int.from_bytes(code, 'big'), -(e.end - e.start)))
            continue
        if len(s) == 1:
            val = ord(s)
        else:
            p = (ord(s[0]), ord(s[1]))
            if p not in pairidx:
                pairidx[p] = len(pairs)
                pairs.append(p)
            val = PAIR + pairidx[p]
        entries.append((int.from_bytes(code, 'big'), val))
    return entries


def supported(v, esc, slot):
    if slot == 1 and v != 'iso2022_kr':
        return False  # the JP codecs take SO as a plain byte
    probe = esc + (b'\x0e' if slot == 1 else b'')
    try:
        probe.decode(v)
        return True
    except UnicodeDecodeError:
        return False


def parse_encoding(v, b):
    """Return (mark, code) from one character's encoding, or None."""
    if v == 'iso2022_kr':
        if len(b) == 1:
            return (ord('B'), b[0])
        if b.startswith(b'\x1b$)C\x0e') and b.endswith(b'\x0f'):
            return (ord('C') | 0x80, int.from_bytes(b[5:-1], 'big'))
        return None
    if len(b) == 1:
        return (ord('B'), b[0])
    for esc, (mark, slot) in ESCAPES.items():
        if slot == 2 and b.startswith(esc + b'\x1bN') and len(b) == len(esc) + 3:
            return (mark, b[-1])
        if slot == 0 and b.startswith(esc) and b.endswith(b'\x1b(B'):
            return (mark, int.from_bytes(b[len(esc):-3], 'big'))
    return None


def gen(v):
    pairs, pairidx = [], {}
    out = bytearray()
    sets = [s for s in SETS if supported(v, s[0], s[2])]
    out += struct.pack('<I', len(sets))
    for esc, mark, slot, width in sets:
        entries = decode_set(v, esc, slot, width, pairs, pairidx)
        out += struct.pack('<BBBI', mark, slot, width, len(entries))
        pc = pv = 0
        for code, val in entries:
            out += uvarint(code - pc) + svarint(val - pv)
            pc, pv = code, val
    out += struct.pack('<I', len(pairs))
    for a, b in pairs:
        out += struct.pack('<II', a, b)
    enc = []
    for cp in range(0x110000):
        if 0xd800 <= cp < 0xe000:
            continue
        try:
            b = chr(cp).encode(v)
        except UnicodeEncodeError:
            continue
        p = parse_encoding(v, b)
        assert p is not None, (v, cp, b)
        enc.append((cp,) + p)
    out += struct.pack('<I', len(enc))
    pp = pc = 0
    for cp, mark, code in enc:
        out += uvarint(cp - pp) + bytes([mark]) + svarint(code - pc)
        pp, pc = cp, code
    encpairs = []
    for c1, c2 in pairs:
        try:
            b = (chr(c1) + chr(c2)).encode(v)
        except UnicodeEncodeError:
            continue
        p = parse_encoding(v, b)
        if p is not None and p[0] & 0x80 and p[1] <= 0xffff:
            encpairs.append((c1, c2) + p)
    out += struct.pack('<I', len(encpairs))
    for c1, c2, mark, code in encpairs:
        out += struct.pack('<IIBH', c1, c2, mark, code)
    return zlib.compress(bytes(out), 9)


if __name__ == '__main__':
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tables')
    for v in sys.argv[1:] or VARIANTS:
        data = gen(v)
        with open(os.path.join(here, v + '.z'), 'wb') as f:
            f.write(data)
        print(v, len(data))
