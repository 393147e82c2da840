// Under the race detector the ticker (mem11_gctick.go) cannot run: its
// atomic operations call into the race runtime, which needs a P. The
// driver then keeps its polling goroutine.

//go:build race

package runtime

import "syscall"

var gcTickSleep = syscall.Timespec{Nsec: 1e6}

func startGCTicker() bool { return false }
