# A runaway recursion whose innermost frame calls a one-argument or
# no-argument builtin (abs, math.sqrt, id, str.upper) fails at that call,
# "while calling a Python object", as in CPython 3.11; recursions that
# call len(), list.append, isinstance or dict.get first fail at the next
# Python call with the plain message. copy.deepcopy of a deep list fails
# at its id() call.
import copy, math, sys, traceback

def attempt(label, fn, arg):
    try:
        fn(arg)
        print(label, "no error")
    except RecursionError as e:
        print(label, e)

def by_abs(x): return by_abs(abs(x))
def by_upper(s): return by_upper(s.upper())
def by_sqrt(x): return by_sqrt(math.sqrt(x))
def by_get(d): return by_get(d.get("k", d))
def by_isinstance(x): return by_isinstance(isinstance(x, int))
def by_append(l): l.append(1); return by_append(l)
def by_len(x): return by_len(len([x]))
def plain(n): return plain(n + 1)

for label, fn, arg in [("abs", by_abs, 1.0), ("upper", by_upper, "x"), ("sqrt", by_sqrt, 4.0),
                       ("get", by_get, {}), ("isinstance", by_isinstance, 1),
                       ("append", by_append, []), ("len", by_len, 1), ("plain", plain, 0)]:
    attempt(label, fn, arg)

deep = []
cur = deep
for i in range(5000):
    cur.append([])
    cur = cur[0]
try:
    copy.deepcopy(deep)
except RecursionError as e:
    last = traceback.extract_tb(e.__traceback__)[-1]
    print("deepcopy", e, last.name, last.line)

sys.setrecursionlimit(60)
attempt("abs at 60", by_abs, -2)
attempt("plain at 60", plain, 0)
