import pickle
import _cli
from _cli import *  # tmp, exe, run(), w()
_cli.trim_tracebacks = False
run("-m", "json.tool", "--sort-keys", stdin='{"b": 1e400, "a": NaN}')
run("-m", "filecmp", "app", "app")
run("-c", "import sys; print(sys.argv)", "a", "-b")
run("-c", "import sys; sys.stdout.write(sys.stdin.read().upper())", stdin="piped\n")
run("-I", "-c", "import sys; print(sys.flags.isolated, len(sys.path) > 0)")
run("-E", "-s", "-c", "import sys; print(sys.flags.ignore_environment, sys.flags.no_user_site)")
run("-W", "error", "-c", "import warnings; warnings.warn('boom')")
run("-X", "utf8", "-c", "import sys; print(sys.flags.utf8_mode)")
run("-O", "-c", "assert False, 'x'; print('asserts off', __debug__)")
run("-b", "-c", "print(b'a' == 'a')")
run("-bb", "-c", "print(b'a' == 'a')")
run("-q", "-i", "-c", "x = 5", stdin="print(x * 2)\n")
shutil.rmtree(tmp)
