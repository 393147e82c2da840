srcs = [
 "await x", "async def f():\n    def g():\n        await x\n",
 "def f():\n    [(yield x) for x in y]\n", "def f():\n    ((yield x) for x in y)\n",
 "def f():\n    {(yield x): 1 for x in y}\n", "[x async for x in y]", "(x async for x in y)",
 "def f():\n    return [x async for x in y]\n",
 "[(j := 1) for i in range(j := 2)]", "[(i := 1) for i in range(3)]", "[[(i := 1) for j in range(2)] for i in range(3)]",
 "class C:\n    [(y := 1) for x in z]\n", "def f(x):\n    global x\n", "def f(x):\n    nonlocal x\n",
 "def f():\n    nonlocal zz\n", "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
 "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
 "x: int\nglobal x", "def f():\n    global x\n    x: int = 1\n", "def f():\n    y = 1\n    def g():\n        nonlocal y\n        y: int = 2\n",
 "def f():\n    from math import *\n", "class C:\n    from math import *\n",
 "async def f():\n    yield 1\n    return 2\n", "a, *b, *c = x", "*a = x", "*a, = x", "print(*a)", "x = *a", "x = *a, *b",
 "del *a", "del (a, *b)", "def f(a, a): pass", "def f(a, *, a): pass", "def f(a, **a): pass", "lambda a, *a: 0",
 "for x in y:\n    pass\nelse:\n    break\n", "while x:\n    def f():\n        continue\n",
 "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "f(x=1, x=2)", "f(a=1, **b, a=2)",
 "__debug__ = 1", "del __debug__", "(__debug__) = 1", "x.__debug__ = 1", "def f(*, __debug__): pass", "import __debug__", "from x import __debug__",
 "f(__debug__=1)", "for __debug__ in x: pass", "with x as __debug__: pass", "class __debug__: pass", "def __debug__(): pass",
 "x = [i for i in range(3)] = 1", "(a, b) += 1", "[a] += 1", "a.b += 1", "f() += 1", "x if y else z = 1", "lambda: 1 = 1",
 "{a: b} = c", "{a} = c", "a + b = c", "-a = b", "not a = b", "a < b = c", "a and b = c", "(yield) = 1", "await x = 1", "'s' = 1", "... = 1", "f'{x}' = 1", "a[1:2] = 1", "(a) = 1", "((a, b), [c]) = 1",
 "x += 1, 2", "def f(): return *a", "def f(): yield *a", "x = yield *a", "print((*a))", "[*a for a in b]", "{**a for a in b}",
 "f(*a for a in b)", "f(a for a in b, c)", "f(c, a for a in b)", "f(a=1 for a in b)",
 "nonlocal x", "global x\nx = 1\nglobal x", "def f():\n    global x\n    global x\n",
 "class C(x for x in y): pass", "class C(**a, *b): pass",
 "async def f():\n    async with a as b, c as d:\n        pass\n    yield from x\n",
 "def f():\n    x = 1\n    del x\n    nonlocal x\n",
 "try:\n    pass\nfinally:\n    continue\n",
 "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
 "try:\n    pass\nexcept* (ValueError, TypeError):\n    continue\n",
 "for i in x:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
 "for i in x:\n    try:\n        pass\n    except* ValueError:\n        for j in y:\n            break\n",
 "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n",
 "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case [*a, *b]:\n        pass\n",
 "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
 "match x:\n    case C(a=1, a=2):\n        pass\n",
 "match x:\n    case a | [b]:\n        pass\n",
 "match x:\n    case 1 | y:\n        pass\n",
 "match x:\n    case f():\n        pass\n" ,
 "match x:\n    case a.b(c=1, d):\n        pass\n",
 "match x:\n    case {**_}:\n        pass\n",
 "match x:\n    case -a:\n        pass\n",
 "match x:\n    case 1 + 1:\n        pass\n",
 "match x:\n    case _ as _:\n        pass\n",
 "match x:\n    case [a, b] as a:\n        pass\n",
]
import warnings
for s in srcs:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(s, "<t>", "exec")
            print("ok", repr(s)[:50], [str(x.message) for x in w])
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(s)[:50])
