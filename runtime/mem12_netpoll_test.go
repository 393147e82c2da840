package runtime

import (
	"syscall"
	"testing"
)

// TestHoldLowFds checks that the placeholders fill exactly the free
// descriptors below the floor and leave open ones (inherited) alone.
func TestHoldLowFds(t *testing.T) {
	// An open descriptor in the middle of the range must stay untouched.
	keep, err := syscall.Dup(0)
	if err != nil {
		t.Skip("no descriptor 0")
	}
	defer syscall.Close(keep)
	mid := 40
	if err := syscall.Dup2(keep, mid); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(mid)
	held := holdLowFds(64)
	seen := map[int]bool{}
	for _, fd := range held {
		if fd == keep || fd == mid || fd >= 64 || seen[fd] {
			t.Errorf("placeholder %d (keep %d, mid %d)", fd, keep, mid)
		}
		seen[fd] = true
	}
	// Everything below the floor is now open.
	for fd := 0; fd < 64; fd++ {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) != nil {
			t.Errorf("descriptor %d left free", fd)
		}
	}
	releaseFds(held)
	var st syscall.Stat_t
	for _, fd := range held {
		if syscall.Fstat(fd, &st) == nil {
			t.Errorf("placeholder %d left open", fd)
		}
	}
	if syscall.Fstat(mid, &st) != nil {
		t.Errorf("inherited descriptor %d closed", mid)
	}
}

// BenchmarkHoldLowFds is the cost of the placeholders at the real floor.
func BenchmarkHoldLowFds(b *testing.B) {
	for i := 0; i < b.N; i++ {
		releaseFds(holdLowFds(netpollFloor))
	}
}

func BenchmarkDupOnly(b *testing.B) {
	for i := 0; i < b.N; i++ {
		held := holdLowFds(netpollFloor)
		b.StopTimer()
		for _, fd := range held {
			syscall.RawSyscall(syscall.SYS_CLOSE, uintptr(fd), 0, 0)
		}
		b.StartTimer()
	}
}
