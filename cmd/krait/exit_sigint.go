// This file defines how krait ends after an uncaught KeyboardInterrupt:
// as CPython 3.8+ (bpo-1054041), by killing itself with SIGINT under the
// default disposition, so that a parent shell or subprocess sees "killed
// by SIGINT" (return code -2), with 130 as the fallback status.

package main

import (
	"os"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

// unhandledKeyboardInterrupt is set when the program ended with an
// uncaught KeyboardInterrupt (reportUncaught).
var unhandledKeyboardInterrupt bool

// exitStatus exits with status, or through SIGINT when status reports an
// uncaught KeyboardInterrupt.
func exitStatus(status int) {
	if unhandledKeyboardInterrupt && status == 130 {
		setDefaultSigint()
		if syscall.Kill(os.Getpid(), syscall.SIGINT) == nil {
			time.Sleep(time.Second) // the signal ends the process
		}
	}
	os.Exit(status)
}

// setDefaultSigint sets SIGINT's disposition to SIG_DFL with
// rt_sigaction(2) directly: package os/signal keeps a SIG_IGN the program
// set (it treats it as inherited), where CPython resets it.
func setDefaultSigint() {
	if runtime.GOARCH == "amd64" {
		// The kernel's struct sigaction on x86-64 has a restorer field.
		sa := struct{ handler, flags, restorer, mask uint64 }{}
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGINT), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
		return
	}
	sa := struct{ handler, flags, mask uint64 }{}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGINT), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}
