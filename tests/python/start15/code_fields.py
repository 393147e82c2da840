# Code-object fields whose storage changed (start15_code.go): the line
# cache (lines), CPython's view (view), the cell and free counts, and the
# docstring of a function read from the compiled-code cache.
import dis
import importlib
import sys


def cells(a, b):
    c = a + b

    def inner(d):
        return a + c + d  # frees: a, c

    return inner


fn = cells(1, 2)
print(fn(3), cells.__code__.co_cellvars, fn.__code__.co_freevars, len(fn.__closure__))


def lines():
    x = 1
    y = x + 1
    raise ValueError(y)


for _ in range(3):  # the line cache: one line, then the whole table
    try:
        lines()
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(tb.tb_lineno - lines.__code__.co_firstlineno, tb.tb_frame.f_code.co_name)

print([ln - lines.__code__.co_firstlineno for _, _, ln in lines.__code__.co_lines() if ln])
ops = [i.opname for i in dis.get_instructions(lines)]
print(ops[:3], "RAISE_VARARGS" in ops)

co2 = lines.__code__.replace(co_name="renamed", co_firstlineno=100)
print(co2.co_name, co2.co_firstlineno, co2.co_consts == lines.__code__.co_consts)
lines.__code__ = co2
try:
    lines()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
co3 = fn.__code__.replace(co_consts=fn.__code__.co_consts)
print(co3 == fn.__code__, co3.co_freevars)

# A module from the compiled-code cache: its functions' docstrings come
# from their unread bodies.
sys.dont_write_bytecode = False
import json.decoder as jd  # noqa: E402

importlib.reload(jd)
print(jd.JSONDecoder.decode.__doc__.split("\n")[0])
print(jd.JSONDecoder.raw_decode.__code__.co_consts[0] == jd.JSONDecoder.raw_decode.__doc__)
