# time: struct_time, gmtime/localtime/mktime, strftime (glibc C-locale semantics), asctime, errors.
import time
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1), len(time.tzname))
print(time.gmtime(0), time.gmtime(1e9), time.gmtime(-1.5), time.gmtime(0).tm_zone)
print(time.localtime(86400*365.25*30), time.localtime(0).tm_zone, time.localtime(0).tm_gmtoff)
print(time.mktime(time.localtime(123456789)), time.mktime((2020,1,1,0,0,0,0,1,-1)))
print(time.asctime(time.gmtime(0)), time.ctime(0), time.ctime(1e9))
t=(2020,1,1,0,0,0,0,1,0)
for i,bad in [(1,13),(1,-1),(1,0),(2,32),(2,0),(2,-1),(3,24),(4,60),(5,62),(5,61),(6,-1),(6,-2),(6,7),(7,0),(7,367),(7,366),(7,-1),(8,5),(8,-5),(0,-5),(0,10**10)]:
    tt=list(t); tt[i]=bad; tt=tuple(tt)
    r=[]
    for f in [lambda: time.strftime('%Y-%m-%d %H:%M:%S %a %j %w %Z', tt), lambda: time.asctime(tt), lambda: time.mktime(tt)]:
        try: r.append(f())
        except Exception as e: r.append(type(e).__name__+': '+str(e))
    print(i,bad,r)
for a in [(1,), 'x', (2020,1,1,0,0,0,0,1), (2020,1,1,0,0,0,0,1,0,0), (2020,'x',1,0,0,0,0,1,0), (2020,1.5,1,0,0,0,0,1,0), (2**40,1,1,0,0,0,0,1,0)]:
  for f in [time.mktime, lambda a: time.strftime('%Y', a), time.asctime]:
    try: print(f(a))
    except Exception as e: print(type(e).__name__, e)
secs = [0, 1e9, 1.6e9, -1e10, 86400*3, 86400*365*50+12345, 253402300799, -62135596800, 1609459200, 1609459200-86400, 1230768000, 1262217600]
tts = [time.gmtime(s) for s in secs] + [(y,3,7,13,5,9,5,66,0) for y in (5, -5, 12345, 0, 999)]
for tt in tts:
    print(repr(time.strftime('%Y|%C|%y|%G|%g|%F|%c|%x|%X|%D|%e|%k|%l|%I|%p|%P|%r|%R|%T|%u|%V|%U|%W|%j|%s|%n|%t|%h|%A|%B|%%|%Q|%-d|%_m|%05Y|%^a|%#b|%Ey|%Od|%+|%10A|%-10B|%#p|%#Z|%z|%_3d|%-j|%', tt)))
print(repr(time.strftime('', t)), repr(time.strftime('%', t)), repr(time.strftime('%Z', time.gmtime(0))), time.strftime('%z %Z', time.localtime(0)))
try: time.strftime(1)
except TypeError as e: print(e)
try: time.strftime('a\0b')
except ValueError as e: print(e)
for a in [-1, 'x', float('nan'), 0]:
    try: print(time.sleep(a))
    except Exception as e: print(type(e).__name__, e)
for a in [float('nan'), 1e300, 2**70, 'x', 1e18]:
    try: print(time.gmtime(a))
    except Exception as e: print(type(e).__name__, e)
print(type(time.time()), type(time.time_ns()), time.monotonic() > 0, time.perf_counter_ns() > 0, time.process_time() >= 0)
print(time.get_clock_info('monotonic').implementation, time.get_clock_info('time').adjustable, time.get_clock_info('process_time').monotonic)
try: time.get_clock_info('x')
except ValueError as e: print(e)
st = time.struct_time((2020,1,2,3,4,5,6,7,8))
print(st, st.tm_zone, st.tm_gmtoff, len(st), time.struct_time.n_fields)
print(time.CLOCK_MONOTONIC, time._STRUCT_TM_ITEMS)
