# `if x == GLOBAL:` chains (LOAD_GLOBAL followed by a compare-and-branch):
# small ints both ways, every comparison, non-int operands, globals
# rebound, deleted and shadowing builtins, a comparison that raises,
# while loops against a global bound, and tracing.
import sys

A, B, C = range(3)
LIMIT = 5


def classify(op):
    if op == A:
        return "a"
    elif op == B:
        return "b"
    elif op == C:
        return "c"
    return "?"


print([classify(i) for i in range(-1, 5)])
print([classify(x) for x in (0.0, 1.0, True, False, "a", None, 2 ** 70)])


def cmps(x):
    out = []
    if x < LIMIT:
        out.append("lt")
    if x <= LIMIT:
        out.append("le")
    if x > LIMIT:
        out.append("gt")
    if x >= LIMIT:
        out.append("ge")
    if x != LIMIT:
        out.append("ne")
    if LIMIT == x:
        out.append("eq")
    return out


for x in (4, 5, 6, -(2 ** 62), 2 ** 62, 5.0, 4.5):
    print(x, cmps(x))


def count_up():
    i = 0
    while i < LIMIT:
        i += 1
    return i


print(count_up())
LIMIT = 9
print(count_up(), cmps(9))
LIMIT = "s"
try:
    count_up()
except TypeError as e:
    print("TypeError", e)
print(cmps("s"))
LIMIT = 5

B = 10
print([classify(i) for i in (0, 1, 2, 10)])
del B
try:
    classify(5)
except NameError as e:
    print("NameError", e)
B = 1
print(classify(1))


def uses_builtin(x):
    if x == len:
        return "len"
    return "other"


print(uses_builtin(len), uses_builtin(5))
len = 5
print(uses_builtin(5))
del len
print(uses_builtin(len))


class Loud:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 1

    def __lt__(self, other):
        raise ValueError("no order")


print(classify(Loud()))
try:
    cmps(Loud())
except ValueError as e:
    print("ValueError", e)


def in_loop(ops):
    total = 0
    for op in ops:
        if op == A:
            total += 1
        elif op == B:
            total += 10
        elif op == C:
            total += 100
        else:
            total += 1000
    return total


print(in_loop([0, 1, 2, 3, 0, 1] * 50))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "classify":
        events.append((event, frame.f_lineno))
    return tracer


sys.settrace(tracer)
r = [classify(i) for i in range(4)]
sys.settrace(None)
print(r, events)
print(in_loop([2, 1, 0, 7]))
