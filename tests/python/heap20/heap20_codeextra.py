# Code objects keep their rarely used state (line table, call plans, the
# comprehension function, namedtuple's memo) apart from the code object
# itself: each must still behave per code object, and code.replace must
# give the copy its own line table and filename.
import collections
import sys
import traceback


def f(a, b=2, *, c=3, **kw):
    return a + b + c + len(kw)


co = f.__code__
print(co.co_filename == __file__, co.co_kwonlyargcount, co.co_argcount)

# f(*t) and f(*t, **d) calls with changing shapes (exPlan, dictPlan).
for t in [(1,), (1, 5), (1,), (2, 3)]:
    print(f(*t), f(*t, **{}), f(*t, **{"c": 10}), f(*t, **{"c": 1, "z": 0}))
print(f(*(1,), **{"c": 10, "y": 1, "z": 2}))

# Replacing the filename and name: the copy has its own, the original keeps its.
g = co.replace(co_filename="elsewhere.py", co_name="g")
print(co.co_filename == __file__, g.co_filename, g.co_name, co.co_name)
print(g.co_kwonlyargcount, g.co_firstlineno == co.co_firstlineno)


def boom():
    x = 1
    raise ValueError("boom %d" % x)


try:
    boom()
except ValueError:
    tb = sys.exc_info()[2]
    frames = traceback.extract_tb(tb)
    print([(fr.name, fr.lineno - boom.__code__.co_firstlineno) for fr in frames[1:]])

# The traceback's line table, then a replaced copy with another name and file.
b2 = boom.__code__.replace(co_name="boom2", co_filename="other.py")
try:
    exec(b2, {})
except ValueError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    print(last.name, last.lineno - boom.__code__.co_firstlineno, last.filename)

# Comprehensions reuse their function per code object, not across them.
def comps(n):
    return [i * n for i in range(3)], {i: n for i in range(2)}, {n + i for i in range(2)}


for n in range(3):
    print(comps(n))

# namedtuple's __new__ memo is per code object.
P = collections.namedtuple("P", "x y")
Q = collections.namedtuple("Q", "a b c")
for i in range(3):
    print(P(i, i + 1), Q(i, b=2, c=3), P._make([i, 0]))
