# Frame attributes seen from trace functions: f_locals (live, and written
# back after the trace function returns), f_back, f_code, f_globals,
# f_lasti, f_lineno and jumps by assigning f_lineno.
import sys


def modify(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'victim':
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if rel == 2:
            frame.f_locals['a'] = 100
        if rel == 3:
            print('locals at line 3', sorted(frame.f_locals.items()))
    return modify


def victim():
    a = 1
    b = a + 1
    return a, b


sys.settrace(modify)
print(victim())
sys.settrace(None)


def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def outer():
    return chain()


print(outer())
fr = sys._getframe()
print(fr.f_globals is globals(), fr.f_code.co_name, type(fr.f_lasti).__name__, fr.f_lasti % 2)
print(sys._getframe().f_lineno, fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
try:
    fr.f_trace_lines = 1
except TypeError as e:
    print(e)


def jumper(n):
    x = 1
    x = 2
    x = 3
    return x


def make_jump(src, dst, expect_error=False):
    done = []

    def tr(frame, event, arg):
        if frame.f_code is not jumper.__code__:
            return tr
        rel = frame.f_lineno - jumper.__code__.co_firstlineno
        if event == 'line' and rel == src and not done:
            done.append(1)
            try:
                frame.f_lineno = jumper.__code__.co_firstlineno + dst
                print('  jumped', src, '->', dst, 'f_lineno now', frame.f_lineno - jumper.__code__.co_firstlineno)
            except ValueError as e:
                print('  ValueError:', e)
        return tr
    return tr


for src, dst in [(1, 3), (3, 1), (2, 4), (1, 100), (1, -5)]:
    sys.settrace(make_jump(src, dst))
    print(src, dst, jumper(0))
    sys.settrace(None)


def loop_jumper():
    for i in range(2):
        x = i
    y = 5
    return y


def into_loop(frame, event, arg):
    if frame.f_code is loop_jumper.__code__ and event == 'line':
        rel = frame.f_lineno - loop_jumper.__code__.co_firstlineno
        if rel == 3:
            try:
                frame.f_lineno = loop_jumper.__code__.co_firstlineno + 2
            except ValueError as e:
                print('ValueError:', e)
    return into_loop


sys.settrace(into_loop)
print(loop_jumper())
sys.settrace(None)


def from_call(frame, event, arg):
    if frame.f_code is jumper.__code__ and event in ('call', 'return'):
        try:
            frame.f_lineno = jumper.__code__.co_firstlineno + 2
        except ValueError as e:
            print(event, 'ValueError:', e)
    return from_call


sys.settrace(from_call)
jumper(0)
sys.settrace(None)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print(e)
