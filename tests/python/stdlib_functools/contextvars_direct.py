# _contextvars imported directly: ContextVar get/set/reset with tokens,
# Context as a mapping, run() isolation, copy_context, and the errors
# (reprs with addresses are cut off at " at 0x").
import _contextvars as cv

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])

print(sorted(n for n in dir(cv) if not n.startswith('__')))
print(cv.Context.__name__, cv.Context.__module__, cv.ContextVar.__module__, cv.Token.__name__)
v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(v.name, w.name, v.get(), v.get(5), w.get(6))
err(lambda: w.get())
print(repr(v).split(' at 0x')[0], repr(w).split(' at 0x')[0], repr(cv.Token.MISSING))

ctx0 = cv.copy_context()
t1 = v.set(10)
print(v.get(), t1.var is v, t1.old_value is cv.Token.MISSING, repr(t1).split(' at 0x')[0])
t2 = v.set(20)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get(), repr(t2).split(' at 0x')[0])
err(lambda: v.reset(t2))
v.reset(t1)
print(v.get(), v in cv.copy_context())
err(lambda: w.reset(v.set(3)))
err(lambda: v.reset(1))
err(lambda: v.reset('tok'))

ctx = cv.copy_context()
print(len(ctx), ctx[v], v in ctx, w in ctx, ctx.get(w), ctx.get(w, 'd'), ctx.get(v))
print([x.name for x in ctx], [x.name for x in ctx.keys()], list(ctx.values()), [(k.name, x) for k, x in ctx.items()])
print(len(ctx.keys()), type(ctx.keys()).__name__, type(ctx.items()).__name__, type(ctx.values()).__name__)
err(lambda: ctx[w])
err(lambda: ctx[1])
err(lambda: 'x' in ctx)
err(lambda: ctx.get(None))
err(lambda: hash(ctx))
err(lambda: cv.Context(1))
print(len(cv.Context()), cv.Context() == cv.Context(), ctx == cv.copy_context(), ctx == ctx0, ctx != ctx0)

def work(a, b=0):
    v.set(a + b)
    w.set('in')
    return v.get(), w.get()
print(ctx.run(work, 1, b=2), v.get(), w.get(None), ctx[v], ctx[w])
print(ctx.run(lambda: (v.get(), w.get())))
print(cv.copy_context().run(work, 100), v.get())
err(lambda: ctx.run(lambda: ctx.run(len, 'x')))
err(lambda: ctx.run())
err(lambda: ctx.run(1))
inner = ctx.copy()
print(inner == ctx, inner is ctx, inner.run(v.get))
tok = ctx.run(v.set, 99)
err(lambda: v.reset(tok))
print(ctx.run(lambda: (v.reset(tok), v.get())))
print(ctx[v])

def raises():
    v.set('boom')
    raise KeyError('x')
err(lambda: ctx.run(raises))
print(v.get(), ctx[v])

err(lambda: cv.ContextVar(1))
err(lambda: cv.ContextVar())
err(lambda: cv.ContextVar('a', 5))
err(lambda: cv.ContextVar('a', bad=5))
err(lambda: cv.Token())
err(lambda: type('X', (cv.ContextVar,), {}))
print(cv.ContextVar('n', default=None).get())

many = [cv.ContextVar('m%d' % i) for i in range(20)]
def setmany():
    for i, m in enumerate(many):
        m.set(i * i)
    return [m.get() for m in many[::5]]
big = cv.Context()
print(big.run(setmany), len(big), big[many[19]], many[0] in big, many[0] in cv.copy_context())
err(lambda: type(cv.copy_context().keys())())
err(lambda: type(cv.Token.MISSING)())
print(cv.ContextVar[int], cv.Token[str].__args__)
