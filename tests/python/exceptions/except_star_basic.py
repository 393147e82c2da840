# except* semantics: splitting, binding, re-raising the unhandled rest,
# wrapping naked exceptions, merging what the clauses raise.
import sys

def show(e, indent=""):
    print(indent + type(e).__name__ + ": " + str(e))
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            show(x, indent + "  ")

def run(f):
    try:
        f()
    except BaseException as e:
        print("propagated:")
        show(e)
    else:
        print("nothing propagated")

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("caught", repr(e), type(e).__name__, sys.exc_info()[1] is e)
run(partial)

def full():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
    print("after, e bound?", "e" in dir())
run(full)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), repr(e.exceptions[0]), e.__traceback__ is e.exceptions[0].__traceback__)
run(naked)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run(naked_unmatched)

def naked_reraise():
    try:
        raise ValueError("v")
    except* ValueError:
        raise
run(naked_reraise)

def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
run(raise_in_handler)

def raise_in_two_handlers():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError as e:
        raise e
run(raise_in_two_handlers)

def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* OSError:
        pass
run(bare_reraise)

def context_kept():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("context is match", k.__context__ is e)
        raise IndexError("x")
try:
    context_kept()
except IndexError as e:
    print("context:", repr(e.__context__))

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))
run(tuple_types)

def nested_groups():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* ValueError as e:
        print("nested", repr(e))
run(nested_groups)

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(bad_type)

def bad_type2():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
run(bad_type2)

def not_exc_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
run(not_exc_type)

def no_exception():
    try:
        x = 1
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
run(no_exception)

def base_group():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("kb", repr(e), type(e).__name__)
run(base_group)

def in_loop():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, repr(e.exceptions))
    print("exc_info after", sys.exc_info())
run(in_loop)

class Custom(ExceptionGroup):
    def derive(self, excs):
        return Custom(self.message, excs)
def custom_group():
    try:
        raise Custom("c", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("custom", type(e).__name__, repr(e))
run(custom_group)
