# The CPython 3.11 view of code objects: dis output, co_code-derived facts
# and the raw tables for functions using most statement and expression kinds.
import dis, re, sys

def show(f):
    co = f.__code__ if hasattr(f, '__code__') else f
    print("==", co.co_qualname, co.co_firstlineno, co.co_stacksize, co.co_flags)
    print(" names", co.co_names)
    print(" consts", [c for c in co.co_consts if not hasattr(c, 'co_code')])
    print(" varnames", co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
    print(" code", co.co_code.hex())
    print(" linetable", co.co_linetable.hex())
    print(" exctable", co.co_exceptiontable.hex())
    print(" lnotab", co.co_lnotab.hex())
    print(" lines", list(co.co_lines()))
    for i in dis.get_instructions(co):
        arg = i.argrepr if not hasattr(i.argval, 'co_code') else '<code %s>' % i.argval.co_name
        print("  %4d %-28s %-6s %-30s %s %s %s" % (i.offset, i.opname, i.arg, arg[:30], tuple(i.positions),
                                                i.starts_line, i.is_jump_target))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            show(c)

def calls(a, b=2, *args, c, d=4, **kw):
    "doc"
    x = a.m(b, c=c)
    y = len(args) + sum([1, 2, 3])
    z = f(*args, **kw)
    print(a, b, sep='', end='\n')
    return x, y, z, not (a is b), a in {1, 2}, a if b else c

def control(n):
    total = 0
    for i in range(n):
        if i % 2 == 0 and i > 3 or not i:
            continue
        elif i > 100:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
    return total

def exceptions(path):
    try:
        fp = open(path)
    except (OSError, ValueError) as e:
        return str(e)
    else:
        with fp as g:
            return g.read()
    finally:
        print("done")

def closures(x):
    def inner(y):
        nonlocal x
        x += y
        return [x * k for k in range(y) if k]
    return inner, lambda: x, {k: v for k, v in x.items()}, (i for i in x)

class K:
    attr: int = 1
    def method(self):
        return super().method(), __class__, self.__private

def matching(v):
    match v:
        case [1, *rest]:
            return rest
        case {"k": x, **other}:
            return x, other
        case K(attr=1) | None:
            return 'k'
        case _:
            return 0

async def coro(a):
    async with a as b:
        async for c in b:
            await c
    return [d async for d in a]

def generator(n):
    yield n
    x = yield from range(n)
    return x

def fstrings(a, b):
    return f"{a!r:>{b}} and {b}", "%s-%d" % (a, b), a[1:2, ::3]

for f in [calls, control, exceptions, closures, K, matching, coro, generator, fstrings]:
    if isinstance(f, type):
        f = f.method
    show(f)

src = "import os.path as p, sys\nfrom . import x\nfrom a.b import (c, d as e)\nx = [1, 2, 3]\n"
co = compile(src, "<src>", "exec")
show(co)
print(list(dis._find_imports(co)))
print(list(dis._find_store_names(co)))
code = compile('"foo"[0]', '', 'single')
show(code)
show(compile("a if b else c", "<e>", "eval"))
