def a():
    raise ValueError('deep')
def b():
    a()
try:
    b()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e = ValueError('x')
print(e.__traceback__)
e2 = e.with_traceback(None)
print(e2 is e)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__.tb_lineno, caught.__traceback__.tb_next)
