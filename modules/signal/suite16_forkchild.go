// This file gives a forked child the kernel signal dispositions that its
// Python handlers stand for. In the parent a signal the signal module
// watches (SIGUSR1 and the other signals Go would drop, or any signal once
// it was blocked with pthread_sigmask or had a Python handler) reaches the
// process through os/signal's goroutine, and that goroutine waits on a
// thread the child does not have: the child would queue the signal
// forever, so a pool worker sent SIGTERM by Pool.terminate() never died.

package signal

import (
	"sync"
	"syscall"
	"unsafe"

	"krait/modules/posix"
	kr "krait/runtime"
)

func init() {
	posix.ChildSignals = resetInChild
	posix.ThreadSignalMask = threadSignalMask
}

// threadSignalMask lists the signals the calling thread blocked, but those
// the Go runtime needs unblocked (SIGURG preempts goroutines, and glibc's
// 32 and 33 are never blocked).
func threadSignalMask() []syscall.Signal {
	ownMasks.Lock()
	m := ownMask(kr.CurrentThreadOrNil())
	ownMasks.Unlock()
	var sigs []syscall.Signal
	for n := 1; n < nsig; n++ {
		if m[n] && n != 32 && n != 33 && syscall.Signal(n) != syscall.SIGURG {
			sigs = append(sigs, syscall.Signal(n))
		}
	}
	return sigs
}

// childAsync are the asynchronous signals a child hands back to the kernel:
// the ones whose default action stops or ends the process. The signals
// the Go runtime needs (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGURG,
// SIGPROF, SIGCHLD, SIGPIPE, SIGABRT, SIGSYS) keep Go's handler.
var childAsync = [...]syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGUSR1,
	syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGTERM, syscall.SIGSTKFLT, syscall.SIGTSTP, syscall.SIGTTIN,
	syscall.SIGTTOU, syscall.SIGXCPU, syscall.SIGXFSZ, syscall.SIGVTALRM, syscall.SIGIO, syscall.SIGPWR}

// The emulated mask (sigmask.go) is process-wide, but a fork copies only
// the forking thread, whose own mask is the child's: multiprocessing's
// resource_sharer thread blocks every signal for itself, and a child forked
// by the main thread afterwards must not inherit that. So each thread's own
// mask is recorded too, starting from the one the process was executed with.
var (
	execBlocked [nsig]bool
	ownMasks    struct {
		sync.Mutex
		m map[int64]*[nsig]bool // by thread ident; idents are never reused
	}
)

// ownMask returns a copy of thread th's own mask; the caller holds ownMasks.
func ownMask(th *kr.Thread) [nsig]bool {
	if th != nil {
		if m := ownMasks.m[th.Ident()]; m != nil {
			return *m
		}
	}
	return execBlocked
}

// noteOwnMask applies a pthread_sigmask call (how: SIG_BLOCK, SIG_UNBLOCK,
// SIG_SETMASK) to the calling thread's own mask.
func noteOwnMask(how int, set *[nsig]bool) {
	th := kr.CurrentThreadOrNil()
	if th == nil {
		return
	}
	ownMasks.Lock()
	defer ownMasks.Unlock()
	m := ownMask(th)
	for n := 1; n < nsig; n++ {
		switch how {
		case 0:
			m[n] = m[n] || set[n]
		case 1:
			m[n] = m[n] && !set[n]
		case 2:
			m[n] = set[n]
		}
	}
	if ownMasks.m == nil {
		ownMasks.m = map[int64]*[nsig]bool{}
	}
	ownMasks.m[th.Ident()] = &m
}

// childMask makes the forking thread's own mask the child's mask, with no
// signal pending (fork(2) starts the child's pending set empty).
func childMask() [nsig]bool {
	// The locks may have been held by a thread that did not survive the
	// fork; the child then has one thread and goes on without them.
	var own [nsig]bool
	if ownMasks.TryLock() {
		th := kr.CurrentThreadOrNil()
		own = ownMask(th)
		ownMasks.m = map[int64]*[nsig]bool{}
		if th != nil {
			mine := own
			ownMasks.m[th.Ident()] = &mine
		}
		ownMasks.Unlock()
	} else {
		own = execBlocked
	}
	if mask.mu.TryLock() {
		defer mask.mu.Unlock()
	}
	mask.blocked = own
	mask.pending = [nsig]bool{}
	mask.fromUs = [nsig]bool{}
	return own
}

// resetInChild runs in a forked child right after the fork: each listed
// signal (and each real-time one) whose Python handler is SIG_DFL or SIG_IGN
// gets that disposition from rt_sigaction directly. A signal blocked with
// pthread_sigmask by the forking thread stays as it is (Krait emulates the block by catching
// it), and so does one with a Python handler, which cannot run in the
// child (docs/design/fork.md).
func resetInChild() {
	blocked := childMask()
	set := func(n int) {
		h := handlers[n]
		if blocked[n] || !h.IsSmallInt() {
			return
		}
		if h.SmallInt() != sigDFL && h.SmallInt() != sigIGN {
			return
		}
		if !goActSaved[n] {
			sigaction(n, nil, &goAct[n])
			goActSaved[n] = true
		}
		posix.SetSignalDisposition(syscall.Signal(n), h.SmallInt() == sigIGN)
	}
	for _, s := range childAsync {
		set(int(s))
	}
	for n := 34; n < nsig; n++ { // SIGRTMIN..SIGRTMAX; glibc keeps 32 and 33
		set(n)
	}
}

// dflIgnoredQuiet reports whether blocking signal n needs no catching: its
// handler is SIG_DFL and the default action ignores it (SIGCHLD, SIGURG,
// SIGWINCH), so nothing must be held back. Catching them would wake
// os/signal's goroutine at every child's exit and at every one of Go's
// preemption signals (SIGURG) once a thread blocks all signals
// (multiprocessing's resource_sharer does), and a fork taken while that
// goroutine was waking left it running on a thread the child lacks: the
// child's first collection then waited for it for ever.
func dflIgnoredQuiet(n int, h kr.Value) bool {
	switch syscall.Signal(n) {
	case syscall.SIGCHLD, syscall.SIGURG, syscall.SIGWINCH:
		return h.IsNull() || h.IsSmallInt() && h.SmallInt() == sigDFL
	}
	return false
}

// goAct keeps, in a forked child, the Go runtime's action of each signal
// resetInChild gave to the kernel, so that a Python handler installed in
// the child later gets Go's handler back: the handler cannot run there
// (docs/design/fork.md), but the signal is then caught and dropped instead
// of ending the process (test_multiprocessing's TestIgnoreEINTR child sets
// a SIGUSR1 handler and is sent SIGUSR1).
var (
	goAct      [nsig][4]uint64
	goActSaved [nsig]bool
)

// restoreGoAction gives signal n back the Go runtime's action, if the
// child had replaced it.
func restoreGoAction(n int) {
	if n > 0 && n < nsig && goActSaved[n] {
		sigaction(n, &goAct[n], nil)
	}
}

// sigaction is rt_sigaction(2) on the kernel's struct sigaction (four
// words cover it on amd64 and arm64).
func sigaction(n int, act, old *[4]uint64) {
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(n), uintptr(unsafe.Pointer(act)),
		uintptr(unsafe.Pointer(old)), 8, 0, 0)
}
