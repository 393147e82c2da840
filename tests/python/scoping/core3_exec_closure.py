def f():
    x=1
    def g(): print("x is", x); return x
    return g
g = f()
for call in [lambda: eval(g.__code__), lambda: exec(g.__code__), lambda: exec(g.__code__, closure=g.__closure__),
             lambda: exec(g.__code__, {}, closure=g.__closure__), lambda: exec(g.__code__, closure=(1,)), lambda: exec(g.__code__, closure=[g.__closure__[0]]),
             lambda: exec("1", closure=g.__closure__), lambda: exec(f.__code__, closure=g.__closure__), lambda: exec(f.__code__, closure=None), lambda: eval("1", None, None, closure=None)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
