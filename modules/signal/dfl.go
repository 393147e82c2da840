// This file gives SIG_DFL its meaning for the signals that Go's runtime
// catches and then drops when no channel wants them (os/signal: "other
// signals will be caught but no action will be taken"): SIGUSR1, SIGUSR2,
// SIGALRM and the rest below end a CPython process by default, so Krait
// keeps catching them and, while their handler is SIG_DFL, ends the
// process by the signal itself, as the kernel's default action would.

package signal

import (
	"os"
	ossignal "os/signal"
	"runtime"
	"sync/atomic"
	"syscall"

	kr "krait/runtime"
)

// goDropped are those signals (SIGXFSZ too, but CPython ignores it).
var goDropped = [...]syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM,
	syscall.SIGVTALRM, syscall.SIGXCPU, syscall.SIGIO, syscall.SIGPWR}

// dflKill marks a goDropped signal whose handler is SIG_DFL.
var dflKill [nsig]atomic.Bool

func isGoDropped(n int) bool {
	for _, s := range goDropped {
		if int(s) == n {
			return true
		}
	}
	return false
}

// setDefault gives signal n its default action (SIG_DFL) while it is not
// blocked.
func setDefault(n int) {
	s := syscall.Signal(n)
	if isGoDropped(n) {
		dflKill[n].Store(true)
		watch()
		ossignal.Notify(sigCh, s)
		return
	}
	ossignal.Reset(s)
	// Reset restores the disposition the process started with; a signal
	// inherited as ignored (nohup) would stay ignored, in this process and
	// in the children it executes.
	if ossignal.Ignored(s) {
		setDispositionInChild(n, false)
	}
}

// installDefaultActions is setDefault for every goDropped signal at
// start-up, but those inherited as ignored.
func installDefaultActions() {
	for _, s := range goDropped {
		if !ossignal.Ignored(s) {
			setDefault(int(s))
		}
	}
}

// defaultAction ends the process by signal n.
func defaultAction(n int) {
	setDispositionInChild(n, false)
	for {
		syscall.Kill(os.Getpid(), syscall.Signal(n))
		runtime.Gosched()
	}
}

// catchSignal makes the watcher receive signal n (for faulthandler's
// registered signals).
func catchSignal(n int) {
	if kr.ForkGeneration() > 0 {
		return
	}
	watch()
	ossignal.Notify(sigCh, syscall.Signal(n))
}

// releaseSignal gives signal n back to its Python-level disposition.
func releaseSignal(n int) {
	if kr.ForkGeneration() > 0 {
		return
	}
	switch h := handlers[n]; {
	case !h.IsSmallInt():
	case h.SmallInt() == sigIGN:
		ossignal.Ignore(syscall.Signal(n))
	case !isBlocked(n):
		setDefault(n)
	}
}
