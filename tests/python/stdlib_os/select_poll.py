# select.select and select.poll on pipes.
import select, posix as os
r,w=os.pipe()
print(select.select([r],[w],[],0) == ([], [w], []))
for args in [([r],[],[],-1), ([r],[],[],'x'), ([-1],[],[],0), (['x'],[],[],0), (5,[],[]), ([2000],[],[],0), ([r],[],[],float('nan'))]:
  try: print(select.select(*args))
  except Exception as e: print(type(e).__name__, e)
p=select.poll(); print(type(p), p.register(r), p.register(w, select.POLLOUT), p.poll(0) == [(w, 4)], p.poll() == [(w,4)], p.poll(None) == [(w, 4)])
try: p.unregister(99)
except Exception as e: print(type(e).__name__, e)
try: p.modify(99, 1)
except Exception as e: print(type(e).__name__, e)
try: p.poll('x')
except Exception as e: print(type(e).__name__, e)
os.write(w, b'x'); print(sorted(p.poll(10)) == [(r, 1), (w, 4)])
print(select.select([r], [], [], 1.5) == ([r], [], []))
p.unregister(w); print(p.poll(0) == [(r, 1)])
p.register(99); print(p.poll(0) == [(r, 1), (99, 32)])
print(select.error, select.POLLIN, select.PIPE_BUF)
class F:
    def fileno(self): return r
print(select.select([F()], [], [], 0)[0][0].__class__.__name__)
