# breakpoint() calls sys.breakpointhook, which honours PYTHONBREAKPOINT; anext with a default.
import os, sys, warnings
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
print(breakpoint('abcd'))
os.environ['PYTHONBREAKPOINT'] = 'no_such_module_xyz.func'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint())
print(w[0].category.__name__, w[0].message)
sys.breakpointhook = lambda *a, **k: ('hooked', a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
async def agen():
    yield 'a'
async def main():
    it = agen()
    print(await anext(it, 'd1'), await anext(it, 'd2'), await anext(it, 'd3'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('stop')
    try:
        anext([])
    except TypeError as e:
        print(e)
c = main()
try:
    c.send(None)
except StopIteration:
    print('done')
