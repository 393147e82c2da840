# range.index/count/in for non-int values compare item by item; bool(range)
# for huge ranges; slice.indices on big ints; tuple.__new__ keywords.
import sys

class ALWAYS_EQ:
    def __eq__(self, other):
        return True
class BadExc(Exception):
    pass
class BadCmp:
    def __eq__(self, other):
        if other == 2:
            raise BadExc()
        return False

r = range(10)
print(r.count(ALWAYS_EQ()), r.index(ALWAYS_EQ()), ALWAYS_EQ() in r, r.count(1.0), r.index(3.0), r.count(True), r.index(True))
for f in (lambda: r.index(BadCmp()), lambda: r.count(BadCmp()), lambda: r.index(1.5), lambda: r.index(11), lambda: r.index('a'),
          lambda: range(0, 2**70, 3).index(2**69 + 2), lambda: 2**69 + 2 in range(0, 2**70, 3), lambda: True in range(10**18),
          lambda: range(-5, 5).index(False), lambda: range(10**18).count(10**18 - 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(bool(range(-sys.maxsize, sys.maxsize)), bool(range(2**70, 2**70)), bool(range(0)), bool(range(3)))

for s, n in ((slice(None, None, -1), 2**70), (slice(3, -5, 2), 2**64), (slice(-2**80, 2**80), 10),
             (slice(None, None, -2**100), 5), (slice(2**100, None, 2**90), 7), (slice(1, 2), 0)):
    print(s.indices(n))
for a in ('x', 1.5, -1, -2**70):
    try:
        print(slice(1, 2).indices(a))
    except Exception as e:
        print(type(e).__name__, e)
try:
    slice(1, 2, 0).indices(4)
except ValueError as e:
    print('ValueError', e)

class subclass_with_init(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = subclass_with_init([1, 2], newarg=3)
print(type(u).__name__, u, u.newarg)
class plain(tuple):
    pass
try:
    plain([1], x=2)
except TypeError as e:
    print('TypeError', e)
