package posix

import (
	"runtime"
	"testing"
)

func TestOtherRunning(t *testing.T) {
	cases := []struct {
		dump string
		want bool
	}{
		{"goroutine 1 [running]:\nmain.main()\n", false},
		{"goroutine 1 [running]:\nmain.main()\n\ngoroutine 5 [chan receive]:\nx()\n\ngoroutine 22 [syscall]:\ny()\n", false},
		{"goroutine 1 [running]:\nmain.main()\n\ngoroutine 22 [running]:\n\tgoroutine running on other thread; stack unavailable\ncreated by os/signal.Notify.func1.1 in goroutine 1\n", true},
		{"goroutine 1 [running, locked to thread]:\nf()\n\ngoroutine 9 [running, locked to thread]:\n", true},
		{"goroutine 1 [running]:\nf()\n\tsome line mentioning goroutine 7 [running]\n", false},
		{"", false},
	}
	for _, c := range cases {
		if got := otherRunning([]byte(c.dump)); got != c.want {
			t.Errorf("otherRunning(%q) = %v, want %v", c.dump, got, c.want)
		}
	}
}

// In a normal process, with the world stopped by runtime.Stack, the
// goroutines other than the caller are not running on one P; with more
// Ps a busy goroutine may be, so the check uses GOMAXPROCS(1) as the
// forked child has it.
func TestStrandedGoroutineNormally(t *testing.T) {
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	done := make(chan struct{})
	go func() { <-done }()
	defer close(done)
	prepareStrandCheck()
	if strandedGoroutine() {
		t.Fatalf("a goroutine reported running on one P:\n%s", strandBuf[:200])
	}
}
