# Every CJK codec: random text encoded and random (partly corrupted) bytes
# decoded with several error handlers, one-shot and incrementally.
import random, sys, codecs
random.seed(11)
names = ['gb2312', 'gbk', 'gb18030', 'hz', 'big5', 'cp950', 'big5hkscs', 'shift_jis', 'cp932', 'euc_jp',
         'shift_jis_2004', 'shift_jisx0213', 'euc_jis_2004', 'euc_jisx0213', 'euc_kr', 'cp949', 'johab',
         'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr']
pools = [range(0x20, 0x7f), range(0x3000, 0x3100), range(0x4e00, 0x9fff), range(0xac00, 0xd7a4), range(0xa0, 0x500),
         range(0xff00, 0xfff0), range(0x20000, 0x20200), [0x300, 0x301, 0x309a, 0x2e5, 0x2e9, 0x304b, 0xe6, 0xca, 0x304, 0x30c], [10, 13, 0x7e, 0x5c]]
def rstr(n):
    return ''.join(chr(random.choice(random.choice(pools))) for _ in range(n))
def show(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for name in names:
    for i in range(12):
        s = rstr(random.randint(0, 12))
        err = random.choice(['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'])
        print(name, 'enc', repr(s), err, show(lambda: s.encode(name, err)))
        try:
            good = s.encode(name, 'ignore')
        except Exception:
            good = b''
        b = bytearray(good)
        for _ in range(random.randint(0, 3)):
            if b:
                b[random.randrange(len(b))] = random.randrange(256)
        if random.random() < 0.3:
            b = bytes(random.randrange(256) for _ in range(random.randint(0, 8)))
        derr = random.choice(['strict', 'replace', 'ignore', 'backslashreplace'])
        print(name, 'dec', bytes(b), derr, show(lambda: bytes(b).decode(name, derr)))
        # incremental decode one byte at a time
        dec = codecs.getincrementaldecoder(name)('replace')
        print(name, 'inc', show(lambda: ''.join(dec.decode(bytes([c])) for c in good) + dec.decode(b'', True)))
        enc = codecs.getincrementalencoder(name)('replace')
        print(name, 'ienc', show(lambda: b''.join(enc.encode(c) for c in s) + enc.encode('', True)))
