# os.abort() kills the process with SIGABRT (a child's returncode is -6)
import subprocess, sys
p = subprocess.run([sys.executable, "-c", "import os; print('before', flush=True); os.abort()"],
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.returncode, p.stdout, p.stderr)
