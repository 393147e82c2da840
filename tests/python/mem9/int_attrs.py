# Big ints carry no attribute record: an exact int refuses attributes (CPython's
# behaviour; Krait accepted them before); an int subclass instance's are allocated on first use.
x = 10**30
try:
    x.foo = 1
    print("set", x.foo)
except AttributeError as e: print(e)
try: print(x.__dict__)
except AttributeError as e: print(e)
class I(int): pass
y = I(10**30); y.a = 5; print(y.a, y.__dict__, vars(y))
z = I(7); z.b = 1; print(z.b, z.__dict__)
w = I(2**100); w.__dict__ = {'q': 1}; print(w.q, w + 1, type(w + 1))
print((2**100).bit_length(), (2**70) * 3, -(2**127), 2**64 + 1)
import pickle; print(pickle.loads(pickle.dumps(y)).a)
