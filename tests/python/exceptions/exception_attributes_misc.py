try:
    {}['k']
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    int('x')
except ValueError as e:
    print(e.args)
e = NameError('n', name='varname')
print(e.name)
ae = AttributeError('msg', name='attr', obj=5)
print(ae.name, ae.obj)
print(ImportError('m', name='mod', path='/p').path, SyntaxError('bad', ('f.py', 1, 2, 'text', 1, 3)).text)
se = SyntaxError('bad', ('f.py', 3, 4, 'x = (', 3, 5))
print(se.filename, se.lineno, se.offset, se.end_lineno, se.end_offset, str(se))
print(BaseException.__new__(ValueError).args)
