# An uncaught KeyboardInterrupt ends the process through SIGINT (the
# parent sees -2); sys.exit(130) and other errors exit normally.
import subprocess
import sys

for code in ["raise KeyboardInterrupt", "import sys; sys.exit(130)", "1/0",
             "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN); raise KeyboardInterrupt",
             "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    pass"]:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True)
    print(repr(code), r.returncode, r.stderr.decode().splitlines()[-1:])
