# sys.setprofile events: call/return for Python frames, c_call/c_return/
# c_exception around builtin functions and methods.
import sys

events = []


def prof(frame, event, arg):
    # Only this file's frames: a collection may run importlib's weakref
    # callbacks (module locks) at any point under Krait, and they would be
    # profiled too.
    if frame.f_code.co_filename != __file__:
        return
    name = getattr(arg, '__name__', None) if event.startswith('c_') else None
    if event == 'return' and frame.f_code.co_name not in ('f', 'g', 'h', 'gen'):
        name = 'ret'
    events.append((event, frame.f_code.co_name, name))


def g(x):
    return len(x) + abs(-x[0])


def h():
    try:
        int('x')
    except ValueError:
        pass
    d = {}
    d.setdefault('a', 1)
    [].append(1)
    list.append([], 2)
    return sorted([3, 1], key=lambda v: -v)


def gen():
    yield 1
    yield 2


def f():
    g([1, 2])
    h()
    for x in gen():
        pass
    m = max
    return m(1, 2)


sys.setprofile(prof)
f()
sys.setprofile(None)
for e in events:
    print(e)
print(sys.getprofile())

# A profile function that raises is removed.
def bad(frame, event, arg):
    raise ZeroDivisionError('in profiler')


sys.setprofile(bad)
try:
    f()
except ZeroDivisionError as e:
    print('caught', e)
print(sys.getprofile())
