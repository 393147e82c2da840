# Development modules: inspect, traceback, warnings, unittest, doctest,
# timeit, profile, pstats, tabnanny, ast, opcode, runpy, pkgutil,
# importlib, importlib.resources, code, codeop, pdb, site, sysconfig,
# platform, atexit (the parts Krait lacks are in core4_devtools_gaps.py).
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
def inspect_():
    import inspect
    sig = inspect.signature(sample)
    print(sig, list(sig.parameters), sig.parameters["c"].kind, inspect.getdoc(sample))
    print(inspect.isfunction(sample), inspect.getsource(sample).splitlines()[0], inspect.getmodulename("x/y.py"))
    print(inspect.getfullargspec(sample).args, inspect.cleandoc("  a\n    b"), inspect.ismodule(os))
    print(sig.bind(1, c=3).arguments, inspect.getattr_static(sample, "__name__"))


@section
def traceback_():
    import traceback

    def bad():
        return 1 / 0

    try:
        bad()
    except ZeroDivisionError as e:
        lines = traceback.format_exception(e)
        print(lines[0], lines[-1], len(traceback.extract_tb(e.__traceback__)))
        te = traceback.TracebackException.from_exception(e)
        print(te.exc_type.__name__, list(te.format_exception_only()))
    print(traceback.format_exception_only(ValueError, ValueError("v")))


@section
def warnings_():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.warn("careful", UserWarning)
        warnings.warn("old", DeprecationWarning, stacklevel=1)
    print([(str(x.message), x.category.__name__) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            warnings.warn("boom", RuntimeWarning)
        except RuntimeWarning as e:
            print("raised", e)
    print(warnings.formatwarning("m", UserWarning, "f.py", 3))


@section
def unittest_():
    import unittest

    class T(unittest.TestCase):
        def test_ok(self):
            self.assertEqual(1, 1)

        def test_fail(self):
            self.assertIn(3, [1, 2])

        @unittest.skip("why")
        def test_skip(self):
            pass

    out = io.StringIO()
    r = unittest.TextTestRunner(stream=out, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
    print(r.testsRun, len(r.failures), len(r.skipped), r.failures[0][1].splitlines()[-1])


@section
def doctest_():
    import doctest

    def f(x):
        """
        >>> f(2)
        4
        >>> f(3)
        10
        """
        return x * x

    runner = doctest.DocTestRunner(verbose=False)
    out = io.StringIO()
    for t in doctest.DocTestFinder().find(f, "f", globs={"f": f}):
        runner.run(t, out=out.write)
    print(runner.summarize(verbose=False), "Expected:" in out.getvalue())


@section
def timeit_():
    import timeit
    t = timeit.Timer("sum(range(10))")
    n, total = t.autorange()
    print(n >= 1, total > 0, len(timeit.repeat("1+1", number=10, repeat=2)))


@section
def profile_pstats():
    import profile
    import pstats
    p = profile.Profile()
    p.runcall(sum, range(100))
    st = pstats.Stats(p, stream=io.StringIO())
    print(st.total_calls >= 1)


@section
def tabnanny_ast_symtable():
    import ast
    import tabnanny
    tree = ast.parse("def f(x):\n    return x + 1\n")
    print(ast.dump(tree.body[0].body[0]), ast.unparse(tree), ast.literal_eval("[1, {'a': (2,)}]"))
    print(tabnanny.__name__, ast.get_docstring(ast.parse('"""doc"""')))


@section
def opcode_runpy_pkgutil():
    import opcode
    import pkgutil
    import runpy
    print(opcode.opmap["RETURN_VALUE"], opcode.HAVE_ARGUMENT)
    g = runpy.run_path(os.path.join(os.path.dirname(os.__file__), "this.py"), run_name="not_main")
    print(sorted(k for k in g if not k.startswith("__"))[:3])
    print(sorted(m.name for m in pkgutil.iter_modules([os.path.join(os.path.dirname(os.__file__), "json")])))
    print(pkgutil.get_data("json", "__init__.py")[:10])


@section
def importlib_():
    import importlib
    import importlib.resources
    import importlib.util
    m = importlib.import_module("json.decoder")
    print(m.__name__, importlib.util.find_spec("json").name, importlib.reload(m).__name__)
    print(importlib.resources.files("json").joinpath("__init__.py").is_file())
    spec = importlib.util.spec_from_loader("dyn", loader=None)
    print(importlib.util.module_from_spec(spec).__name__)


@section
def code_codeop_pdb():
    import code
    import codeop
    import pdb
    print(codeop.compile_command("x = 1") is not None)
    out = io.StringIO()
    sys.stdout, old = out, sys.stdout
    try:
        i = code.InteractiveInterpreter()
        i.runsource("print(6 * 7)")
    finally:
        sys.stdout = old
    print(out.getvalue().strip(), pdb.Pdb.__name__)


@section
def site_sysconfig_platform_atexit():
    import atexit
    import platform
    import site
    import sysconfig
    print(isinstance(site.getsitepackages(), list), sysconfig.get_python_version(), "stdlib" in sysconfig.get_path_names())
    print(platform.python_version_tuple()[:2], platform.system(), platform.python_implementation() in ("CPython", "Krait"))
    atexit.register(print, "atexit ran")
