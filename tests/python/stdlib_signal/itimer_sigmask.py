# signal: setitimer/getitimer/alarm, ItimerError, the emulated signal mask
# (pthread_sigmask, sigpending, sigwait family) and pidfd_send_signal.
import os
import signal
import time


def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        if isinstance(r, tuple) and len(r) == 2 and all(isinstance(x, float) for x in r):
            r = tuple(round(x, 1) for x in r)
        print(expr, '->', r)


print(signal.ItimerError.__name__, signal.ItimerError.__module__, signal.ItimerError.__mro__[1:])
print(signal.SIGCLD, signal.struct_siginfo.n_fields, signal.struct_siginfo.__name__)
for expr in ["signal.setitimer(5, 1)", "signal.setitimer(signal.ITIMER_REAL, -1)",
             "signal.setitimer(signal.ITIMER_REAL, 'x')", "signal.setitimer(signal.ITIMER_REAL, 5.0, 2.5)",
             "signal.getitimer(signal.ITIMER_REAL)", "signal.setitimer(signal.ITIMER_REAL, 0)",
             "signal.getitimer(signal.ITIMER_REAL)", "signal.getitimer(9)",
             "signal.setitimer(signal.ITIMER_VIRTUAL, 2**70)", "signal.setitimer(signal.ITIMER_VIRTUAL, 2**40)",
             "signal.setitimer(signal.ITIMER_REAL, float('nan'))", "signal.setitimer(signal.ITIMER_REAL, 30)",
             "signal.alarm(0)", "signal.alarm(20)", "signal.getitimer(0)", "signal.setitimer(0, 0)",
             "signal.setitimer()", "signal.setitimer(1)", "signal.setitimer(1, 2, 3, 4)", "signal.setitimer(1.5, 1)",
             "signal.setitimer(signal.ITIMER_PROF, 50, 3)", "signal.getitimer(signal.ITIMER_PROF)",
             "signal.setitimer(signal.ITIMER_PROF, 0)"]:
    show(expr)
try:
    signal.setitimer(7, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e)

hits = []
signal.signal(signal.SIGALRM, lambda n, f: hits.append('alrm'))
signal.signal(signal.SIGPROF, lambda n, f: hits.append('prof'))
signal.signal(signal.SIGVTALRM, lambda n, f: hits.append('vtalrm'))
signal.setitimer(signal.ITIMER_REAL, 0.02)
signal.setitimer(signal.ITIMER_PROF, 0.02, 0.02)
signal.setitimer(signal.ITIMER_VIRTUAL, 0.02)
t = time.monotonic()
while len(set(hits)) < 3 and time.monotonic() - t < 10:
    sum(range(1000))
signal.setitimer(signal.ITIMER_PROF, 0)
print(sorted(set(hits)))

for expr in ["signal.sigtimedwait([signal.SIGUSR1], -1)", "signal.sigtimedwait([signal.SIGUSR1], 0)",
             "signal.sigtimedwait([signal.SIGUSR1], 'x')", "signal.sigwait([0])", "signal.sigwait([100])",
             "signal.sigwait(5)", "signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])",
             "os.kill(os.getpid(), signal.SIGUSR1)", "signal.sigpending()",
             "signal.sigtimedwait([signal.SIGUSR1], 0).si_signo", "signal.sigpending()",
             "signal.pthread_sigmask(signal.SIG_BLOCK, [])",
             "os.kill(os.getpid(), signal.SIGUSR1)", "signal.sigwait([signal.SIGUSR1, signal.SIGUSR2])",
             "os.kill(os.getpid(), signal.SIGUSR1)", "signal.sigwaitinfo({signal.SIGUSR1})[:3]",
             "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])",
             "signal.pidfd_send_signal(0, 1, 5)", "signal.pidfd_send_signal(-1, 0)",
             "signal.pthread_sigmask(5, [])", "signal.pthread_sigmask(0, [0])"]:
    show(expr)

# A pending signal runs its handler when unblocked.
got = []
signal.signal(signal.SIGUSR2, lambda n, f: got.append(n))
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2])
os.kill(os.getpid(), signal.SIGUSR2)
print('blocked:', got, signal.sigpending())
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR2])
print('unblocked:', got, signal.sigpending())

fd = os.open('/proc/%d' % os.getpid(), os.O_DIRECTORY)
try:
    signal.pidfd_send_signal(fd, signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt from pidfd_send_signal')
os.close(fd)

r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print('ValueError', str(e).replace(str(w), 'W'))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w) == -1, signal.set_wakeup_fd(-1) == w)
