# Warnings issued by the interpreter itself before the warnings module is
# imported (-S: site does not import it) use _warnings' own display and
# default filters; -W error turns them into exceptions.
import os
import subprocess
import sys
import tempfile

src = '''import sys
print("warnings" in sys.modules)
if 1:
    print(bool(NotImplemented))
def f():
    return bool(NotImplemented)
print(f())
print("warnings" in sys.modules)
'''
d = tempfile.mkdtemp()
path = os.path.join(d, 'script5.py')
with open(path, 'w') as f:
    f.write(src)
for opts in [['-S'], ['-S', '-W', 'error'], ['-S', '-W', 'always'], ['-S', '-W', 'ignore']]:
    for target in [[path], ['-c', src]]:
        p = subprocess.run([sys.executable, *opts, *target], capture_output=True, text=True)
        print(opts, target[0] == '-c', p.returncode)
        print(p.stdout.replace(d, 'DIR'), end='')
        print(p.stderr.replace(d, 'DIR'))
os.remove(path)
os.rmdir(d)
