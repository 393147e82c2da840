# Which lines a trace function may jump to: code CPython drops as
# unreachable (after a return in a finally block, after an endless loop)
# has no line to jump to, and the line where an assignment's value starts
# begins the statement even when the targets start on an earlier line.
import sys

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
                out.append(("ValueError", str(e).replace(str(first + jump_to), "N")))
        return trace
    sys.settrace(trace)
    try:
        func(out)
    finally:
        sys.settrace(None)
    print(func.__name__, out)

def over_return_out_of_finally(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
        return
    out.append(7)

def after_endless_loop(out):
    out.append(1)
    while True:
        out.append(3)
        if len(out) > 3:
            return
    out.append(6)

def unpack_value_line(out):
    out.append(1)
    (
        _, *_, _
    ) = out.append(4) or "Spam"
    out.append(5)

def multiline_value(out):
    out.append(1)
    x = [
        out.append(3) or 3,
        4]
    out.append(5)

run(over_return_out_of_finally, 5, 7)
run(after_endless_loop, 3, 6)
run(unpack_value_line, 3, 4)
run(multiline_value, 5, 3)
run(multiline_value, 5, 4)

def into_dead_finally_copy(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
        return
        out.append(8)
    out.append(9)

run(into_dead_finally_copy, 5, 8)
