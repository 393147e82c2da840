// This file defines the fatal error handler of faulthandler.enable(), the
// signals of register(), and the test helpers that raise fatal signals.

package faulthandler

import (
	"os"
	ossignal "os/signal"
	"runtime"
	"syscall"
	"unsafe"

	kr "krait/runtime"
)

// fatalSignals are the signals enable() handles, with CPython's names.
var fatalSignals = []struct {
	sig  syscall.Signal
	name string
}{
	{syscall.SIGBUS, "Bus error"}, {syscall.SIGILL, "Illegal instruction"},
	{syscall.SIGFPE, "Floating point exception"}, {syscall.SIGABRT, "Aborted"},
	{syscall.SIGSEGV, "Segmentation fault"},
}

var fatalCh chan os.Signal

// catchFatalSignals makes the fatal signals sent to the process write the
// dump; mu must be held.
func catchFatalSignals() {
	if kr.ForkGeneration() > 0 {
		return // os/signal cannot change handlers in a forked child
	}
	if fatalCh == nil {
		fatalCh = make(chan os.Signal, 1)
		go func() {
			for s := range fatalCh {
				fatal(s.(syscall.Signal), kr.CurrentThreadOrNil())
			}
		}()
	}
	for _, f := range fatalSignals {
		ossignal.Notify(fatalCh, f.sig)
	}
}

// releaseFatalSignals undoes catchFatalSignals; mu must be held.
func releaseFatalSignals() {
	if fatalCh != nil && kr.ForkGeneration() == 0 {
		ossignal.Stop(fatalCh)
	}
}

// fatal writes "Fatal Python error" and the stacks when the handler is
// enabled, then dies of sig, as CPython's handler re-raises the signal
// with the default action.
func fatal(sig syscall.Signal, current *kr.Thread) {
	mu.Lock()
	on, fd, all := enabled, fatalFD, fatalAll
	mu.Unlock()
	if on {
		name := "Unknown signal"
		for _, f := range fatalSignals {
			if f.sig == sig {
				name = f.name
			}
		}
		syscall.Write(fd, []byte("Fatal Python error: "+name+"\n\n"+kr.DumpTracebacks(all, current)+kr.DumpExtensionModules()))
	}
	dieOf(sig)
}

// dieOf ends the process by sig with the signal's default action (a core
// dump for most fatal signals), whatever handler Go installed.
func dieOf(sig syscall.Signal) {
	setDefaultAction(sig)
	syscall.Kill(os.Getpid(), sig)
	// A blocked signal would be delivered only when unblocked.
	for {
		syscall.Kill(os.Getpid(), sig)
		runtime.Gosched()
	}
}

// setDefaultAction sets sig's disposition to SIG_DFL with rt_sigaction(2)
// (os/signal keeps Go's handler on the signals Go uses itself).
func setDefaultAction(sig syscall.Signal) {
	if runtime.GOARCH == "amd64" {
		// The kernel's struct sigaction on x86-64 has a restorer field.
		sa := struct{ handler, flags, restorer, mask uint64 }{}
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
		return
	}
	sa := struct{ handler, flags, mask uint64 }{}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}

func faulthandler_sigsegv(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	fatal(syscall.SIGSEGV, kr.CurrentThreadOrNil())
	return kr.None, nil
}

func faulthandler_sigabrt(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	fatal(syscall.SIGABRT, kr.CurrentThreadOrNil())
	return kr.None, nil
}

func faulthandler_sigfpe(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	fatal(syscall.SIGFPE, kr.CurrentThreadOrNil())
	return kr.None, nil
}

// faulthandler_fatal_error_c_thread is Py_FatalError called from a thread
// that is not a Python thread: no thread is current in the dump.
func faulthandler_fatal_error_c_thread(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	done := make(chan struct{})
	go func() {
		mu.Lock()
		fd := fatalFD
		mu.Unlock()
		syscall.Write(fd, []byte("Fatal Python error: faulthandler_fatal_error_thread: in new thread\n"+
			"Python runtime state: initialized\n\n"+kr.DumpTracebacks(true, nil)))
		dieOf(syscall.SIGABRT)
		close(done)
	}()
	<-done
	return kr.None, nil
}

// registered are the signals of register(); the signal module delivers
// them (runtime.SignalDumper), so that a signal sent to the process itself
// is dumped before os.kill returns, as in CPython.
var registered = map[int]*userSignal{}

type userSignal struct {
	fd   int
	all  bool
	file kr.Value
}

func signum(v kr.Value) (int, *kr.Exception) {
	i, err := kr.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if i < 1 || i >= 65 {
		return 0, kr.NewValueError("signal number out of range")
	}
	return int(i), nil
}

func faulthandler_register(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	for _, f := range fatalSignals {
		if int(f.sig) == n {
			return kr.Value{}, kr.NewRuntimeError("signal %d cannot be registered, use enable() instead", n)
		}
	}
	fd, file, err := fileDescriptor(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	all, err := optionalBool(a[2], true)
	if err != nil {
		return kr.Value{}, err
	}
	chain, err := optionalBool(a[3], false)
	if err != nil {
		return kr.Value{}, err
	}
	mu.Lock()
	u := &userSignal{fd: fd, all: all, file: file}
	registered[n] = u
	mu.Unlock()
	kr.SetSignalDumper(n, &kr.SignalDumper{Chain: chain, Dump: func() {
		syscall.Write(u.fd, []byte(kr.DumpTracebacks(u.all, kr.CurrentThreadOrNil())))
	}})
	if kr.CatchSignal != nil {
		kr.CatchSignal(n)
	}
	return kr.None, nil
}

func faulthandler_unregister(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := signum(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	mu.Lock()
	_, was := registered[n]
	delete(registered, n)
	mu.Unlock()
	if !was {
		return kr.False, nil
	}
	kr.SetSignalDumper(n, nil)
	if kr.ReleaseSignal != nil {
		kr.ReleaseSignal(n)
	}
	return kr.True, nil
}
