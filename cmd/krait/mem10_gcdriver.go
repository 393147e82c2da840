// This file defines the GC driver (on with KRAIT_GCDRIVE=1): after the first collection the policy
// (gcpolicy.go) no longer lets Go's collector start its own concurrent
// cycles at the heap goal; a goroutine watches the allocation count and,
// when the headroom is used up, asks the interpreter thread to collect
// (runtime.RequestCollection), which it does with the program parked, so
// no write barrier slows the interpreter during the mark (see
// runtime/mem10_gcrequest.go for the measurements). Go's own goal stays
// set further up (gcBackstop/10 x the headroom) for Go code that runs long
// without an eval breaker check.

package main

import (
	"fmt"
	"os"
	goruntime "runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"krait/runtime"
)

// The driver's polling bounds: it sleeps half the time the headroom left
// lasts at the measured rate, within these.
const (
	gcPollMin  = time.Millisecond
	gcPollMax  = 20 * time.Millisecond
	gcBackstop = 20 // Go's own goal is live + gcBackstop/10 x the headroom + 2 MiB
)

// gcDriver is the watcher's state. next is written by the policy (in the
// finalizer goroutine) and read by the watcher.
type gcDriver struct {
	next    atomic.Uint64 // the allocation count at which to collect; 0 while none is armed
	sample  []metrics.Sample
	started bool // only the policy's goroutine reads and writes it
	trace   bool
	ticker  bool // the runtime's ticker thread checks the threshold (KRAIT_GCTICK=0: this package polls)
}

// arm sets the next collection headroom bytes of allocation after allocs,
// starting the watcher the first time.
func (d *gcDriver) arm(allocs, headroom uint64) {
	if d.trace {
		fmt.Fprintf(os.Stderr, "gcdriver: armed at %d KB allocated for %d KB\n", allocs>>10, (allocs+headroom)>>10)
	}
	if d.ticker && runtime.ArmCollectionAt(allocs+headroom) {
		// The ticker thread checks (runtime/mem11_gctick.go).
		if !d.started {
			d.started = true
			d.oneProc()
		}
		return
	}
	d.next.Store(allocs + headroom)
	if !d.started {
		d.started = true
		d.oneProc()
		d.sample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
		go d.watch(allocs)
	}
}

// oneProc runs the Go scheduler on one P unless KRAIT_GCONEPROC=0 or the
// user set GOMAXPROCS. Python code runs one thread at a time under the
// GIL, so the second P only ever ran the collector's idle mark workers and
// the background sweeper, which spun on the busy machine (CPU -10-15% at
// an 8 MiB headroom on fannkuch and nqueens: bench/RESULTS.md notes,
// session 10). A forked child gets the previous count back
// (runtime/mem11_forkprocs.go): it has no sysmon to take a P back from a
// goroutine blocked in a system call.
func (d *gcDriver) oneProc() {
	if _, set := os.LookupEnv("GOMAXPROCS"); !set && os.Getenv("KRAIT_GCONEPROC") != "0" {
		runtime.SetForkChildProcs(goruntime.GOMAXPROCS(1))
	}
}

// allocs returns the bytes allocated so far.
func (d *gcDriver) allocs() uint64 {
	metrics.Read(d.sample)
	return d.uint(0)
}

// uint returns sample i, or 0 if the runtime does not provide it.
func (d *gcDriver) uint(i int) uint64 {
	if d.sample[i].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return d.sample[i].Value.Uint64()
}

// watch polls the allocation count and requests a collection when it
// passes next. The sleep adapts to the allocation rate, so a slow or idle
// program is polled 50 times a second and a fast one a few times per cycle.
func (d *gcDriver) watch(last uint64) {
	lastT := time.Now()
	sleep := gcPollMin
	for {
		time.Sleep(sleep)
		a, now := d.allocs(), time.Now()
		next := d.next.Load()
		if next == 0 { // a request is pending: wait for the policy to re-arm
			sleep = min(sleep*2, gcPollMax)
			continue
		}
		if a >= next {
			d.next.CompareAndSwap(next, 0)
			runtime.RequestCollection(d.uint(1))
			if d.trace {
				fmt.Fprintf(os.Stderr, "gcdriver: request at %d KB allocated (armed for %d KB), %d cycles\n", a>>10, next>>10, d.uint(1))
			}
			sleep = gcPollMin
			continue
		}
		sleep = gcPollMax
		if dt := now.Sub(lastT).Seconds(); a > last && dt > 0 {
			rate := float64(a-last) / dt
			sleep = time.Duration(float64(next-a) / rate / 2 * 1e9)
			sleep = min(max(sleep, gcPollMin), gcPollMax)
		}
		last, lastT = a, now
	}
}
