// This file defines fork_exec with a preexec_fn. The callable must run in
// the child between fork and exec, which syscall.ForkExec cannot do, so the
// process is forked as os.fork() forks it (the at-fork hooks run, as
// CPython's PyOS_BeforeFork/AfterFork do around this fork) and the child
// does the steps of CPython's child_exec in its order: descriptors, cwd,
// umask, signals, session, process group, credentials, preexec_fn,
// close_fds, then exec. A failure is written to errpipe_write in the format
// subprocess.py reads, and the child exits with status 255.

package posixsubprocess

import (
	"os"
	goruntime "runtime"
	"strconv"
	"syscall"
	"unsafe"

	"krait/modules/posix"
	"krait/runtime"
)

// preexecFailed is what CPython's child reports when preexec_fn raised; the
// exception itself is not sent (formatting it could deadlock in C).
const preexecFailed = "SubprocessError:0:Exception occurred in preexec_fn."

// forkExecPreexec forks; the parent returns the child's pid, the child
// never returns.
func (s *spec) forkExecPreexec() (runtime.Value, *runtime.Exception) {
	pid, err := posix.ForkWithHooks()
	if err != nil {
		return runtime.Value{}, err
	}
	if pid != 0 {
		return runtime.Int(int64(pid)), nil
	}
	// Credentials and the umask are per thread to the kernel: keep the
	// setup, the callable and the exec on one thread.
	goruntime.LockOSThread()
	if e := s.prepareChild(); e != 0 {
		s.report(e, true)
		exitChild()
	}
	if _, err := runtime.Call(s.preexec, nil, nil); err != nil {
		syscall.Write(s.errpipeW, []byte(preexecFailed))
		exitChild()
	}
	if s.closeFDs {
		s.closeOnExec()
	}
	s.report(s.execAll(), false)
	exitChild()
	return runtime.Value{}, nil
}

func exitChild() { syscall.RawSyscall(syscall.SYS_EXIT_GROUP, 255, 0, 0) }

// prepareChild sets up the child's descriptors and process attributes
// before preexec_fn, returning the first failure.
func (s *spec) prepareChild() syscall.Errno {
	p := s.pipes // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write
	for _, fd := range s.keep {
		if fd != s.errpipeW {
			if e := setCloexec(fd, false); e != 0 {
				return e
			}
		}
	}
	for _, fd := range []int{p[1], p[2], p[4], p[6]} { // the parent's ends
		if fd != -1 {
			if e := syscall.Close(fd); e != nil {
				return e.(syscall.Errno)
			}
		}
	}
	c2pwrite, errwrite, e := moveOffStdio(p[3], p[5])
	if e != 0 {
		return e
	}
	for i, fd := range []int{p[0], c2pwrite, errwrite} {
		if e := dupTo(fd, i); e != 0 {
			return e
		}
	}
	return s.setAttributes()
}

// moveOffStdio duplicates c2pwrite off descriptor 0 and errwrite off 0 and
// 1, so that putting the pipes at 0, 1, 2 does not overwrite them.
func moveOffStdio(c2pwrite, errwrite int) (int, int, syscall.Errno) {
	var err error
	if c2pwrite == 0 {
		if c2pwrite, err = syscall.Dup(c2pwrite); err != nil {
			return 0, 0, err.(syscall.Errno)
		}
		setCloexec(c2pwrite, true)
	}
	for errwrite == 0 || errwrite == 1 {
		if errwrite, err = syscall.Dup(errwrite); err != nil {
			return 0, 0, err.(syscall.Errno)
		}
		setCloexec(errwrite, true)
	}
	return c2pwrite, errwrite, 0
}

// dupTo makes fd the child's descriptor target (dup2, which clears
// close-on-exec; if fd is already there, clear it by hand).
func dupTo(fd, target int) syscall.Errno {
	switch {
	case fd == -1:
		return 0
	case fd == target:
		return setCloexec(fd, false)
	}
	if e := syscall.Dup3(fd, target, 0); e != nil {
		return e.(syscall.Errno)
	}
	return 0
}

