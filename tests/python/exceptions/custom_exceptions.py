class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f'[{self.code}] {self.args[0]}'
try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e, repr(e), e.code, e.args)
class Silent(Exception):
    def __init__(self):
        pass
print(repr(Silent()), Silent().args)
class WithKw(ValueError):
    def __init__(self, *a, extra=None):
        super().__init__(*a)
        self.extra = extra
e = WithKw('m', extra='x')
print(e.args, e.extra, isinstance(e, ValueError))
try:
    raise int
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
