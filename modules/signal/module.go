// This file defines the _signal module's functions and constants.

package signal

import (
	"fmt"
	"os"
	ossignal "os/signal"
	"strings"
	"syscall"

	"krait/modules/posix"
	kr "krait/runtime"
)

// Module is the _signal module.
var Module = &kr.ModuleDef{Name: "_signal", Doc: "This module provides mechanisms to use signal handlers in Python.",
	Methods: []kr.Method{
		{Name: "signal", Sig: "signalnum, handler, /", Fn: signal_signal},
		{Name: "getsignal", Sig: "signalnum, /", Flags: kr.MethO, Fn: signal_getsignal},
		{Name: "raise_signal", Sig: "signalnum, /", Flags: kr.MethO, Fn: signal_raise_signal},
		{Name: "strsignal", Sig: "signalnum, /", Flags: kr.MethO, Fn: signal_strsignal},
		{Name: "valid_signals", Flags: kr.MethNoArgs, Fn: signal_valid_signals},
		{Name: "alarm", Sig: "seconds, /", Flags: kr.MethO, Fn: signal_alarm},
		{Name: "pause", Flags: kr.MethNoArgs, Fn: signal_pause},
		{Name: "set_wakeup_fd", Sig: "fd, /, *, warn_on_full_buffer=", Fn: signal_set_wakeup_fd},
		{Name: "siginterrupt", Sig: "signalnum, flag, /", Fn: signal_siginterrupt},
		{Name: "pthread_sigmask", Sig: "how, mask, /", Fn: signal_pthread_sigmask},
		{Name: "pthread_kill", Sig: "thread_id, signalnum, /", Fn: signal_pthread_kill},
		{Name: "setitimer", Sig: "which, seconds, interval=, /", Fn: signal_setitimer},
		{Name: "getitimer", Sig: "which, /", Flags: kr.MethO, Fn: signal_getitimer},
		{Name: "sigpending", Flags: kr.MethNoArgs, Fn: signal_sigpending},
		{Name: "sigwait", Sig: "sigset, /", Flags: kr.MethO, Fn: signal_sigwait},
		{Name: "sigwaitinfo", Sig: "sigset, /", Flags: kr.MethO, Fn: signal_sigwaitinfo},
		{Name: "sigtimedwait", Sig: "sigset, timeout, /", Fn: signal_sigtimedwait},
		{Name: "pidfd_send_signal", Sig: "pidfd, signalnum, siginfo=, flags=, /", Fn: signal_pidfd_send_signal},
	},
	Exec: func(m *kr.Module) *kr.Exception {
		setup()
		m.SetAttr("default_int_handler", defaultIntHandler)
		m.SetAttr("SIG_DFL", kr.Int(sigDFL))
		m.SetAttr("SIG_IGN", kr.Int(sigIGN))
		m.SetAttr("NSIG", kr.Int(nsig))
		m.SetAttr("SIG_BLOCK", kr.Int(0))
		m.SetAttr("SIG_UNBLOCK", kr.Int(1))
		m.SetAttr("SIG_SETMASK", kr.Int(2))
		m.SetAttr("ITIMER_REAL", kr.Int(0))
		m.SetAttr("ITIMER_VIRTUAL", kr.Int(1))
		m.SetAttr("ITIMER_PROF", kr.Int(2))
		m.SetAttr("ItimerError", itimerError().Value())
		m.SetAttr("struct_siginfo", siginfoType.Value())
		for _, s := range signalNames {
			m.SetAttr(s.name, kr.Int(int64(s.num)))
		}
		return nil
	}}

