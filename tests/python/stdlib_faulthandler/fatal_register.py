# faulthandler: the fatal error handler (all threads and one), the signals
# of register()/unregister(), the watchdog's stacks, argument errors, and
# SIG_DFL signals that end the process (SIGUSR1, SIGALRM).
import re
import subprocess
import sys


def run(code):
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True)
    err = re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', r.stderr)
    print(r.returncode, repr(re.sub(r'0x[0-9a-f]{16}', '0xTHREAD', r.stdout)))
    print(err.rstrip())
    print('--')


run('''
import faulthandler
def inner():
    faulthandler._sigsegv()
def outer():
    inner()
faulthandler.enable()
outer()
''')
run('''
import faulthandler
faulthandler.enable(all_threads=False)
faulthandler._sigfpe()
''')
run('''
import faulthandler
faulthandler._sigabrt()
''')
run('''
import faulthandler, sys
faulthandler.enable(file=sys.stdout)
print(faulthandler.is_enabled(), flush=True)
faulthandler._read_null()
''')
run('''
import faulthandler, os, signal
def func():
    os.kill(os.getpid(), signal.SIGUSR1)
faulthandler.register(signal.SIGUSR1, all_threads=False)
func()
print('still running', faulthandler.unregister(signal.SIGUSR1), faulthandler.unregister(signal.SIGUSR1), flush=True)
func()
print('not reached')
''')
run('''
import faulthandler, os, signal
def handler(signum, frame):
    print('python handler', signum, flush=True)
signal.signal(signal.SIGUSR2, handler)
faulthandler.register(signal.SIGUSR2, chain=True)
os.kill(os.getpid(), signal.SIGUSR2)
print('after', flush=True)
''')
run('''
import faulthandler, time
def sleeper():
    time.sleep(2)
faulthandler.dump_traceback_later(0.2, exit=True)
sleeper()
''')
run('''
import signal, time
signal.alarm(1)
time.sleep(5)
print('not reached')
''')

import faulthandler
import signal
for expr in ['faulthandler.register(signal.SIGSEGV)', 'faulthandler.register(0)', 'faulthandler.register(100)',
             'faulthandler.unregister(signal.SIGUSR1)', 'faulthandler.unregister(0)',
             'faulthandler.dump_traceback_later(-1)', 'faulthandler.enable(file=-1)']:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
