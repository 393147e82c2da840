# posix_spawn and posix_spawnp: argument errors, file actions, PATH search.
import os
for a, kw in [(('/bin/true', ['true'], {}), {}), (('/bin/true', 'x', {}), {}), (('/bin/true', [], {}), {}), (('/bin/true', ['t'], 5), {}), (('/nonexistent', ['t'], {}), {}), (('/bin/true', ['t'], {}), {'file_actions': [5]}), (('/bin/true', ['t'], {}), {'file_actions': [(99,)]}), (('/bin/true', ['t'], {}), {'file_actions': [()]}), (('/bin/true', ['t'], {}), {'file_actions': [(os.POSIX_SPAWN_CLOSE,)]})]:
    try:
        pid = os.posix_spawn(*a, **kw); print(os.waitpid(pid, 0)[1])
    except Exception as e: print(type(e).__name__, e)
try: os.posix_spawnp('nonexistent-x', ['x'], {})
except Exception as e: print(type(e).__name__, e)
pid = os.posix_spawnp('sh', ['sh', '-c', 'exit 3'], os.environ); print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
r, w = os.pipe()
base = '/tmp/krait_spawn_%d' % os.getpid()
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'echo out; echo err >&2; cat'], {'A': 'b'},
                     file_actions=[(os.POSIX_SPAWN_DUP2, w, 1), (os.POSIX_SPAWN_DUP2, w, 2), (os.POSIX_SPAWN_CLOSE, r),
                                   (os.POSIX_SPAWN_OPEN, 0, '/etc/passwd', os.O_RDONLY, 0)])
os.close(w)
out = b''
while True:
    b = os.read(r, 1000)
    if not b: break
    out += b
print(os.waitpid(pid, 0)[1], out.split(b'\n')[:2])
pid = os.posix_spawn('/bin/sh', ['sh', '-c', 'echo hi > %s' % base], os.environ, setsid=True)
os.waitpid(pid, 0)
print(open(base).read()); os.unlink(base)
try:
    os.posix_spawn('/bin/sh', ['sh'], os.environ, setsid=True, setpgroup=0)
except OSError as e:
    print(type(e).__name__, e)
for kw in [dict(resetids=None), dict(setsigmask=34), dict(setsigdef=['j']), dict(setsigmask=[65])]:
    try:
        os.posix_spawn('/bin/true', ['t'], {}, **kw)
    except Exception as e:
        print(type(e).__name__, e)
