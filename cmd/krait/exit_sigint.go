// This file defines how krait ends after an uncaught KeyboardInterrupt:
// as CPython 3.8+ (bpo-1054041), by killing itself with SIGINT under the
// default disposition, so that a parent shell or subprocess sees "killed
// by SIGINT" (return code -2), with 130 as the fallback status.

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// unhandledKeyboardInterrupt is set when the program ended with an
// uncaught KeyboardInterrupt (reportUncaught).
var unhandledKeyboardInterrupt bool

// exitStatus exits with status, or through SIGINT when status reports an
// uncaught KeyboardInterrupt.
func exitStatus(status int) {
	if unhandledKeyboardInterrupt && status == 130 {
		// Notify reinstalls Go's handler (undoing a SIG_IGN), Reset
		// drops the subscription: the signal then takes its default action.
		signal.Notify(make(chan os.Signal, 1), syscall.SIGINT)
		signal.Reset(syscall.SIGINT)
		if syscall.Kill(os.Getpid(), syscall.SIGINT) == nil {
			time.Sleep(time.Second) // the signal ends the process
		}
	}
	os.Exit(status)
}
