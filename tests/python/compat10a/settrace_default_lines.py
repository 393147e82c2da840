# Line events of a def whose constant defaults sit on their own lines: the
# folded defaults tuple still reports the lines of its items (CPython keeps
# them as NOPs), then the def line again.
import sys

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "make":
        if event == "line":
            events.append(frame.f_lineno - frame.f_code.co_firstlineno)
    return tracer

def make():
    def a(x,
          y=1):
        pass
    def b(x, y=1,
          z=2,
          w=3, v=4):
        pass
    def c(x=1, y=2):
        pass
    def d(
        x=1,
        y=(1,
           2),
        *, k=5):
        pass
    f = lambda p=1, \
        q=2: p
    return a, b, c, d, f

sys.settrace(tracer)
fs = make()
sys.settrace(None)
print(events)
print([f.__defaults__ for f in fs])
print(make.__code__.co_lines is not None)
