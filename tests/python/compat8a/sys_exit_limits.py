# sys.exit's message goes through sys.stderr (after what is buffered there,
# with backslashreplace), sys.tracebacklimit, sys.is_finalizing in __del__
# at exit, sys.setdlopenflags/getdlopenflags.
import os, subprocess, sys
exe = sys.executable
def run(code, env=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8"}
    e.update(env or {})
    p = subprocess.run([exe, "-c", code], capture_output=True, env=e)
    print("==", p.returncode, p.stdout, p.stderr)

run(r'import sys; sys.stderr.write("unflushed,"); sys.exit("message")')
run(r'import sys; sys.exit("surrogates:\uDCFF")')
run(r'import sys; sys.stderr = None; sys.exit("no stderr")')
run(r'import sys; sys.exit(["a", 1])')
code = """if 1:
    import sys
    def f1():
        1 / 0
    def f2():
        f1()
    sys.tracebacklimit = %s
    f2()
"""
for limit in ["10", "3", "2", "1", "0", "-1", "1<<1000", "-1<<1000", "None", "True", "'x'", "2.5"]:
    run(code % limit)
run(code.replace("f2()\n", "try:\n        f2()\n    except Exception as e:\n        raise KeyError('k') from e\n") % "1")
run("""if 1:
    import sys
    class AtExit:
        is_finalizing = sys.is_finalizing
        print = print
        def __del__(self):
            self.print(self.is_finalizing(), flush=True)
    ref = AtExit()
    import atexit
    atexit.register(lambda: print('atexit', sys.is_finalizing()))
    print('main', sys.is_finalizing())
""")
old = sys.getdlopenflags()
print(old)
for v in [old + 1, True, 2.5, "1", 1 << 40, -5]:
    try:
        sys.setdlopenflags(v)
        print(sys.getdlopenflags())
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getdlopenflags(42)
except TypeError as e:
    print("TypeError", e)
sys.setdlopenflags(old)
print(sys.getdlopenflags())
