// This file defines the process functions of posix: ids, _exit, kill,
// waitpid and the W* status macros, times, uname,
// cpu_count, getloadavg, sched_getaffinity, urandom and
// strerror.

package posix

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"syscall"
	"time"
	"unsafe"

	"krait/runtime"
)

func intFn(f func() int) runtime.MethodFunc {
	return func(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(f())), nil
	}
}

func posix__exit(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	syscall.Exit(n)
	return runtime.None, nil
}

// posix_abort kills the process with SIGABRT as C's abort() does: Go's
// runtime catches SIGABRT (and would exit with status 2), so the
// disposition goes back to SIG_DFL and the signal is unblocked first.
func posix_abort(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	// The mask change and tgkill below act on one OS thread: the goroutine
	// must not move to another between them (the signal then went to a
	// thread that had not unblocked it, and os.Exit(134) won the race).
	goruntime.LockOSThread()
	debug.SetTraceback("none")
	SetSignalDisposition(syscall.SIGABRT, false)
	set := uint64(1) << (syscall.SIGABRT - 1)
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 1 /* SIG_UNBLOCK */, uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), syscall.SIGABRT)
	os.Exit(134)
	return runtime.None, nil
}

// SetSignalDisposition sets sig's disposition to SIG_DFL (ignore false) or
// SIG_IGN with rt_sigaction(2), behind the Go runtime's back: for a process
// about to die of sig or exec, or a forked child, where os/signal cannot be
// used (its goroutine does not exist there) or keeps Go's own handler. It
// makes no allocation, so a forked child may call it before exec.
func SetSignalDisposition(sig syscall.Signal, ignore bool) {
	// The kernel's struct sigaction is {handler, flags, restorer, mask} on
	// amd64 and {handler, flags, mask} on arm64: with only the handler set,
	// no flags and an empty mask, four zeroed words after it fit both (the
	// kernel reads only the first three on arm64).
	var act [4]uint64
	if ignore {
		act[0] = 1 // SIG_IGN; 0 is SIG_DFL
	}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
}

func posix_getlogin(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if s := os.Getenv("LOGNAME"); s != "" {
		return fsdecode(s), nil
	}
	return runtime.Value{}, osError(syscall.ENXIO)
}

