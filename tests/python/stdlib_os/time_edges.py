# time: extreme years and timestamps, struct_time construction, clocks.
import time
for y in [-1000, -1, 0, 1, 9999, 10000, 12345, 2**30]:
    for f in [lambda: time.asctime((y,1,1,0,0,0,0,1,0)), lambda: time.strftime('%Y %C %G', (y,1,1,0,0,0,0,1,0)), lambda: time.mktime((y,1,1,0,0,0,0,1,0))]:
        try: print(repr(f()))
        except Exception as e: print(type(e).__name__, e)
for s in [-2**31, 2**31, 2**40, -2**40, 1e12, -1e12, 2**62, 1e20, -1e20, float('inf')]:
    for f in [time.gmtime, time.localtime, time.ctime]:
        try: print(f(s))
        except Exception as e: print(type(e).__name__, e)
print(time.gmtime(1.99), time.gmtime(-1.01)[:6], time.localtime(0.5)[:6])
print(time.strftime('%c', time.gmtime(0)), time.strftime('%x %X', time.gmtime(86400*365)))
print(time.strftime('%%%Y%%', time.gmtime(0)), time.strftime('\u00e9%Y\u20ac', time.gmtime(0)))
st = time.localtime(1e9)
print(time.mktime(st), time.mktime(time.gmtime(1e9)), st.tm_zone, st.tm_gmtoff)
t = time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'ABC', 3600))
print(t, t.tm_zone, t.tm_gmtoff, time.strftime('%Z %z', t))
try: time.struct_time((1,2,3))
except TypeError as e: print(e)
try: time.struct_time((1,)*12)
except TypeError as e: print(e)
print(time.struct_time((1,)*11).tm_zone, time.struct_time((1,)*10).tm_gmtoff)
print(time.get_clock_info('perf_counter'), time.get_clock_info('process_time').implementation)
print(time.clock_getres(time.CLOCK_MONOTONIC), type(time.clock_gettime_ns(time.CLOCK_REALTIME)))
try: time.clock_gettime(999)
except OSError as e: print(type(e).__name__, e)
