# The C-level fields of builtin exceptions stay out of the instance __dict__,
# ImportError pickles through its own __reduce__, and each builtin exception
# class shows the slots its C type defines in its own __dict__.
import builtins
import copy
import pickle

print(ImportError('a').__reduce__())
print(ImportError('a', name=None).__reduce__())
print(ImportError('a', path='p').__reduce__())
e = ImportError('x', name='n')
print(e.__dict__, e.__reduce__(), vars(e))
e.foo = 1
print(e.__dict__, e.__reduce__())
e.name = None
print(e.__reduce__())
del e.name
print(e.name, e.__reduce__())
m = pickle.loads(pickle.dumps(ModuleNotFoundError('No module named q', name='q', path='/x')))
print(type(m).__name__, m.name, m.path, m.msg, m.args, vars(m))
c = copy.copy(ImportError('c', name='cn'))
print(c.name, c.path, c.args)
try:
    ImportError('a', nam='x')
except TypeError as err:
    print(type(err).__name__, err)
try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, err.name, err.path, vars(err))

s = SyntaxError('m', ('f.py', 1, 2, 't'))
print(s.__reduce__(), s.__dict__, str(s))
s2 = pickle.loads(pickle.dumps(s))
print(s2.filename, s2.lineno, s2.offset, s2.text, s2.msg, repr(s2), vars(s2))
s.msg = 'changed'
print(str(s), s.args)
s.args = ('z',)
print(str(s), s.msg)
del s.filename
print(s.filename, str(s))
s.lineno = 'seven'
print(str(s))
print(SyntaxError().msg, SyntaxError().filename, str(SyntaxError()))
try:
    compile('x x', 'q.py', 'exec')
except SyntaxError as err:
    print(err, vars(err), err.filename, err.lineno, err.offset, err.text,
          err.end_lineno, err.end_offset, err.print_file_and_line)
    err.print_file_and_line = 1
    print(err.print_file_and_line, vars(err))
try:
    SyntaxError('m', ('f', 1, 2))
except TypeError as err:
    print(type(err).__name__, err)


class MyError(ValueError):
    def __init__(self, a):
        super().__init__(a, 'extra')


print(MyError(1).args, repr(MyError(2)))


class KE(KeyError):
    pass


print(str(KE('k')), KeyError.__str__(KeyError('q')), KE.__init__, ValueError.__init__)
for n in sorted(dir(builtins)):
    t = getattr(builtins, n)
    if isinstance(t, type) and issubclass(t, BaseException):
        d = vars(t)
        print(n, [k for k in ('__init__', '__new__', '__str__', '__repr__', '__reduce__') if k in d], t.__init__)
