# The command lines that print and exit before any Python code runs (-V,
# --version, -h, usage errors) skip the interpreter's preparations (init14):
# their output and exit status must stay python3's, and a command line that
# carries -V as a script argument or after -c still runs the program.
import subprocess, sys

def run(*args, stdin=None):
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True, input=stdin)
    return p.returncode, p.stdout, p.stderr

for args in (["-V"], ["--version"], ["-S", "-V"], ["-I", "--version"], ["-V", "-c", "print('not run')"]):
    code, out, err = run(*args)
    print(args, code, repr(out.split(" ")[0]), out.count("\n"), repr(err))

code, out, err = run("-h")
print("-h", code, out.startswith("usage: "), "-c cmd" in out, repr(err))
code, out, err = run("--help")
print("--help", code, out.startswith("usage: "), repr(err))

# Usage errors: status 2 and the usage line on stderr.
for args in (["-c"], ["--no-such-option"], ["-Q"]):
    code, out, err = run(*args)
    print(args, code, repr(out), err.splitlines()[0] if err else None, "usage:" in err)

# -V after -c or a script is the program's argument.
code, out, err = run("-c", "import sys; print(sys.argv[1:])", "-V")
print(code, out.strip(), repr(err))
code, out, err = run("-", "--version", stdin="import sys; print(sys.argv)")
print(code, out.strip(), repr(err))

# Exit statuses of programs that do run.
for src in ("pass", "raise SystemExit(3)", "import sys; sys.exit('bye')", "1/0", "raise KeyboardInterrupt"):
    code, out, err = run("-c", src)
    print(repr(src), code, repr(out), err.strip().splitlines()[-1] if err.strip() else "")
