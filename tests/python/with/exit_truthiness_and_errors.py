class Ret:
    def __init__(self, r): self.r = r
    def __enter__(self): return self
    def __exit__(self, *a): return self.r
for r in [None, 0, 1, '', 'yes', [], [0]]:
    try:
        with Ret(r):
            1 / 0
        print(repr(r), 'suppressed')
    except ZeroDivisionError:
        print(repr(r), 'raised')
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('body')
except RuntimeError as e:
    print(e, '| context:', repr(e.__context__))
