# sys.settrace sees the same call, line and return events for calls bound
# through call plans and for C(*args, **kw) as for any other call.
import sys


def area(width, height=1, *, scale=1, offset=0):
    return width * height * scale + offset


class P:
    def __init__(self, x, y=0, **kw):
        self.x = x
        self.y = y


def work(i):
    a = area(i, scale=2)
    b = P(i, y=1, z=3)
    c = P(*(i,), **{"y": 2})
    return a, b.y, c.y


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


for i in range(3):
    work(i)  # warm the sites up before tracing
sys.settrace(tracer)
print(work(5))
sys.settrace(None)
for e in events:
    print(e)
print(work(6))
