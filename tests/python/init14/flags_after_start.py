# sys.flags, the signal handlers and the collector the start-up prepares
# (init14 moved those preparations after the command-line check): a
# program sees them as under python3.
import subprocess, sys

def run(*args):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True)
    return p.returncode, p.stdout.strip(), p.stderr.strip()

show = ("import sys, signal; f = sys.flags; "
        "print(f.no_site, f.isolated, f.ignore_environment, f.optimize, f.verbose, f.quiet, f.dont_write_bytecode, f.safe_path); "
        "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, "
        "signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)")
for opts in ([], ["-S"], ["-I"], ["-E", "-O"], ["-q", "-B"], ["-OO", "-s", "-P"]):
    print(opts, run(*opts, "-c", show))

# A deep recursion right after start-up: the main goroutine's stack still grows.
print(run("-c", "import sys\ndef f(n): return 0 if n == 0 else 1 + f(n - 1)\nprint(f(900))"))

# SIGINT raised in the program becomes KeyboardInterrupt.
print(run("-c", "import os, signal\ntry:\n    os.kill(os.getpid(), signal.SIGINT)\n    import time; time.sleep(1)\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt caught')"))

# Builtin types are finished at start-up as before: their own slot wrappers.
print([k for k in ("__getattribute__", "__setattr__", "__delattr__", "__init__", "__new__", "__str__") if k in BaseException.__dict__])
print([k for k in ("__init__", "__new__", "__str__") if k in KeyError.__dict__], [k for k in ("__init__", "__new__", "__str__") if k in OSError.__dict__])
print("__bool__" in bool.__dict__, "__hash__" in bool.__dict__, "__getattribute__" in int.__dict__, "__getattribute__" in object.__dict__)
print(sorted(k for k in vars(int) if k.startswith("__i") and k.endswith("__")), "__iadd__" in list.__dict__)
print([k for k in ("__add__", "__radd__", "__iadd__", "__mul__", "__rmul__", "__imul__") if k in vars(list)])
