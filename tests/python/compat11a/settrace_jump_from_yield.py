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


# throw() after such a jump: the exception is still raised inside the try.
def gen_try():
    try:
        x = 1
        yield 2
        x = 3
    except KeyError:
        print("caught")
        yield 5
    yield 6


moved = [False]


def tr_try(frame, event, arg):
    if frame.f_code is gen_try.__code__ and event == 'return' and not moved[0]:
        moved[0] = True
        frame.f_lineno = frame.f_lineno + 1
    return tr_try


sys.settrace(tr_try)
g = gen_try()
print(next(g))
print(g.throw(KeyError))
print(next(g))
sys.settrace(None)
