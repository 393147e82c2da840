// This file defines Krait's garbage-collector policy: a heap goal whose
// headroom above the live heap is sized, cycle by cycle, so that the
// collector costs about a fixed share of the program's CPU time.
// Go's GOGC alone sets the next heap goal to a multiple of the live heap, which for
// a Python program (a few MB live, allocating hundreds of MB of short-lived
// objects) means a collection every few MB allocated. A cycle costs about
// gcCostPerMB per MiB of live heap, and a program allocating R bytes per CPU
// second with headroom H runs R/H cycles per second, so the collector's share
// of the CPU is gcCostPerMB x live x R / H: the policy sets
// H = gcCostPerMB x live x R / share, clamped between a small minimum (programs
// that allocate slowly stay small) and max(gcHeadMax, (ratio-1) x live) (fast
// allocators and large heaps keep Go's usual proportional headroom).
// bench/RESULTS.md (notes) has the measurements that chose the numbers.

package main

import (
	"fmt"
	"math"
	"os"
	goruntime "runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"syscall"

	"krait/internal/hugeheap"
	"krait/runtime"
)

// Default policy: see bench/RESULTS.md notes for the table behind them.
// Session 10 (mem10_gcdriver.go): with collections on the interpreter
// thread AND the scheduler on one P, 8 MiB and 2 x live measured RSS -16%
// for -1% CPU over the suite; on two Ps the same caps cost +10-27% CPU on
// nqueens and bigint. Session 11 made os.fork survive one P (a forked
// child gets its Ps back: runtime/mem11_forkprocs.go). Session 12 let
// the netpoller that the scavenger's sleeps create no longer take
// descriptors 3 and 4 (runtime/mem12_netpoll.go) and made the 8 MiB cap
// grow for fast allocators (gcCycleRate), then measured the driver as
// the default on a quiet machine: RSS -2% and wall time +1% over the
// suite (one P loses the collector's second core), bigint's peak RSS
// doubled (59 -> 119 MB) and test_gc's wall time too, so it stays opt-in
// (KRAIT_GCDRIVE=1; the 8 MiB / 2 x live caps come with it).
const (
	// gcStartGoal: mem17 tried 8 MiB (a small program's peak heap is this
	// first goal: mandelbrot, sudoku, fannkuch ~27 MB RSS, 21-24 at 8 MiB),
	// but the collection it starts inside the imports line's start-up made
	// that line's wall time 30 -> 47 ms (CPU +4 ms, the rest waiting on the
	// concurrent mark: perf stat -r 20, quiet machine, session 17), so
	// start-up keeps 16 MiB and runs no collection.
	gcStartGoal    = 16 << 20 // bytes: the heap goal before the first collection
	gcHeadMin      = 4 << 20  // bytes: the smallest headroom above the live heap
	gcHeadMax      = 32 << 20 // bytes: the largest headroom for a small live heap
	gcShareDefault = 10       // percent of CPU time the collector may take
	gcCostPerMB    = 1.1e-3   // CPU seconds a cycle costs the process per MiB of live heap
	gcRatioDefault = 3        // the largest heap goal as a multiple of the live heap
	goMinHeap      = 4 << 20  // the Go runtime's heap goal at GOGC=100 before any collection

	// With the driver (the default): smaller caps, since a collection
	// the interpreter runs with the program parked costs about half.
	gcDriveHeadMax = 8 << 20 // bytes: the cap for a small live heap
	gcDriveRatio   = 2       // the largest goal as a multiple of live
	// gcCycleRate bounds how many collections per CPU second the cap
	// allows: a fast allocator's cap grows to rate/gcCycleRate (up to
	// gcHeadMax). Each cycle has a cost the per-MiB model misses (stacks,
	// globals, handing the P over, the scavenger's wake-up), which
	// dominates when a small live heap is collected hundreds of times a
	// second: bigint (2-3 GB/s, 4 MB live) cost +50% CPU at 8 MiB (250
	// cycles/s), as base at 16 MiB; fannkuch, nqueens (~0.6 GB/s) keep 8.
	gcCycleRate = 125
)

// The runtime/metrics samples the policy reads after each cycle.
const (
	sampleLive = iota
	sampleAllocs
	sampleStacks
	sampleGlobals
	sampleGCCPU
	sampleCount
)

