class C:
    pass
c = C()
for expr in ['c.missing', 'C.missing', '(5).foo', '"s".foo', 'None.x', '[].appendx', 'type.foo', 'object.x']:
    try:
        eval(expr)
    except AttributeError as e:
        print(e, '|', e.name, '|', type(e.obj).__name__)
try:
    del C.nothere
except AttributeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    int.foo = 1
except TypeError as e:
    print(e)