func setCloexec(fd int, on bool) syscall.Errno {
	var flag uintptr
	if on {
		flag = syscall.FD_CLOEXEC
	}
	_, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, flag)
	return e
}

// setAttributes applies cwd, umask, restore_signals, setsid, the process
// group and the credentials, in child_exec's order.
func (s *spec) setAttributes() syscall.Errno {
	if s.hasCwd {
		if e := syscall.Chdir(s.cwd); e != nil {
			return e.(syscall.Errno)
		}
	}
	if s.umask >= 0 {
		syscall.Umask(s.umask)
	}
	if s.restoreSignals {
		for _, sig := range []syscall.Signal{syscall.SIGPIPE, syscall.SIGXFSZ} {
			posix.SetSignalDisposition(sig, false) // CPython's _Py_RestoreSignals
		}
	}
	if s.setsid {
		if _, _, e := syscall.RawSyscall(syscall.SYS_SETSID, 0, 0, 0); e != 0 {
			return e
		}
	}
	if s.pgid >= 0 {
		if _, _, e := syscall.RawSyscall(syscall.SYS_SETPGID, 0, uintptr(s.pgid), 0); e != 0 {
			return e
		}
	}
	return s.setCredentials()
}

// setCredentials sets the groups, gid and uid of this thread only (Go's
// syscall.Setuid would signal every thread the runtime lists, and threads
// of the parent are listed in a forked child); the exec follows on it.
func (s *spec) setCredentials() syscall.Errno {
	if s.hasGroups {
		var p unsafe.Pointer
		if len(s.groups) > 0 {
			p = unsafe.Pointer(&s.groups[0])
		}
		if _, _, e := syscall.RawSyscall(syscall.SYS_SETGROUPS, uintptr(len(s.groups)), uintptr(p), 0); e != 0 {
			return e
		}
	}
	if s.gid >= 0 {
		if _, _, e := syscall.RawSyscall(syscall.SYS_SETREGID, uintptr(s.gid), uintptr(s.gid), 0); e != 0 {
			return e
		}
	}
	if s.uid >= 0 {
		if _, _, e := syscall.RawSyscall(syscall.SYS_SETREUID, uintptr(s.uid), uintptr(s.uid), 0); e != 0 {
			return e
		}
	}
	return 0
}

// closeOnExec marks every descriptor from 3 up that is not kept
// close-on-exec: the effect of CPython's closing them before the exec,
// without closing the Go runtime's own descriptors under it.
func (s *spec) closeOnExec() {
	keep := map[int]bool{}
	for _, fd := range s.keep {
		keep[fd] = true
	}
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return
	}
	for _, e := range ents {
		if fd, err := strconv.Atoi(e.Name()); err == nil && fd >= 3 && !keep[fd] {
			setCloexec(fd, true)
		}
	}
}

// execAll tries each executable in turn and returns the error to report:
// the first that is not ENOENT or ENOTDIR, else the last.
func (s *spec) execAll() syscall.Errno {
	env := s.env
	if env == nil {
		env = syscall.Environ() // after preexec_fn, which may have changed it
	}
	var first, last syscall.Errno = 0, syscall.ENOENT
	for _, exe := range s.execs {
		env := runtime.MarkClosedStdFds(env, exe, fdClosed) // a Krait child learns which preexec_fn closed
		e, _ := syscall.Exec(exe, s.argv, env).(syscall.Errno)
		if e != syscall.ENOENT && e != syscall.ENOTDIR && first == 0 {
			first = e
		}
		last = e
	}
	if first != 0 {
		return first
	}
	return last
}

// fdClosed reports whether fd is closed in this process.
func fdClosed(fd int) bool {
	_, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	return e == syscall.EBADF
}
