# A trace function may set f_lineno at the 'return' event of a yield:
# the suspended generator now stands at that line (test_sys_settrace's
# test_jump_from_yield). A plain function's 'return' still refuses it.
import sys


def make(out):
    def gen():
        out.append(1)
        yield 2
        out.append(3)
        yield 4
    return gen


def run(gen, jump_back):
    state = {'done': False}

    def tr(frame, event, arg):
        if frame.f_code is gen.__code__ and event == 'return' and not state['done']:
            state['done'] = True
            try:
                frame.f_lineno = frame.f_lineno - jump_back
                print('jumped to', frame.f_lineno - gen.__code__.co_firstlineno)
            except ValueError as e:
                print('refused:', e)
        return tr

    sys.settrace(tr)
    g = gen()
    got = next(g)
    sys.settrace(None)
    print('yielded', got, 'now at', g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
    g.close()


for back in (1, 0, -1, -2, 5):
    out = []
    run(make(out), back)
    print(out)


def plain():
    return 1


def tr_ret(frame, event, arg):
    if frame.f_code is plain.__code__ and event == 'return':
        try:
            frame.f_lineno = frame.f_lineno
        except ValueError as e:
            print('return refused:', e)
    return tr_ret


sys.settrace(tr_ret)
plain()
sys.settrace(None)
