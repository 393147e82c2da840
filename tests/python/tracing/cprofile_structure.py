# cProfile (_lsprof) and profile: which functions are recorded, their call
# counts (primitive and recursive), callers and callees; not the times.
import cProfile
import io
import re
import profile
import pstats
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(xs):
    xs.append(len(xs))
    return sorted(xs, key=lambda v: -v)


def main():
    fib(6)
    xs = []
    for _ in range(3):
        helper(xs)
    try:
        int('x')
    except ValueError:
        pass
    return max(xs)


def show(prof):
    st = pstats.Stats(prof, stream=io.StringIO())
    rows = []
    for (fname, line, name), (cc, nc, tt, ct, callers) in st.stats.items():
        fname = fname.rsplit('/', 1)[-1]
        who = sorted(c[2] for c in callers)
        rows.append((fname, name, cc, nc, who))
    for r in sorted(rows, key=lambda r: (r[1], r[0])):
        print('   ', re.sub(' at 0x[0-9a-f]+', '', repr(r)))
    print('    total calls', st.total_calls, 'primitive', st.prim_calls)


print('cProfile')
p = cProfile.Profile()
p.enable()
main()
p.disable()
show(p)

print('cProfile runcall, builtins=False')
p = cProfile.Profile(builtins=False)
print(p.runcall(main))
show(p)

print('profile')
p = profile.Profile()
p.runcall(main)
show(p)

print('getstats')
import _lsprof
p = _lsprof.Profiler()
p.enable()
fib(3)
p.disable()
for e in sorted(p.getstats(), key=lambda e: str(e.code)):
    code = e.code if isinstance(e.code, str) else e.code.co_name
    calls = sorted((c.code if isinstance(c.code, str) else c.code.co_name, c.callcount, c.reccallcount) for c in e.calls)
    print('   ', code, e.callcount, e.reccallcount, calls, e.totaltime >= 0, e.inlinetime >= 0)
p.clear()
print(p.getstats())
print(sys.getprofile())
try:
    _lsprof.Profiler(subcalls=[])
except TypeError as e:
    print('TypeError', e)

out = io.StringIO()
sys.stdout, saved = out, sys.stdout
cProfile.run('fib(5)', sort='ncalls')
sys.stdout = saved
lines = out.getvalue().splitlines()
print(lines[0].split(' in ')[0].strip())
print([l.split()[0] for l in lines[4:] if l.strip()])
print([l.split()[-1] for l in lines[4:] if l.strip()])
