import sys
def trace(fn):
    events = []
    base = fn.__code__.co_firstlineno
    def t(frame, ev, arg):
        if frame.f_code is fn.__code__:
            events.append((frame.f_lineno - base, ev))
        return t
    sys.settrace(t)
    try:
        fn()
    except Exception as e:
        events.append(type(e).__name__)
    sys.settrace(None)
    print(fn.__name__, events)

def if_false():
    x = 1
    if False:
        x = 2
    else:
        x = 3
    return x
def if_true():
    x = 1
    if True:
        x = 2
    return x
def if_false_noelse():
    x = 1
    if False:
        x = 2
    x = 4
def if_zero_same_line():
    x = 1; y = 2
    if 0: x = 2
    x = 4
def while_false():
    x = 1
    while False:
        x = 2
    x = 3
def if_false_in_try():
    try:
        if False:
            pass
    except Exception:
        x = 5
def if_false_in_with():
    class C:
        def __enter__(self): return self
        def __exit__(*a): pass
    with C():
        if False:
            pass
def if_debug():
    if __debug__:
        x = 2
    if not __debug__:
        x = 4
    x = 5
def elif_false():
    x = 1
    if x == 2:
        x = 3
    elif False:
        x = 5
    else:
        x = 7
for f in (if_false, if_true, if_false_noelse, if_zero_same_line, while_false, if_false_in_try, if_false_in_with, if_debug, elif_false):
    trace(f)
