// This file defines signal.signal in the child of os.fork. Package
// os/signal changes a signal's handling through a goroutine locked to a
// thread that a forked child does not have, so calling it there would block
// forever; the child sets SIG_DFL and SIG_IGN with rt_sigaction(2) directly
// and records Python handlers without a way to run them (docs/design/fork.md).

package signal

import (
	"runtime"
	"syscall"
	"unsafe"
)

// setDispositionInChild sets signal n to the default action (ignore
// false) or to be ignored.
func setDispositionInChild(n int, ignore bool) {
	var handler uintptr // SIG_DFL
	if ignore {
		handler = 1 // SIG_IGN
	}
	if runtime.GOARCH == "amd64" {
		// The kernel's struct sigaction on x86-64 has a restorer field.
		sa := struct{ handler, flags, restorer, mask uint64 }{handler: uint64(handler)}
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(n), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
		return
	}
	sa := struct{ handler, flags, mask uint64 }{handler: uint64(handler)}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(n), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}
