# f_lineno of a frame an exception has left is the line of the last
# instruction it ran (PEP 626): a re-raise after a failed except match,
# the end of a finally block, a with block's exit.
def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append((t.tb_lineno - frame.f_code.co_firstlineno,
                      frame.f_lineno - frame.f_code.co_firstlineno))
        t = t.tb_next
    return lines

def simple():
    1/0
    pass

def other_except():
    try:
        1/0
    except TypeError as ex:
        pass

def other_except_noname():
    try:
        1/0
    except (TypeError, KeyError):
        pass
    except AttributeError:
        pass

def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass

def in_try():
    try:
        1/0
    finally:
        pass

def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass

class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass

def after_with():
    with Noop():
        1/0
        pass

class ExitFails:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError

def after_with_exit_fails():
    with ExitFails():
        1/0

for f in (simple, other_except, other_except_noname, in_named_except, in_try,
          in_finally_except, after_with, after_with_exit_fails):
    print(f.__name__, lineno_after_raise(f))
