// Package signal is CPython's _signal module. Go's os/signal delivers the
// signals that have a Python handler to a watcher goroutine, which queues
// the handler to run on the main thread at its next eval breaker check
// (runtime.AddMainPendingCall), as CPython runs handlers from
// PyErr_CheckSignals. SIG_IGN and SIG_DFL map to signal.Ignore and
// signal.Reset.
package signal

import (
	"os"
	ossignal "os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"krait/modules/thread"
	kr "krait/runtime"
)

// nsig is NSIG on Linux: signal numbers are 1..64.
const nsig = 65

// The handler constants.
const (
	sigDFL = 0
	sigIGN = 1
)

var (
	// handlers are the Python handlers by signal number: SIG_DFL/SIG_IGN
	// as ints, or a callable. Only the main thread touches them.
	handlers [nsig]kr.Value
	// defaultIntHandler is _signal.default_int_handler.
	defaultIntHandler kr.Value

	watchOnce sync.Once
	sigCh     = make(chan os.Signal, 64)

	wakeupMu sync.Mutex
	wakeupFD = -1
)

// InstallDefaultHandlers sets the handlers CPython installs at start-up:
// SIGINT raises KeyboardInterrupt (default_int_handler), SIGPIPE and
// SIGXFSZ are ignored (so writes fail with BrokenPipeError instead of
// killing the process). cmd/krait calls it once before running code.
func InstallDefaultHandlers() {
	setup()
	handlers[syscall.SIGINT] = defaultIntHandler
	watch()
	ossignal.Notify(sigCh, syscall.SIGINT)
	for _, s := range []syscall.Signal{syscall.SIGPIPE, syscall.SIGXFSZ} {
		handlers[s] = kr.Int(sigIGN)
		ossignal.Ignore(s)
	}
	installDefaultActions()
}

var setupOnce sync.Once

// setup fills the handler table with SIG_DFL.
func setup() {
	setupOnce.Do(func() {
		inheritMask() // sigmask.go
		for i := range handlers {
			if handlers[i].IsNull() {
				handlers[i] = kr.Int(sigDFL)
				// A signal ignored when the process started (nohup)
				// reads as SIG_IGN, as CPython finds it.
				if i > 0 && ossignal.Ignored(syscall.Signal(i)) {
					handlers[i] = kr.Int(sigIGN)
				}
			}
		}
		defaultIntHandler = kr.NewBuiltinFunction(&defaultIntHandlerMethod, kr.Value{}, "_signal")
		thread.InterruptMain = interruptMain
		kr.SendSelfSignal = sendSelfSignal
		kr.CatchSignal, kr.ReleaseSignal = catchSignal, releaseSignal
	})
}

var defaultIntHandlerMethod = kr.Method{Name: "default_int_handler", Sig: "signalnum, frame, /",
	Doc: "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.",
	Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Value{}, kr.NewException(kr.KeyboardInterruptType)
	}}

// watch starts the goroutine that turns delivered signals into pending
// calls on the main thread.
func watch() {
	watchOnce.Do(func() {
		go func() {
			for s := range sigCh {
				switch s := s.(type) {
				case syscall.Signal:
					trip(int(s))
				case dflMarker:
					s.apply()
				}
			}
		}()
	})
}

// trip records the arrival of signal n: it writes the wakeup fd and queues
// the handler on the main thread. It may run on any goroutine.
func trip(n int) { tripWake(n, true) }

// tripWake is trip; wake false leaves the main thread's blocking wait
// alone (interrupt_main, which sends no signal).
func tripWake(n int, wake bool) {
	if d := kr.SignalDumperOf(n); d != nil {
		d.Dump()
		if !d.Chain {
			arrivals[n].Add(1)
			return
		}
	}
	// Counted on return, once the handler is queued: a sender waiting in
	// sendSelfSignal then finds it pending (counted first, the program's
	// last statement os.kill(os.getpid(), n) could end before it ran).
	defer arrivals[n].Add(1)
	if holdIfBlocked(n) {
		return
	}
	if dflKill[n].Load() {
		defaultAction(n)
	}
	wakeupMu.Lock()
	fd := wakeupFD
	wakeupMu.Unlock()
	if fd >= 0 {
		syscall.Write(fd, []byte{byte(n)})
	}
	if handlerQueued[n].Swap(true) && kr.MainCallsPending() {
		// Already tripped and its handler not yet started: as CPython's
		// per-signal tripped flag, the deliveries merge into one call.
		// (With no call queued the mark is stale: a fork's child drops
		// the queue.)
		return
	}
	if !wake || restartSig[n].Load() {
		kr.QueueMainPendingCall(func() *kr.Exception { return runHandler(n) })
		return
	}
	kr.AddMainPendingCall(func() *kr.Exception { return runHandler(n) })
}