// gcPolicy is the state of the per-cycle hook.
type gcPolicy struct {
	start            uint64 // the heap goal before the first collection
	headMin, headMax uint64
	ratio            uint64
	share            float64 // the collector's target share of the CPU (0-1)
	percent          int
	sample           []metrics.Sample
	lastCPU          float64 // process CPU seconds at the previous cycle
	lastAllocs       uint64  // bytes allocated up to the previous cycle
	lastGCCPU        float64 // the collector's CPU seconds up to the previous cycle
	rate             float64 // smoothed allocation rate, bytes per CPU second
	trace            bool
	dropGoal         uint64 // the heap goal when dropInitPages last ran
	drive            bool   // collections run on the interpreter thread (mem10_gcdriver.go)
	driver           gcDriver
	backstop         uint64     // Go's goal is live + backstop/10 x the headroom + 2 MiB
	cycleRate        float64    // collections per CPU second above which the cap grows (0: fixed cap)
	ramp             uint64     // the headroom grows at most ramp/10 per cycle (mem17_ramp.go; 0: unbounded)
	lastHead         uint64     // the previous cycle's headroom
	late             lateGoal   // lowers the first goal after start-up (mem18_lategoal.go)
	limit            *gcLimiter // KRAIT_GCLIMIT=1: a memory limit above the goal (rss20_limit.go)
}

// tuneGC installs the policy unless the user set GOGC (which then rules alone).
// For measurement: KRAIT_GCSHARE (percent) sets the target share,
// KRAIT_GCHEADMIN and KRAIT_GCHEADMAX (MiB) the headroom bounds,
// KRAIT_GCRATIO the largest goal/live ratio, KRAIT_GCCYCLES the collections
// per second above which the cap grows (0: never), KRAIT_GCSTART (MiB) the first
// goal, KRAIT_GCLATE (MiB) the goal once start-up is over (0: keep the
// first; mem18_lategoal.go); KRAIT_GCFLOOR=0 gives plain GOGC=(ratio-1)*100; KRAIT_GCDRIVE=1
// runs the collections on the interpreter thread (mem10_gcdriver.go)
// with the smaller caps instead of Go's own concurrent cycles; KRAIT_GCTRACE=1
// prints each cycle's figures to stderr.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	p := &gcPolicy{start: gcStartGoal, headMin: gcHeadMin, headMax: gcHeadMax, ratio: gcRatioDefault, share: gcShareDefault / 100.0, ramp: gcRampDefault}
	p.drive = os.Getenv("KRAIT_GCDRIVE") == "1"
	if p.drive {
		p.headMax, p.ratio, p.cycleRate = gcDriveHeadMax, gcDriveRatio, gcCycleRate
	}
	if v, ok := envUint("KRAIT_GCSTART"); ok {
		p.start = v << 20
	}
	if v, ok := envUint("KRAIT_GCHEADMIN"); ok {
		p.headMin = v << 20
	}
	if v, ok := envUint("KRAIT_GCHEADMAX"); ok {
		p.headMax = max(v<<20, p.headMin)
	}
	if v, ok := envUint("KRAIT_GCSHARE"); ok && v > 0 {
		p.share = float64(v) / 100
	}
	if v, ok := envUint("KRAIT_GCRATIO"); ok && v >= 2 {
		p.ratio = v
	}
	if v, ok := envUint("KRAIT_GCCYCLES"); ok {
		p.cycleRate = float64(v)
	}
	if v, ok := envUint("KRAIT_GCRAMP"); ok && (v == 0 || v > 10) {
		p.ramp = v
	}
	p.trace = os.Getenv("KRAIT_GCTRACE") != ""
	p.driver.trace = p.trace
	p.driver.ticker = os.Getenv("KRAIT_GCTICK") != "0"
	p.backstop = gcBackstop
	if v, ok := envUint("KRAIT_GCBACKSTOP"); ok && v >= 10 {
		p.backstop = v
	}
	p.dropGoal = firstDropGoal(p.start) // heap19_dropfirst.go
	base := int(p.ratio-1) * 100
	if v, ok := envUint("KRAIT_GCFLOOR"); ok && v == 0 {
		debug.SetGCPercent(base)
		return
	}
	// Before the first collection Go's goal is goMinHeap*GOGC/100: make it p.start.
	p.percent = max(base, int(p.start*100/goMinHeap))
	debug.SetGCPercent(p.percent)
	p.sample = make([]metrics.Sample, sampleCount)
	p.sample[sampleLive].Name = "/gc/heap/live:bytes"
	p.sample[sampleAllocs].Name = "/gc/heap/allocs:bytes"
	p.sample[sampleStacks].Name = "/gc/scan/stack:bytes"
	p.sample[sampleGlobals].Name = "/gc/scan/globals:bytes"
	p.sample[sampleGCCPU].Name = "/cpu/classes/gc/total:cpu-seconds"
	p.limit = newGCLimiter()
	p.arm()
	p.startLateGoal()
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

