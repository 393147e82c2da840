# _posixsubprocess.fork_exec used directly, as subprocess.Popen does.
import _posixsubprocess, posix as os
try:
    _posixsubprocess.fork_exec()
except Exception as e:
    print(type(e).__name__, e)
try:
    _posixsubprocess.fork_exec(*([None] * 23))
except Exception as e:
    print(type(e).__name__, e)
try:
    _posixsubprocess.fork_exec(['x'], [b'/bin/true'], True, (), None, None, -1, -1, -1, -1, -1, -1, -1, -1,
                               False, False, -1, None, None, None, -1, None, True)
except Exception as e:
    print(type(e).__name__, e)

def run(args, execs, cwd=None, env=None):
    c2pread, c2pwrite = os.pipe()
    epr, epw = os.pipe()
    pid = _posixsubprocess.fork_exec(args, execs, True, (epw,), cwd, env, -1, -1, c2pread, c2pwrite, -1, -1,
                                     epr, epw, True, False, -1, None, None, None, -1, None, True)
    os.close(c2pwrite)
    os.close(epw)
    out = b''
    while True:
        part = os.read(c2pread, 1000)
        if not part:
            break
        out += part
    os.close(c2pread)
    err = os.read(epr, 1000)
    os.close(epr)
    if err:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        return out, err
    p, st = os.waitpid(pid, 0)
    return out, err, p == pid, os.waitstatus_to_exitcode(st)

print(run([b'echo', b'hi', 'there'], [b'/bin/echo']))
print(run(['sh', '-c', 'echo $FOO; pwd; exit 3'], [b'/nonexistent/sh', b'/bin/sh'], cwd='/tmp', env=[b'FOO=bar']))
print(run(['nope'], [b'/nonexistent/nope', b'/also/nope']))
print(run(['sh'], [b'/bin/sh'], cwd='/nonexistent'))
print(run(['x'], [b'/etc/passwd']))
print(run(['sh', '-c', 'echo $PATH'], [b'/bin/sh']))
