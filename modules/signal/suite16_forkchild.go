// This file gives a forked child the kernel signal dispositions that its
// Python handlers stand for. In the parent a signal the signal module
// watches (SIGUSR1 and the other signals Go would drop, or any signal once
// it was blocked with pthread_sigmask or had a Python handler) reaches the
// process through os/signal's goroutine, and that goroutine waits on a
// thread the child does not have: the child would queue the signal
// forever, so a pool worker sent SIGTERM by Pool.terminate() never died.

package signal

import (
	"syscall"

	"krait/modules/posix"
)

func init() { posix.ChildSignals = resetInChild }

// childAsync are the asynchronous signals a child hands back to the kernel:
// the ones whose default action stops or ends the process. The signals
// the Go runtime needs (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGURG,
// SIGPROF, SIGCHLD, SIGPIPE, SIGABRT, SIGSYS) keep Go's handler.
var childAsync = [...]syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGUSR1,
	syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGTERM, syscall.SIGSTKFLT, syscall.SIGTSTP, syscall.SIGTTIN,
	syscall.SIGTTOU, syscall.SIGXCPU, syscall.SIGXFSZ, syscall.SIGVTALRM, syscall.SIGIO, syscall.SIGPWR}

// resetInChild runs in a forked child right after the fork: each listed
// signal (and each real-time one) whose Python handler is SIG_DFL or SIG_IGN
// gets that disposition from rt_sigaction directly. A signal blocked with
// pthread_sigmask stays as it is (Krait emulates the block by catching
// it), and so does one with a Python handler, which cannot run in the
// child (docs/design/fork.md).
func resetInChild() {
	// The lock may have been held by a thread that did not survive the
	// fork; the child then has one Python thread and reads without it.
	locked := mask.mu.TryLock()
	blocked := mask.blocked
	if locked {
		mask.mu.Unlock()
	}
	set := func(n int) {
		h := handlers[n]
		if blocked[n] || !h.IsSmallInt() {
			return
		}
		switch h.SmallInt() {
		case sigDFL:
			posix.SetSignalDisposition(syscall.Signal(n), false)
		case sigIGN:
			posix.SetSignalDisposition(syscall.Signal(n), true)
		}
	}
	for _, s := range childAsync {
		set(int(s))
	}
	for n := 34; n < nsig; n++ { // SIGRTMIN..SIGRTMAX; glibc keeps 32 and 33
		set(n)
	}
}
