# Sweeps every code point through str's Unicode predicates and case maps;
# prints a digest per 4096-code-point block for each property.
import hashlib, unicodedata
print(unicodedata.unidata_version)
props = ['isalpha', 'isdigit', 'isnumeric', 'isdecimal', 'isspace', 'isprintable', 'isidentifier', 'isalnum', 'isupper', 'islower', 'istitle', 'upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase']
for blk in list(range(0, 0x32000, 0x1000)) + [0xE0000, 0xF0000, 0x10F000]:
    out = []
    for p in props:
        h = hashlib.md5()
        for cp in range(blk, blk + 0x1000):
            c = chr(cp)
            r = getattr(c, p)()
            h.update(repr(r).encode('utf-8', 'surrogatepass'))
        out.append(h.hexdigest()[:8])
    print(hex(blk), ' '.join(out))
# multi-char contexts: final sigma etc
for s in ['ΣΑΣ', 'ΑΣ Σ', 'aΣb', 'AΣ', 'Σ', 'ΑΣ.', 'AΣ\u0301', 'A\u0345Σ', 'İ', 'ß', 'ﬃ', 'ǅ', 'ŉ', 'ǰ', 'ΐ', 'ﬀx', 'hello wORLD', "they're bill's", 'a1b2', 'ǆa ǈb', '\u1e9e']:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.casefold()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.isupper(), s.islower())
