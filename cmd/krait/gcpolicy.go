// This file defines Krait's garbage-collector policy: a heap goal with a floor.
// Go's GOGC alone sets the next heap goal to a multiple of the live heap, which for
// a Python program (a few MB live, allocating hundreds of MB of short-lived
// objects) means a collection every few MB allocated. The policy keeps the goal
// at max(floor, ratio x live heap): small-heap programs collect rarely, large-heap
// programs behave as with GOGC=(ratio-1)*100. bench/RESULTS.md (notes) has the
// measurements that chose the numbers.

package main

import (
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
)

// Default policy: see bench/RESULTS.md notes for the table behind them.
const (
	gcFloorDefault = 32 << 20 // bytes: the smallest heap goal
	gcRatioDefault = 3        // heap goal as a multiple of the live heap (GOGC=200)
	goMinHeap      = 4 << 20  // the Go runtime's heap goal at GOGC=100 before any collection
)

// gcPolicy is the state of the per-cycle hook.
type gcPolicy struct {
	floor   uint64
	ratio   uint64
	percent int
	sample  []metrics.Sample
}

// tuneGC installs the policy unless the user set GOGC (which then rules alone).
// KRAIT_GCFLOOR (MiB) and KRAIT_GCRATIO override the defaults, for measurement;
// KRAIT_GCFLOOR=0 gives plain GOGC=(ratio-1)*100.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	p := &gcPolicy{floor: gcFloorDefault, ratio: gcRatioDefault}
	if v, err := strconv.ParseUint(os.Getenv("KRAIT_GCFLOOR"), 10, 32); err == nil {
		p.floor = v << 20
	}
	if v, err := strconv.ParseUint(os.Getenv("KRAIT_GCRATIO"), 10, 32); err == nil && v >= 2 {
		p.ratio = v
	}
	base := int(p.ratio-1) * 100
	if p.floor == 0 {
		debug.SetGCPercent(base)
		return
	}
	// Before the first collection Go's goal is goMinHeap*GOGC/100: make it the floor.
	p.percent = max(base, int(p.floor*100/goMinHeap))
	debug.SetGCPercent(p.percent)
	p.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	p.arm()
}

// gcSentinel is an object whose only purpose is to be collected: its finalizer
// runs once after each GC cycle. It is larger than the tiny-allocator limit so
// that it is freed on its own.
type gcSentinel struct{ _ [32]byte }

// arm allocates a new sentinel whose finalizer adjusts GOGC and re-arms.
func (p *gcPolicy) arm() {
	goruntime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
		p.adjust()
		p.arm()
	})
}

// adjust sets GOGC so that the next goal is max(floor, ratio x live).
func (p *gcPolicy) adjust() {
	metrics.Read(p.sample)
	if p.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := max(p.sample[0].Value.Uint64(), 1<<20)
	percent := int(p.ratio-1) * 100
	if live*p.ratio < p.floor {
		percent = int(p.floor*100/live) - 100
	}
	if percent != p.percent {
		p.percent = percent
		debug.SetGCPercent(percent)
	}
}
