// This file defers the finalizers of tasks and of futures holding an
// exception. A Go finalizer costs its object at least one more collection
// and, since Go marks everything a finalizable object reaches, keeps its
// coroutine, result and traceback alive as long: with a finalizer on every
// task the heap of a task-heavy program grew collection after collection
// (asyncio_work: 50 MB live, against 4 MB without). Most tasks finish, and
// most exceptions are retrieved, soon after they are made, and then their
// __del__ has nothing to report; so new ones wait in a queue, and when it
// is flushed (full, at gc.collect(), at exit) only those still pending or
// with an unretrieved exception get the finalizer.

package asyncio

import "krait/runtime"

// queuedDel is an object waiting in delQueue, with the finalization order
// number it took when queued.
type queuedDel struct {
	v   value
	seq uint64
}

// delQueue holds its objects strongly, so none is collected while queued;
// it is touched only by the thread holding the GIL.
var (
	delQueue      []queuedDel
	delQueueHooks bool
)

const delQueueCap = 256

// queueDel queues the future (or task) self for its finalizer.
func (f *Future) queueDel(self value) {
	if f.delRegistered || f.delQueued {
		return
	}
	if !delQueueHooks {
		delQueueHooks = true
		delQueue = make([]queuedDel, 0, delQueueCap)
		runtime.RegisterDelFlushHook(flushDelQueue)
	}
	if len(delQueue) == cap(delQueue) {
		flushDelQueue()
	}
	f.delQueued = true
	delQueue = append(delQueue, queuedDel{self, runtime.ReserveDelSeq()})
}

// flushDelQueue registers the finalizer of each queued object whose
// __del__ would report something, and empties the queue.
func flushDelQueue() {
	for i, q := range delQueue {
		delQueue[i] = queuedDel{}
		f := futureOf(q.v)
		f.delQueued = false
		if f.delRegistered || !f.hasDelReport(q.v) {
			continue
		}
		f.delRegistered = true
		runtime.RegisterDelSeq(q.v, q.seq)
	}
	delQueue = delQueue[:0]
}

// hasDelReport reports whether __del__ would report on the object now or
// may later: an exception never retrieved, or a task still pending.
func (f *Future) hasDelReport(self value) bool {
	if f.logTB {
		return true
	}
	return f.state == statePending && isNativeTask(self) && taskOf(self).logDestroyPending
}
