// This file carries the standard descriptors a child Krait starts without.
// CPython sets sys.stdin (stdout, stderr) to None when its descriptor is
// closed at start-up, but Go's runtime opens /dev/null on a closed 0, 1 or
// 2 before any of Krait's code runs (runtime.checkfds), so the child
// cannot see it was closed. When Krait itself execs Krait with one of them
// closed (posix_spawn's close action, a preexec_fn that closes it), it
// names them in the child's environment, and the child's io module closes
// them again and leaves the stream None.

package runtime

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// ClosedStdFdsEnv is the environment variable naming the closed
// descriptors, "0,2" say; the child removes it from its environment.
const ClosedStdFdsEnv = "KRAIT_CLOSED_STDFDS"

// MarkClosedStdFds returns env with ClosedStdFdsEnv added when exe is this
// Krait executable and closed(fd) reports one of 0, 1 and 2 closed in the
// child; otherwise env unchanged (another program sees no extra variable).
func MarkClosedStdFds(env []string, exe string, closed func(fd int) bool) []string {
	var fds []string
	for fd := 0; fd < 3; fd++ {
		if closed(fd) {
			fds = append(fds, strconv.Itoa(fd))
		}
	}
	if len(fds) == 0 || !isSelfExecutable(exe) {
		return env
	}
	out := make([]string, 0, len(env)+1)
	for _, kv := range env {
		if !strings.HasPrefix(kv, ClosedStdFdsEnv+"=") {
			out = append(out, kv)
		}
	}
	return append(out, ClosedStdFdsEnv+"="+strings.Join(fds, ","))
}

// isSelfExecutable reports whether path names the running executable.
func isSelfExecutable(path string) bool {
	a, err := os.Stat(path)
	if err != nil {
		return false
	}
	b, err := os.Stat("/proc/self/exe")
	return err == nil && os.SameFile(a, b)
}

// StdFdClosed reports whether fd (0, 1 or 2) was closed when the process
// started: the parent Krait said so and fd is what Go's runtime put there,
// /dev/null opened for reading and writing. The first call takes the
// variable out of the environment.
func StdFdClosed(fd int) bool {
	closedStdOnce()
	return fd >= 0 && fd < 3 && closedStd[fd]
}

var (
	closedStd     [3]bool
	closedStdRead bool
)

// The variable leaves the environment before the posix module copies it
// into os.environ.
func init() { closedStdOnce() }

func closedStdOnce() {
	if closedStdRead {
		return
	}
	closedStdRead = true
	v, ok := syscall.Getenv(ClosedStdFdsEnv)
	if !ok {
		return
	}
	syscall.Unsetenv(ClosedStdFdsEnv)
	for _, f := range strings.Split(v, ",") {
		if fd, err := strconv.Atoi(f); err == nil && fd >= 0 && fd < 3 && isOpenedDevNull(fd) {
			closedStd[fd] = true
		}
	}
}

// isOpenedDevNull reports whether fd is /dev/null (character device 1, 3)
// open for reading and writing, as Go's runtime opens it.
func isOpenedDevNull(fd int) bool {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFCHR || st.Rdev != 1<<8|3 {
		return false
	}
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	return e == 0 && fl&syscall.O_ACCMODE == syscall.O_RDWR
}
