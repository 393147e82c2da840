for s in ['', 'a', 'ab', '日本', '-', '+5', '-日']:
    print(repr(s), repr(s.zfill(5)), repr(s.center(5, '·')), repr(s.ljust(4, '日')), repr(s.rjust(6)))
