# min() and max() stream their iterable: the key runs between the
# iterator's steps, ties keep the first item, and errors and defaults match.
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i

def key(x):
    print("key", x)
    return -x if x % 2 else x

print(max(noisy(4), key=key))
print(min(noisy(3)))
print(min([3, 1, 1.0, 2]), max([1, 1.0, True]), min("hello"), max((4, 2), (4, 1)), min(3, 1, 2, key=lambda x: -x))
print(min([], default="empty"), max(iter([]), default=None), min([5], default=0), max([], key=len, default=-1))
for call in [lambda: min([]), lambda: max(), lambda: min(5), lambda: min(1, 2, default=0),
             lambda: max([1, "a"]), lambda: min([1, 2], key=5), lambda: max(1, key=len)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
grow = [1, 2, 3]
def growing(x):
    if len(grow) < 6:
        grow.append(x + 10)
    return x
print(max(grow, key=growing), grow)
print(max({"b": 1, "a": 2}), min({3, 1, 2}), max(range(10), key=lambda x: x % 4))
