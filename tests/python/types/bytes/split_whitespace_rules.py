for b in [b'a b', b'a\x1cb', b'a\x85b', b'a\xa0b', b'a\x0bb\x0cc', b' lead', b'trail ', b'']:
    print(b, b.split(), b.split(None, 1), b.rsplit(maxsplit=1), b.strip())
