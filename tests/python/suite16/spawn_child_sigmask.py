# A child started by subprocess takes the calling thread's signal mask, as
# with CPython's fork and exec (multiprocessing's resource tracker is
# started with SIGINT and SIGTERM blocked). The child here is grep reading
# its own mask; a Krait or Go child would unblock SIGINT and SIGTERM
# itself (Go's runtime keeps signals that end the process unblocked).
import signal
import subprocess


def child_mask():
    out = subprocess.run(["grep", "SigBlk", "/proc/self/status"], capture_output=True, text=True).stdout
    bits = int(out.split()[1], 16)
    return sorted(signal.Signals(n).name for n in range(1, 32) if bits & (1 << (n - 1)))


print(child_mask())
old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGUSR1})
try:
    print(child_mask())
finally:
    signal.pthread_sigmask(signal.SIG_SETMASK, old)
print(child_mask())
