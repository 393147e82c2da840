# Once a code object has its CPython view, f_lasti and tb_lasti are offsets
# into its co_code, so tracebacks still point at the right expression.
import dis, sys, traceback

def fails(d):
    x = 1
    return d["a"]["b"] + x

for disassembled in (False, True):
    if disassembled:
        dis.get_instructions(fails)
        list(fails.__code__.co_lines())
    try:
        fails({"a": {}})
    except KeyError:
        tb = sys.exc_info()[2].tb_next
        print(tb.tb_lasti % 2, tb.tb_lineno)
        print(traceback.format_exc().splitlines()[-3:])
