# Line events around folded ifs, class bodies, break/continue/return
# through finally and with blocks, and bare except clauses.
import sys
def trace(fn):
    events = []
    base = fn.__code__.co_firstlineno
    def t(frame, ev, arg):
        if True:
            events.append((frame.f_lineno - base, ev))
        return t
    sys.settrace(t)
    try:
        fn()
    except Exception as e:
        events.append(type(e).__name__)
    sys.settrace(None)
    print(fn.__name__, events)

def f1(x=1):
    if x:
        a = 1
    else:
        a = 2
def f2():
    if 3 < 9:
        a = 1
    else:
        a = 2
def f3():
    class A:
        if 3 < 9:
            a = 1
        else:
            a = 2
def f4():
    class A:
        x = 1
        if x:
            a = 1
        else:
            a = 2
def f5():
    for i in range(2):
        if False:
            continue
    if True:
        pass
def f6():
    while True:
        break
    else:
        x = 3
class C:
    def __enter__(self):
        return self
    def __exit__(*args):
        pass
def func_break():
    for i in (1,2):
        with C():
            break
    pass
def func_return():
    with C():
        return
def func_continue():
    for i in (1,2):
        with C():
            continue
    pass
def func_break2():
    for i in (1,2):
        try:
            break
        finally:
            x = 5
    pass
def func_ret_fin():
    try:
        return 3
    finally:
        x = 5
def func():
    try:
        try:
            3
        except:
            5
        else:
            7
            raise Exception
        finally:
            10
    except:
        12
    finally:
        14
def func2():
    try:
        raise KeyError
    except:
        5
def func3():
    try:
        raise KeyError
    except KeyError:
        5
def func4():
    try:
        try:
            raise KeyError
        finally:
            6
    except:
        8
for f in (f1, f2, f3, f4, f5, f6, func_break, func_return, func_continue, func_break2, func_ret_fin, func, func2, func3, func4):
    trace(f)
