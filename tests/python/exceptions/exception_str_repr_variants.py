class E(Exception):
    pass
for e in [E(), E('x'), E('x', 'y'), E(1), E(None), E(''), E(['l']), ValueError('multi\nline')]:
    print(repr(e), '|', str(e), '|', e.args)
class WithStr(Exception):
    def __str__(self): return 'custom str'
print(repr(WithStr('a')), str(WithStr('a')))
print(repr(KeyError('k')), str(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()))
print(str(OSError(2, 'ENOENT')), str(OSError('just msg')), str(OSError(1, 2, 3, 4, 5)), repr(OSError()))
