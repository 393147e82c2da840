# The handlers a program finds when it starts (main installs them on a
# goroutine of its own while it prepares the rest: start19_signals.go),
# and that they are in force at the OS level from the first line on.
import os
import signal
import subprocess
import sys

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN)
print(signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)
for name in ("SIGUSR1", "SIGUSR2", "SIGALRM", "SIGTERM", "SIGHUP"):
    print(name, signal.getsignal(getattr(signal, name)) == signal.SIG_DFL)

# SIGINT raised by the very first statement of a child is KeyboardInterrupt.
code = "import os, signal\ntry:\n    os.kill(os.getpid(), signal.SIGINT)\n    import time; time.sleep(5)\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt')\n"
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(r.returncode, r.stdout.strip())

# SIGUSR1 under SIG_DFL ends the child by the signal.
r = subprocess.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGUSR1); import time; time.sleep(5); print('survived')"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout))

# SIGPIPE is ignored: writing to a closed pipe raises BrokenPipeError.
code = "import os\nr, w = os.pipe()\nos.close(r)\ntry:\n    os.write(w, b'x')\nexcept BrokenPipeError as e:\n    print('BrokenPipeError', e.errno)\n"
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(r.returncode, r.stdout.strip())

# An uncaught KeyboardInterrupt at start-up ends the process by SIGINT.
r = subprocess.run([sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGINT); import time; time.sleep(5)"],
                   capture_output=True, text=True)
print(r.returncode, r.stderr.strip().splitlines()[-1])
