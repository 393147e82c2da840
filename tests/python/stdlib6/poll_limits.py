# select.poll: timeout conversion through nanoseconds and eventmask range errors
import select
p = select.poll()
for a in [1<<31,  1e100, 2.5, 1.5, (1<<63), 0, 0.0001, "x", 1<<64, float('nan'), float('inf')]:
  try: print(p.poll(a))
  except Exception as e: print(type(e).__name__, e)
for a in [-1, 1<<16, 1<<64, 1<<31, -(1<<40), -(1<<70)]:
  try: p.register(0,a)
  except Exception as e: print(type(e).__name__, e)
  try: p.modify(0,a)
  except Exception as e: print(type(e).__name__, e)
for a in [3e9, 1e13, 9.2e12, 9.3e12, 10**13, 9223372036854, 9223372036855, -(1<<63), -1e30, -10**13, True]:
  try: print(p.poll(a))
  except Exception as e: print(type(e).__name__, e)
