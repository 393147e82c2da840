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
	// childBlockEnter/Exit are what ReleaseGIL runs in a child around
	// dropping the GIL; calling ReleaseGIL itself three times would block
	// once another test of this package has started threads (the GIL is
	// then enabled and only its holder may drop it).
	for i := 1; i <= 3; i++ {
		childBlockEnter()
		if got := goruntime.GOMAXPROCS(0); got != i+2 {
			t.Fatalf("%d blocked: GOMAXPROCS %d, want %d", i, got, i+2)
		}
	}
	for i := 0; i < 3; i++ {
		childBlockExit()
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
