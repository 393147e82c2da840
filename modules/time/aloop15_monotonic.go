// This file reads CLOCK_MONOTONIC through Go's runtime, which calls
// clock_gettime in the vDSO as CPython's C library does, instead of a
// real system call: the event loop reads time.monotonic() on every turn
// (loop.time()), and the system call, with Go's entersyscall/exitsyscall
// around it, made it ~7x CPython's cost.

package time

import _ "unsafe" // go:linkname

// nanotime is the Go runtime's CLOCK_MONOTONIC reading in nanoseconds
// (Linux: clock_gettime(CLOCK_MONOTONIC) through the vDSO).
//
//go:linkname nanotime runtime.nanotime
func nanotime() int64