// signalNames are the SIG* constants of Linux, in CPython's order.
var signalNames = []struct {
	name string
	num  syscall.Signal
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6},
	{"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11},
	{"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGSTKFLT", 16},
	{"SIGCHLD", 17}, {"SIGCLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21},
	{"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26},
	{"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30},
	{"SIGSYS", 31}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
}

// glibc's strsignal texts for 1..31.
var signalText = [...]string{"", "Hangup", "Interrupt", "Quit", "Illegal instruction",
	"Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed",
	"User defined signal 1", "Segmentation fault", "User defined signal 2", "Broken pipe",
	"Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
	"Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
	"CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
	"Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"}

// osError is OSError(errno, strerror).
func osError(e syscall.Errno) *kr.Exception { return errnoError(kr.OSErrorType, e) }

// errnoError is exception type t (OSError or a subclass) for errno e.
func errnoError(t *kr.Type, e syscall.Errno) *kr.Exception {
	msg := e.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	// Constructed through the class, so that OSError's constructor sets
	// errno and strerror, which str() shows.
	v, err := kr.Call(t.Value(), []kr.Value{kr.Int(int64(e)), kr.StrValue(msg)}, nil)
	if err != nil {
		return err
	}
	return kr.PtrOf[kr.Exception](v)
}

// signum converts and range-checks a signal number argument.
func signum(v kr.Value) (int, *kr.Exception) {
	i, err := kr.Index(v, "")
	if err != nil {
		return 0, err
	}
	if !i.IsSmallInt() {
		return 0, kr.NewOverflowError("Python int too large to convert to C int")
	}
	n := i.SmallInt()
	if n < 1 || n >= nsig {
		return 0, kr.NewValueError("signal number out of range")
	}
	return int(n), nil
}

func signal_signal(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	h := a[1]
	if !kr.CurrentThread().IsMain() {
		return kr.Value{}, kr.NewValueError("signal only works in main thread of the main interpreter")
	}
	isConst := h.IsSmallInt() && (h.SmallInt() == sigDFL || h.SmallInt() == sigIGN)
	if !isConst && h.Type().Call == nil {
		return kr.Value{}, kr.NewTypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	s := syscall.Signal(n)
	if s == syscall.SIGKILL || s == syscall.SIGSTOP || n == 32 || n == 33 {
		return kr.Value{}, osError(syscall.EINVAL)
	}
	setup()
	old := handlers[n]
	restartSig[n].Store(false)
	if kr.ForkGeneration() > 0 {
		// os/signal works through a goroutine locked to a thread that the forked
		// child does not have, so it would block forever: set SIG_DFL or SIG_IGN
		// directly and record Python handlers without a way to run them
		// (docs/design/fork.md).
		if isConst {
			posix.SetSignalDisposition(s, h.SmallInt() == sigIGN)
		} else {
			restoreGoAction(n)
		}
		handlers[n] = h
		return old, nil
	}
	clearDefault(n)
	switch {
	case isConst && h.SmallInt() == sigIGN:
		ossignal.Ignore(s)
		h = kr.Int(sigIGN)
	case isConst && isBlocked(n):
		watch()
		ossignal.Notify(sigCh, s) // pending until unblocked (sigmask.go)
		h = kr.Int(sigDFL)
	case isConst:
		setDefault(n)
		h = kr.Int(sigDFL)
	default:
		watch()
		ossignal.Notify(sigCh, s)
	}
	handlers[n] = h
	return old, nil
}

func signal_getsignal(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	setup()
	return handlers[n], nil
}

// signal_raise_signal sends the signal to the process. A signal with a
// Python handler is not sent: its handler runs before raise_signal
// returns, as CPython's does.
func signal_raise_signal(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	setup()
	if h := handlers[n]; !h.IsSmallInt() {
		trip(n)
		if err := kr.CheckEvalBreaker(); err != nil {
			return kr.Value{}, err
		}
		return kr.None, nil
	}
	// As os.kill(os.getpid(), n): raise(3) returns once the signal has
	// acted, so a default action that ends the process is awaited.
	e, exc := sendSelfSignal(n, func() error { return syscall.Kill(os.Getpid(), syscall.Signal(n)) })
	if exc != nil {
		return kr.Value{}, exc
	}
	if e != nil {
		return kr.Value{}, osError(e.(syscall.Errno))
	}
	return kr.None, nil
}

func signal_strsignal(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	switch {
	case n < len(signalText):
		return kr.StrValue(signalText[n]), nil
	case n >= 34:
		return kr.StrValue(fmt.Sprintf("Real-time signal %d", n-34)), nil
	}
	return kr.StrValue(fmt.Sprintf("Unknown signal %d", n)), nil
}

func signal_valid_signals(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	items := make([]kr.Value, 0, nsig)
	for n := 1; n < nsig; n++ {
		if n != 32 && n != 33 {
			items = append(items, kr.Int(int64(n)))
		}
	}
	return kr.Call(kr.SetType.Value(), []kr.Value{kr.NewList(items)}, nil)
}

// signal_pause waits until a signal's handler has run.
func signal_pause(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if err := kr.Pause(); err != nil {
		return kr.Value{}, err
	}
	return kr.None, nil
}

func signal_set_wakeup_fd(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	i, err := kr.Index(a[0], "")
	if err != nil {
		return kr.Value{}, err
	}
	fd := int(i.SmallInt())
	if !kr.CurrentThread().IsMain() {
		return kr.Value{}, kr.NewValueError("set_wakeup_fd only works in main thread of the main interpreter")
	}
	if fd != -1 {
		var st syscall.Stat_t
		if e := syscall.Fstat(fd, &st); e != nil {
			return kr.Value{}, osError(e.(syscall.Errno))
		}
		flags, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
		if e == 0 && flags&syscall.O_NONBLOCK == 0 {
			return kr.Value{}, kr.NewValueError("the fd %d must be in non-blocking mode", fd)
		}
	}
	wakeupMu.Lock()
	old := wakeupFD
	wakeupFD = fd
	wakeupMu.Unlock()
	return kr.Int(int64(old)), nil
}

func signal_siginterrupt(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	flag, err := kr.IndexInt64(a[1], "")
	if err != nil {
		return kr.Value{}, err
	}
	restartSig[n].Store(flag == 0)
	return kr.None, nil
}

// signal_pthread_kill delivers the signal to the process (Python threads
// share it; handlers run in the main thread anyway).
func signal_pthread_kill(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if _, err := kr.Index(a[0], ""); err != nil {
		return kr.Value{}, err
	}
	n, err := signum(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	return signal_raise_signal(self, []kr.Value{kr.Int(int64(n))})
}
