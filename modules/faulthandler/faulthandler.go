// Package faulthandler implements the faulthandler module: dumping the
// Python traceback of the current thread to a file descriptor on request
// (dump_traceback), the enable/disable/is_enabled state, and the
// dump_traceback_later watchdog.
//
// Differences from CPython, because Krait is a Go program: a fatal error
// (a Go runtime crash) is reported by Go, not by this module, so enable()
// only records the state; the watchdog writes its "Timeout" line but not
// the threads' stacks (reading them without the interpreter lock is not
// safe); register() is absent, as on Windows, so callers take their
// hasattr() fallback.
package faulthandler

import (
	"fmt"
	"os"
	"sort"
	"strings"
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
	},
	Exec: faulthandler_exec,
}

var (
	mu       sync.Mutex
	enabled  bool
	keepFile runtime.Value // the file enable() writes to, kept alive as in CPython
	watchdog *time.Timer
	watchGen int // identifies the current watchdog, so a cancelled one stays quiet
)

// faulthandler_exec applies -X faulthandler and PYTHONFAULTHANDLER, which
// CPython applies at start-up.
func faulthandler_exec(m *runtime.Module) *runtime.Exception {
	on := os.Getenv("PYTHONFAULTHANDLER") != ""
	if xo, err := runtime.GetAttrString(runtime.SysModule().Value(), "_xoptions"); err == nil {
		if d, ok := xo.TryDict(); ok {
			if _, ok := d.GetStr(runtime.Intern("faulthandler")); ok {
				on = true
			}
		}
	}
	if on {
		mu.Lock()
		enabled = true
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
	_, file, err := fileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	mu.Lock()
	enabled, keepFile = true, file
	mu.Unlock()
	return runtime.None, nil
}

func faulthandler_disable(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	defer mu.Unlock()
	was := enabled
	enabled, keepFile = false, runtime.Value{}
	return runtime.Bool(was), nil
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
	text, err := formatStack(allThreads)
	if err != nil {
		return runtime.Value{}, err
	}
	syscall.Write(fd, []byte(text))
	return runtime.None, nil
}

// maxFrames is how many frames CPython's dump writes before "  ...".
const maxFrames = 100

// formatStack renders the Python stacks as faulthandler writes them: the
// current thread's alone, or every thread's, newest thread first, the
// current one marked.
func formatStack(allThreads bool) (string, *runtime.Exception) {
	sys := runtime.SysModule().Value()
	if !allThreads {
		f, err := runtime.CallMethod(sys, "_getframe", runtime.Int(0))
		if err != nil {
			return "", err
		}
		return writeFrames("Stack (most recent call first):\n", f)
	}
	cur, err := threadIdent()
	if err != nil {
		return "", err
	}
	frames, err := runtime.CallMethod(sys, "_current_frames")
	if err != nil {
		return "", err
	}
	d, _ := frames.TryDict()
	var idents []int64
	byIdent := map[int64]runtime.Value{}
	for pos := 0; ; {
		k, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		id, err := runtime.IndexInt64(k, "")
		if err != nil {
			return "", err
		}
		idents = append(idents, id)
		byIdent[id] = v
	}
	sort.Slice(idents, func(i, j int) bool { return idents[i] > idents[j] })
	var b strings.Builder
	for i, id := range idents {
		if i > 0 {
			b.WriteString("\n")
		}
		label := "Thread"
		if id == cur {
			label = "Current thread"
		}
		text, err := writeFrames(fmt.Sprintf("%s 0x%016x (most recent call first):\n", label, id), byIdent[id])
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

// writeFrames renders header and the frames from f outwards.
func writeFrames(header string, f runtime.Value) (string, *runtime.Exception) {
	var b strings.Builder
	b.WriteString(header)
	for n := 0; !f.IsNone(); n++ {
		if n == maxFrames {
			b.WriteString("  ...\n")
			break
		}
		line, err := frameLine(f)
		if err != nil {
			return "", err
		}
		b.WriteString(line)
		var err2 *runtime.Exception
		if f, err2 = runtime.GetAttrString(f, "f_back"); err2 != nil {
			return "", err2
		}
	}
	return b.String(), nil
}

// frameLine is one frame's line: `  File "name", line N in func`.
func frameLine(f runtime.Value) (string, *runtime.Exception) {
	code, err := runtime.GetAttrString(f, "f_code")
	if err != nil {
		return "", err
	}
	var parts [3]string
	for i, v := range []struct {
		obj  runtime.Value
		name string
	}{{code, "co_filename"}, {f, "f_lineno"}, {code, "co_name"}} {
		x, err := runtime.GetAttrString(v.obj, v.name)
		if err != nil {
			return "", err
		}
		s, err := runtime.StrOf(x)
		if err != nil {
			return "", err
		}
		parts[i] = s.S
	}
	return fmt.Sprintf("  File \"%s\", line %s in %s\n", parts[0], parts[1], parts[2]), nil
}

func threadIdent() (int64, *runtime.Exception) {
	th, err := runtime.ImportModule("_thread")
	if err != nil {
		return 0, err
	}
	r, err := runtime.CallMethod(th, "get_ident")
	if err != nil {
		return 0, err
	}
	return runtime.IndexInt64(r, "")
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
		syscall.Write(fd, []byte(header))
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
