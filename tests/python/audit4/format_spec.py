import itertools, hashlib
h = hashlib.md5()
def t(f, *a):
    try:
        r = f(*a)
        return repr(r)
    except Exception as e:
        return type(e).__name__ + ' ' + str(e)
fills = ['', '*<', '>', '^', '=', '0=', 'x^']
signs = ['', '+', '-', ' ']
zs = ['', 'z']
alts = ['', '#']
zeros = ['', '0']
widths = ['', '1', '12']
groups = ['', ',', '_']
precs = ['', '.0', '.3']
itypes = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']
ints = [0, 42, -42, 1234567, 2**70, True]
floats = [0.0, -0.0, 1234.5678, -0.00012345, 1e20, float('inf'), float('nan'), -float('nan'), 2.5, 1e-7]
count = 0
for spec_parts in itertools.product(fills, signs, zs, alts, zeros, widths, groups, precs):
    spec = ''.join(spec_parts)
    for ty in itypes:
        s = spec + ty
        out = [t(format, v, s) for v in ints] + [t(format, v, s) for v in floats] + [t(format, 1.5-2j, s), t(format, 'héllo', s)]
        count += 1
        line = s + ' ' + '|'.join(out)
        h.update(line.encode())
        if count % 97 == 0:
            print(line)
        if count % 2000 == 0:
            print('digest', count, h.hexdigest())
print(count, h.hexdigest())