// sampleUint returns sample i, or 0 if the runtime does not provide it.
func (p *gcPolicy) sampleUint(i int) uint64 {
	if p.sample[i].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return p.sample[i].Value.Uint64()
}

// sampleFloat returns sample i, or 0 if the runtime does not provide it.
func (p *gcPolicy) sampleFloat(i int) float64 {
	if p.sample[i].Value.Kind() != metrics.KindFloat64 {
		return 0
	}
	return p.sample[i].Value.Float64()
}

// adjust sets GOGC so that the next goal is the live heap plus the headroom
// chosen by headroom.
func (p *gcPolicy) adjust() {
	p.late.noteCollection()
	// A collection Go started on its own wakes the scavenger, which sleeps
	// on a timer: have the netpoller that timer needs placed out of the
	// program's descriptors (runtime/mem12_netpoll.go). Once only.
	runtime.EnsureNetpoll()
	// From the first collection on, pages are recycled: no more huge pages.
	hugeheap.Stop()
	metrics.Read(p.sample)
	rssPeak.sample() // KRAIT_MEMSTATS: rss20_peak.go
	live := p.sampleUint(sampleLive)
	if live == 0 {
		return
	}
	live = max(live, 1<<20)
	head := p.rampHeadroom(live, p.headroom(live))
	goal := live + head
	goGoal := goal
	if p.drive {
		// The interpreter collects at goal; Go's trigger is the backstop.
		p.driver.arm(p.sampleUint(sampleAllocs), head)
		goGoal = live + p.backstop*head/10 + 2<<20
	}
	// Go's goal is live + (live + stacks + globals) x GOGC/100.
	roots := live + p.sampleUint(sampleStacks) + p.sampleUint(sampleGlobals)
	percent := max(int((goGoal-live)*100/roots), 1)
	if percent != p.percent {
		p.percent = percent
		debug.SetGCPercent(percent)
	}
	p.limit.set(goal, head)
	// The resident set peaks just before a collection: when the goal has
	// grown, take the executable's pages the program no longer uses out
	// of it (dropinit_linux.go). (Dropping them every 100 ms of CPU as well
	// measured no lower peak: bench/RESULTS.md notes.)
	if goal >= p.dropGoal*5/4 {
		p.dropGoal = goal
		dropInitPages()
	}
}

// headroom returns the bytes the heap may grow above live before the next
// cycle: enough that the cycles cost p.share of the CPU time at the
// allocation rate measured since the previous cycle. The first cycle only
// records the time and allocation count (it usually falls in start-up,
// which allocates densely whatever the program) and gives the heap room to
// double.
func (p *gcPolicy) headroom(live uint64) uint64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return p.headroomFor(live, math.Inf(1))
	}
	cpu := float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
	allocs := p.sampleUint(sampleAllocs)
	gcCPU := p.sampleFloat(sampleGCCPU)
	first := p.lastCPU == 0
	interval, allocated, gcSpent := cpu-p.lastCPU, allocs-p.lastAllocs, gcCPU-p.lastGCCPU
	p.lastCPU, p.lastAllocs, p.lastGCCPU = cpu, allocs, gcCPU
	if first || interval <= 0 {
		return p.firstHeadroom(live)
	}
	rate := float64(allocated) / interval
	if p.rate == 0 {
		p.rate = rate
	} else {
		p.rate = (p.rate + rate) / 2
	}
	head := p.headroomFor(live, p.rate)
	if p.trace {
		fmt.Fprintf(os.Stderr, "gcpolicy: live %d KB, %.0f MB/s (%.0f smoothed), cycle %.2f ms (measured %.2f) per %.2f ms, headroom %d KB\n",
			live>>10, rate/(1<<20), p.rate/(1<<20), gcCostPerMB*float64(live)/(1<<20)*1e3, gcSpent*1e3, interval*1e3, head>>10)
	}
	return head
}

// headroomFor is the headroom that makes the cycles cost p.share of the CPU
// time for a program allocating rate bytes per CPU second with live bytes
// live, within the policy's bounds.
func (p *gcPolicy) headroomFor(live uint64, rate float64) uint64 {
	want := gcCostPerMB * float64(live) / (1 << 20) * rate / p.share
	hi := max(p.headMax, (p.ratio-1)*p.oldLive(live))
	if p.cycleRate > 0 && rate > 0 {
		hi = max(hi, uint64(min(rate/p.cycleRate, gcHeadMax)))
	}
	return min(max(uint64(min(want, 1<<50)), p.headMin), hi)
}
