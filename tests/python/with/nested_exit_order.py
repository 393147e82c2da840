class CM:
    def __init__(self, n, fail_exit=False): self.n, self.fail_exit = n, fail_exit
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)
        if self.fail_exit:
            raise KeyError(f'exit {self.n}')
try:
    with CM(1), CM(2, fail_exit=True), CM(3):
        raise ValueError('body')
except Exception as e:
    print(type(e).__name__, e, '| context', repr(e.__context__))
class FailEnter:
    def __enter__(self): raise RuntimeError('enter failed')
    def __exit__(self, *a): print('never')
try:
    with CM('outer'), FailEnter():
        print('never body')
except RuntimeError as e:
    print(e)
