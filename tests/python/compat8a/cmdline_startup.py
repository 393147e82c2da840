# Start-up details of the command line: invalid UTF-8 Mode settings, -R,
# an undecodable -c command, -c ignoring a coding cookie, SystemExit under
# -i / PYTHONINSPECT, -X dev enabling faulthandler, the display hook with
# an encoding that cannot encode the repr, sys.thread_info.
import os, subprocess, sys
exe = sys.executable
def run(args, stdin=b"", env=None):
    e = {"PATH": os.environ["PATH"], "LC_ALL": "C.UTF-8"}
    e.update(env or {})
    p = subprocess.run([exe, *args], input=stdin, capture_output=True, env=e)
    print("==", args, env, p.returncode)
    if p.stdout: print("OUT:", p.stdout)
    if p.stderr: print("ERR:", p.stderr)

flag = "import sys; print(sys.flags.utf8_mode)"
run(["-c", flag], env={"PYTHONUTF8": "xxx"})
run(["-c", flag], env={"PYTHONUTF8": "2"})
run(["-c", flag], env={"PYTHONUTF8": ""})
run(["-E", "-c", flag], env={"PYTHONUTF8": "xxx"})
run(["-X", "utf8=", "-c", flag])
run(["-X", "utf8=x", "-c", flag])
run(["-X", "utf8", "-c", flag])
run(["-X", "utf8=0", "-c", flag])
run(["-X", "utf8=1", "-c", flag], env={"PYTHONUTF8": "0"})
run(["-R", "-c", "import sys; print(sys.flags.hash_randomization)"])
run(["-R", "-c", "import sys; print(sys.flags.hash_randomization)"], env={"PYTHONHASHSEED": "0"})
run(["-c", b'print(ascii("\xff"))'])
run(["-c", b'x = 1; print(ascii("\xff\xfe"))'])
run(["-c", "# coding: latin1\nprint(ascii('\xe6'))"])
run(["-c", "# -*- coding: ascii -*-\nprint(ascii('\u20ac'))"])
run(["-i", "-q", "-c", "import sys; sys.exit(3)"], stdin=b"print(7)\n")
run(["-i", "-q", "-c", "raise SystemExit('bye')"], stdin=b"print(8)\n")
run(["-c", "import sys; sys.exit(4)"], stdin=b"print(9)\n", env={"PYTHONINSPECT": "1"})
run(["-c", "1/0"], stdin=b"print(9)\n", env={"PYTHONINSPECT": "1"})
fh = "import faulthandler; print(faulthandler.is_enabled())"
run(["-X", "dev", "-c", fh])
run(["-c", fh], env={"PYTHONDEVMODE": "1"})
run(["-E", "-c", fh], env={"PYTHONFAULTHANDLER": "1"})
run(["-c", fh], env={"PYTHONFAULTHANDLER": "1"})
text = "a=\xe9 b=\uDC80 c=\U00010000 d=\U0010FFFF"
for enc in ("ascii", "latin-1", "utf-8"):
    run(["-i", "-q"], stdin=ascii(text).encode() + b"\n'x'\n", env={"PYTHONIOENCODING": enc})
print(bool(sys.thread_info.version), sys.thread_info.name, sys.thread_info.lock)
