// This file lets a native module defer giving its objects a __del__
// finalizer, as coro_unawaited.go does for coroutines: a module queues
// its new objects and registers, when it flushes its queue, only those
// that still have something to report at destruction. gc.collect() and
// the finalization at exit flush every such queue first, so that what
// they find matches what registering at once would have given.

package runtime

// delFlushHooks flush the modules' queues of objects waiting for a
// finalizer; they run on the thread holding the GIL.
var delFlushHooks []func()

// RegisterDelFlushHook adds fn to the queues gc.collect() and the exit
// flush before they look at the objects with finalizers.
func RegisterDelFlushHook(fn func()) {
	finalMu.Lock()
	delFlushHooks = append(delFlushHooks, fn)
	finalMu.Unlock()
}

// runDelFlushHooks flushes the queues (coroutines' included).
func runDelFlushHooks() {
	flushUnawaited() // coro_unawaited.go
	finalMu.Lock()
	hooks := delFlushHooks
	finalMu.Unlock()
	for _, fn := range hooks {
		fn()
	}
}

// ReserveDelSeq takes the finalization order number of an object created
// now whose finalizer may be registered later (RegisterDelSeq).
func ReserveDelSeq() uint64 {
	finalMu.Lock()
	finalSeq++
	seq := finalSeq
	finalMu.Unlock()
	return seq
}

// RegisterDelSeq is RegisterDel with the order number seq reserved when
// the object was created: at exit, __del__ runs in creation order.
func RegisterDelSeq(v Value, seq uint64) { registerDelSeq(v, seq) }
