// This file lowers the first heap goal once start-up is over.
//
// Why: a program whose live heap stays small (mandelbrot, sudoku,
// fannkuch: ~3 MB live after start-up) reaches its largest heap at the
// first goal, gcStartGoal (16 MiB), and every later goal is 7-10 MB, so
// that first goal sets its peak resident set. An 8 MiB first goal
// measured 3-4 MB less peak RSS on those programs (session 17), but it put
// a collection inside the imports line's start-up (`-c "import json, re,
// collections, typing"` allocates ~12 MB), whose wall time went 30 -> 47
// ms. So start-up keeps 16 MiB, and a thread that only sleeps lowers the
// goal to gcLateGoal once the process has used gcLateCPU of CPU time
// without a collection: past any start-up, which then collects at once if
// its heap is already larger, or at 8 MiB. Measured (session 18, load
// 35-45, medians of 3): mandelbrot 27.9 -> 23.9 MB, fannkuch 28.4 ->
// 26.6-27.0, sudoku 28.9 -> 24.5; programs that fill 10-14 MB within their
// first 50 ms gain less than a plain 8 MiB first goal would give them. 40
// ms gained ~0.5 MB more on those, but the imports line (29 ms of CPU on a
// quiet machine) then collected in 1 run of 20 at load 42.
//
// The thread sleeps in a plain nanosleep system call (no Go timer: the
// first timer creates the netpoller's descriptors, which the program must
// not see: runtime/mem12_netpoll.go), backs off, and gives up after
// gcLateWakes wake-ups, so an idle program is not woken for ever.

package main

import (
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	"krait/runtime"
)

const (
	gcLateGoal  = 8 << 20               // bytes: the heap goal once start-up is over
	gcLateCPU   = 50 * time.Millisecond // process CPU time taken to mean start-up is over (the imports line: ~29 ms)
	gcLateSleep = 10 * time.Millisecond // the shortest sleep between checks
	gcLateWakes = 24                    // checks before giving up (the sleeps double every 3: ~8 s)
)

// lateGoal is the state the lowering thread shares with the policy's
// per-cycle hook: once a cycle has run, the policy owns the goal.
type lateGoal struct {
	mu        sync.Mutex
	collected bool
	goal      uint64        // bytes; 0: off
	cpu       time.Duration // the process CPU time after which start-up is over
}

// noteCollection records that a cycle ran; adjust calls it before it
// touches the GC percent, so a lowering that lost the race never
// overrides the policy.
func (l *lateGoal) noteCollection() {
	l.mu.Lock()
	l.collected = true
	l.mu.Unlock()
}

// startLateGoal starts the lowering thread unless it is off or would not
// lower anything.
func (p *gcPolicy) startLateGoal() {
	p.late.goal, p.late.cpu = gcLateGoal, gcLateCPU
	if v, ok := envUint("KRAIT_GCLATE"); ok {
		p.late.goal = v << 20
	}
	if v, ok := envUint("KRAIT_GCLATECPU"); ok { // milliseconds, for measurement
		p.late.cpu = time.Duration(v) * time.Millisecond
	}
	if p.late.goal == 0 || p.late.goal >= p.start {
		return
	}
	go p.lowerWhenStarted()
}

// lowerWhenStarted sleeps until the process has used gcLateCPU, then
// lowers the goal if no cycle has run yet.
func (p *gcPolicy) lowerWhenStarted() {
	for wake := 0; wake < gcLateWakes; wake++ {
		used, ok := processCPU()
		if !ok {
			return
		}
		if used >= p.late.cpu && !runtime.ImportsRunning() { // imports: heap19_importdepth.go
			// On the interpreter thread, between two instructions: see lower.
			runtime.AddPendingCall(p.lower)
			return
		}
		ts := syscall.NsecToTimespec(int64(lateSleep(p.late.cpu-used, wake)))
		for syscall.Nanosleep(&ts, &ts) == syscall.EINTR {
		}
		if p.late.done() {
			return
		}
	}
}

// lateSleep is how long to sleep before the next check: at least togo,
// the CPU time still to go (a single-threaded program uses no more CPU than wall
// time), and gcLateSleep doubled every three wake-ups already made (on a
// busy machine the program gets less CPU than the wall time slept).
func lateSleep(togo time.Duration, wake int) time.Duration {
	return max(togo, gcLateSleep<<(wake/3))
}

// done reports whether a cycle has run.
func (l *lateGoal) done() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.collected
}

// lower sets the goal before the first collection to p.late.goal
// (Go's goal is then goMinHeap x GOGC/100), unless a cycle has run. It
// runs as a pending call, on the interpreter thread: the collection it
// may start wakes the scavenger, whose first timer creates the netpoller,
// which EnsureNetpoll places first at high descriptors by holding every
// low one for a moment; from another goroutine, an os.open the program
// made meanwhile got 258 instead of 4 (compat10b/fd_numbering, under load).
func (p *gcPolicy) lower() {
	p.late.mu.Lock()
	defer p.late.mu.Unlock()
	if p.late.collected {
		return
	}
	p.dropAfterStartup() // heap19_dropfirst.go
	percent := lateGoalPercent(p.late.goal)
	if percent < p.percent {
		// Go starts the collection when the heap reaches the goal, without
		// the interpreter's EnsureNetpoll, and its scavenger's first timer
		// would then put the netpoller at the lowest free descriptors.
		runtime.EnsureNetpoll()
		p.percent = percent
		debug.SetGCPercent(percent)
	}
}

// lateGoalPercent is the GOGC that makes Go's first goal goal bytes.
func lateGoalPercent(goal uint64) int {
	return max(int(goal*100/goMinHeap), 1)
}

// processCPU returns the process's user and system time so far.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
