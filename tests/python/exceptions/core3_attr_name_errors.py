# AttributeError(name=, obj=) and NameError(name=), their writable
# members, the context an AttributeError from __getattr__ gets (for the
# "Did you mean" suggestion) and ImportError.__init__ resetting name/path.
import sys, io, traceback

sentinel = object()
e = AttributeError('Ouch', name='carry', obj=sentinel)
print(e.args, e.name, e.obj is sentinel)
e = AttributeError()
print(e.name, e.obj)
e.name = "n"; e.obj = 5
print(e.name, e.obj)
n = NameError('x', name='y')
print(n.args, n.name)
print(NameError('x').name)
for cls in (AttributeError, NameError):
    try:
        cls('x', foo=1)
    except TypeError as x:
        print(x)

class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError()
try:
    A().bluch
except AttributeError as exc:
    print(repr(exc.name), type(exc.obj).__name__)
    buf = io.StringIO()
    traceback.print_exception(exc, file=buf)
    print(buf.getvalue().splitlines()[-1])

class B:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError(attr, name="other", obj=None)
try:
    B().bluch
except AttributeError as exc:
    print(repr(exc.name), exc.obj)

i = ImportError('t', name='n', path='p')
print(i.name, i.path, i.msg)
i.__init__()
print(i.name, i.path, i.msg)
try:
    getattr(object(), "nope")
except AttributeError as exc:
    print(exc.name, type(exc.obj).__name__)
