# f_lineno of a frame an exception left through a finally body, with and
# without tracing: the line of the re-raise, not of the cleanup.
import sys
def f2():
    try:
        1/0
    finally:
        print('Exception!')
def f3():
    x = 1
    1/0
def g(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        tb = e.__traceback__.tb_next
        print(tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame.f_lasti >= 0)
g(f2); g(f3)
def tr(frame, ev, arg):
    return tr
sys.settrace(tr)
g(f2); g(f3)
sys.settrace(None)
