// This file defines how os.waitpid and os.wait4 block: a child that has
// not exited yet is waited for with waitid(WNOWAIT), which reaps nothing,
// so that a signal handler raising during the wait (Ctrl-C while
// subprocess.wait blocks) ends it as EINTR ends CPython's (PEP 475).

package posix

import (
	"syscall"
	"unsafe"

	"krait/runtime"
)

// waitid's id types and its WNOWAIT flag.
const (
	pAll    = 0
	pPid    = 1
	pPgid   = 2
	wExited = 4
	wNoWait = 0x01000000
)

// awaitChild waits, interruptibly, until a child that waitpid(pid, options)
// would report is waitable. It returns nil without waiting when options
// has WNOHANG or asks for stopped/continued children too.
func awaitChild(pid, options int) *runtime.Exception {
	if options != 0 {
		return nil
	}
	idtype, id := pPid, pid
	switch {
	case pid == -1:
		idtype, id = pAll, 0
	case pid == 0:
		idtype, id = pPgid, syscall.Getpgrp()
	case pid < -1:
		idtype, id = pPgid, -pid
	}
	var info [128]byte // siginfo_t
	return runtime.WaitInterruptible(func() {
		for {
			_, _, e := syscall.Syscall6(syscall.SYS_WAITID, uintptr(idtype), uintptr(id),
				uintptr(unsafe.Pointer(&info[0])), wExited|wNoWait, 0, 0)
			if e != syscall.EINTR {
				return // wait4 reports any error
			}
		}
	})
}
