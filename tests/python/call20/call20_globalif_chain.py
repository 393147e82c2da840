# An `elif op == K:` chain on module constants (LOAD_GLOBAL_IF words run
# one after another in a dispatch): every branch, a missing case, operands
# that are not small ints, a constant rebound and one deleted mid-run, a
# builtin in the chain, and a test inside a loop.
PUSH, POP, ADD, JMP, HALT = 0, 1, 2, 3, 4
BIG = 2 ** 70


def classify(op):
    if op == PUSH:
        return "push"
    elif op == POP:
        return "pop"
    elif op == ADD:
        return "add"
    elif op == JMP:
        return "jmp"
    elif op == HALT:
        return "halt"
    elif op == BIG:
        return "big"
    return "other"


def ordered(x):
    if x < PUSH:
        return "neg"
    elif x <= POP:
        return "low"
    elif x > HALT:
        return "high"
    elif x >= ADD:
        return "mid"
    return "?"


for v in [0, 1, 2, 3, 4, 5, -1, 2 ** 70, 2.0, 3.5, "x", None, True, False]:
    print(repr(v), classify(v), ordered(v) if isinstance(v, (int, float)) else "-")

counts = {}
for i in range(3000):
    k = classify(i % 7)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))

ADD = 9  # rebinding a constant changes the globals' version? (value only)
print([classify(i) for i in range(6)], classify(9))
del JMP
try:
    print(classify(5))
except NameError as e:
    print("NameError", e)
JMP = 3
print(classify(3), classify(5))


def with_builtin(x):
    if x == PUSH:
        return "push"
    elif x == len:
        return "len"
    elif x == POP:
        return "pop"
    return "none"


print(with_builtin(0), with_builtin(1), with_builtin(len), with_builtin(7))


class Eq:
    def __eq__(self, other):
        print("eq", other)
        return other == 2


print(classify(Eq()))
