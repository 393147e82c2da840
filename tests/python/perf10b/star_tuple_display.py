# Starred tuple displays `(*a, x, ...)`: the fused form (an exact tuple or
# list first) and the unfused one (any other iterable, errors), for every
# length, with appended values computed before and between.
import sys

def rot(t):
    first, *rest = t
    return (*rest, first)

print(rot((1, 2, 3)), rot([1]), rot("abc"), rot(range(4)))
l = [1, 2]
t = (3, 4)
x, y, z = "x", "y", "z"
print((*l,), (*t,), (*l, x), (*t, x, y), (*l, x, y, z), (*t, x, y, z, x, y, z, x, y))
print((*[], ), (*(), x), (*[], x, y, z, x, y), type((*l,)), type((*l, x)))
print((*l, l), (*t, t))
r = (*l, x)
l.append(99)
print(r, l)
class T(tuple): pass
class L(list): pass
print((*T((5, 6)), x), (*L([7]), y), (*{1: 2}, z), (*iter([8, 9]), x), (*(i for i in range(3)), y))

def gen():
    yield 1
    yield 2
print((*gen(), x, y))
def f():
    return "f"
print((*l, f()), (*t, f(), x))
big = list(range(300))
print(len((*big, x)), (*big, x)[-3:])
try:
    (*5, x)
except TypeError as e:
    print("TypeError:", e)
try:
    (*None,)
except TypeError as e:
    print("TypeError:", e)

class Bad:
    def __iter__(self):
        raise ValueError("no")
try:
    (*Bad(), x)
except ValueError as e:
    print("ValueError:", e)

def nested(a, b):
    return ((*a, b), (*b, *a), (*a, *a, b))
print(nested((1, 2), [3]))

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer
def traced(a, b):
    return (*a, b, b)
sys.settrace(tracer)
print(traced((1,), 2))
sys.settrace(None)
print(events)
print([(*p, i) for i, p in enumerate([(1,), [2, 3], ()])])
