// This file defines KRAIT_GCLIMIT (opt-in, for measurement): a soft
// memory limit a little above each cycle's heap goal.
//
// Why: a fast allocator's heap can pass the goal while a cycle marks:
// bigint (2 GB/s) on a loaded machine reached 66.9 MiB of heap objects at
// its peak against a 45.4 MiB goal (KRAIT_MEMSTATS, rss20_peak.go), the
// mark taking 50-150 ms of wall time. Go's pacer lets the heap overshoot;
// under a memory limit it makes the allocating goroutine assist the mark
// harder instead. The mark work is the same, so the cost is the
// program's time spent assisting rather than more cycles. The limit is
// the goal plus gcLimitSlack tenths of the headroom plus the memory that
// is not heap (metadata, stacks), so an ordinary cycle never meets it.

package main

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
)

// gcLimitSlack is the margin above the goal, in tenths of the headroom.
const gcLimitSlack = 2

// gcLimiter sets the memory limit after each cycle when on.
type gcLimiter struct {
	on     bool
	sample []metrics.Sample
}

// newGCLimiter returns a limiter, on if KRAIT_GCLIMIT=1.
func newGCLimiter() *gcLimiter {
	l := &gcLimiter{}
	if v, ok := envUint("KRAIT_GCLIMIT"); !ok || v != 1 {
		return l
	}
	l.on = true
	names := []string{
		"/memory/classes/total:bytes",
		"/memory/classes/heap/released:bytes",
		"/memory/classes/heap/objects:bytes",
		"/memory/classes/heap/unused:bytes",
		"/memory/classes/heap/free:bytes",
	}
	l.sample = make([]metrics.Sample, len(names))
	for i, n := range names {
		l.sample[i].Name = n
	}
	return l
}

// set makes the limit goal + slack x head + the memory outside the heap.
func (l *gcLimiter) set(goal, head uint64) {
	if l == nil || !l.on {
		return
	}
	metrics.Read(l.sample)
	var v [5]uint64
	for i := range v {
		if l.sample[i].Value.Kind() == metrics.KindUint64 {
			v[i] = l.sample[i].Value.Uint64()
		}
	}
	heap := v[2] + v[3] + v[4]
	other := uint64(0)
	if v[0] > v[1]+heap {
		other = v[0] - v[1] - heap
	}
	limit := goal + gcLimitSlack*head/10 + other
	debug.SetMemoryLimit(int64(min(limit, math.MaxInt64)))
}