func posix_kill(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	sig, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	send := func() error { return syscall.Kill(int(pid), syscall.Signal(sig)) }
	self := pid == int64(os.Getpid()) || pid == 0 || pid == -1 || pid == -int64(syscall.Getpgrp())
	if self && sig > 0 && runtime.SendSelfSignal != nil {
		e, exc := runtime.SendSelfSignal(int(sig), send)
		if e != nil {
			return runtime.Value{}, osError(e)
		}
		if exc != nil {
			return runtime.Value{}, exc
		}
		return runtime.None, nil
	}
	if e := send(); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_killpg(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pg, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	sig, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Kill(-int(pg), syscall.Signal(sig)); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_waitpid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	opts, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if exc := awaitChild(int(pid), opts); exc != nil {
		return runtime.Value{}, exc
	}
	var ws syscall.WaitStatus
	var r int
	e := retry(func() (e error) {
		r, e = syscall.Wait4(int(pid), &ws, opts, nil)
		return e
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.TupleValue(runtime.Int(int64(r)), runtime.Int(int64(ws))), nil
}

func posix_wait(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return posix_waitpid(runtime.Value{}, []runtime.Value{runtime.Int(-1), runtime.Int(0)})
}

// statusFn makes one of the W* macros.
func statusFn(f func(s uint32) int64, isBool bool) runtime.MethodFunc {
	return func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		n, err := fdArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		r := f(uint32(n))
		if isBool {
			return runtime.Bool(r != 0), nil
		}
		return runtime.Int(r), nil
	}
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

var statusMacros = []runtime.Method{
	{Name: "WIFEXITED", Sig: "status", Fn: statusFn(func(s uint32) int64 { return b2i(s&0x7f == 0) }, true)},
	{Name: "WEXITSTATUS", Sig: "status", Fn: statusFn(func(s uint32) int64 { return int64(s>>8) & 0xff }, false)},
	{Name: "WIFSIGNALED", Sig: "status", Fn: statusFn(func(s uint32) int64 { return b2i(int8((s&0x7f)+1)>>1 > 0) }, true)},
	{Name: "WTERMSIG", Sig: "status", Fn: statusFn(func(s uint32) int64 { return int64(s & 0x7f) }, false)},
	{Name: "WIFSTOPPED", Sig: "status", Fn: statusFn(func(s uint32) int64 { return b2i(s&0xff == 0x7f) }, true)},
	{Name: "WSTOPSIG", Sig: "status", Fn: statusFn(func(s uint32) int64 { return int64(s>>8) & 0xff }, false)},
	{Name: "WIFCONTINUED", Sig: "status", Fn: statusFn(func(s uint32) int64 { return b2i(s == 0xffff) }, true)},
	{Name: "WCOREDUMP", Sig: "status, /", Fn: statusFn(func(s uint32) int64 { return b2i(s&0x80 != 0) }, true)},
}

func posix_waitstatus_to_exitcode(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	s := uint32(n)
	switch {
	case s&0x7f == 0:
		return runtime.Int(int64(s>>8) & 0xff), nil
	case int8((s&0x7f)+1)>>1 > 0:
		return runtime.Int(-int64(s & 0x7f)), nil
	case s&0xff == 0x7f:
		return runtime.Value{}, runtime.NewValueError("process stopped by delivery of signal %d", (s>>8)&0xff)
	}
	return runtime.Value{}, runtime.NewValueError("invalid wait status: %d", int32(s))
}

// maxRandom bounds urandom and getrandom: a larger request raises
// MemoryError instead of exhausting memory.
const maxRandom = 1 << 30

func posix_urandom(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 0 {
		return runtime.Value{}, runtime.NewValueError("negative argument not allowed")
	}
	if n > maxRandom {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.ExceptionTypeByName("MemoryError"), "")
	}
	b := make([]byte, n)
	if e := runtime.ReadRandom(b); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewBytes(b), nil
}

func posix_strerror(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(runtime.Strerror(n)), nil
}

// clockTicks is sysconf(_SC_CLK_TCK), 100 on Linux.
const clockTicks = 100

var startTime = time.Now()

func posix_times(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var t syscall.Tms
	ticks, e := syscall.Times(&t)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	f := func(x int64) runtime.Value { return runtime.Float(float64(x) / clockTicks) }
	return runtime.NewStructSeq(timesResultType, []runtime.Value{f(t.Utime), f(t.Stime), f(t.Cutime), f(t.Cstime),
		f(int64(ticks))}), nil
}

func utsString(b [65]int8) string {
	n := 0
	for n < len(b) && b[n] != 0 {
		n++
	}
	s := make([]byte, n)
	for i := range s {
		s[i] = byte(b[i])
	}
	return string(s)
}

func posix_uname(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var u syscall.Utsname
	if e := syscall.Uname(&u); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewStructSeq(unameResultType, []runtime.Value{fsdecode(utsString(u.Sysname)),
		fsdecode(utsString(u.Nodename)), fsdecode(utsString(u.Release)), fsdecode(utsString(u.Version)),
		fsdecode(utsString(u.Machine))}), nil
}

// affinity returns the CPUs pid may run on.
func affinity(pid int) ([]int, error) {
	var mask [1024 / 64]uint64
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(pid), unsafe.Sizeof(mask), uintptr(unsafe.Pointer(&mask)))
	if e != 0 {
		return nil, e
	}
	var cpus []int
	for i, w := range mask {
		for b := 0; b < 64; b++ {
			if w&(1<<b) != 0 {
				cpus = append(cpus, i*64+b)
			}
		}
	}
	return cpus, nil
}

func posix_sched_getaffinity(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	cpus, e := affinity(int(pid))
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	s := runtime.NewSet()
	for _, c := range cpus {
		if err := s.Add(runtime.Int(int64(c))); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.ValueOf(s), nil
}

// cpuCount is the number of configured processors, as sysconf's
// _SC_NPROCESSORS_CONF reads it from /sys.
func cpuCount() int {
	if ents, err := os.ReadDir("/sys/devices/system/cpu"); err == nil {
		n := 0
		for _, e := range ents {
			name := e.Name()
			if len(name) > 3 && name[:3] == "cpu" && name[3] >= '0' && name[3] <= '9' {
				n++
			}
		}
		if n > 0 {
			return n
		}
	}
	return 0
}

func posix_cpu_count(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if n := cpuCount(); n > 0 {
		return runtime.Int(int64(n)), nil
	}
	return runtime.None, nil
}

func posix_getloadavg(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var info syscall.Sysinfo_t
	if e := syscall.Sysinfo(&info); e != nil {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "Load averages are unobtainable")
	}
	f := func(x uint64) runtime.Value { return runtime.Float(float64(x) / 65536) }
	return runtime.TupleValue(f(info.Loads[0]), f(info.Loads[1]), f(info.Loads[2])), nil
}

// winsize is struct winsize of TIOCGWINSZ.
type winsize struct{ row, col, xpixel, ypixel uint16 }

func posix_get_terminal_size(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd := 1
	if !a[0].IsNull() {
		n, err := fdArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		fd = n
	}
	var w winsize
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&w)))
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewStructSeq(terminalSizeType, []runtime.Value{runtime.Int(int64(w.col)), runtime.Int(int64(w.row))}), nil
}
