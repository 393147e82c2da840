// This file defines what gc.collect() clears before it collects: state the
// interpreter keeps for reuse that still points at objects CPython would
// already have freed (the records of frames that returned, registers above
// the tops of the threads' register stacks).

package runtime

import "sync/atomic"

// clearIdleState drops references held by the unused frame records and
// dead registers of every thread. The caller holds the GIL, so the other
// threads are waiting for it or outside the interpreter, and none of them
// touches its frame pool or its registers above its top meanwhile.
func clearIdleState() {
	th := curThread
	clearThreadIdle(th)
	clearDeadTemps(th.cur)
	// The type attribute cache holds its values strongly (CPython's borrows
	// them): forget it so that a dropped class's functions can die.
	clear(methodCache[:])
	forgetTypeCaches() // so do the class-attribute instructions' caches
	if mainThread != th {
		clearThreadIdle(mainThread)
	}
	threadsMu.Lock()
	others := make([]*Thread, 0, len(liveThreads))
	for o := range liveThreads {
		if o != th && o != mainThread {
			others = append(others, o)
		}
	}
	threadsMu.Unlock()
	for _, o := range others {
		clearThreadIdle(o)
	}
}

// clearThreadIdle clears th's frame records above those in use (a popped
// record keeps its frame object, locals, generator, handled exception and
// the instance its __init__ made until a call at that depth reuses it)
// and its registers above the top.
func clearThreadIdle(th *Thread) {
	if th.slab != nil && th.top < len(th.slab) {
		clear(th.slab[th.top:])
	}
	for _, f := range th.pool[min(th.npool, len(th.pool)):] {
		f.obj, f.gen, f.handled = nil, nil, nil
		f.locals, f.ctor = Value{}, Value{}
	}
}

// threadsEnded counts the Python threads that have finished.
var threadsEnded atomic.Int64

// CollectIfThreadsEnded runs a collection if a thread has finished since
// it last ran one. _thread._count() calls it: the test suite's thread checks
// read the count together with the weak set of Thread objects, which in
// CPython has lost the finished threads as soon as their last reference
// went; here they go at a collection.
//
// Only the collections run here count: one that ran meanwhile for another
// reason (a stalled wait, gil_stall.go) may have run while the finished
// thread's object was still referenced (by an exception's traceback that
// the test was still handling), and then the check found the Thread
// object alive and test.support waited out 100 more collections.
func CollectIfThreadsEnded() {
	if n := threadsEnded.Load(); n != endedAtCount.Load() {
		endedAtCount.Store(n)
		Collect()
	}
}

// endedAtCount is threadsEnded when CollectIfThreadsEnded last collected.
var endedAtCount atomic.Int64
