import warnings, gc, sys
async def f():
    pass
def hook(u):
    print("unraisable", u.exc_type.__name__, u.exc_value, type(u.object).__name__)
sys.unraisablehook = hook
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    gen = f()
    gen.cr_frame.clear()
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
    print(gen.cr_frame is None, gen.cr_running, gen.cr_suspended if hasattr(gen,'cr_suspended') else '')
    gen.close()
    print(len(w))
    gen = f()
    fr = gen.cr_frame
    fr.clear()
    fr.clear()
    print(len(w))
    try:
        gen.send(None)
    except BaseException as e:
        print(type(e).__name__, e)
    del gen, fr
    gc.collect()
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    gen = f()
    gen.cr_frame.clear()
    print("after clear")
    gen.close()
    def g():
        try:
            yield 1
        finally:
            print("finally ran")
    it = g(); next(it)
    it.gi_frame.clear()
    print(it.gi_frame)
