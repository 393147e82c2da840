# Development modules that need parts Krait lacks: dis (co_exceptiontable),
# cProfile (_lsprof), trace (line counts), symtable (_symtable), codeop's
# incomplete-input detection, tracemalloc (_tracemalloc), faulthandler.
import io
import os
import sys
import warnings


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


def sample(a, b=2, *args, c, **kw):
    "Sample doc."
    return a + b


@section
def dis_():
    import dis
    print(dis.opname[:3], "LOAD_CONST" in dis.opmap, dis.COMPILER_FLAG_NAMES[1])
    out = io.StringIO()
    dis.dis("x = 1", file=out)
    print(len(out.getvalue()) > 0)


@section
def cprofile_():
    import cProfile
    p = cProfile.Profile()
    p.enable()
    sum(range(10))
    p.disable()
    print(type(p).__name__)


@section
def trace_():
    import trace
    t = trace.Trace(count=1, trace=0)
    t.runfunc(sample, 1, c=2)
    print(any(k[1] for k in t.results().counts))


@section
def symtable_():
    import symtable
    st = symtable.symtable("def f(x):\n    y = x\n", "<s>", "exec")
    print(st.get_children()[0].get_name(), sorted(st.get_children()[0].get_locals()))


@section
def codeop_incomplete():
    import codeop
    print(codeop.compile_command("if x:") is None)
    try:
        codeop.compile_command("def f(:")
    except SyntaxError as e:
        print("SyntaxError", e.msg)


@section
def tracemalloc_():
    import tracemalloc
    tracemalloc.start()
    x = [0] * 1000
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(peak >= cur >= 0)


@section
def faulthandler_():
    import faulthandler
    print(faulthandler.is_enabled())
