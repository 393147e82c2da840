# sys.setrecursionlimit refuses a limit at or below the current depth,
# and recursion inside except handlers ends in RecursionError.
import sys

def try_limit(n):
    try:
        sys.setrecursionlimit(n)
        return True
    except RecursionError as e:
        return str(e).startswith("cannot set the recursion limit to %d at the recursion depth" % n)

def deep(k):
    if k:
        return deep(k - 1)
    return try_limit(3)
print(deep(30))

def relative_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError:
            depth += 1
        else:
            break
    sys.setrecursionlimit(depth + n)

def recurse_in_except():
    try:
        1/0
    except:
        recurse_in_except()

def recurse_in_body_and_except():
    try:
        recurse_in_body_and_except()
    except:
        recurse_in_body_and_except()

old = sys.getrecursionlimit()
try:
    relative_limit(10)
    for func in (recurse_in_except, recurse_in_body_and_except):
        try:
            func()
        except RecursionError:
            print(func.__name__, "RecursionError")
finally:
    sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
