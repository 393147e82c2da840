// This file lets the GC policy (cmd/krait/gcpolicy.go) have the
// interpreter thread itself run a collection, through the eval breaker.
//
// Why: Go's collector normally marks concurrently with the program, and
// while it marks every pointer store the interpreter makes (registers,
// list slots, dict entries) goes through the write barrier. With 2 cores
// and a busy machine the background mark worker gets a small share of a
// core, so a 5 MB live heap takes ~10 ms of wall time to mark and the
// barriers, not the marking, dominate a cycle's cost (perf on fannkuch:
// wbBufFlush and tryDeferToSpanScan 15-20% of the CPU at an 8 MiB
// headroom). A collection the interpreter runs with goruntime.GC() parks
// the only mutator: both Ps run idle mark workers, no barrier fires, and
// the measured cost per cycle roughly halves (GODEBUG=gcstoptheworld=1
// measured the same; bench/RESULTS.md notes, session 10). Go's own trigger
// stays armed further up as a backstop for long-running Go code that
// never reaches a breaker check.

package runtime

import (
	goruntime "runtime"
	"runtime/metrics"
	"sync/atomic"
	"syscall"
)

// breakGC asks the running thread to collect at its next breaker check.
const breakGC uint32 = 1 << 9

// gcRequestCycles is the count of completed collections when the pending
// request was made: the request is stale (a collection Go started on its
// own has run since) once the count has moved on.
var gcRequestCycles atomic.Uint64

// gcRequestPid is the process the requests are for (see collectOnRequest).
var gcRequestPid = syscall.Getpid()

// RequestCollection asks the interpreter to run a collection at its next
// eval breaker check (a back edge, a call, a long Go loop's check); cycles
// is the count of completed collections the caller read
// (/gc/cycles/total:gc-cycles).
func RequestCollection(cycles uint64) {
	gcRequestCycles.Store(cycles)
	evalBreaker.Or(breakGC)
}

// collectOnRequest runs the requested collection, unless one has
// completed since the request. b is the breaker word the caller read.
func collectOnRequest(b uint32) {
	if b&breakGC == 0 {
		return
	}
	evalBreaker.And(^breakGC)
	if syscall.Getpid() != gcRequestPid {
		// A forked child (os.fork, preexec_fn) has only the forking thread:
		// a collection there waits for mark workers that are gone. Go's own
		// trigger still collects in it, as before the driver.
		return
	}
	if gcTickCheck() { // the ticker's threshold (mem11_gctickcheck.go)
		return
	}
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() != gcRequestCycles.Load() {
		return
	}
	EnsureNetpoll()
	goruntime.GC()
}
