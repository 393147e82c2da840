# pdb driven through stdin (as `echo cmds | python -m pdb script.py`):
# stepping, breakpoints, printing and changing locals, jump, return.
import os
import subprocess
import sys
import tempfile

SCRIPT = '''\
def f(n):
    x = n * 2
    y = x + 1
    return y


def g():
    total = 0
    for i in range(3):
        total += f(i)
    return total


a = 1
b = f(a)
print("b =", b)
c = g()
print("c =", c)
try:
    1 / 0
except ZeroDivisionError:
    print("caught")
print("end")
'''


def session(commands):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, 'script.py')
        with open(path, 'w') as fh:
            fh.write(SCRIPT)
        r = subprocess.run([sys.executable, '-m', 'pdb', path], input='\n'.join(commands) + '\n',
                           capture_output=True, text=True, cwd=d)
        print('---', commands)
        print(r.stdout.replace(d, '<tmp>').replace(os.path.realpath(d), '<tmp>'))
        print('exit', r.returncode, r.stderr.strip()[-200:])


session(['n', 'n', 'p a', 's', 'n', 'p x', 'args', 'r', 'c', 'q'])
session(['b 10', 'c', 'p i, total', 'c', 'p i, total', 'cl 1', 'c', 'q'])
session(['b f', 'c', 'n', '!x = 100', 'n', 'p y', 'c', 'c', 'q'])
session(['n', 'n', 'j 15', 'n', 'p a', 'q'])
session(['until 16', 'p b', 'n', 'n', 's', 'until', 'q'])
session(['b 20', 'c', 'n', 'n', 'p 1', 'q'])
session(['l 1, 5', 'b 3', 'tbreak 9', 'b', 'c', 'c', 'q'])
