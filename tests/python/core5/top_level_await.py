# compile() with PyCF_ALLOW_TOP_LEVEL_AWAIT flags code that awaits as a
# coroutine; eval() of it and FunctionType(code, globals)() give
# coroutines that run it. FunctionType's constructor and its errors.
import ast, asyncio, types

async def arange(n):
    for i in range(n):
        yield i

samples = ['a = await asyncio.sleep(0, result=1)',
           'async for i in arange(1):\n    a = 1',
           'async with asyncio.Lock() as l:\n    a = 1',
           'a = [x async for x in arange(2)][1]',
           'a, = [1 for x in {x async for x in arange(1)}]',
           'a = 1', '[x for x in l]', '(x for x in l)']
for src in samples:
    for mode in ('exec', 'single'):
        try:
            compile(src, '?', mode)
            print('compiled without flag')
        except SyntaxError as e:
            print('SyntaxError', e.msg)
        co = compile(src, '?', mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print(mode, hex(co.co_flags & 0x80))
        if co.co_flags & 0x80:
            g = {'asyncio': asyncio, 'a': 0, 'arange': arange}
            asyncio.run(types.FunctionType(co, g)())
            print(g['a'])
            g = {'asyncio': asyncio, 'a': 0, 'arange': arange}
            c = eval(co, g)
            print(type(c).__name__)
            asyncio.run(c)
            print(g['a'])

def h(): pass
def o():
    x = 1
    def i(): return x
    return i
c = o().__code__
for a in [(1, {}), (h.__code__, 1), (h.__code__, {}, 1), (h.__code__, {}, 'n', 1),
          (h.__code__, {}, 'n', (), 1), (c, {}), (c, {}, None, None, (1,)),
          (c, {}, None, None, ()), (c, {}, None, None, 5)]:
    try:
        types.FunctionType(*a)
    except Exception as e:
        print(type(e).__name__, e)
f = types.FunctionType(h.__code__, {'__name__': 'mm'}, 'nn', (1,))
print(f.__name__, f.__qualname__, f.__defaults__, f.__module__)
print(types.FunctionType(c, {}, closure=o().__closure__)())
g = {}
f = types.FunctionType(compile('a = 1\nb = a + 1', '?', 'exec'), g)
print(f(), g['a'], g['b'])
