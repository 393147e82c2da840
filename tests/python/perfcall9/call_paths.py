# Python-to-Python calls on the loop's fast paths: exact positional calls,
# recursion limits, exceptions crossing frames, functions whose __code__,
# __defaults__ or __kwdefaults__ change between calls, keyword errors.
import sys
import traceback

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))

def down(n):
    return down(n + 1)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    down(0)
except RecursionError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("RecursionError", e, len(tb) > 150, tb[-1].name, tb[-1].line)
sys.setrecursionlimit(old)

def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1

try:
    boom(5)
except ValueError as e:
    print("ValueError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])

def caught(n):
    try:
        return boom(n)
    except ValueError:
        return -n

print([caught(i) for i in range(4)])

def f(a, b):
    return a + b

def g(a, b):
    return a * b

def h(a, b=10, *, c=100):
    return a + b + c

def call_f(x):
    return f(x, 2)

print([call_f(i) for i in range(5)])
f.__code__ = g.__code__
print([call_f(i) for i in range(5)])
f.__code__ = h.__code__
try:
    call_f(0)
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = {"c": 100}
print([call_f(i) for i in range(3)])
f.__kwdefaults__ = {"c": 1}
print([call_f(i) for i in range(3)])
f.__defaults__ = (7,)
print(f(1), call_f(1))
f.__kwdefaults__ = None
try:
    call_f(1)
except TypeError as e:
    print("TypeError", e)

def kw(a, b, *, c):
    return a, b, c

for args, kwargs in [((1, 2), {"c": 3}), ((1,), {"b": 2, "c": 3}), ((1, 2, 3), {}),
                     ((1, 2), {}), ((1, 2), {"c": 3, "d": 4}), ((1,), {"a": 1, "c": 2}),
                     ((), {"a": 1, "b": 2, "c": 3})]:
    try:
        print(kw(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)

def spread(**kw):
    kw["added"] = 1
    return sorted(kw.items())

d = {"x": 1, "y": 2}
print(spread(**d), d)

def pos(a, b):
    return a - b

for call in (lambda: pos(1), lambda: pos(1, 2, 3), lambda: pos(1, a=2), lambda: pos(b=1, a=2)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)

events = []
def prof(frame, event, arg):
    if frame.f_code.co_name in ("fib", "pos"):
        events.append((event, frame.f_code.co_name))

sys.setprofile(prof)
fib(3)
pos(5, 3)
sys.setprofile(None)
print(events)

lines = []
def tr(frame, event, arg):
    if frame.f_code.co_name == "fib":
        lines.append((event, frame.f_lineno))
    return tr

sys.settrace(tr)
fib(2)
sys.settrace(None)
print(lines)
