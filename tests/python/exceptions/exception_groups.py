eg = ExceptionGroup('group', [ValueError('v1'), TypeError('t1'), ValueError('v2')])
print(repr(eg), str(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: 'v' in str(e))))
print(eg.subgroup(KeyError))
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__)
nested = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
