# input() at a terminal adds the line to readline's history (unless
# set_auto_history(False)), and an inputrc's "set history-size N" limits the
# history list, so a history file read and written back keeps N entries.
import os
import pty
import select
import subprocess
import sys
import tempfile

def run_pty(script, data=b"dummy input\r", env=None):
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, '-c', script], stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    os.write(master, data)  # the terminal buffers it until input() reads
    out = bytearray()
    try:
        while select.select([master], [], [], 30)[0]:
            try:
                chunk = os.read(master, 1024)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
    finally:
        os.close(master)
        proc.wait()
    return bytes(out)


script = """\
import readline
readline.set_auto_history({})
input()
print("History length:", readline.get_current_history_length())
"""
for flag in (True, False):
    out = run_pty(script.format(flag))
    print(flag, [w for w in (b"History length: 0", b"History length: 1") if w in out])

with tempfile.TemporaryDirectory() as d:
    inputrc = os.path.join(d, "inputrc")
    with open(inputrc, "wb") as f:
        f.write(b"set history-size 10\n")
    hist = os.path.join(d, "history")
    with open(hist, "wb") as f:
        f.write(b"".join(b"item %d\n" % i for i in range(20)))
    env = dict(os.environ, INPUTRC=inputrc, HISTORY_FILE=hist)
    run_pty("import os, readline\n"
            "readline.read_history_file(os.environ['HISTORY_FILE'])\n"
            "input()\n"
            "readline.write_history_file(os.environ['HISTORY_FILE'])\n",
            b"last input\r", env)
    with open(hist, "rb") as f:
        lines = f.read().splitlines()
    print(len(lines), lines[0], lines[-1])
