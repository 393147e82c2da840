# tb_lasti and f_lasti are offsets in the same terms as co_lines() and
# co_positions(), whichever is read first: pdb maps tb_lasti to a line with
# dis.findlinestarts (co_lines) after reading it.
import dis
import sys

def lasti2lineno(code, lasti):
    for i, lineno in reversed(list(dis.findlinestarts(code))):
        if lasti >= i:
            return lineno
    return 0

src = '''
def inner():
    x = 1
    return 1/0

def outer():
    y = 2
    inner()
    return y
'''
ns = {}
exec(compile(src, "<lasti-test>", "exec"), ns)
try:
    ns["outer"]()
except ZeroDivisionError:
    tb = sys.exc_info()[2].tb_next
    while tb:
        code, lasti = tb.tb_frame.f_code, tb.tb_lasti
        print(code.co_name, tb.tb_lineno, lasti2lineno(code, lasti))
        pos = list(code.co_positions())[lasti // 2]
        print(" position line", pos[0])
        tb = tb.tb_next
