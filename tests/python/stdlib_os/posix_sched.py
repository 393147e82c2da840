# posix.sched_param and the scheduling calls.
import os
print(os.sched_param, os.sched_param.__mro__, os.sched_param(5), os.sched_getparam(0), os.sched_param.__doc__)
try: os.sched_param()
except Exception as e: print(type(e).__name__, e)
try: os.sched_param(1, 2)
except Exception as e: print(type(e).__name__, e)
print(os.sched_param(sched_priority=3), os.sched_rr_get_interval(0))
for a in [(0, 43), (0, os.sched_param(None)), (0, os.sched_param(2**40)), (0, os.sched_param(-2**40)), (-1, os.sched_param(0))]:
  try: os.sched_setparam(*a)
  except Exception as e: print(type(e).__name__, e)
try: os.sched_setscheduler(0, 0, None)
except Exception as e: print(type(e).__name__, e)
try: os.sched_getparam(-1)
except Exception as e: print(type(e).__name__, e)
print(os.sched_setparam(0, os.sched_getparam(0)), os.sched_setscheduler(0, os.sched_getscheduler(0), os.sched_param(0)))
