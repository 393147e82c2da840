// This file defines posix_spawn and posix_spawnp over syscall.ForkExec:
// the file actions become ForkExec's descriptor table (opens happen in the
// parent, on descriptors the child receives), setpgroup and setsid map to
// SysProcAttr, setsigdef resets ignored signals in the child and
// setsigmask is the forking thread's mask meanwhile; schedulers are
// accepted and not applied.

package posix

import (
	"os"
	ossignal "os/signal"
	goruntime "runtime"
	"strings"
	"syscall"
	"unsafe"

	"krait/runtime"
)

// Tags of posix_spawn's file_actions.
const (
	spawnOpen  = 0
	spawnClose = 1
	spawnDup2  = 2
)

// spawnTable is the child's descriptor table being built: table[i] is the
// parent descriptor the child has as i, or -1 for none. Descriptors no
// action touched keep the parent's close-on-exec flag.
type spawnTable struct {
	table  []int
	set    []bool // whether an action set the entry
	opened []int  // descriptors opened for the child, closed after
}

func newSpawnTable() *spawnTable {
	t := &spawnTable{}
	t.grow(3)
	return t
}

// grow extends the table to n entries, each the parent's descriptor of
// the same number if it is open.
func (t *spawnTable) grow(n int) {
	for i := len(t.table); i < n; i++ {
		fd := -1
		if _, err := fcntl(i, syscall.F_GETFD, 0); err == nil {
			fd = i
		}
		t.table = append(t.table, fd)
		t.set = append(t.set, false)
	}
}

// files is ForkExec's table: untouched close-on-exec descriptors close.
func (t *spawnTable) files() []uintptr {
	files := make([]uintptr, len(t.table))
	for i, fd := range t.table {
		if !t.set[i] && fd >= 0 {
			if f, err := fcntl(fd, syscall.F_GETFD, 0); err != nil || f&syscall.FD_CLOEXEC != 0 {
				fd = -1
			}
		}
		files[i] = uintptr(fd)
	}
	return files
}

func (t *spawnTable) release() {
	for _, fd := range t.opened {
		syscall.Close(fd)
	}
}

// action applies one file action tuple.
func (t *spawnTable) action(v runtime.Value) *runtime.Exception {
	tup, ok := v.TryTuple()
	if !ok || tup.Len() == 0 {
		return runtime.NewTypeError("Each file_actions element must be a non-empty tuple")
	}
	items := tup.Items()
	tag, err := fdArg(items[0])
	if err != nil {
		return err
	}
	ints := func(want int, what string) ([]int, *runtime.Exception) {
		if len(items) != want {
			return nil, runtime.NewTypeError("A %s file_action tuple must have %d elements", what, want)
		}
		out := make([]int, 0, want-1)
		for _, x := range items[1:] {
			n, err := fdArg(x)
			if err != nil {
				return nil, err
			}
			out = append(out, n)
		}
		return out, nil
	}
	switch tag {
	case spawnClose:
		n, err := ints(2, "close")
		if err != nil {
			return err
		}
		t.grow(n[0] + 1)
		t.table[n[0]], t.set[n[0]] = -1, true
	case spawnDup2:
		n, err := ints(3, "dup2")
		if err != nil {
			return err
		}
		t.grow(max(n[0], n[1]) + 1)
		if t.table[n[0]] < 0 {
			return osError(syscall.EBADF)
		}
		t.table[n[1]], t.set[n[1]] = t.table[n[0]], true
	case spawnOpen:
		if len(items) != 5 {
			return runtime.NewTypeError("An open file_action tuple must have 5 elements")
		}
		fd, err := fdArg(items[1])
		if err != nil {
			return err
		}
		p, err := convertPath(items[2], pathOpts{fn: "posix_spawn"})
		if err != nil {
			return err
		}
		flags, err := fdArg(items[3])
		if err != nil {
			return err
		}
		mode, err := modeArg(items[4], 0)
		if err != nil {
			return err
		}
		f, e := syscall.Open(p.name, flags|syscall.O_CLOEXEC, mode)
		if e != nil {
			return pathError(e, p)
		}
		t.opened = append(t.opened, f)
		t.grow(fd + 1)
		t.table[fd], t.set[fd] = f, true
	default:
		return runtime.NewTypeError("Unknown file_actions identifier")
	}
	return nil
}

