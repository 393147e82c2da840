# zip and enumerate build their result tuples in one allocation; results,
# strict-mode errors and iterator exhaustion must stay as CPython's.
a, b = list(range(5)), "vwxyz"
print(list(enumerate(a)), list(enumerate(b, -2)), list(enumerate([], 3)))
print(list(zip()), list(zip(a)), list(zip(a, b)), list(zip(a, b, a, b)), list(zip(a, b, a, b, a)))
for strict_args in [("ab", "abc"), ("abc", "ab"), ("ab", "ab", "a"), ("a", "b", "c", "d", "ef")]:
    try:
        print(list(zip(*strict_args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
it = iter([1, 2, 3])
z = zip(it, "ab")
print(list(z), list(it), next(z, "done"))


def boom():
    yield 1
    raise KeyError("inner")


try:
    list(zip(boom(), boom(), "abc"))
except KeyError as e:
    print("KeyError", e)
pairs = [p for p in zip(a, b)]
print(pairs[0] is pairs[1], type(pairs[0]).__name__, len(pairs[2]), pairs[3][::-1], hash(pairs[4]) == hash((4, "z")))
t = 0
for i, (x, y) in enumerate(zip(a, a[::-1])):
    t += i * x - y
print(t, max(enumerate("hello"), key=lambda p: p[1]), dict(zip("abc", range(3))))
