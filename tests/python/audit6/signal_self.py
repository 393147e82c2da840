import signal, os, subprocess, sys
progs = ["import signal, os; os.kill(os.getpid(), signal.SIGINT)",
         "import signal, os; os.kill(os.getpid(), signal.SIGINT); print('after')",
         "import signal, os\nsignal.signal(signal.SIGUSR1, lambda *a: print('handler'))\nos.kill(os.getpid(), signal.SIGUSR1)",
         "import signal, os\nsignal.signal(signal.SIGUSR1, lambda *a: print('handler'))\nos.kill(os.getpid(), signal.SIGUSR1)\nprint('after')",
         "import signal\nsignal.raise_signal(signal.SIGINT)\nprint('after')",
         "import signal\nsignal.raise_signal(signal.SIGINT)",
         "import os, signal\ndef f():\n    os.kill(os.getpid(), signal.SIGINT)\n    return 5\nprint(f())",
         "raise KeyboardInterrupt",
         "import signal, os; os.kill(os.getpid(), signal.SIGTERM); print('after')",
         ]
for p in progs:
    r = subprocess.run([sys.executable, "-c", p], capture_output=True, text=True)
    print(r.returncode, repr(r.stdout), r.stderr.splitlines()[-1:])
