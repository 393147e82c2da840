# Line, call and return events of sys.settrace for the statement forms,
# compared with CPython 3.11's exact sequence.
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'tracer':
        return None
    if event == 'return' or event == 'c_return':
        r = repr(arg)
        if ' at 0x' in r:
            r = type(arg).__name__
        events.append((event, frame.f_code.co_name, frame.f_lineno, r))
    elif event == 'exception':
        events.append((event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__))
    else:
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


def run(fn, *args):
    events.clear()
    sys.settrace(tracer)
    try:
        fn(*args)
    except Exception as e:
        events.append(('raised', type(e).__name__))
    sys.settrace(None)
    base = fn.__code__.co_firstlineno
    print(fn.__name__)
    for ev in events:
        if ev[0] in ('line', 'call', 'return', 'exception') and ev[1] == fn.__name__:
            ev = (ev[0], ev[1], ev[2] - base) + ev[3:]
        print('   ', ev)


def one_liner(): return 1


def branches(n):
    if n > 1:
        x = 1
    elif n:
        x = 2
    else:
        x = 3
    return x


def for_loop(n):
    total = 0
    for i in range(n):
        total += i
    else:
        total += 100
    return total


def for_break_continue():
    for i in range(5):
        if i == 1:
            continue
        if i == 3:
            break
        x = i
    return i


def while_loop(n):
    while n > 0:
        n -= 1
    while True:
        n += 1
        if n == 2:
            break
    return n


def single_line_loops(n):
    for i in range(n): pass
    while n: n -= 1
    return [i for i in range(n + 3) if i]


def nested_loops():
    s = 0
    for i in range(2):
        for j in range(2):
            s += i * j
    return s


def try_except():
    try:
        x = 1
        1 / 0
    except ZeroDivisionError:
        x = 2
    else:
        x = 3
    try:
        x = 4
    except KeyError:
        x = 5
    else:
        x = 6
    finally:
        x = 7
    return x


def try_finally_return():
    try:
        return 1
    finally:
        x = 2


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def with_stmt():
    with CM() as c:
        x = 1
    with CM():
        raise ValueError
    return x


def decorators():
    def deco(f):
        return f

    @deco
    @deco
    def inner():
        return 2
    return inner()


def raising():
    x = 1
    raise KeyError(x)


def caller_of_raising():
    try:
        raising()
    except KeyError:
        pass
    raising()


def lambdas():
    f = lambda x: x + len([x])
    return f(1) + (lambda: 2)()


def comprehensions():
    a = [x for x in range(3)]
    b = {x: y
         for x, y in zip('ab', 'cd')}
    c = list(x for x in range(2))
    return a, b, c


def multiline_call():
    x = max(1,
            2,
            3)
    return (x,
            x)


def assert_and_pass(n):
    assert n, 'no'
    pass
    del n


for fn, args in [(one_liner, ()), (branches, (2,)), (branches, (0,)), (for_loop, (3,)),
                 (for_loop, (0,)), (for_break_continue, ()), (while_loop, (2,)),
                 (single_line_loops, (2,)), (nested_loops, ()), (try_except, ()),
                 (try_finally_return, ()), (with_stmt, ()), (decorators, ()),
                 (caller_of_raising, ()), (lambdas, ()), (comprehensions, ()),
                 (multiline_call, ()), (assert_and_pass, (1,)), (assert_and_pass, (0,))]:
    run(fn, *args)
print(sys.gettrace())
