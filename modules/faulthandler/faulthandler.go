// Package faulthandler implements the faulthandler module: dumping the
// Python traceback of the current thread to a file descriptor on request
// (dump_traceback), the enable/disable/is_enabled state, and the
// dump_traceback_later watchdog.
//
// Differences from CPython, because Krait is a Go program: Go turns a
// memory fault in its own code into a panic (which Krait reports as a
// SystemError), so enable() catches the fatal signals that arrive from
// outside (kill) and those the test helpers (_sigsegv, _read_null, ...)
// raise; the dumps read the threads' frames without the interpreter lock,
// as CPython's do (fatal.go).
package faulthandler

import (
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"krait/runtime"
)

// Module is the faulthandler module definition.
var Module = &runtime.ModuleDef{
	Name: "faulthandler",
	Doc:  "faulthandler module.",
	Methods: []runtime.Method{
		{Name: "enable", Sig: "file=, all_threads=", Fn: faulthandler_enable,
			Doc: "enable(file=sys.stderr, all_threads=True): enable the fault handler"},
		{Name: "disable", Flags: runtime.MethNoArgs, Fn: faulthandler_disable,
			Doc: "disable(): disable the fault handler"},
		{Name: "is_enabled", Flags: runtime.MethNoArgs, Fn: faulthandler_is_enabled,
			Doc: "is_enabled()->bool: check if the handler is enabled"},
		{Name: "dump_traceback", Sig: "file=, all_threads=", Fn: faulthandler_dump_traceback,
			Doc: "dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"},
		{Name: "dump_traceback_later", Sig: "timeout, repeat=, file=, exit=", Fn: faulthandler_dump_traceback_later,
			Doc: "dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):\ndump the traceback of all threads in timeout seconds,\nor each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."},
		{Name: "cancel_dump_traceback_later", Flags: runtime.MethNoArgs, Fn: faulthandler_cancel_dump_traceback_later,
			Doc: "cancel_dump_traceback_later():\ncancel the previous call to dump_traceback_later()."},
		{Name: "register", Sig: "signum, file=, all_threads=, chain=", Fn: faulthandler_register,
			Doc: "register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"},
		{Name: "unregister", Sig: "signum, /", Flags: runtime.MethO, Fn: faulthandler_unregister,
			Doc: "unregister(signum): unregister the handler of the signal 'signum' registered by register()"},
		{Name: "_sigsegv", Sig: "release_gil=, /", Fn: faulthandler_sigsegv, Doc: "_sigsegv(release_gil=False): raise a SIGSEGV signal"},
		{Name: "_read_null", Flags: runtime.MethNoArgs, Fn: faulthandler_sigsegv,
			Doc: "_read_null(): read from NULL, raise a SIGSEGV or SIGBUS signal depending on the platform"},
		{Name: "_sigabrt", Flags: runtime.MethNoArgs, Fn: faulthandler_sigabrt, Doc: "_sigabrt(): raise a SIGABRT signal"},
		{Name: "_sigfpe", Flags: runtime.MethNoArgs, Fn: faulthandler_sigfpe, Doc: "_sigfpe(): raise a SIGFPE signal"},
		{Name: "_fatal_error_c_thread", Flags: runtime.MethNoArgs, Fn: faulthandler_fatal_error_c_thread,
			Doc: "fatal_error_c_thread(): call Py_FatalError() in a new C thread."},
	},
	Exec: faulthandler_exec,
}

var (
	mu       sync.Mutex
	enabled  bool
	fatalFD  = 2           // where the fatal error handler writes
	fatalAll = true        // all_threads of enable()
	keepFile runtime.Value // the file enable() writes to, kept alive as in CPython
	watchdog *time.Timer
	watchGen int // identifies the current watchdog, so a cancelled one stays quiet
)

// faulthandler_exec applies -X faulthandler, PYTHONFAULTHANDLER (unless
// -E) and the development mode, which CPython applies at start-up.
func faulthandler_exec(m *runtime.Module) *runtime.Exception {
	flags := &runtime.SysConfig.Flags
	on := flags.DevMode || (os.Getenv("PYTHONFAULTHANDLER") != "" && flags.IgnoreEnvironment == 0)
	if xo, err := runtime.GetAttrString(runtime.SysModule().Value(), "_xoptions"); err == nil {
		if d, ok := xo.TryDict(); ok {
			if _, ok := d.GetStr(runtime.Intern("faulthandler")); ok {
				on = true
			}
		}
	}
	if on {
		mu.Lock()
		enabled, fatalFD, fatalAll = true, 2, true
		catchFatalSignals()
		mu.Unlock()
	}
	return nil
}

