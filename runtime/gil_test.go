// This file tests the GIL: Python code running in several goroutine
// threads at once stays consistent (run with -race), CPU-bound threads
// take turns through the eval breaker, and pending calls run.

package runtime

import (
	"sync/atomic"
	"testing"
	"time"

	"krait/syntax"
)

// runPy compiles and runs src in a fresh namespace on the current thread.
func runPy(t *testing.T, src string, g *Dict) {
	t.Helper()
	co, err := CompileSource([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatal(formatExceptionOnly(err))
	}
	if _, err := RunCode(co, g, Value{}); err != nil {
		t.Fatal(formatExceptionOnly(err))
	}
}

func TestGILThreads(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	runPy(t, "counts = {}\nshared = []\n", g)
	work := "def work(name):\n    n = 0\n    for i in range(20000):\n        shared.append(i)\n        n += 1\n    counts[name] = n\n"
	runPy(t, work, g)
	var done atomic.Int32
	const nthreads = 3
	for i := 0; i < nthreads; i++ {
		name := string(rune('a' + i))
		StartThread(func() {
			fn, _ := g.GetStr(Intern("work"))
			if _, err := Call(fn, []Value{StrValue(name)}, nil); err != nil {
				t.Error(formatExceptionOnly(err))
			}
			done.Add(1)
		})
	}
	runPy(t, "work('main')\n", g)
	// Wait for the others, letting them run: a blocking wait releases the GIL.
	for done.Load() < nthreads {
		BlockingCall(func() { time.Sleep(time.Millisecond) })
	}
	runPy(t, "assert sorted(counts.items()) == [('a', 20000), ('b', 20000), ('c', 20000), ('main', 20000)], counts\nassert len(shared) == 80000\n", g)
	if ThreadCount() != 0 {
		// the goroutines decrement after their hooks; give them a moment
		BlockingCall(func() { time.Sleep(10 * time.Millisecond) })
	}
}

func TestGILSwitchesCPUBoundThreads(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	// A thread that spins until the main thread sets a flag: the main
	// thread only gets to set it if the spinning thread drops the GIL.
	runPy(t, "flag = [False]\ndef spin():\n    while not flag[0]:\n        pass\n", g)
	var done atomic.Bool
	StartThread(func() {
		fn, _ := g.GetStr(Intern("spin"))
		if _, err := Call(fn, nil, nil); err != nil {
			t.Error(formatExceptionOnly(err))
		}
		done.Store(true)
	})
	runPy(t, "x = 0\nfor i in range(1000):\n    x += i\nflag[0] = True\n", g)
	deadline := time.Now().Add(10 * time.Second)
	for !done.Load() {
		if time.Now().After(deadline) {
			t.Fatal("spinning thread never saw the flag")
		}
		BlockingCall(func() { time.Sleep(time.Millisecond) })
	}
}

func TestPendingCallRunsAtEvalBreaker(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	var ran atomic.Bool
	go AddPendingCall(func() { ran.Store(true) })
	time.Sleep(10 * time.Millisecond)
	runPy(t, "for i in range(100):\n    pass\n", g)
	if !ran.Load() {
		t.Fatal("pending call did not run")
	}
}

func TestMainPendingCallRaises(t *testing.T) {
	g := NewDict()
	g.SetStr(Intern("__builtins__"), BuiltinsModule().Value())
	AddMainPendingCall(func() *Exception { return NewException(KeyboardInterruptType) })
	co, _ := CompileSource([]byte("for i in range(100):\n    pass\n"), "<test>", syntax.ModeExec)
	_, err := RunCode(co, g, Value{})
	if err == nil || !err.Matches(KeyboardInterruptType) {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	select { // drain the wake-up token for later tests
	case <-mainInterrupt:
	default:
	}
}

func TestSleepInterrupted(t *testing.T) {
	go func() {
		time.Sleep(20 * time.Millisecond)
		AddMainPendingCall(func() *Exception { return NewException(KeyboardInterruptType) })
	}()
	start := time.Now()
	err := Sleep(5 * time.Second)
	if err == nil || !err.Matches(KeyboardInterruptType) || time.Since(start) > 2*time.Second {
		t.Fatalf("Sleep: %v after %v", err, time.Since(start))
	}
}
