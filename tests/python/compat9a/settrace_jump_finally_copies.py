# f_lineno jumps inside finally bodies: of a line's normal and exceptional
# copies the jump takes the one inside the handler the frame is in.
import sys

def run(jump_from, jump_to, fn):
    base = fn.__code__.co_firstlineno
    output = []
    done = False
    def tracer(frame, event, arg):
        nonlocal done
        if frame.f_code is not fn.__code__:
            return None
        if event == 'line' and not done and frame.f_lineno == base + jump_from:
            done = True
            try:
                frame.f_lineno = base + jump_to
            except ValueError as e:
                output.append(('ValueError', str(e)))
        return tracer
    sys.settrace(tracer)
    try:
        fn(output)
    except Exception as e:
        output.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(fn.__name__, output)

def nested_finally(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        try:
            output.append(6)
        finally:
            output.append(8)
        output.append(9)

def nested_finally_2(output):
    try:
        output.append(2)
        1/0
        return
    finally:
        output.append(6)
        output.append(7)
    output.append(8)

def nested_finally_3(output):
    try:
        output.append(2)
        1/0
        return
    finally:
        output.append(6)
        try:
            output.append(8)
        finally:
            output.append(10)
        output.append(11)
    output.append(12)

def between_except_blocks_2(output):
    try:
        1/0
    except ZeroDivisionError:
        output.append(4)
        output.append(5)
    except FloatingPointError as e:
        output.append(7)
    output.append(8)

def into_except(output):
    output.append(1)
    try:
        output.append(3)
    except ZeroDivisionError:
        output.append(5)
    output.append(6)

run(4, 9, nested_finally)
run(6, 7, nested_finally_2)
run(6, 11, nested_finally_3)
run(5, 7, between_except_blocks_2)
run(1, 5, into_except)
