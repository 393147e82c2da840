// This file tests fork from a parent running on one P (the GC driver's
// setting): the child must get Ps back, so that a goroutine blocked in a
// system call (which no sysmon takes the P from in the child) does not
// stop the others.

package posix

import (
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"
)

// oneBlockedChild blocks the calling goroutine in read(2) on a pipe that
// only another goroutine, woken by a timer, writes; exit 42 means it ran.
func oneBlockedChild() int {
	if runtime.GOMAXPROCS(0) < 2 {
		return 20
	}
	var p [2]int
	if syscall.Pipe2(p[:], syscall.O_CLOEXEC) != nil {
		return 21
	}
	go func() {
		time.Sleep(20 * time.Millisecond)
		syscall.Write(p[1], []byte("x"))
	}()
	b := make([]byte, 1)
	if n, _ := syscall.Read(p[0], b); n != 1 {
		return 22
	}
	return 42
}

func TestForkFromOneP(t *testing.T) {
	if testing.Short() {
		t.Skip("forks")
	}
	old := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(old)
	for round := 0; round < 10; round++ {
		pid, child, err := ForkProcess()
		if err != nil {
			t.Fatal(err)
		}
		if child {
			os.Exit(oneBlockedChild())
		}
		if runtime.GOMAXPROCS(0) != 1 {
			t.Fatalf("parent GOMAXPROCS %d after fork, want 1", runtime.GOMAXPROCS(0))
		}
		ws := waitChild(t, pid)
		if !ws.Exited() || ws.ExitStatus() != 42 {
			t.Fatalf("round %d: child status %v (exit %d)", round, ws, ws.ExitStatus())
		}
	}
}

// waitChild waits for pid for at most 5 s; a hung child gets SIGQUIT first
// so that its goroutine dump shows where it stopped, then SIGKILL.
func waitChild(t *testing.T, pid int) syscall.WaitStatus {
	var ws syscall.WaitStatus
	done := make(chan error, 1)
	go func() {
		_, e := syscall.Wait4(pid, &ws, 0, nil)
		done <- e
	}()
	select {
	case e := <-done:
		if e != nil {
			t.Fatal(e)
		}
	case <-time.After(5 * time.Second):
		syscall.Kill(pid, syscall.SIGQUIT)
		time.Sleep(time.Second)
		syscall.Kill(pid, syscall.SIGKILL)
		<-done
		t.Fatalf("child %d hung", pid)
	}
	return ws
}
