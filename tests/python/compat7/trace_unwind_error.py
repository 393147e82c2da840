# An exception raised by a trace or profile function on the 'return' event
# of a frame that an exception leaves replaces that exception (bdb's
# set_quit relies on it to turn a StopIteration into BdbQuit).
import sys


class Quit(Exception):
    pass


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'return':
        print('return event', arg)
        raise Quit('from tracer')
    return tracer


def f():
    raise StopIteration(123)


def g():
    return f()


sys.settrace(tracer)
try:
    g()
except BaseException as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
sys.settrace(None)
print(sys.gettrace())


def profiler(frame, event, arg):
    if frame.f_code.co_name == 'f' and event == 'return':
        raise Quit('from profiler')


sys.setprofile(profiler)
try:
    g()
except BaseException as e:
    print(type(e).__name__, e)
print(sys.getprofile())
sys.setprofile(None)


def gen():
    yield 1
    raise ValueError('in gen')


def tracer2(frame, event, arg):
    if frame.f_code.co_name == 'gen' and event == 'return' and arg is None:
        raise Quit('gen unwind')
    return tracer2


sys.settrace(tracer2)
it = gen()
try:
    print(next(it))
    next(it)
except BaseException as e:
    print(type(e).__name__, e)
sys.settrace(None)


def tracer3(frame, event, arg):
    if frame.f_code.co_name == 'h' and event == 'return':
        raise Quit('normal return')
    return tracer3


def h():
    return 5


sys.settrace(tracer3)
try:
    print(h())
except BaseException as e:
    print(type(e).__name__, e)
sys.settrace(None)
