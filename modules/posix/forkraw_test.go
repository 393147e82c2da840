// This file tests that a child of ForkProcess keeps a working Go runtime:
// it allocates enough to run many collections, starts goroutines, sleeps on
// timers, and exits with a status the parent reads with wait4, while the
// parent keeps goroutines busy in syscalls, timers and allocation.

package posix

import (
	"os"
	"runtime"
	"sync"
	"syscall"
	"testing"
	"time"
)

// childWork is what each forked child does; its exit status reports the
// first check that failed (0 if none).
func childWork() int {
	if runtime.GOMAXPROCS(0) != max(runtime.NumCPU(), 2) {
		return 10
	}
	var keep [][]byte
	before := new(runtime.MemStats)
	runtime.ReadMemStats(before)
	for i := 0; i < 200000; i++ {
		keep = append(keep, make([]byte, 512))
		if len(keep) > 1000 {
			keep = keep[:0]
		}
	}
	runtime.GC()
	after := new(runtime.MemStats)
	runtime.ReadMemStats(after)
	if after.NumGC <= before.NumGC+1 {
		return 11
	}
	// Goroutines, channels and timers.
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			buf := make([]int, 1000)
			ch <- i + len(buf)
		}(i)
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += <-ch
	}
	wg.Wait()
	if sum != 8*1000+28 {
		return 12
	}
	// A blocking syscall with another goroutine waiting on a timer.
	var p [2]int
	if syscall.Pipe2(p[:], syscall.O_CLOEXEC) != nil {
		return 13
	}
	go func() {
		time.Sleep(2 * time.Millisecond)
		syscall.Write(p[1], []byte("x"))
	}()
	b := make([]byte, 1)
	if n, _ := syscall.Read(p[0], b); n != 1 {
		return 14
	}
	t0 := time.Now()
	time.Sleep(5 * time.Millisecond)
	if time.Since(t0) > time.Second {
		return 15
	}
	return 42
}

func TestForkProcessChildRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("forks")
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	// Parent noise: goroutines in timers, syscalls and allocation.
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var junk [][]byte
			for {
				select {
				case <-stop:
					return
				default:
				}
				junk = append(junk, make([]byte, 4096))
				if len(junk) > 100 {
					junk = nil
				}
				time.Sleep(50 * time.Microsecond)
				syscall.Getppid()
			}
		}()
	}
	for round := 0; round < 40; round++ {
		pid, child, err := ForkProcess()
		if err != nil {
			t.Fatal(err)
		}
		if child {
			os.Exit(childWork())
		}
		ws := waitChild(t, pid)
		if !ws.Exited() || ws.ExitStatus() != 42 {
			t.Fatalf("round %d: child status %v (exit %d, signal %v)", round, ws, ws.ExitStatus(), ws.Signal())
		}
	}
	close(stop)
	wg.Wait()
	if runtime.GOMAXPROCS(0) != runtime.NumCPU() {
		t.Errorf("GOMAXPROCS not restored: %d", runtime.GOMAXPROCS(0))
	}
}
