import sys, types
def f():
    x = yield 1
    yield from g()
def g():
    yield 2
    yield 3
gen = f()
print(gen.gi_frame is not None, gen.gi_frame.f_back, gen.gi_code is f.__code__, gen.gi_running, gen.gi_suspended, gen.gi_yieldfrom)
print(next(gen), gen.gi_suspended, gen.gi_yieldfrom)
print(next(gen), gen.gi_yieldfrom.__name__, gen.gi_frame.f_back)
print(list(gen), gen.gi_frame, gen.gi_suspended, gen.gi_yieldfrom)
print(sorted(s for s in dir(gen) if not s.startswith('_')))
gen.__name__ = "name"; gen.__qualname__ = "qual"
print(gen.__name__, gen.__qualname__)
for a in ['__name__', '__qualname__']:
    try: setattr(gen, a, 1)
    except TypeError as e: print(e)
    try: delattr(gen, a)
    except TypeError as e: print(e)
def run():
    g = me()
    print(next(g))
def me():
    yield (gen2.gi_running, gen2.gi_suspended, gen2.gi_frame.f_code.co_name)
gen2 = me()
print(next(gen2))
async def co():
    pass
c = co()
print(c.cr_frame.f_back, c.cr_running, c.cr_suspended, c.cr_await, c.cr_code is co.__code__, c.cr_origin)
print(sorted(s for s in dir(c) if not s.startswith('_')))
c.close()
async def ag():
    yield 1
a = ag()
print(a.ag_frame.f_back, a.ag_running, a.ag_await, a.ag_code is ag.__code__)
print([s for s in dir(a) if s.startswith('ag_')])
