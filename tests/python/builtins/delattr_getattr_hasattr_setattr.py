class O:
    pass
o = O()
setattr(o, 'a', 1)
print(getattr(o, 'a'), hasattr(o, 'a'), getattr(o, 'b', 'dflt'), hasattr(o, 'b'))
delattr(o, 'a')
print(hasattr(o, 'a'))
for f, args in [(getattr, (o, 5)), (setattr, (o, 1, 2)), (delattr, (o, 'zz')), (hasattr, (o, None))]:
    try:
        f(*args)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Boom:
    @property
    def p(self): raise ValueError('not attr error')
try:
    hasattr(Boom(), 'p')
except ValueError as e:
    print('hasattr propagates', e)
setattr(o, 'not an identifier', 3)
print(getattr(o, 'not an identifier'))
