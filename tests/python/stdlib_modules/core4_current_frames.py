# sys._current_frames() maps each running thread to its innermost frame;
# faulthandler.dump_traceback(all_threads=True) prints every thread, newest
# first, marking the current one.
import faulthandler
import re
import sys
import tempfile
import threading
import time

ev = threading.Event()


def worker():
    ev.wait()


t = threading.Thread(target=worker)
t.start()
time.sleep(0.1)
frames = sys._current_frames()
print(len(frames), threading.get_ident() in frames, t.ident in frames)
print(frames[threading.get_ident()].f_code.co_name, frames[t.ident].f_code.co_name)
f = frames[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print(names)


def dump():
    with tempfile.TemporaryFile("w+") as out:
        faulthandler.dump_traceback(out, all_threads=True)
        out.seek(0)
        text = out.read()
    text = re.sub(r"0x[0-9a-f]{16}", "0xIDENT", text)
    text = re.sub(r'File ".*/threading.py", line \d+', 'File "threading.py", line N', text)
    print(text.replace(__file__, "FILE"))


dump()
ev.set()
t.join()
print(len(sys._current_frames()))
