# Jumps (f_lineno assignment from a trace function) between and out of
# with blocks: the block entered takes over the __exit__ of the block left,
# as on CPython's stack.
import sys

class ctx:
    def __init__(self, out, n):
        self.out, self.n = out, n
    def __enter__(self):
        self.out.append(self.n)
    def __exit__(self, *exc):
        self.out.append(-self.n)

def run(func, jump_from, jump_to):
    out = []
    first = func.__code__.co_firstlineno
    done = []
    def trace(frame, event, arg):
        if frame.f_code is not func.__code__:
            return trace
        if event == "line" and frame.f_lineno == first + jump_from and not done:
            done.append(1)
            try:
                frame.f_lineno = first + jump_to
            except ValueError as e:
                out.append(("ValueError", str(e)))
        return trace
    sys.settrace(trace)
    try:
        func(out)
    finally:
        sys.settrace(None)
    print(func.__name__, out)

def between(out):
    out.append(1)
    with ctx(out, 2):
        out.append(3)
    with ctx(out, 4):
        out.append(5)

def out_of_inner(out):
    out.append(1)
    with ctx(out, 2):
        with ctx(out, 3):
            out.append(4)
        out.append(5)
    out.append(6)

def into_with_from_outside(out):
    out.append(1)
    with ctx(out, 2):
        out.append(3)
    out.append(4)

def into_nested_from_shallower(out):
    with ctx(out, 1):
        out.append(2)
    with ctx(out, 3):
        with ctx(out, 4):
            out.append(5)

run(between, 3, 5)
run(out_of_inner, 4, 5)
run(into_with_from_outside, 1, 3)
run(into_nested_from_shallower, 2, 5)
