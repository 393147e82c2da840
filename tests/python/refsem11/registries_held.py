# Objects in reference cycles that only the interpreter's own registries
# hold (atexit, signal handlers, codec search functions and error
# handlers, audit hooks, faulthandler's file) are alive: gc.collect()
# must not run their __del__.
import atexit
import codecs
import faulthandler
import gc
import signal
import sys
import tempfile

log = []


class C:
    def __init__(self, name):
        self.me = self
        self.name = name

    def __del__(self):
        log.append(self.name)

    def bye(self):
        pass

    def handler(self, *args):
        pass

    def search(self, name):
        return None

    def on_error(self, exc):
        raise exc


a = C("atexit")
atexit.register(a.bye)
s = C("signal")
signal.signal(signal.SIGUSR1, s.handler)
c = C("codec")
codecs.register(c.search)
e = C("errors")
codecs.register_error("refsem11.test", e.on_error)
h = C("audit")
sys.addaudithook(lambda *x, h=h: None)
del a, s, c, e, h

f = tempfile.TemporaryFile()
faulthandler.enable(file=f)
fd = f.fileno()
del f

gc.collect()
print(sorted(log))
print(codecs.lookup_error("refsem11.test").__self__.name)
print(signal.getsignal(signal.SIGUSR1).__self__.name)
faulthandler.disable()
log.clear()
