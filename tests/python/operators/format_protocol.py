class F:
    def __format__(self, spec):
        return f'F<{spec}>'
print(format(F(), 'abc'), f'{F():x>10}', '{:spec}'.format(F()), f'{F()!s:5}' if False else '')
class NoFormat:
    def __str__(self): return 'str-ed'
print(format(NoFormat()), f'{NoFormat()}')
try:
    format(NoFormat(), 'x')
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(e)
print(format(5, ''), format(5.0), format('s', '^5'), format(None), format(True, 'd'))
