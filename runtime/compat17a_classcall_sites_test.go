package runtime

import "testing"

// A call site refilled over and over (a class call alternating between
// classes) stays recorded once, not once per refill.
func TestClassCallSitesDeduplicated(t *testing.T) {
	r := &classCallSites
	r.Lock()
	saved, savedLimit := r.s, r.limit
	r.s, r.limit = nil, 0
	r.Unlock()
	defer func() {
		r.Lock()
		r.s, r.limit = saved, savedLimit
		r.Unlock()
	}()
	a, b := &Code{}, &Code{}
	for i := 0; i < 100000; i++ {
		noteClassCallSite(a, 3)
		noteClassCallSite(b, i%2)
	}
	r.Lock()
	n := len(r.s)
	r.Unlock()
	if n > 512 {
		t.Fatalf("%d sites recorded for 3 distinct ones", n)
	}
	live := liveDistinctSites(append([]codeSite(nil), r.s...))
	if len(live) != 3 {
		t.Fatalf("liveDistinctSites kept %d sites, want 3", len(live))
	}
}
