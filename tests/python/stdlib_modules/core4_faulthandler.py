# faulthandler: dump_traceback of the current thread to a descriptor or a
# file object, enable/disable/is_enabled, argument errors, the watchdog's
# "Timeout" line, and -X faulthandler.
import faulthandler
import io
import os
import re
import subprocess
import sys
import tempfile
import time


def inner(fd, all_threads):
    faulthandler.dump_traceback(fd, all_threads=all_threads)


with tempfile.TemporaryFile("w+") as f:
    inner(f, False)
    inner(f.fileno(), True)
    f.seek(0)
    print(re.sub(r"0x[0-9a-f]{16}", "0xIDENT", f.read()).replace(__file__, "FILE"))
print(faulthandler.is_enabled(), faulthandler.disable())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())
for args in [(io.StringIO(),), (5.5,), (-1,)]:
    try:
        faulthandler.enable(*args)
    except Exception as e:
        print(type(e).__name__, e)
for t in (-1, 0):
    try:
        faulthandler.dump_traceback_later(t)
    except ValueError as e:
        print("ValueError", e)
with tempfile.TemporaryFile("w+") as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.5)
    faulthandler.dump_traceback_later(0.05, file=f)
    print(faulthandler.cancel_dump_traceback_later())
    time.sleep(0.2)
    f.seek(0)
    print(f.read().splitlines()[0])
r = subprocess.run([sys.executable, "-X", "faulthandler", "-c", "import faulthandler; print(faulthandler.is_enabled())"],
                   capture_output=True, text=True)
print(r.stdout.strip())
