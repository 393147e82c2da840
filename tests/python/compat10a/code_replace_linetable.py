# code.replace(co_linetable=...) with another function's table (same
# bytecode, other lines): co_lines, co_positions, tracebacks and f_lineno
# all follow the new table, whichever was read first.
import sys

def f():
    x = 0
    return 1 / x

def f2():
    x = 0

    return 1 / x

def rel(code, lines):
    return [None if l is None else l - code.co_firstlineno for l in lines]

def tb_line(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
        return tb.tb_lineno - fn.__code__.co_firstlineno, tb.tb_frame.f_lineno - fn.__code__.co_firstlineno

print(tb_line(f), tb_line(f2))
new = f.__code__.replace(co_linetable=f2.__code__.co_linetable)
print(rel(new, [l for _, _, l in new.co_lines()]) == rel(f2.__code__, [l for _, _, l in f2.__code__.co_lines()]))
print(rel(new, [p[0] for p in new.co_positions()]) == rel(f2.__code__, [p[0] for p in f2.__code__.co_positions()]))
f.__code__ = new
print(tb_line(f))

def g():
    y = 0
    return 2 / y
new_g = g.__code__.replace(co_linetable=f2.__code__.co_linetable)
g.__code__ = new_g
print(tb_line(g))
print(rel(new_g, sorted({l for _, _, l in new_g.co_lines() if l is not None})))
