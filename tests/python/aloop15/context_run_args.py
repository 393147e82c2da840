# Context.run forwards positional and keyword arguments to the callable,
# runs it in the context (and restores the previous one, also after an
# exception), and rejects a call without the callable or a re-entry.
import contextvars

var = contextvars.ContextVar("var", default="outer")


def show(*args, **kwargs):
    return (var.get(), args, sorted(kwargs.items()))


def setter(value):
    var.set(value)
    return var.get()


ctx = contextvars.copy_context()
print(ctx.run(show))
print(ctx.run(show, 1, 2))
print(ctx.run(show, 1, b=2, a=3))
print(ctx.run(setter, "inner"), var.get(), ctx[var])
print(ctx.run(show, *[1, 2], **{"k": "v"}))
print(ctx.run(lambda: var.get()))


def fail():
    var.set("during")
    raise KeyError("x")


try:
    ctx.run(fail)
except KeyError as e:
    print("KeyError", e, var.get(), ctx[var])

for bad in ((), ):
    try:
        ctx.run(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    ctx.run(callable=show)
except TypeError as e:
    print("TypeError", e)
try:
    ctx.run(ctx.run, show)
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
m = ctx.run
print(m(show, 5), contextvars.Context.run(ctx, show, 6))
try:
    contextvars.Context.run(ctx)
except TypeError as e:
    print("TypeError", e)
