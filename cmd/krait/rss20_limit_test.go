// This file tests KRAIT_GCLIMIT's memory limit (rss20_limit.go).

package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestGCLimiter checks that the limiter is off by default, and when on
// sets the limit to the goal plus two tenths of the headroom plus the
// memory outside the heap (under 64 MiB in a test binary).
func TestGCLimiter(t *testing.T) {
	defer debug.SetMemoryLimit(math.MaxInt64)
	t.Setenv("KRAIT_GCLIMIT", "")
	if l := newGCLimiter(); l.on {
		t.Fatal("limiter on without KRAIT_GCLIMIT")
	}
	newGCLimiter().set(1<<20, 1<<20)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Fatalf("limiter off set the limit to %d", got)
	}
	t.Setenv("KRAIT_GCLIMIT", "1")
	const goal, head = 40 << 20, 30 << 20
	newGCLimiter().set(goal, head)
	got := debug.SetMemoryLimit(-1)
	if lo, hi := int64(goal+head/5), int64(goal+head/5+64<<20); got < lo || got > hi {
		t.Errorf("limit %d MiB, want between %d and %d MiB", got>>20, lo>>20, hi>>20)
	}
}
