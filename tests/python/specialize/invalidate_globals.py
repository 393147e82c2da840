# Builtins monkey-patched and module globals rebound after the loads that
# use them were cached, and module attributes through a module object.
import builtins
import sys


def use_len(xs):
    return [len(x) for x in xs]


data = ["a", "bb", "ccc"]
print(use_len(data))
real_len = builtins.len
builtins.len = lambda x: 42
print(use_len(data))
len = lambda x: -1  # a global now shadows the builtin
print(use_len(data))
del len
print(use_len(data))
builtins.len = real_len
print(use_len(data))

factor = 2


def scale(xs):
    return [x * factor for x in xs]


print(scale([1, 2, 3]))
factor = 10
print(scale([1, 2, 3]))
globals()["factor"] = 100
print(scale([1, 2, 3]))

mod = sys.modules[__name__]


def modattr(n):
    return [mod.factor + i for i in range(n)]


print(modattr(3))
mod.factor = 7
print(modattr(3))
del mod.factor
try:
    modattr(3)
except AttributeError as e:
    print(type(e).__name__, e)
