def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
g = globals()
g['dyn'] = 42
print(dyn)
print(__name__, '__builtins__' in globals())
def h():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(h())
class K:
    p = 1
    q = sorted(k for k in locals() if not k.startswith('__'))
print(K.q)
