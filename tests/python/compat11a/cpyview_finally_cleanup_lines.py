# co_lines of a try/finally's exceptional copy: the RERAISE and cleanup
# keep the line of the last statement compiled in the finally body (even
# dead code after a return), but an expression statement leaves none.
# Setting f_lineno to such a line names the except block
# (test_sys_settrace's test_no_jump_over_return_try_finally_in_finally_block).
import sys

srcs = {
    'expr_last': '''
def f():
    try:
        a()
    finally:
        b()
''',
    'assign_last': '''
def f():
    try:
        a()
    finally:
        b()
        c = d(
            1)
''',
    'if_last': '''
def f():
    try:
        a()
    finally:
        if x:
            y()
''',
    'pass_after_return': '''
def f(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        if output:
            return
        pass
''',
    'dead_assign': '''
def f(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        return
        x = 1
''',
    'dead_loop': '''
def f(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        return
        while x:
            y = 2
        z = 4
''',
    'expr_then_return': '''
def f(a):
    a.append(1)
    print(a,
          end='')
''',
}
for name, src in srcs.items():
    ns = {}
    exec(src, ns)
    co = ns['f'].__code__
    print(name, [(s, e, l) for s, e, l in co.co_lines()])


def jumper(output):
    try:
        output.append(2)
    finally:
        output.append(4)
        output.append(5)
        return
        try:
            output.append(8)
        finally:
            output.append(10)
        pass
    output.append(12)


first = jumper.__code__.co_firstlineno


def tr(frame, event, arg):
    if frame.f_code is jumper.__code__ and event == 'line' and frame.f_lineno == first + 5:
        try:
            frame.f_lineno = first + 11
        except ValueError as e:
            print('refused:', e)
    return tr


out = []
sys.settrace(tr)
jumper(out)
sys.settrace(None)
print(out)
