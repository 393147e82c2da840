# A set that items are added to and removed from purges its dummies into a
# table of the same size; the iteration order, and lookups interrupted by
# Python code that mutates the set, behave as in CPython.

def churn(size, rounds, span):
    s = set()
    for r in range(rounds):
        for v in range(span):
            s.add(v * 7 + r)
        for v in range(span):
            if v % 3:
                s.remove(v * 7 + r)
    return s

for size, rounds, span in ((8, 30, 4), (32, 40, 9), (128, 20, 30), (512, 6, 120)):
    s = churn(size, rounds, span)
    print(len(s), list(s)[:20])

# strings and tuples (hashes from the seed-independent types only)
s = set()
for i in range(300):
    s.add((i % 17, i % 5))
    if i % 2:
        s.discard((i % 17, (i + 1) % 5))
print(len(s), list(s)[:15])

s = set()
for i in range(400):
    s.add(i * 1.5)
    s.discard((i - 3) * 1.5)
print(list(s))

# __eq__ mutating the set in the middle of a lookup
class Key:
    def __init__(self, name, target=None, action=None):
        self.name, self.target, self.action = name, target, action
    def __hash__(self):
        return 1
    def __eq__(self, other):
        if self.action and self.target is not None:
            act, self.action = self.action, None
            act(self.target)
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return self.name

def mutate(s):
    for i in range(40):
        s.add(1000 + i)
    for i in range(40):
        s.discard(1000 + i)

for trial in range(3):
    s = {Key("a"), Key("b")}
    k = Key("c", s, mutate)
    s.add(k)
    print(sorted(map(repr, s)), Key("a") in s, k in s)
    k2 = Key("b", s, mutate)
    print(k2 in s, len(s))
    s.discard(Key("a", s, mutate))
    print(sorted(map(repr, s)))

# iteration after purges visits each element once
s = set(range(20))
for i in range(20, 400):
    s.add(i)
    s.discard(i - 20)
print(sorted(s) == list(range(380, 400)), len(list(s)), len(set(list(s))))
import copy
print(list(copy.copy(s)) == list(s), list(s.copy()) == list(s))
print(s.pop() in range(380, 400), len(s))
