package runtime

import (
	goruntime "runtime"
	"testing"
)

// TestChildBlockGrowsProcs checks that in a forked child each blocked call
// leaves two Ps beyond the blocked ones, and that the count comes back.
func TestChildBlockGrowsProcs(t *testing.T) {
	old := goruntime.GOMAXPROCS(2)
	defer goruntime.GOMAXPROCS(old)
	defer forkedChild.Store(false)
	forkedChild.Store(true)
	var res []func()
	for i := 1; i <= 3; i++ {
		res = append(res, ReleaseGIL())
		if got := goruntime.GOMAXPROCS(0); got != i+2 {
			t.Fatalf("%d blocked: GOMAXPROCS %d, want %d", i, got, i+2)
		}
	}
	for _, re := range res {
		re()
	}
	if n := childBlocked.Load(); n != 0 {
		t.Fatalf("blocked count %d after all returned", n)
	}
}

func TestForkChildProcs(t *testing.T) {
	defer SetForkChildProcs(0)
	if got := ForkChildProcs(1); got != 2 {
		t.Errorf("ForkChildProcs(1) = %d, want 2", got)
	}
	SetForkChildProcs(4)
	if got := ForkChildProcs(1); got != 4 {
		t.Errorf("after SetForkChildProcs(4): %d, want 4", got)
	}
}
