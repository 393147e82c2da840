def outer():
    x = 1
    y = 'two'
    def inner():
        return x, y
    return inner
f = outer()
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
f.__closure__[0].cell_contents = 99
print(f())
def noclosure():
    pass
print(noclosure.__closure__)
print(outer.__code__.co_cellvars)
import types
c = types.CellType(5)
print(c.cell_contents)
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(e)
