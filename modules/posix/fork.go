// This file defines os.fork, os.forkpty and os.register_at_fork over the
// raw fork of forkraw.go: the callbacks run in CPython's order (before in
// reverse registration order, after_in_parent and after_in_child in
// registration order, failures reported as unraisable), and the child's
// interpreter keeps only the forking thread (runtime.AfterForkChild).

package posix

import (
	"syscall"

	"krait/runtime"
)

// ChildSignals, set by the signal module, gives a forked child the kernel
// dispositions its Python handlers stand for (see forkWithHooks).
var ChildSignals func()

// The registered callbacks; the GIL guards them.
var atFork struct {
	before, afterParent, afterChild []runtime.Value
}

func posix_register_at_fork(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if a[0].IsNull() && a[1].IsNull() && a[2].IsNull() {
		return runtime.Value{}, runtime.NewTypeError("At least one argument is required.")
	}
	for i, name := range []string{"before", "after_in_child", "after_in_parent"} {
		if !a[i].IsNull() && (a[i].IsNone() || a[i].Type().Call == nil) {
			return runtime.Value{}, runtime.NewTypeError("'%s' must be callable, not %s", name, a[i].Type().Name)
		}
	}
	if !a[0].IsNull() {
		atFork.before = append(atFork.before, a[0])
	}
	if !a[1].IsNull() {
		atFork.afterChild = append(atFork.afterChild, a[1])
	}
	if !a[2].IsNull() {
		atFork.afterParent = append(atFork.afterParent, a[2])
	}
	return runtime.None, nil
}

// runAtFork calls the callbacks, in reverse for the before hooks; an
// exception is reported as unraisable and the next callback runs.
func runAtFork(fns []runtime.Value, reverse bool) {
	fns = append([]runtime.Value(nil), fns...)
	for i := range fns {
		f := fns[i]
		if reverse {
			f = fns[len(fns)-1-i]
		}
		if _, err := runtime.Call(f, nil, nil); err != nil {
			runtime.WriteUnraisable(err, "", f)
		}
	}
}

// forkWithHooks runs the before hooks, forks, and runs the after hooks on
// each side; childSetup runs in the child before its hooks.
func forkWithHooks(childSetup func() syscall.Errno) (int, *runtime.Exception) {
	runAtFork(atFork.before, true)
	if err := runtime.ImportLockForFork(); err != nil {
		return 0, err
	}
	pid, child, err := ForkProcess()
	if err != nil {
		runtime.ImportUnlockAfterFork()
		runAtFork(atFork.afterParent, false)
		return 0, osError(err)
	}
	if child {
		runtime.AfterForkChild()
		if ChildSignals != nil {
			ChildSignals()
		}
		if childSetup != nil {
			if e := childSetup(); e != 0 {
				syscall.RawSyscall(syscall.SYS_EXIT_GROUP, 1, 0, 0)
			}
		}
		runAtFork(atFork.afterChild, false)
		return 0, nil
	}
	runtime.ImportUnlockAfterFork()
	runAtFork(atFork.afterParent, false)
	return pid, nil
}

// ForkWithHooks is os.fork() for _posixsubprocess's preexec_fn path
// (CPython's PyOS_BeforeFork, fork, PyOS_AfterFork_*): it returns 0 in the
// child, which then runs Python code, and the child's pid in the parent.
func ForkWithHooks() (int, *runtime.Exception) { return forkWithHooks(nil) }

func posix_fork(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := forkWithHooks(nil)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(pid)), nil
}

// posix_forkpty opens a pseudo-terminal and forks; the child makes the
// terminal its controlling terminal and standard streams in a new session.
func posix_forkpty(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	fds, err := posix_openpty(self, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	master := int(fds.AsTuple().Items()[0].SmallInt())
	slave := int(fds.AsTuple().Items()[1].SmallInt())
	pid, err := forkWithHooks(func() syscall.Errno {
		syscall.Close(master)
		if _, e := syscall.Setsid(); e != nil {
			return e.(syscall.Errno)
		}
		if _, _, e := syscall.RawSyscall(syscall.SYS_IOCTL, uintptr(slave), syscall.TIOCSCTTY, 0); e != 0 {
			return e
		}
		for fd := 0; fd < 3; fd++ {
			if e := syscall.Dup3(slave, fd, 0); e != nil {
				return e.(syscall.Errno)
			}
		}
		if slave > 2 {
			syscall.Close(slave)
		}
		return 0
	})
	if err != nil {
		syscall.Close(master)
		syscall.Close(slave)
		return runtime.Value{}, err
	}
	if pid == 0 {
		return runtime.TupleValue(runtime.Int(0), runtime.Int(-1)), nil
	}
	syscall.Close(slave)
	return runtime.TupleValue(runtime.Int(int64(pid)), runtime.Int(int64(master))), nil
}
