# os.login_tty (3.11): argument errors, and a forked child whose pty becomes
# its controlling terminal and standard streams.
import os

for a in (-1, 'x', 2**40, 10**3):
    try:
        os.login_tty(a)
    except Exception as e:
        print(type(e).__name__, e)

import sys
sys.stdout.flush()
m, s = os.openpty()
pid = os.fork()
if pid == 0:
    os.close(m)
    os.login_tty(s)
    print('child tty', os.isatty(0), os.isatty(1), os.isatty(2), os.getsid(0) == os.getpid(),
          os.tcgetpgrp(0) == os.getpid(), flush=True)
    os._exit(0)
os.close(s)
out = b''
while True:
    try:
        b = os.read(m, 100)
    except OSError:
        break
    if not b:
        break
    out += b
_, status = os.waitpid(pid, 0)
print(out, os.waitstatus_to_exitcode(status))
