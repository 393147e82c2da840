a = []
print(id(a) == id(a), id(a) != id([]), type(id(a)).__name__)
x = 'interned'
y = 'interned'
print(x is y, id(None) == id(None))
