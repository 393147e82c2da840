# A fresh process holds only descriptors 0, 1 and 2: os.open hands out 3, 4,
# 5, ... and a child started with pass_fds sees exactly what it was given.
import os
import subprocess
import sys

fds = [os.open(os.devnull, os.O_RDONLY) for _ in range(4)]
print(fds)
for fd in fds:
    os.close(fd)

child = '''
import os
fds = []
for fd in range(256):
    try:
        os.fstat(fd)
    except OSError:
        continue
    fds.append(fd)
print(fds)
'''
print(subprocess.run([sys.executable, '-c', child], capture_output=True, text=True).stdout, end='')
r, w = os.pipe()
keep = os.open(os.devnull, os.O_RDWR)
out = subprocess.run([sys.executable, '-c', child], capture_output=True, text=True,
                     pass_fds=[keep]).stdout
print(out == f'{[0, 1, 2, keep]}\n', r, w, keep)