// fileDescriptor resolves the file argument as CPython's
// faulthandler_get_fileno: an int is a descriptor, None or absent means
// sys.stderr, anything else must have fileno(); the file is flushed first.
func fileDescriptor(file runtime.Value) (int, runtime.Value, *runtime.Exception) {
	if file.IsNull() || file.IsNone() {
		f, err := runtime.GetAttrString(runtime.SysModule().Value(), "stderr")
		if err != nil {
			return 0, file, err
		}
		if f.IsNone() {
			return 0, file, runtime.NewRuntimeError("sys.stderr is None")
		}
		file = f
	}
	if file.IsSmallInt() {
		fd := file.SmallInt()
		if fd < 0 {
			return 0, file, runtime.NewValueError("file is not a valid file descripter")
		}
		return int(fd), file, nil
	}
	r, err := runtime.CallMethod(file, "fileno")
	if err != nil {
		return 0, file, err
	}
	if !r.IsSmallInt() || r.SmallInt() < 0 {
		return 0, file, runtime.NewValueError("file is not a valid file descripter")
	}
	runtime.CallMethod(file, "flush") // errors ignored, as CPython's
	return int(r.SmallInt()), file, nil
}

func faulthandler_enable(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, file, err := fileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	all, err := optionalBool(a[1], true)
	if err != nil {
		return runtime.Value{}, err
	}
	mu.Lock()
	enabled, keepFile, fatalFD, fatalAll = true, file, fd, all
	catchFatalSignals()
	mu.Unlock()
	return runtime.None, nil
}

func faulthandler_disable(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	defer mu.Unlock()
	was := enabled
	enabled, keepFile = false, runtime.Value{}
	releaseFatalSignals()
	return runtime.Bool(was), nil
}

func optionalBool(v runtime.Value, def bool) (bool, *runtime.Exception) {
	if v.IsNull() {
		return def, nil
	}
	return runtime.IsTrue(v)
}

func faulthandler_is_enabled(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	defer mu.Unlock()
	return runtime.Bool(enabled), nil
}

func faulthandler_dump_traceback(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, _, err := fileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	allThreads := true
	if !a[1].IsNull() {
		if allThreads, err = runtime.IsTrue(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	text := runtime.DumpTracebacks(allThreads, runtime.CurrentThreadOrNil())
	syscall.Write(fd, []byte(text))
	return runtime.None, nil
}

func faulthandler_dump_traceback_later(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	timeout, err := runtime.FloatAsDouble(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if timeout <= 0 {
		return runtime.Value{}, runtime.NewValueError("timeout must be greater than 0")
	}
	if timeout > float64(1<<62)/1e9 {
		return runtime.Value{}, runtime.NewOverflowError("timeout value is too large")
	}
	var repeat, exit bool
	for i, dst := range []*bool{&repeat, &exit} {
		v := a[1+2*i]
		if v.IsNull() {
			continue
		}
		if *dst, err = runtime.IsTrue(v); err != nil {
			return runtime.Value{}, err
		}
	}
	fd, _, err := fileDescriptor(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	d := time.Duration(timeout * 1e9)
	header := "Timeout (" + formatTimeout(d) + ")!\n"
	mu.Lock()
	defer mu.Unlock()
	stopWatchdog()
	watchGen++
	gen := watchGen
	var fire func()
	fire = func() {
		mu.Lock()
		defer mu.Unlock()
		if gen != watchGen {
			return
		}
		syscall.Write(fd, []byte(header+runtime.DumpTracebacks(true, nil)))
		if exit {
			os.Exit(1)
		}
		if repeat {
			watchdog = time.AfterFunc(d, fire)
		}
	}
	watchdog = time.AfterFunc(d, fire)
	return runtime.None, nil
}

// formatTimeout is CPython's "H:MM:SS[.ffffff]".
func formatTimeout(d time.Duration) string {
	us := d.Microseconds()
	sec := us / 1e6
	s := fmt.Sprintf("%d:%02d:%02d", sec/3600, sec/60%60, sec%60)
	if frac := us % 1e6; frac != 0 {
		s += fmt.Sprintf(".%06d", frac)
	}
	return s
}

// stopWatchdog cancels a pending watchdog; mu must be held.
func stopWatchdog() {
	if watchdog != nil {
		watchdog.Stop()
		watchdog = nil
	}
	watchGen++
}

func faulthandler_cancel_dump_traceback_later(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	defer mu.Unlock()
	stopWatchdog()
	return runtime.None, nil
}
