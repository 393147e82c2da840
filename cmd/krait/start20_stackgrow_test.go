// This file tests growStack's size (stackgrow.go): the stack it leaves is
// 128 KB, not the 256 KB that one frame of padding too many doubled it to.

package main

import (
	"runtime/metrics"
	"testing"
)

// stackBytes reads the bytes of stack memory the Go runtime holds.
func stackBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/stacks:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestGrowStackSize grows a fresh goroutine's stack, which then holds it
// while the stack memory is measured.
func TestGrowStackSize(t *testing.T) {
	grown, release := make(chan uint64), make(chan struct{})
	before := stackBytes()
	go func() {
		growStack(1)
		grown <- stackBytes()
		<-release
	}()
	after := <-grown
	close(release)
	// The 8 KB, 16 KB, 32 KB and 64 KB stacks it grew through may stay
	// cached: up to 128 KB + 120 KB, against 256 KB + 248 KB before.
	if d := after - before; d < 128<<10 || d >= 256<<10 {
		t.Errorf("stack memory grew by %d KB, want 128 KB to 256 KB", d>>10)
	}
}
