# Errors of ** unpacking in calls: a repeated key is reported by the merge
# (by its str(), even for a non-string key); a non-string key is rejected
# by the call itself.
from collections import UserDict


def f(*a, **k):
    return a, k


def g(a):
    return a


class K:
    def __str__(self):
        return "kay"

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return isinstance(other, K)


calls = [
    lambda: f(**{1: 3}, **{1: 5}),
    lambda: f(**{1: 3}),
    lambda: f(**{1: 3}, **{2: 5}),
    lambda: f(**{1: 3}, **{'a': 5}, **{'a': 6}),
    lambda: g(**{1: 3}),
    lambda: dict(**{1: 2}),
    lambda: dict(**{1: 2}, **{1: 3}),
    lambda: f(x=1, **{1: 2}),
    lambda: g(a=1, **{'a': 2}),
    lambda: print(**{1: 2}),
    lambda: max([1], **{2: 1}, **{'key': None}),
    lambda: f(**{K(): 1}, **{K(): 2}),
    lambda: f(**UserDict({1: 2})),
    lambda: f(**UserDict({'b': 2}), **{'b': 3}),
    lambda: f(**UserDict({'b': 2})),
    lambda: f(1, *[2], **{'c': 3}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
