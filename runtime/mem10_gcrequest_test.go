// This file tests the collection requests of mem10_gcrequest.go.

package runtime

import (
	goruntime "runtime"
	"runtime/metrics"
	"testing"
)

// gcCycles returns the count of completed collections.
func gcCycles() uint64 {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestRequestCollectionRunsAtBreaker checks that a request runs one
// collection at the loop's next breaker check and clears its bit.
func TestRequestCollectionRunsAtBreaker(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	before := gcCycles()
	RequestCollection(before)
	runPy(t, "for i in range(100):\n    pass\n", g)
	if evalBreaker.Load()&breakGC != 0 {
		t.Fatal("the request's bit is still set")
	}
	if got := gcCycles(); got <= before {
		t.Fatalf("no collection ran: %d cycles before, %d after", before, got)
	}
}

// TestStaleRequestSkipped checks that a request made before a collection
// that has since completed does not run another.
func TestStaleRequestSkipped(t *testing.T) {
	before := gcCycles()
	RequestCollection(before)
	goruntime.GC()
	after := gcCycles()
	collectOnRequest(evalBreaker.Load())
	if evalBreaker.Load()&breakGC != 0 {
		t.Fatal("the request's bit is still set")
	}
	if got := gcCycles(); got != after {
		t.Fatalf("a stale request collected again: %d cycles, want %d", got, after)
	}
}