// handlerQueued marks the signals whose handler call is queued and has not
// started yet.
var handlerQueued [nsig]atomic.Bool

// restartSig marks the signals siginterrupt(n, False) made restart the
// system call they arrive in (SA_RESTART): their handler does not wake a
// blocking wait (os.read of an empty pipe goes on waiting) and runs when
// the call has returned. signal.signal clears the mark, as CPython's
// sigaction without SA_RESTART does.
var restartSig [nsig]atomic.Bool

// runHandler calls the Python handler of signal n on the main thread.
func runHandler(n int) *kr.Exception {
	handlerQueued[n].Store(false) // a signal arriving from now on calls it again
	h := handlers[n]
	if h.IsNull() || h.IsSmallInt() {
		return nil // SIG_DFL or SIG_IGN since it was queued
	}
	_, err := kr.Call(h, []kr.Value{kr.Int(int64(n)), kr.CurrentFrame()}, nil)
	return err
}

// interruptMain is _thread.interrupt_main(signum): the signal's handler
// runs as if the signal arrived, without sending it.
func interruptMain(signum int64) *kr.Exception {
	if signum < 1 || signum >= nsig {
		return kr.NewValueError("signal number out of range")
	}
	setup()
	if handlers[signum].IsSmallInt() {
		return nil // not handled by Python (SIG_DFL or SIG_IGN): nothing to do
	}
	tripWake(int(signum), false)
	return nil
}

// arrivals counts the deliveries of each signal, so that a signal sent to
// the process itself can be waited for.
var arrivals [nsig]atomic.Int64

// sendSelfSignal sends sig to this process and, when a Python handler is
// installed, waits (briefly) until it arrives and runs the handler.
func sendSelfSignal(n int, send func() error) (error, *kr.Exception) {
	if n >= nsig {
		return send(), nil
	}
	setup()
	if n == int(syscall.SIGPROF) {
		// Go's runtime keeps SIGPROF for its profiler: act as the
		// signal would (itimer.go).
		deliverProf()
		return nil, kr.CheckEvalBreaker()
	}
	before := arrivals[n].Load()
	selfSent[n].Add(1)
	err := send()
	if err != nil {
		selfSent[n].Add(-1)
		return err, nil
	}
	defer selfSent[n].Add(-1)
	h := handlers[n]
	caught := !h.IsNull() && !h.IsSmallInt() || dflKill[n].Load() || kr.SignalDumperOf(n) != nil ||
		isBlocked(n) && !(h.IsSmallInt() && h.SmallInt() == sigIGN)
	if !caught {
		if h.IsSmallInt() && h.SmallInt() == sigDFL && goKills(n) && !isBlocked(n) {
			awaitDeath()
		}
		return nil, nil
	}
	// An unblocked signal arrives within microseconds, but on a loaded
	// machine Go's signal goroutine can wait longer than 200 ms to run
	// (a child's os.kill(os.getpid(), SIGINT) then exited 0).
	wait := 200 * time.Millisecond
	if !isBlocked(n) {
		wait = 3 * time.Second
	}
	kr.EnsureNetpoll() // before the first timer (runtime/mem12_netpoll.go)
	for deadline := time.Now().Add(wait); arrivals[n].Load() == before && time.Now().Before(deadline); {
		time.Sleep(50 * time.Microsecond)
	}
	return nil, kr.CheckEvalBreaker()
}

// goKills reports whether Go's runtime ends the process itself when n
// arrives with no handler (SIGHUP, SIGTERM): the thread that takes the
// signal dies with it, but in a process of several threads that may not
// be the one that sent it.
func goKills(n int) bool { return n == int(syscall.SIGHUP) || n == int(syscall.SIGTERM) }

// awaitDeath waits for a fatal signal sent to this process to end it, as
// it would before kill() returned in a single-threaded CPython: without
// the wait, os.kill(os.getpid(), SIGTERM) was seen to let the program run
// on and even exit 0 on a loaded machine.
func awaitDeath() {
	kr.EnsureNetpoll()
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); {
		time.Sleep(50 * time.Microsecond)
	}
}
