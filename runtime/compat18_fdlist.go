// This file closes the descriptors that only garbage holds before a
// program lists its own descriptor table (os.listdir("/proc/self/fd"),
// test.support.os_helper.fd_count). In CPython a file, or an object whose
// __del__ closes one (a ZipFile, a Popen's pipes), is closed the moment
// its last reference goes, so the count a program takes reflects only what
// it still holds. Krait closes such files when Go next collects them, at a
// point unrelated to the program: test_zipfile's test_many_opens counted
// 11 descriptors, then the files earlier tests had dropped were closed by
// a collection inside the test, and it counted 9. Collecting first makes
// the count what CPython reports.

package runtime

import (
	"os"
	"strconv"
)

// fdListRounds bounds the collections one listing runs: a file held by
// an object with __del__ is closed a round after that object dies.
const fdListRounds = 8

// IsOwnFdDir reports whether path names this process's descriptor table.
func IsOwnFdDir(path string) bool {
	switch path {
	case "/proc/self/fd", "/proc/self/fd/", "/dev/fd", "/dev/fd/":
		return true
	}
	own := "/proc/" + strconv.Itoa(os.Getpid()) + "/fd"
	return path == own || path == own+"/"
}

// CloseDroppedFiles runs Go collections and the finalizers they make due
// (__del__ methods, the io layer's closing of dead files) until a round
// finds nothing, without gc.collect's cycle pass: CPython's reference
// counts do not free cycles either. Before the first collection of the
// run it does nothing: nothing was closed late yet, and a collection
// would create the netpoller's two descriptors (mem12_netpoll.go), which
// a fresh CPython process does not have.
func CloseDroppedFiles() {
	if !netpollPlaced.Load() {
		return
	}
	runDelFlushHooks()
	clearIdleState()
	for round := 0; round < fdListRounds; round++ {
		if n, ran := collectRound(); n == 0 && !ran {
			return
		}
	}
}

// HideRuntimeFds drops from a listing of this process's descriptor table
// the descriptors the Go runtime made for itself once the netpoller was
// placed (its epoll and eventfd, and the interrupt eventfd made with
// them, all at 256 and up): a CPython process has none of them, and the
// first collection of a run, which places them, happens at a moment
// unrelated to the program.
func HideRuntimeFds(names []string) []string {
	if !netpollPlaced.Load() {
		return names
	}
	kept := names[:0]
	for _, n := range names {
		fd, err := strconv.Atoi(n)
		if err == nil && (fd == netpollFds[0] || fd == netpollFds[1] || fd == interruptFd) {
			continue
		}
		kept = append(kept, n)
	}
	return kept
}
