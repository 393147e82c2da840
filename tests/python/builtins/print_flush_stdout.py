# print(flush=True) without file= flushes sys.stdout (a pipe here, so block
# buffered) before os._exit, which runs no clean-up; print() with
# sys.stdout None does nothing.
import os
import subprocess
import sys

for prog in ['print("a", flush=True); import os; os._exit(0)',
             'print("b"); import os; os._exit(0)',
             'import sys; print("c", file=sys.stdout, flush=True); import os; os._exit(0)',
             'import sys; sys.stdout = None; print("d", flush=True); print("e"); sys.stderr.write("f\\n")']:
    r = subprocess.run([sys.executable, '-c', prog], capture_output=True, text=True,
                       env={'PATH': os.environ.get('PATH', '')})
    print(repr(r.stdout), repr(r.stderr), r.returncode)


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, s):
        self.calls.append(('write', s))

    def flush(self):
        self.calls.append(('flush',))


rec = Recorder()
saved, sys.stdout = sys.stdout, rec
print('x', 'y', sep='-', flush=True)
print('z')
sys.stdout = saved
print(rec.calls)
