# call/return events on each resumption and yield of generators and coroutines,
# and the call + exception events of throw() and close().
import sys
def tr(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno, arg if event not in ('exception', 'call') else (arg[0].__name__ if arg else ''))
    return tr
def gen():
    try:
        yield 1
    except KeyError:
        yield 2
    yield 3
def sub():
    x = yield from gen()
    return x
def raiser():
    raise ValueError(1)
def catcher():
    try:
        raiser()
    except ValueError:
        return 5
sys.settrace(tr)
g = gen()
next(g)
g.throw(KeyError)
g.close()
s = sub()
next(s)
s.send(None)
s.close()
catcher()
async def co():
    return 1
try:
    co().send(None)
except StopIteration as e:
    print("stop", e.value)
sys.settrace(None)


def gen2():
    for i in range(2):
        yield i
    return 'done'


def gen_expr_user():
    return sum(x for x in range(3))


events = []


def tr2(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tr2


sys.settrace(tr2)
print(list(gen2()))
print(gen_expr_user())
sys.settrace(None)
for e in events:
    print(e)
