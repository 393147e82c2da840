# The trace module: line counts and calledfuncs through its API, and the
# command line (--trace, --count with .cover files, --listfuncs).
import os
import subprocess
import sys
import tempfile
import trace

SCRIPT = '''\
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def unused():
    return 0


for i in range(3):
    x = fib(i)
while x < 3:
    x += 1
print("x =", x)
'''


def here(f):
    return os.path.basename(f)


def work(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
    return s


t = trace.Trace(count=1, trace=0, countfuncs=0)
t.runfunc(work, 4)
counts = t.results().counts
base = work.__code__.co_firstlineno
print(sorted((here(f), ln - base, c) for (f, ln), c in counts.items() if here(f) == 'trace_module.py'))

t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(work, 2)
print(sorted((here(f), m, fn) for (f, m, fn) in t.results().calledfuncs))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'prog.py')
    with open(path, 'w') as fh:
        fh.write(SCRIPT)
    for args in (['--trace'], ['--listfuncs'], ['--count', '-C', d, '--missing']):
        r = subprocess.run([sys.executable, '-m', 'trace'] + args + [path], capture_output=True, text=True, cwd=d)
        print('---', [a.replace(d, '<tmp>') for a in args], r.returncode)
        out = r.stdout.replace(d, '<tmp>')
        print('\n'.join(line for line in out.splitlines() if 'filename: <tmp>/prog.py' in line or 'prog.py' in line
                        or line.startswith('x =') or 'funcname' in line or line.startswith('functions called')))
    with open(os.path.join(d, 'prog.cover')) as fh:
        print(fh.read())
