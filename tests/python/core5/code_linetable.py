# co_linetable in CPython's 3.11 format: replacing it with "no location"
# entries makes f_lineno None; a table round-trips through code.replace.
def f():
    1/0

def g(a, b):
    x = [a,
         b]
    return x[0] + \
        x[1]

def lines(fn):
    try:
        fn()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    fr = t.tb_frame
    return None if fr.f_lineno is None else fr.f_lineno - fr.f_code.co_firstlineno

print(lines(f))
f.__code__ = f.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(lines(f))
print(set(f.__code__.co_positions()))
c = g.__code__
c2 = c.replace(co_linetable=c.co_linetable)
print(list(c2.co_positions()) == list(c.co_positions()), list(c2.co_lines()) == list(c.co_lines()))
print(type(c.co_linetable).__name__, len(c.co_linetable) > 0)
try:
    c.replace(co_linetable='x')
except TypeError as e:
    print(type(e).__name__)
