# Interactive mode ends as at end of input, with status 0, when the
# program closes stdin (fd 0) under the prompt loop.
import subprocess
import sys

src = 'import os\nprint("before close")\nos.close(0)\nprint("never")\n'
for args in [['-E', '-i', '-c', 'x = 1'], ['-E', '-i', '-c', 'print("start")']]:
    p = subprocess.run([sys.executable, *args], input=src, text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print(p.returncode, repr(p.stdout))
