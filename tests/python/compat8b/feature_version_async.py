# ast.parse with feature_version before 3.7 reads 'async' and 'await' as
# names outside 'async def' (CPython's tokenizer async_hacks).
import ast

sources = [
    "async = 12\nawait = 13\n",
    "async def f():\n    await x\n    async with a: pass\nawait = 1\n",
    "async def f():  # type: () -> int\n    return await bar()\n",
    "async def f():\n    # type: () -> int\n    return await bar()\nasync = 3\n",
    "def g():\n    async = 1\n    return async + await\n",
    "class C:\n    async def m(self):\n        return [await y for y in z]\n    async = 2\n",
    "async def f(): return await x\nawait(async)\n",
    "x = async\n",
    "async def f(a=(\n  1)):\n    await a\n",
    "async\n",
    "f(async=1, await=2)\n",
    "async.x = await.y\n",
    "async for x in y: pass\n",
    "async def f():\n    async for x in y: pass\n    async with z: pass\n",
    "def f():\n    x = [i async for i in y]\n",
    "async def f():\n    def g():\n        await = 1\n        return await\n",
]
for src in sources:
    for v in (4, 5, 6, 7, 11):
        try:
            t = ast.parse(src, type_comments=True, feature_version=(3, v))
            print(v, ast.dump(t)[:300])
        except SyntaxError as e:
            print(v, "SyntaxError", e.msg, e.lineno, e.offset)
