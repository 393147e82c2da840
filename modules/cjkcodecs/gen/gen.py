# This program generates the CJK codecs' mapping tables (tables/*.z) by
# querying python3.11's own codecs, so that Krait's tables equal CPython
# 3.11's exactly. Run: python3.11 modules/cjkcodecs/gen/gen.py
#
# Each table is a zlib stream of little-endian records:
#   u32 ndec, then ndec decode runs (uvarint startKey delta, uvarint count,
#     svarint startVal delta, u8 step): deltas from the previous run's
#   u32 npairs, then npairs (u32 cp1, u32 cp2)
#   u32 nenc, then nenc encode runs, coded as the decode runs
#   u32 nencpairs, then (u32 cp1, u32 cp2, u64 key)
#   u32 nlong, then (u32 cp, 8 bytes): EUC-KR's make-up sequences
# A decode key is len<<32 | the bytes as a big-endian number. A decode
# value is a code point, PAIR+i for pairs[i], -n for an illegal sequence
# whose error covers n bytes, or INCOMPLETE for a prefix of a longer one.
# An encode value is a key (len<<32 | bytes).
import struct, sys, zlib, os

PAIR = 0x200000
INCOMPLETE = -100

CODECS = ['gb2312', 'gbk', 'gb18030', 'big5', 'cp950', 'big5hkscs',
          'shift_jis', 'cp932', 'euc_jp', 'shift_jis_2004', 'shift_jisx0213',
          'euc_jis_2004', 'euc_jisx0213', 'euc_kr', 'cp949', 'johab']


def classify(codec, seq, pairs, pairidx):
    try:
        s = seq.decode(codec)
    except UnicodeDecodeError as e:
        if e.reason == 'incomplete multibyte sequence' and e.end == len(seq):
            return INCOMPLETE
        assert e.start == 0, (codec, seq, e)
        return -(e.end - e.start)
    if len(s) == 1:
        return ord(s)
    assert len(s) == 2, (codec, seq, s)
    p = (ord(s[0]), ord(s[1]))
    if p not in pairidx:
        pairidx[p] = len(pairs)
        pairs.append(p)
    return PAIR + pairidx[p]


def uvarint(n):
    out = bytearray()
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def svarint(n):
    return uvarint(n * 2 if n >= 0 else -n * 2 - 1)


def pack_runs(lst):
    """Runs as varints: start and value as deltas from the previous run's."""
    out = bytearray(struct.pack('<I', len(lst)))
    ps = pv = 0
    for s, c, sv, st in lst:
        out += uvarint(s - ps) + uvarint(c) + svarint(sv - pv) + bytes([st])
        ps, pv = s, sv
    return out


def key(seq):
    # GB18030's four-byte sequences get a linear index (length tag 5) so
    # that their long runs of consecutive code points stay single runs.
    if len(seq) == 4 and 0x81 <= seq[0] <= 0xfe and 0x30 <= seq[1] <= 0x39 \
            and 0x81 <= seq[2] <= 0xfe and 0x30 <= seq[3] <= 0x39:
        lin = (((seq[0] - 0x81) * 10 + seq[1] - 0x30) * 126 + seq[2] - 0x81) * 10 + seq[3] - 0x30
        return 5 << 32 | lin
    return len(seq) << 32 | int.from_bytes(seq, 'big')


def runs(items):
    """items: sorted (key, val[, count]); merge into (start, count, startval, step)."""
    out = []
    for it in items:
        k, v = it[0], it[1]
        if len(it) == 3:
            if out and out[-1][2] == v and out[-1][3] == 0 and out[-1][0] + out[-1][1] == k:
                out[-1][1] += it[2]
            else:
                out.append([k, it[2], v, 0])
            continue
        if out:
            s, c, sv, st = out[-1]
            if k == s + c:
                if c == 1 and v == sv + 1 and sv >= 0:
                    out[-1] = [s, 2, sv, 1]
                    continue
                if c == 1 and v == sv and sv < 0:
                    out[-1] = [s, 2, sv, 0]
                    continue
                if c > 1 and v == sv + st * c:
                    out[-1][1] += 1
                    continue
        out.append([k, 1, v, 0])
    return out


def gen(codec):
    pairs, pairidx = [], {}
    dec = []
    prefixes = [b'']
    while prefixes:
        nxt = []
        big = len(prefixes) * 256 > 2000000
        for p in prefixes:
            probes = range(256) if not big else [0] + list(range(0x30, 0x3a))
            default = None
            for b in probes:
                seq = p + bytes([b])
                v = classify(codec, seq, pairs, pairidx)
                if big and b == 0:
                    default = v
                    continue
                if v == INCOMPLETE and len(seq) < 4:
                    nxt.append(seq)
                if big and v == -1 and key(seq) >> 32 == 4:
                    continue  # the decoder's default for missing keys
                dec.append((key(seq), v))
            # In the big (GB18030 four-byte) level the other bytes all give
            # the default illegal length 1 the decoder assumes for keys
            # the table lacks.
            assert not big or default == -1
        prefixes = nxt
    dec.sort()
    enc = []
    longs = []
    for cp in range(0x110000):
        if 0xd800 <= cp < 0xe000:
            continue
        try:
            b = chr(cp).encode(codec)
        except UnicodeEncodeError:
            continue
        if len(b) > 4:
            longs.append((cp, b))  # EUC-KR's eight-byte make-up sequences
            continue
        enc.append((cp, key(b)))
    encpairs = []
    for (c1, c2) in pairs:
        try:
            b = (chr(c1) + chr(c2)).encode(codec)
        except UnicodeEncodeError:
            continue
        try:
            separate = chr(c1).encode(codec) + chr(c2).encode(codec)
        except UnicodeEncodeError:
            separate = None
        if len(b) <= 4 and (chr(c1) + chr(c2)) == b.decode(codec) and b != separate:
            encpairs.append((c1, c2, key(b)))
    out = bytearray()
    out += pack_runs(runs(dec))
    out += struct.pack('<I', len(pairs))
    for a, b in pairs:
        out += struct.pack('<II', a, b)
    out += pack_runs(runs(enc))
    out += struct.pack('<I', len(encpairs))
    for a, b, k in encpairs:
        out += struct.pack('<IIQ', a, b, k)
    out += struct.pack('<I', len(longs))
    for cp, b in longs:
        out += struct.pack('<I', cp) + b
    return zlib.compress(bytes(out), 9)


if __name__ == '__main__':
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tables')
    for codec in sys.argv[1:] or CODECS:
        data = gen(codec)
        with open(os.path.join(here, codec + '.z'), 'wb') as f:
            f.write(data)
        print(codec, len(data))
