// This file defines the interpreter's side of the GC ticker
// (mem11_gctick.go): the threshold the driver arms and the check the
// breaker runs.

package runtime

import (
	goruntime "runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// gcTickNext is the allocation count (/gc/heap/allocs:bytes) at which the
// interpreter collects; 0 while none is armed. gcTickCycles is the count
// of completed collections when it was armed: once a collection Go started
// on its own has completed, the threshold is stale until the driver arms
// the next one.
var gcTickNext, gcTickCycles atomic.Uint64

// The check's state; only the thread holding the GIL touches it.
var (
	gcTickSample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	gcTickLast   uint64    // allocation count at the previous check
	gcTickLastT  time.Time // time of the previous check
)

// The ticker's sleep bounds: half the time the headroom left lasts at the
// measured rate, within these.
const (
	gcTickMin = time.Millisecond
	gcTickMax = 20 * time.Millisecond
)

// ArmCollectionAt makes the interpreter collect once allocs bytes have
// been allocated, checked by the ticker thread; false if the ticker cannot
// run (the caller then polls and uses RequestCollection).
func ArmCollectionAt(allocs uint64) bool {
	if !startGCTicker() {
		return false
	}
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 {
		gcTickCycles.Store(s[0].Value.Uint64())
	}
	gcTickNext.Store(allocs)
	return true
}

// gcTickCheck runs at a breaker check the ticker asked for: it collects
// if the armed threshold is passed and otherwise sets the next sleep.
// It reports whether it handled the request (a threshold was armed).
func gcTickCheck() bool {
	next := gcTickNext.Load()
	if next == 0 {
		return false
	}
	metrics.Read(gcTickSample)
	if gcTickSample[0].Value.Kind() != metrics.KindUint64 || gcTickSample[1].Value.Kind() != metrics.KindUint64 {
		return true
	}
	if gcTickSample[1].Value.Uint64() != gcTickCycles.Load() {
		gcTickNext.CompareAndSwap(next, 0) // stale: the driver re-arms after that cycle
		return true
	}
	a, now := gcTickSample[0].Value.Uint64(), time.Now()
	if a >= next {
		if gcTickNext.CompareAndSwap(next, 0) {
			EnsureNetpoll()
			goruntime.GC()
			// Let the policy's finalizer (cmd/krait/gcpolicy.go) arm the
			// next threshold now: on one P it otherwise waits for a
			// preemption, 10 ms of unwatched allocation.
			goruntime.Gosched()
		}
		gcTickLast, gcTickLastT = a, now
		return true
	}
	sleep := gcTickMax
	if dt := now.Sub(gcTickLastT).Seconds(); a > gcTickLast && dt > 0 && !gcTickLastT.IsZero() {
		rate := float64(a-gcTickLast) / dt
		sleep = min(max(time.Duration(float64(next-a)/rate/2*1e9), gcTickMin), gcTickMax)
	}
	gcTickSleep.Nsec = int64(sleep) // the ticker reads it between sleeps
	gcTickLast, gcTickLastT = a, now
	return true
}
