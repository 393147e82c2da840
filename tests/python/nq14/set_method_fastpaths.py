# set.add, set.remove and set.discard called as methods on small ints take
# a direct path; every other key, and every error, must behave as CPython.

def show(s):
    print(sorted(s, key=repr), len(s))

def churn():
    # add/remove cycles leave dummies and purge them: results and order
    s = set()
    for row in range(6):
        for c in range(10):
            s.add(row + c)
            s.add(row - c)
            if (row + c) % 3 == 0:
                s.remove(row + c)
            s.discard(row - c + 1)
    print(list(s))
    cols = set()
    for i in range(200):
        cols.add(i % 37)
        cols.add(-(i % 11))
        if i % 2:
            cols.remove(i % 37)
        cols.discard(-(i % 5))
    print(list(cols), len(cols))

churn()

# ints that are not their own hash, and hash collisions with small ints
big = 2**61 - 1
s = {1, 2, 3}
for k in (-1, -2, big, big + 1, -big, 2**64, 2**100, 0):
    s.add(k)
print(list(s))
for k in (-1, -2, big, 2**100):
    s.remove(k)
print(list(s))
s.discard(big + 1)
s.discard(12345)
print(list(s))

# equal keys of other types
s = {1, 2}
s.add(1.0)
s.add(True)
print(s, [type(x).__name__ for x in s])
s.remove(2.0)
s.discard(True)
print(s)
s = {1.0, 2.5, "a", (1,)}
s.add(1)
s.add(3)
print(sorted(s, key=repr), [type(x).__name__ for x in sorted(s, key=repr)])
s.remove(1)
s.discard(3)
print(sorted(s, key=repr))

# an int subclass with its own hash and equality
class Odd(int):
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", int(self), other)
        return int(self) == other
s = {7, 8}
s.add(Odd(7))
s.add(Odd(9))
print(sorted(int(x) for x in s))
s.remove(Odd(9))
print(sorted(int(x) for x in s))

# errors and their messages
for call in (lambda: {1}.remove(2), lambda: {1}.remove(-1), lambda: {1}.remove(2**70),
             lambda: {1}.remove((1, 2)), lambda: set().remove(0),
             lambda: {1}.add([]), lambda: {1}.remove([]), lambda: {1}.discard({}),
             lambda: frozenset().add(1), lambda: set.add(frozenset(), 1),
             lambda: set.remove(1, 1), lambda: {1}.add(), lambda: {1}.remove(1, 2)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# remove/discard of a set looks up the equal frozenset
s = {frozenset({1, 2}), 3}
s.remove({1, 2})
s.discard({3})
print(s)
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e)

# subclasses: the method resolved is the subclass's when overridden
class Logged(set):
    def add(self, x):
        print("Logged.add", x)
        super().add(x)
class Plain(set):
    pass
a = Logged()
b = Plain()
for i in range(3):
    a.add(i)
    b.add(i)
b.remove(1)
b.discard(5)
print(sorted(a), sorted(b), type(b).__name__)
try:
    b.remove(7)
except KeyError as e:
    print("KeyError", e)

# bound methods called in a loop
s = set()
add, rem, disc = s.add, s.remove, s.discard
for i in range(50):
    add(i)
    add(-i)
    if i % 4 == 0:
        rem(i)
    disc(-i + 3)
print(list(s))

# mutation of the set during iteration is still detected
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.remove(x)
except RuntimeError as e:
    print("RuntimeError", e)