// lookPath finds file on the parent's PATH as execvp does.
func lookPath(file string) string {
	if strings.Contains(file, "/") {
		return file
	}
	path, ok := os.LookupEnv("PATH")
	if !ok {
		path = "/bin:/usr/bin"
	}
	for _, dir := range strings.Split(path, ":") {
		if dir == "" {
			dir = "."
		}
		cand := dir + "/" + file
		var st syscall.Stat_t
		if syscall.Stat(cand, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG && syscall.Access(cand, 1) == nil {
			return cand
		}
	}
	return file
}

func spawn(fn string, a []runtime.Value, search bool) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: fn})
	if err != nil {
		return runtime.Value{}, err
	}
	_, isTuple := a[1].TryTuple()
	_, isList := a[1].TryList()
	if !isTuple && !isList {
		return runtime.Value{}, runtime.NewTypeError("%s: argv must be a tuple or list", fn)
	}
	if n, _ := runtime.Len(a[1]); n == 0 {
		return runtime.Value{}, runtime.NewValueError("%s: argv must not be empty", fn)
	}
	argv, err := execArgs(a[1], fn)
	if err != nil {
		return runtime.Value{}, err
	}
	if _, err := runtime.GetAttrString(a[2], "keys"); err != nil {
		return runtime.Value{}, runtime.NewTypeError("%s: environment must be a mapping object", fn)
	}
	env, err := execEnv(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	t := newSpawnTable()
	defer t.release()
	if !a[3].IsNull() && !a[3].IsNone() {
		it, err := runtime.Iter(a[3])
		if err != nil {
			return runtime.Value{}, err
		}
		for {
			x, err := runtime.Next(it)
			if err != nil {
				return runtime.Value{}, err
			}
			if x.IsNull() {
				break
			}
			if err := t.action(x); err != nil {
				return runtime.Value{}, err
			}
		}
	}
	sys := &syscall.SysProcAttr{}
	if !a[4].IsNull() && !a[4].IsNone() {
		pg, err := fdArg(a[4])
		if err != nil {
			return runtime.Value{}, err
		}
		sys.Setpgid, sys.Pgid = true, pg
	}
	if !a[5].IsNull() {
		if _, err := runtime.IndexInt64(a[5], ""); err != nil { // resetids is an int
			return runtime.Value{}, err
		}
	}
	if sys.Setsid, err = boolArg(a[6], false); err != nil {
		return runtime.Value{}, err
	}
	sigmask, err := checkSignals(a[7])
	if err != nil {
		return runtime.Value{}, err
	}
	sigdef, err := checkSignals(a[8])
	if err != nil {
		return runtime.Value{}, err
	}
	defer catchIgnoredSignals(sigdef)()
	if !a[7].IsNull() {
		defer childSignalMask(sigmask)()
	}
	files := t.files()
	path := p.name
	if search {
		path = lookPath(path)
	}
	env = runtime.MarkClosedStdFds(env, path, func(fd int) bool { return fd >= len(files) || files[fd] == ^uintptr(0) })
	pid, e := syscall.ForkExec(path, argv, &syscall.ProcAttr{Env: env, Files: files, Sys: sys})
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.Int(int64(pid)), nil
}

// nsig is signal.NSIG on Linux.
const nsig = 65

// checkSignals validates a setsigmask/setsigdef argument (an iterable of
// signal numbers) and returns its signals.
func checkSignals(v runtime.Value) ([]syscall.Signal, *runtime.Exception) {
	if v.IsNull() {
		return nil, nil
	}
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, err
	}
	var sigs []syscall.Signal
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return sigs, nil
		}
		n, err := runtime.IndexInt64(x, "")
		if err != nil {
			return nil, err
		}
		if n < 1 || n >= nsig {
			return nil, runtime.NewValueError("signal number %d out of range [1; %d]", n, nsig-1)
		}
		sigs = append(sigs, syscall.Signal(n))
	}
}

// catchIgnoredSignals gives setsigdef's signals their default action in
// the child. syscall.ForkExec's child keeps the signals its parent ignores
// and resets those Go catches, so the ignored ones among sigs are caught
// (into a channel never read, which drops them, as ignoring does) while
// the child starts; the returned function ignores them again.
func catchIgnoredSignals(sigs []syscall.Signal) func() {
	var switched []os.Signal
	for _, s := range sigs {
		if ossignal.Ignored(s) {
			switched = append(switched, s)
		}
	}
	if len(switched) == 0 {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	ossignal.Notify(ch, switched...)
	return func() { ossignal.Ignore(switched...) }
}

// ThreadSignalMask, set by the signal module, returns the signals the
// calling Python thread blocked with pthread_sigmask (Krait emulates the
// mask; the kernel's stays open for Go).
var ThreadSignalMask func() []syscall.Signal

// InheritSignalMask gives the child that syscall.ForkExec starts next the
// calling thread's emulated mask, as a child started by CPython takes its
// thread's (multiprocessing's resource tracker is started with SIGINT and
// SIGTERM blocked so that they cannot end it before it ignores them); the
// returned function undoes it.
func InheritSignalMask() func() {
	if ThreadSignalMask == nil {
		return func() {}
	}
	sigs := ThreadSignalMask()
	if len(sigs) == 0 {
		return func() {}
	}
	return childSignalMask(sigs)
}

// childSignalMask makes sigs the signal mask of the child ForkExec starts:
// the child takes the mask of the thread that forks, so the calling
// goroutine is locked to its thread and the thread's mask set to sigs
// until the returned function restores it.
func childSignalMask(sigs []syscall.Signal) func() {
	var set, old uint64
	for _, s := range sigs {
		set |= 1 << (uint(s) - 1)
	}
	goruntime.LockOSThread()
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 2 /* SIG_SETMASK */, uintptr(unsafe.Pointer(&set)), uintptr(unsafe.Pointer(&old)), 8, 0, 0)
	return func() {
		syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 2, uintptr(unsafe.Pointer(&old)), 0, 8, 0, 0)
		goruntime.UnlockOSThread()
	}
}

const spawnSig = "path, argv, env, /, *, file_actions=, setpgroup=, resetids=, setsid=, setsigmask=, setsigdef=, scheduler="

func posix_posix_spawn(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return spawn("posix_spawn", a, false)
}

func posix_posix_spawnp(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return spawn("posix_spawnp", a, true)
}

// fdClosed reports whether fd is closed in this process: exec passes that
// on to a Krait child (runtime.MarkClosedStdFds).
func fdClosed(fd int) bool {
	_, err := fcntl(fd, syscall.F_GETFD, 0)
	return err == syscall.EBADF
}
