# A bare raise in a function that has no registers of its own, and the
# traceback constructor.
import sys, types

def nested_reraise():
    raise
def reraise():
    try:
        raise TypeError("foo")
    except:
        nested_reraise()
try:
    reraise()
except TypeError as e:
    print("reraised", e)
try:
    nested_reraise()
except RuntimeError as e:
    print(e)

f = sys._getframe()
for a in [('no', f, 1, 2), (None, 'no', 1, 2), (None, f, 'no', 2), (None, f, 1, 'x')]:
    try:
        types.TracebackType(*a)
    except TypeError as e:
        print(e)
tb = types.TracebackType(None, f, 1, 2)
print(tb.tb_lasti, tb.tb_lineno, tb.tb_frame is f, tb.tb_next)
tb2 = types.TracebackType(tb, f, 3, 4)
print(tb2.tb_next is tb, tb2.tb_lasti)
e = ValueError("x").with_traceback(tb2)
print(e.__traceback__ is tb2)
