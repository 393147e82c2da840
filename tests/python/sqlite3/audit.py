# sqlite3 audit events raised by Connection.__init__.
import sys, sqlite3
ev = []
sys.addaudithook(lambda name, args: ev.append((name, type(args[0]).__name__ if args else None)) if name.startswith("sqlite3") else None)
sqlite3.connect(":memory:")
print(ev); ev.clear()
c = sqlite3.Connection(":memory:")
print(ev); ev.clear()
try: c.enable_load_extension(True)
except Exception as e: print(type(e).__name__, e)
print(ev, hasattr(c, "enable_load_extension"), hasattr(c, "load_extension"))
