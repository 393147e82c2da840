// This file defines gc.collect()'s collection (DESIGN.md §7): rounds of
// Go collections, each followed by the __del__ methods and weakref
// callbacks it made due, and the count of objects found dead.
//
// A Go collection costs time in proportion to the live heap (tens of
// milliseconds for a test suite's 30 MB), so Collect runs another round
// only when the last one can have left garbage behind:
//   - a __del__ ran: Go kept what the object held alive for its finalizer,
//     and that dies at the next collection;
//   - for a full collection (generation 2), a weakref callback ran: it may
//     have dropped the last reference to something (a WeakKeyDictionary's
//     value), which CPython would free at once. A young collection
//     (gc.collect(0) or (1)) leaves that to the next one, as CPython's
//     young collections leave the older generations alone.
// Deaths of objects without finalizer or callback need no further round:
// Go freed them with all that only they held.

package runtime

import (
	"runtime"
	"sync/atomic"
)

var (
	// deathCount counts the objects found dead that a program can observe
	// dying: objects with __del__ (finalizer.go) and weakly referenced ones
	// (NoteDeath). Whichever goroutine notices the death counts it, once.
	deathCount atomic.Int64
	// delsRun counts the __del__ calls made for objects Go found dead.
	delsRun atomic.Int64
)

// NoteDeath counts one object found dead; the weakref module calls it
// when it processes the death of a weakly referenced object.
func NoteDeath() { deathCount.Add(1) }

// maxCollectRounds bounds the collections one gc.collect() runs, in case
// __del__ methods keep making new garbage with __del__.
const maxCollectRounds = 256

// Collect is CollectGeneration(2).
func Collect() int { return CollectGeneration(2) }

// CollectGeneration runs the garbage collector and then, on the calling
// thread, the __del__ methods and weakref callbacks it made due,
// repeating while they may have freed more, as gc.collect(generation). It
// returns the number of objects found dead.
func CollectGeneration(generation int) int {
	delRunDepth++ // compat19a_frameclear.go
	defer func() { delRunDepth-- }()
	// Registers above the top of the slab belong to frames that returned:
	// clear them so that their objects can die, as they do in CPython.
	runDelFlushHooks() // coroutines' and modules' deferred finalizers
	clearIdleState()
	forgetClassCallCaches() // compat17a_classcall_sites.go
	start := deathCount.Load()
	total := 0
	// A chain of objects with __del__ dies one link per round (Go runs
	// the finalizer of an object reachable from another finalizable one
	// only after that one is freed); CPython finalizes the whole chain in
	// one collection, and test_ordered_dict's 100-deep chain checks it.
	for round := 0; round < maxCollectRounds; round++ {
		dels := delsRun.Load()
		n, ran := collectRound()
		total += n
		if delsRun.Load() != dels || (ran && generation == 2) {
			continue
		}
		// What Go cannot free (cycles through objects with finalizers)
		// is finalized here; the next round frees it.
		if n = finalizeUnreachable(); n == 0 {
			break
		}
		// The __del__ methods it called left their objects in the
		// registers above the top (a Future's self): what the cycle
		// alone kept alive (the event loop of its traceback's frames)
		// must die in the next round, not at a later gc.collect().
		clearIdleState()
		total += n
	}
	return total + int(deathCount.Load()-start)
}

// collectRound runs one Go collection, which queues the finalizers of
// what it found dead and clears weak pointers, then the finalizers and
// the collect hooks. It returns how many objects the hooks found dead
// (the others are in deathCount) and whether any queued call ran.
func collectRound() (n int, ran bool) {
	EnsureNetpoll() // the scavenger sleeps on a timer after a collection
	collectNow()
	waitFinalizers()
	finalMu.Lock()
	hooks := collectHooks
	finalMu.Unlock()
	for _, h := range hooks {
		n += h()
	}
	ran = anyPending.Load()
	RunPendingCalls()
	if ran {
		// The __del__ calls left their objects in the records and
		// registers of the frames that returned: what those objects
		// alone kept alive must die in the next round.
		clearIdleState()
	}
	return n, ran
}

// collectNow runs one Go collection.
func collectNow() { runtime.GC() }
