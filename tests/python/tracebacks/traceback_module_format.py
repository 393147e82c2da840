import traceback, sys
def f(x):
    return 1 / x
try:
    f(0)
except ZeroDivisionError:
    s = traceback.format_exc()
    print(s.replace(__file__, 'FILE'))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
try:
    [].pop()
except IndexError as e:
    print(''.join(traceback.format_exception(e)).replace(__file__, 'FILE'))
print([ln for ln in traceback.format_stack()][-1].replace(__file__, 'FILE'))
