# posix process, environment and miscellaneous functions.
import posix

print(type(posix.getpid()).__name__, posix.getppid() > 0, posix.getuid() >= 0, posix.geteuid() >= 0)
print(posix.getgid() >= 0, posix.getegid() >= 0)
print(posix.strerror(2), posix.strerror(13), posix.strerror(0), posix.strerror(200))
print(len(posix.urandom(16)), posix.urandom(0))
try:
    posix.urandom(-1)
except ValueError as e:
    print('ValueError', e)
print(type(posix.environ).__name__, all(isinstance(k, bytes) and isinstance(v, bytes) for k, v in posix.environ.items()))
print(posix.environ[b'PATH'] == b'/usr/bin:/bin')
posix.putenv('KRAIT_TEST_VAR', 'v1')
posix.putenv(b'KRAIT_TEST_VAR2', b'v2')
posix.unsetenv('KRAIT_TEST_VAR')
for bad in [('', 'x'), ('a=b', 'x'), ('a\0', 'x'), ('x', 'a\0'), (b'', b'x'), (b'a=b', b'x')]:
    try:
        posix.putenv(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for bad in ['', 'a=b', b'', b'a=b', 'a\0']:
    try:
        posix.unsetenv(bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    posix.putenv(1, 'x')
except TypeError as e:
    print('TypeError', e)
u = posix.uname()
print(type(u).__name__, type(u).__module__, u.sysname, len(u), u[0] == u.sysname, u.machine)
t = posix.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), repr(t).startswith('posix.times_result(user='))
print(posix.WIFEXITED(0), posix.WEXITSTATUS(256), posix.WIFSIGNALED(9), posix.WTERMSIG(9))
print(posix.WIFSTOPPED(0x137f), posix.WSTOPSIG(0x137f), posix.WIFCONTINUED(0xffff), posix.WCOREDUMP(0x89))
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9))
try:
    posix.waitstatus_to_exitcode(0x137f)
except ValueError as e:
    print('ValueError', e)
print(posix.cpu_count() >= 1, len(posix.getloadavg()), isinstance(posix.sched_getaffinity(0), set))
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.WNOHANG, posix.EX_OK)
print(posix.error is OSError, 'HAVE_FSTATAT' in posix._have_functions, 'HAVE_OPENAT' in posix._have_functions)
print(posix.sysconf_names['SC_PAGESIZE'], posix.confstr_names['CS_PATH'], posix.pathconf_names['PC_NAME_MAX'])
try:
    posix.register_at_fork()
except TypeError as e:
    print('TypeError', e)
try:
    posix.register_at_fork(before=1)
except TypeError as e:
    print('TypeError', e)
print(posix.register_at_fork(before=lambda: None))
try:
    posix.kill(2**22 + 12345, 0)
except OSError as e:
    print(type(e).__name__, e)
print(posix.device_encoding(999))
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines)
try:
    posix.get_terminal_size(999)
except OSError as e:
    print(type(e).__name__, e)
