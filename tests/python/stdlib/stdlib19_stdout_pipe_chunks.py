# sys.stdout on a pipe buffers st_blksize bytes (4096), as io.open with
# buffering=-1 does, so a full 8 KiB text chunk goes straight to the pipe:
# merged with stderr, the interleaving shows the flush points, and after a
# BrokenPipeError nothing is left in the buffer to fail again at exit.
import subprocess, sys, os

prog = r'''
import sys
for i in range(3000):
    print("line %05d" % i)
    if i % 700 == 0:
        print("err at", i, file=sys.stderr)
'''
r = subprocess.run([sys.executable, "-c", prog], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
lines = r.stdout.splitlines()
print(r.returncode, len(lines))
print([(n, l) for n, l in enumerate(lines) if l.startswith("err")])

broken = r'''
import sys
try:
    for i in range(100000):
        print(i)
except BrokenPipeError as e:
    sys.stderr.write("caught %s\n" % type(e).__name__)
    sys.stdout.flush()
    sys.stderr.write("flushed\n")
'''
# The pipe's read end is closed before the child starts, so its first
# write fails with EPIPE.
rfd, wfd = os.pipe()
os.close(rfd)
p = subprocess.Popen([sys.executable, "-c", broken], stdout=wfd, stderr=subprocess.PIPE)
os.close(wfd)
err = p.stderr.read().decode()
print(p.wait(), err.splitlines())
