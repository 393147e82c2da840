class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('kept')
except KeyError as e:
    print('propagated', e)
with CM('d') as d, CM('e') as e:
    print(d, e)
with (CM('f') as f,
      CM('g')):
    print('parenthesized', f)
