# sys.settrace reports the line of a trailing `case _:` (CPython's NOP).
import sys

def trace_lines(func, *args):
    lines = []
    def trace(frame, event, arg):
        if event == "line" and frame.f_code.co_name == func.__name__:
            lines.append(frame.f_lineno - func.__code__.co_firstlineno)
        return trace
    sys.settrace(trace)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return lines

def f(command):
    match command.split():
        case ["go", direction] if direction in "nesw":
            return f"go {direction}"
        case ["go", _]:
            return "no go"
        case _:
            return "default"

def g(command):
    match command.split():
        case _:
            return "default"

def h(command):
    match command:
        case "a":
            x = 1
        case _:
            x = 2
    return x

for c in ("go n", "go x", "spam"):
    print(trace_lines(f, c), trace_lines(g, c), f(c))
print(trace_lines(h, "a"), trace_lines(h, "b"))
