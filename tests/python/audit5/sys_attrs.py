# sys attributes ordinary programs read: types and deterministic values.
import sys, io, types

def t(name):
    v = getattr(sys, name, "<missing>")
    print(name, type(v).__name__)
    return v

for n in ["argv", "path", "modules", "stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__",
          "exit", "exc_info", "exception", "getrecursionlimit", "setrecursionlimit", "_getframe", "settrace",
          "setprofile", "gettrace", "getprofile", "flags", "version", "version_info", "hexversion", "implementation",
          "platform", "byteorder", "maxsize", "maxunicode", "float_info", "int_info", "hash_info", "getsizeof",
          "intern", "getdefaultencoding", "getfilesystemencoding", "getfilesystemencodeerrors", "displayhook",
          "excepthook", "unraisablehook", "__displayhook__", "__excepthook__", "__unraisablehook__", "audit",
          "addaudithook", "orig_argv", "stdlib_module_names", "builtin_module_names", "prefix", "exec_prefix",
          "base_prefix", "base_exec_prefix", "executable", "meta_path", "path_hooks", "path_importer_cache",
          "warnoptions", "_xoptions", "dont_write_bytecode", "pycache_prefix", "api_version", "copyright",
          "float_repr_style", "platlibdir", "thread_info", "getswitchinterval", "setswitchinterval",
          "is_finalizing", "getrefcount", "call_tracing", "get_asyncgen_hooks", "set_asyncgen_hooks",
          "get_coroutine_origin_tracking_depth", "breakpointhook", "__breakpointhook__", "get_int_max_str_digits",
          "set_int_max_str_digits", "getallocatedblocks", "_current_frames", "_current_exceptions",
          "getdlopenflags", "abiflags", "exit", "ps1", "last_type", "tracebacklimit", "activate_stack_trampoline",
          "_git", "_framework", "getandroidapilevel", "winver", "_base_executable", "_stdlib_dir", "__interactivehook__",
          "unraisablehook", "_enablelegacywindowsfsencoding", "exc_clear", "maxint", "setdlopenflags"]:
    t(n)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel, type(sys.version_info).__name__)
print(sys.version.startswith("3.11."), sys.hexversion >> 16 == 0x030b)
print(sys.implementation.name in ("cpython", "krait"), type(sys.implementation).__name__, sys.implementation.version[:2], sys.implementation.cache_tag is not None)
print(sorted(k for k in vars(sys.implementation)))
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxunicode, sys.float_repr_style, sys.platlibdir, sys.api_version, sys.abiflags)
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.thread_info.name, sys.thread_info.lock)
print(type(sys.flags).__name__, len(sys.flags), sys.flags[:3])
print([f for f in dir(sys.flags) if not f.startswith("_") and f not in ("count", "index", "n_fields", "n_sequence_fields", "n_unnamed_fields")])
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getrecursionlimit(), sys.getswitchinterval())
print(sorted(sys.builtin_module_names) == list(sys.builtin_module_names), "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names), "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names, "antigravity" in sys.stdlib_module_names)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__, sys.unraisablehook is sys.__unraisablehook__)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.getsizeof(0) > 0, sys.getsizeof(object(), 5) > 0)
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(e)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
try:
    sys.intern(b"x")
except TypeError as e:
    print(e)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
print(sys.intern("abc" + str(1)) is sys.intern("abc1"))
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
def g():
    return sys._getframe(1).f_code.co_name
print(g())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), type(tb).__name__, sys.exception() is ev)
print(sys.exc_info())
events = []
sys.addaudithook(lambda ev, args: events.append(ev) if ev.startswith("my.") else None)
sys.audit("my.event", 1, 2)
sys.audit("my.other")
print(events)
try:
    sys.audit()
except TypeError as e:
    print(e)
try:
    sys.audit(5)
except TypeError as e:
    print(e)
out = io.StringIO()
old = sys.stdout
sys.stdout = out
sys.displayhook(42)
sys.displayhook(None)
sys.displayhook("s")
sys.stdout = old
print(repr(out.getvalue()))
import builtins
print(builtins._)
err = io.StringIO()
sys.stderr = err
try:
    raise ValueError("shown")
except ValueError:
    sys.excepthook(*sys.exc_info())
class Obj:
    def __del__(self): pass
sys.stderr = sys.__stderr__
print(err.getvalue())
caught = []
sys.unraisablehook = lambda u: caught.append((u.exc_type.__name__, str(u.exc_value), u.err_msg))
class D:
    def __del__(self):
        raise OSError("in del")
d = D(); del d
import gc; gc.collect()
sys.unraisablehook = sys.__unraisablehook__
print(caught[:1], type(caught[0][2]).__name__ if caught else None)
print(sys.getrefcount(object()) >= 1, isinstance(sys.getallocatedblocks(), int))
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
print(sys.is_finalizing(), sys.get_coroutine_origin_tracking_depth())
print(sys.get_asyncgen_hooks())
print(type(sys._current_frames()).__name__, type(sys._current_exceptions()).__name__)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(640)
try:
    int("1" * 700)
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(sys.path_importer_cache.__class__.__name__, [type(h).__name__ for h in sys.path_hooks])
print([getattr(f, "__name__", type(f).__name__) for f in sys.meta_path])
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.hash_randomization, sys.flags.utf8_mode)
