# NameError(name=) and AttributeError(name=, obj=) keyword arguments, with CPython's errors.
e = NameError('n', name='varname')
print(e.name, e.args, str(e))
print(NameError('x').name, UnboundLocalError('u', name='v').name)
a = AttributeError('m', obj=[1])
print(a.name, a.obj, a.args)
a = AttributeError('m', name='attr', obj=5)
print(a.name, a.obj)
class N(NameError):
    pass
print(N('a', name='q').name)
for f in (lambda: NameError('x', foo=1), lambda: NameError('x', name=1, obj=2),
          lambda: AttributeError('x', name='n', obj=3, z=1), lambda: AttributeError(bad=1)):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    raise AttributeError('custom', name='nm', obj=None)
except AttributeError as e:
    print(e, e.name, e.obj)
