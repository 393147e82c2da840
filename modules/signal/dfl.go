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
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"krait/internal/nopoll"
	"krait/modules/posix"
	kr "krait/runtime"
)

// goDropped are those signals (SIGXFSZ too, but CPython ignores it).
var goDropped = [...]syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM,
	syscall.SIGVTALRM, syscall.SIGXCPU, syscall.SIGIO, syscall.SIGPWR}

// dflKill marks a goDropped signal whose handler is SIG_DFL. It is set by
// the watcher goroutine in order with the signals it receives (see
// dflMarker); dflGen counts the changes of each signal's handler, so that
// a marker overtaken by a later change sets nothing.
var (
	dflKill [nsig]atomic.Bool
	dflGen  [nsig]atomic.Uint64
)

// dflMarker travels through sigCh behind every signal the runtime had
// received when signal.signal(n, SIG_DFL) was called: those arrived while
// the old handler was in place, and CPython, finding SIG_DFL when it gets
// to them, drops them; only a signal after the change takes the default
// action. Setting dflKill at once let a SIGALRM of test_eintr's interval
// timer that was still on its way through os/signal kill the process
// after the test had stopped the timer and restored SIG_DFL.
type dflMarker struct {
	n    int
	gen  uint64
	done chan struct{}
}

func (dflMarker) String() string { return "SIG_DFL marker" }
func (dflMarker) Signal()        {}

// signalPending reports whether s is pending for the process: the kernel
// has it in the process's shared queue and no thread has taken it yet
// (ShdPnd in /proc/self/status; rt_sigpending(2) reports only signals the
// calling thread blocks).
func signalPending(s syscall.Signal) bool {
	b, err := nopoll.ReadFile("/proc/self/status")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "ShdPnd:"); ok {
			set, err := strconv.ParseUint(strings.TrimSpace(v), 16, 64)
			return err == nil && set&(1<<(uint(s)-1)) != 0
		}
	}
	return false
}

// apply runs on the watcher goroutine.
func (m dflMarker) apply() {
	if dflGen[m.n].Load() == m.gen {
		dflKill[m.n].Store(true)
	}
	close(m.done)
}

// clearDefault forgets a SIG_DFL of signal n (its handler changes).
func clearDefault(n int) {
	dflGen[n].Add(1)
	dflKill[n].Store(false)
}

// flushSignal returns once os/signal has passed on every signal s the
// process had been sent: first the kernel has handed it to one of the
// threads (it is no longer pending; a thread that is not running takes it
// when it next runs), then os/signal has passed on what the runtime
// received (Stop waits for that).
func flushSignal(s syscall.Signal) {
	kr.EnsureNetpoll()
	for deadline := time.Now().Add(time.Second); signalPending(s) && time.Now().Before(deadline); {
		runtime.Gosched()
		time.Sleep(20 * time.Microsecond)
	}
	tmp := make(chan os.Signal, 1)
	ossignal.Notify(tmp, s)
	ossignal.Stop(tmp)
}

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
		gen := dflGen[n].Add(1)
		watch()
		ossignal.Notify(sigCh, s)
		flushSignal(s)
		m := dflMarker{n, gen, make(chan struct{})}
		sigCh <- m
		<-m.done
		return
	}
	ossignal.Reset(s)
	// Reset restores the disposition the process started with; a signal
	// inherited as ignored (nohup) would stay ignored, in this process and
	// in the children it executes.
	if ossignal.Ignored(s) {
		posix.SetSignalDisposition(syscall.Signal(n), false)
	}
}

// installDefaultActions is setDefault for every goDropped signal at
// start-up, but those inherited as ignored.
func installDefaultActions() {
	for _, s := range goDropped {
		if !ossignal.Ignored(s) {
			// Nothing was caught before: no marker is needed.
			dflGen[s].Add(1)
			dflKill[s].Store(true)
			watch()
			ossignal.Notify(sigCh, s)
		}
	}
}

// defaultAction ends the process by signal n.
func defaultAction(n int) {
	posix.SetSignalDisposition(syscall.Signal(n), false)
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
