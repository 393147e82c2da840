// This file defines Krait's garbage-collector policy: a heap goal with a floor
// that grows with the program's allocation rate.
// Go's GOGC alone sets the next heap goal to a multiple of the live heap, which for
// a Python program (a few MB live, allocating hundreds of MB of short-lived
// objects) means a collection every few MB allocated. The policy keeps the goal
// at max(floor, ratio x live heap). The floor starts small, so that programs
// which allocate little stay small, and doubles (up to a maximum) after a cycle
// whose estimated cost was a high share of the CPU time, so that programs
// which allocate fast collect rarely. bench/RESULTS.md (notes) has the
// measurements that chose the numbers.

package main

import (
	"fmt"
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"syscall"
)

// Default policy: see bench/RESULTS.md notes for the table behind them.
const (
	gcStartGoal    = 16 << 20 // bytes: the heap goal before the first collection
	gcFloorStart   = 8 << 20  // bytes: the floor after the first collection
	gcFloorMax     = 32 << 20 // bytes: the largest floor
	gcShareDefault = 4        // percent of CPU time in GC above which the floor doubles
	gcCostPerMB    = 1.1e-3   // CPU seconds a cycle costs the process per MiB of live heap
	gcRatioDefault = 3        // heap goal as a multiple of the live heap (GOGC=200)
	goMinHeap      = 4 << 20  // the Go runtime's heap goal at GOGC=100 before any collection
)

// gcPolicy is the state of the per-cycle hook.
type gcPolicy struct {
	start           uint64 // the heap goal before the first collection
	floor, maxFloor uint64
	ratio           uint64
	share           float64 // GC CPU share (0-1) above which the floor doubles
	percent         int
	sample          []metrics.Sample // the live heap
	lastCPU         float64          // process CPU seconds at the previous adjustment
	trace           bool
	dropGoal        uint64 // the heap goal when dropInitPages last ran
}

// tuneGC installs the policy unless the user set GOGC (which then rules alone).
// KRAIT_GCFLOOR (MiB) fixes the floor; KRAIT_GCFLOORMAX (MiB), KRAIT_GCSHARE
// (percent) and KRAIT_GCRATIO override the defaults, for measurement;
// KRAIT_GCFLOOR=0 gives plain GOGC=(ratio-1)*100; KRAIT_GCSTART (MiB) sets the
// first goal; KRAIT_GCTRACE=1 prints each cycle's estimate to stderr.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	p := &gcPolicy{start: gcStartGoal, floor: gcFloorStart, maxFloor: gcFloorMax, ratio: gcRatioDefault, share: gcShareDefault / 100.0}
	if v, ok := envUint("KRAIT_GCFLOOR"); ok {
		p.start, p.floor, p.maxFloor = v<<20, v<<20, v<<20
	}
	if v, ok := envUint("KRAIT_GCSTART"); ok {
		p.start = v << 20
	}
	if v, ok := envUint("KRAIT_GCFLOORMAX"); ok {
		p.maxFloor = max(v<<20, p.floor)
	}
	if v, ok := envUint("KRAIT_GCSHARE"); ok {
		p.share = float64(v) / 100
	}
	if v, ok := envUint("KRAIT_GCRATIO"); ok && v >= 2 {
		p.ratio = v
	}
	p.trace = os.Getenv("KRAIT_GCTRACE") != ""
	p.dropGoal = p.start
	base := int(p.ratio-1) * 100
	if p.floor == 0 {
		debug.SetGCPercent(base)
		return
	}
	// Before the first collection Go's goal is goMinHeap*GOGC/100: make it p.start.
	p.percent = max(base, int(p.start*100/goMinHeap))
	debug.SetGCPercent(p.percent)
	p.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	p.arm()
}

// envUint reads a non-negative integer environment variable.
func envUint(name string) (uint64, bool) {
	v, err := strconv.ParseUint(os.Getenv(name), 10, 32)
	return v, err == nil
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

// adjust raises the floor if the last cycles cost too much CPU and sets GOGC
// so that the next goal is max(floor, ratio x live).
func (p *gcPolicy) adjust() {
	metrics.Read(p.sample)
	if p.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	p.grow()
	live := max(p.sample[0].Value.Uint64(), 1<<20)
	percent := int(p.ratio-1) * 100
	if live*p.ratio < p.floor {
		percent = int(p.floor*100/live) - 100
	}
	if percent != p.percent {
		p.percent = percent
		debug.SetGCPercent(percent)
	}
	// The resident set peaks just before a collection: when the goal has
	// grown, take the executable's pages the program no longer uses out
	// of it (dropinit_linux.go).
	if goal := max(p.floor, live*p.ratio); goal >= p.dropGoal*5/4 {
		p.dropGoal = goal
		dropInitPages()
	}
}

// grow doubles the floor when the collections since the last adjustment
// cost more than p.share of the CPU time. A cycle's cost is estimated from
// the live heap it marked (gcCostPerMB), not read from the runtime's
// /cpu/classes metrics: those count wall time, so a loaded machine inflates
// them, and they miss the write barriers, assists and sweeping that the
// program itself pays (measured: a cycle costs the program about twice the
// collector's own CPU time). The first cycle only records the time: it
// usually falls in start-up, which allocates densely whatever the program.
func (p *gcPolicy) grow() {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return
	}
	cpu := float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
	interval := cpu - p.lastCPU
	first := p.lastCPU == 0
	p.lastCPU = cpu
	cost := float64(p.sample[0].Value.Uint64()) / (1 << 20) * gcCostPerMB
	if p.trace {
		fmt.Fprintf(os.Stderr, "gcpolicy: live %d KB, cycle cost %.2f ms per %.2f ms (%.1f%%), floor %d MB\n",
			p.sample[0].Value.Uint64()>>10, cost*1e3, interval*1e3, 100*cost/interval, p.floor>>20)
	}
	if !first && p.floor < p.maxFloor && cost > p.share*interval {
		p.floor = min(2*p.floor, p.maxFloor)
	}
}
