for v in [1, True, 'x', b'y', 1.0, [1], (1,), {1: 2}, {1}, frozenset(), bytearray(b'z'), 1j]:
    match v:
        case bool(b):
            r = f'bool {b}'
        case int(i):
            r = f'int {i}'
        case str(s):
            r = f'str {s}'
        case bytes(bs):
            r = f'bytes {bs}'
        case float(f):
            r = f'float {f}'
        case list(l):
            r = f'list {l}'
        case tuple(t):
            r = f'tuple {t}'
        case dict(d):
            r = f'dict {d}'
        case set(s) | frozenset(s):
            r = f'set-like {s}'
        case bytearray(ba):
            r = f'bytearray {ba}'
        case _:
            r = 'other'
    print(r)
