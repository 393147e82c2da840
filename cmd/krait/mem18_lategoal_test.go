// This file tests the lowering of the first heap goal after start-up
// (mem18_lategoal.go).

package main

import (
	"testing"
	"time"
)

// TestLateSleep checks the sleep between checks: the CPU time still to go,
// at least gcLateSleep, doubled every three wake-ups.
func TestLateSleep(t *testing.T) {
	ms := time.Millisecond
	cases := []struct {
		togo time.Duration
		wake int
		want time.Duration
	}{
		{45 * ms, 0, 45 * ms},    // start-up: sleep the CPU time still to go
		{5 * ms, 0, 10 * ms},     // nearly there: the shortest sleep
		{-5 * ms, 2, 10 * ms},    // past it (a late wake-up): still the shortest
		{5 * ms, 3, 20 * ms},     // doubled after three
		{40 * ms, 23, 1280 * ms}, // an idle program: long sleeps
	}
	for _, c := range cases {
		if got := lateSleep(c.togo, c.wake); got != c.want {
			t.Errorf("lateSleep(%v, %d) = %v, want %v", c.togo, c.wake, got, c.want)
		}
	}
}

// TestLateGoalPercent checks the GOGC that gives Go's first goal: goMinHeap
// x GOGC/100 bytes.
func TestLateGoalPercent(t *testing.T) {
	if got := lateGoalPercent(8 << 20); got != 200 {
		t.Errorf("lateGoalPercent(8 MiB) = %d, want 200", got)
	}
	if got := lateGoalPercent(gcStartGoal); got != 400 {
		t.Errorf("lateGoalPercent(16 MiB) = %d, want 400", got)
	}
	if got := lateGoalPercent(0); got != 1 {
		t.Errorf("lateGoalPercent(0) = %d, want 1", got)
	}
}

// TestLowerAfterCollection checks that the lowering leaves the goal to the
// policy once a cycle has run, and lowers it (never raises it) before.
func TestLowerAfterCollection(t *testing.T) {
	p := &gcPolicy{percent: 400}
	p.late.goal = 8 << 20
	p.late.noteCollection()
	p.lower()
	if p.percent != 400 {
		t.Errorf("after a collection: percent %d, want 400 (untouched)", p.percent)
	}
	if !p.late.done() {
		t.Errorf("done() false after noteCollection")
	}
	q := &gcPolicy{percent: 150}
	q.late.goal = 8 << 20
	q.lower()
	if q.percent != 150 {
		t.Errorf("lower raised percent 150 to %d", q.percent)
	}
}
