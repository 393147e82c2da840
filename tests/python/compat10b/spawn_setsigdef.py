# posix_spawn's setsigdef gives an ignored signal its default action in the
# child, and signal.raise_signal of a signal whose default action ends the
# process returns only after it did (nothing runs after it).
import os
import signal
import subprocess
import sys

code = 'import signal, sys; signal.raise_signal(signal.SIGUSR1); print("alive")'
r = subprocess.run([sys.executable, '-c', code], capture_output=True)
print('default:', r.returncode, r.stdout)

ign = 'import signal; signal.signal(signal.SIGUSR1, signal.SIG_IGN); ' \
      'signal.raise_signal(signal.SIGUSR1); print("alive")'
r = subprocess.run([sys.executable, '-c', ign], capture_output=True)
print('ignored:', r.returncode, r.stdout)

old = signal.signal(signal.SIGUSR1, signal.SIG_IGN)
try:
    for spawn in (os.posix_spawn, os.posix_spawnp):
        pid = spawn(sys.executable, [sys.executable, '-c', code], os.environ,
                    setsigdef=[signal.SIGUSR1])
        print(spawn.__name__, os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
finally:
    signal.signal(signal.SIGUSR1, old)
print(signal.getsignal(signal.SIGUSR1) == old)
try:
    os.posix_spawn(sys.executable, [sys.executable], os.environ, setsigdef=[0])
except ValueError as e:
    print('ValueError', e)

# setsigmask: the child starts with SIGUSR1 blocked, sees it so, and a
# raised SIGUSR1 stays pending instead of ending it.
masked = ('import signal\n'
          'print(signal.pthread_sigmask(signal.SIG_BLOCK, []))\n'
          'signal.raise_signal(signal.SIGUSR1)\n'
          'print(signal.SIGUSR1 in signal.sigpending(), "alive")\n')
r, w = os.pipe()
pid = os.posix_spawn(sys.executable, [sys.executable, '-c', masked], os.environ,
                     setsigmask=[signal.SIGUSR1], file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w)
status = os.waitpid(pid, 0)[1]
with os.fdopen(r) as f:
    print(f.read(), end='')
print('setsigmask', os.waitstatus_to_exitcode(status))
