# SIGPIPE and SIGXFSZ are ignored (writes fail with BrokenPipeError) yet
# children start with the default action (yes | head ends quietly) unless
# restore_signals=False.
import os, signal, subprocess, sys
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGXFSZ))
print(repr(subprocess.run('yes | head -1', shell=True, capture_output=True, text=True).stderr))
signal.signal(signal.SIGPIPE, signal.SIG_DFL); print(signal.signal(signal.SIGPIPE, signal.SIG_IGN))
r, w = os.pipe(); os.close(r)
try: os.write(w, b'x')
except BrokenPipeError as e: print('BPE', e)
print(repr(subprocess.run('yes | head -1', shell=True, capture_output=True, text=True).stderr))
for restore in (True, False):
    p = subprocess.run(['grep', 'SigIgn', '/proc/self/status'], capture_output=True, text=True, restore_signals=restore)
    ign = int(p.stdout.split()[1], 16)
    print(restore, bool(ign & (1 << 12)), bool(ign & (1 << 24)))
