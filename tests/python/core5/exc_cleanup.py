# Objects referenced only by a handled exception, a finished frame or a
# collected generator die at gc.collect(): dead registers are cleared when a
# handler is entered and when a handler re-raises, the frame pool forgets
# frame objects, and a suspended generator in an except block is finalized.
import gc, weakref

class MyException(Exception):
    def __init__(self, obj):
        self.obj = obj

class MyObj:
    pass

def inner(obj):
    local_ref = obj
    raise MyException(obj)

def case_as():
    obj = MyObj(); wr = weakref.ref(obj)
    try:
        inner(obj)
    except MyException as e:
        pass
    obj = None; gc.collect()
    return wr()

def case_noas():
    obj = MyObj(); wr = weakref.ref(obj)
    try:
        inner(obj)
    except MyException:
        pass
    obj = None; gc.collect()
    return wr()

def case_break():
    obj = MyObj(); wr = weakref.ref(obj)
    for i in [0]:
        try:
            inner(obj)
        except:
            break
    obj = None; gc.collect()
    return wr()

def case_raise_other():
    obj = MyObj(); wr = weakref.ref(obj)
    try:
        try:
            inner(obj)
        except:
            raise KeyError
    except KeyError as e:
        e.__context__ = None
        obj = None; gc.collect()
        return wr()

def case_in_handler():
    obj = MyObj(); wr = weakref.ref(obj)
    try:
        raise KeyError
    except KeyError:
        obj = None; gc.collect()
        return wr()

def case_recursion():
    wr = None
    def rec():
        nonlocal wr
        c = MyObj()
        wr = weakref.ref(c)
        rec()
    try:
        rec()
    except RecursionError:
        alive = wr() is not None
    gc.collect()
    return alive, wr()

def case_generator(how):
    obj = MyObj(); wr = weakref.ref(obj)
    def gen():
        try:
            raise MyException(obj)
        except MyException:
            yield
    g = gen()
    next(g)
    if how == 'close':
        g.close()
    elif how == 'next':
        try:
            next(g)
        except StopIteration:
            pass
    g = obj = None
    gc.collect()
    return wr()

def case_finally_gen():
    def gen():
        try:
            yield
        finally:
            print("finally ran")
    g = gen(); next(g); g = None
    gc.collect()

for f in (case_as, case_noas, case_break, case_raise_other, case_in_handler, case_recursion):
    print(f.__name__, f())
for how in ('close', 'next', 'del'):
    print('generator', how, case_generator(how))
case_finally_gen()
