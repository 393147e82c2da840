# Signals used as the very first thing a program does: the start-up
# handlers (SIGINT -> KeyboardInterrupt, SIGPIPE/SIGXFSZ ignored, the
# signals whose default action ends the process) must already be in place.
import subprocess
import sys


def run(code):
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr.strip().splitlines()[-1:] if p.stderr else []


# getsignal as the first statement.
print(run("import signal; print(signal.getsignal(signal.SIGINT) is signal.default_int_handler,"
          " signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN,"
          " signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN,"
          " signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)"))

# A signal sent to itself at once: SIGINT raises KeyboardInterrupt,
# SIGUSR1 and SIGALRM end the process by the signal.
print(run("import os, signal\ntry:\n os.kill(os.getpid(), signal.SIGINT)\n import time; time.sleep(1)\n"
          "except KeyboardInterrupt:\n print('KeyboardInterrupt')"))
for name in ("SIGUSR1", "SIGUSR2", "SIGALRM", "SIGIO"):
    print(name, run(f"import os, signal; os.kill(os.getpid(), signal.{name}); import time; time.sleep(2); print('survived')"))

# raise_signal, and a handler installed first thing.
print(run("import signal\nsignal.signal(signal.SIGUSR1, lambda n, f: print('handled', n == signal.SIGUSR1))\n"
          "signal.raise_signal(signal.SIGUSR1)\nprint('after')"))

# Writing to a closed pipe first thing: BrokenPipeError, not death by SIGPIPE.
print(run("import os\nr, w = os.pipe()\nos.close(r)\ntry:\n os.write(w, b'x')\nexcept BrokenPipeError:\n print('BrokenPipeError')"))

# os.fork first thing: the child runs and exits normally.
print(run("import os\npid = os.fork()\nif pid == 0:\n os._exit(7)\n_, st = os.waitpid(pid, 0)\nprint(os.waitstatus_to_exitcode(st))"))

# Standard output to a closed pipe first thing: no death by SIGPIPE.
import os
r, w = os.pipe()
os.close(r)
p = subprocess.run([sys.executable, "-c", "import sys\ntry:\n print('x' * 100000, flush=True)\nexcept BrokenPipeError:\n sys.stderr.write('BrokenPipeError\\n')"],
                   stdout=w, stderr=subprocess.PIPE, text=True)
os.close(w)
print(p.returncode, p.stderr.splitlines()[:1])
