# pow with a modulus: int's power through subclasses and wrappers; a class's __pow__ gets the modulus, __rpow__ never does.
class V:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
print(pow(V(), 2, 7), pow(2, V()), pow(V(), V(), 3)[0])
for args in [(2, V(), 5), ('a', 2, 5), (2, 3, 'x'), (2.0, 3, 5)]:
    try:
        pow(*args)
    except TypeError as e:
        print(e)
class I(int): pass
print(pow(I(3), 2, 5), pow(3, I(2), 5), pow(3, 2, I(5)), int.__pow__(3, 2, 5), (3).__pow__(2, 5), (2).__rpow__(3, 5), (3).__pow__(2))
try:
    (3).__pow__()
except TypeError as e:
    print(e)
print(pow(3, -1, 7), pow(-2, 3, 5), pow(2, 10**20, 1000))
