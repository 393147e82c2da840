// This file defines __del__ for instances of Python classes and the
// collection gc.collect() runs (DESIGN.md §7).
//
// __del__ uses runtime.SetFinalizer rather than AddCleanup: the method
// needs the object itself (and may resurrect it), which a cleanup, by
// design, cannot see. Go runs a finalizer once, so __del__ runs at most
// once per object, as PEP 442 says. The cost is Go's rule that a cycle
// through an object with a finalizer is never collected: such objects
// leak, where CPython would collect them and call __del__.

package runtime

import (
	op "krait/compiler"
	"runtime"
	"sort"
	"sync"
	"time"
	"unsafe"
	"weak"
)

// finalEntry is a weak pointer to an object with a __del__ finalizer, and
// its registration order.
type finalEntry struct {
	w   weak.Pointer[Header]
	seq uint64
}

var (
	finalMu sync.Mutex
	// finalizable maps each live object with a __del__ finalizer to a weak
	// pointer to it; the pointer reads nil once the finalizer is queued.
	finalizable = map[uintptr]finalEntry{}
	finalSeq    uint64
	// collectHooks run after each collection in gc.collect (the weakref
	// module's processing of objects that died).
	collectHooks []func() int
)

// setupDel makes instances of a class whose MRO defines __del__ get a
// finalizer; NewClass calls it. Instances made by newInstance are
// registered there (whichever path creates them); for classes with a
// builtin base other than object, the New slot is wrapped.
func setupDel(t *Type) {
	if t.LookupString("__del__").IsNull() {
		return
	}
	t.hasDel = true
	t.dropWatch = true
	if isInstanceLayout(t) {
		return // newInstance registers them
	}
	orig := t.New
	if orig == nil {
		return
	}
	delWrappedNew.Store(t, true)
	t.New = func(tp *Type, args []Value, kwnames []*Str) (Value, *Exception) {
		v, err := orig(tp, args, kwnames)
		if err == nil && v.Type() == tp {
			registerDel(v)
		}
		return v, err
	}
}

// delWrappedNew holds the classes whose New setupDel wrapped: tp_new_vec
// treats the wrapper as the base's New they inherit, as CPython's
// subclass inherits the base's tp_new itself.
var delWrappedNew sync.Map

// registerDel gives the heap object v a finalizer that queues a call of
// its __del__ on the interpreter thread. Registering twice is harmless.
func registerDel(v Value) { registerDelSeq(v, 0) }

// registerDelSeq is registerDel with the sequence number seq taken
// earlier (0: a new one), which orders the __del__ calls at exit.
func registerDelSeq(v Value, seq uint64) {
	if v.IsSmallInt() || v.IsFloat() {
		return
	}
	h := v.HeaderPtr()
	key := uintptr(unsafe.Pointer(h))
	finalMu.Lock()
	if e, ok := finalizable[key]; ok && e.w.Value() == h {
		finalMu.Unlock()
		return
	}
	if seq == 0 {
		finalSeq++
		seq = finalSeq
	}
	finalizable[key] = finalEntry{weak.Make(h), seq}
	finalMu.Unlock()
	runtime.SetFinalizer(h, finalizeObject)
}

// finalizeObject runs on Go's finalizer goroutine: it forgets h and queues
// its __del__.
//
// The call is queued before the entry is forgotten, under finalMu: Collect
// stops waiting when no dead entry is left, and then runs the pending
// calls, so the __del__ must be queued by then (under load the goroutine
// was seen pausing between the two, and gc.collect() returned before the
// __del__ ran).
func finalizeObject(h *Header) {
	key := uintptr(unsafe.Pointer(h))
	v := ValueOfHeader(h)
	finalMu.Lock()
	e, ok := finalizable[key]
	if len(dueDels) == 0 {
		AddPendingCall(runDueDelsBatch) // compat19a_frameclear.go
	}
	dueDels = append(dueDels, dueDel{v, e.seq})
	deathCount.Add(1) // gc19_collect.go
	if ok && e.w.Value() == nil {
		delete(finalizable, key)
	}
	finalMu.Unlock()
}

// dueDel is an object whose __del__ is due, with its registration order.
type dueDel struct {
	v   Value
	seq uint64
}

// dueDels are the objects found dead whose __del__ has not run yet
// (guarded by finalMu); one pending call runs them all.
var dueDels []dueDel

// runDueDels calls the due __del__ methods in the order their objects got
// them, oldest first: Go queues finalizers in no particular order, and
// CPython's collector finalizes what one collection found dead in the
// order of its lists, which is creation order (a program's unraisable
// hook then sees the last one created last).
func runDueDels() {
	finalMu.Lock()
	ds := dueDels
	dueDels = nil
	finalMu.Unlock()
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].seq < ds[j].seq })
	delsRun.Add(int64(len(ds))) // gc19_collect.go
	for _, d := range ds {
		callDel(d.v)
	}
}

// callDel calls v.__del__(), reporting an exception as unraisable.
func callDel(v Value) {
	if v.Type() == GeneratorType {
		gen_finalize(v)
		return
	}
	if v.Type() == CoroutineType {
		coro_finalize(v) // coro_unawaited.go
		return
	}
	if v.Type() == AsyncGenType {
		asyncgen_finalize(v) // asyncgen_hooks.go
		return
	}
	del := v.Type().LookupString("__del__")
	if del.IsNull() {
		return
	}
	var err *Exception
	if get := del.Type().DescrGet; get != nil {
		var m Value
		if m, err = get(del, v, v.Type()); err == nil {
			_, err = Call(m, nil, nil)
		}
	} else {
		_, err = Call(del, []Value{v}, nil)
	}
	if err != nil && !delQuiet {
		WriteUnraisable(err, "", del)
	}
}

// RegisterCollectHook adds fn to the work gc.collect does after each
// collection; fn returns how many objects it found dead.
func RegisterCollectHook(fn func() int) {
	finalMu.Lock()
	collectHooks = append(collectHooks, fn)
	finalMu.Unlock()
}

// waitFinalizers waits until Go's finalizer goroutine has run the
// finalizers the last collection queued, and returns how many objects
// with __del__ that collection found dead. Some of those may not be
// queued yet: an object reachable only from another dead object with a
// finalizer waits for the next collection (Collect runs another round),
// so the count of dead entries is no measure of what is queued (waiting
// for it to reach zero made every gc.collect() wait out a deadline while
// a chain of such objects was dying, and test.support's dangling-thread
// checks, which collect 300 times, took minutes).
func waitFinalizers() int {
	n := countQueuedFinalizers()
	if n > 0 {
		// Go's finalizer goroutine may wait long for a CPU on a loaded
		// machine; only a finalizer that blocks makes this time out.
		blockUntilEmptyFinalizerQueue(int64(5 * time.Second))
	}
	return n
}

// blockUntilEmptyFinalizerQueue waits until Go's finalizer queue is empty
// and its goroutine idle, or timeout nanoseconds passed (linknamed; the
// runtime marks it for such use).
//
//go:linkname blockUntilEmptyFinalizerQueue runtime.blockUntilEmptyFinalizerQueue
func blockUntilEmptyFinalizerQueue(timeout int64) bool

// countQueuedFinalizers counts the finalizable objects found dead whose
// finalizer has not run yet.
func countQueuedFinalizers() int {
	finalMu.Lock()
	defer finalMu.Unlock()
	n := 0
	for _, e := range finalizable {
		if e.w.Value() == nil {
			n++
		}
	}
	return n
}

// runFinalizersAtExit calls __del__ of the objects still alive at exit, in
// creation order: CPython does so for most objects when it clears the
// modules' globals at shutdown.
func runFinalizersAtExit() {
	runDelFlushHooks() // coroutines' and modules' deferred finalizers
	finalMu.Lock()
	type live struct {
		h   *Header
		seq uint64
	}
	var objs []live
	for _, e := range finalizable {
		if h := e.w.Value(); h != nil {
			objs = append(objs, live{h, e.seq})
		}
	}
	clear(finalizable)
	finalMu.Unlock()
	sort.Slice(objs, func(i, j int) bool { return objs[i].seq < objs[j].seq })
	// Objects sys's attributes hold die last, when CPython clears sys
	// itself: an exception in their __del__ then has no sys.stderr to be
	// reported on.
	held := sysHeldObjects()
	sort.SliceStable(objs, func(i, j int) bool { return !held[objs[i].h] && held[objs[j].h] })
	for _, o := range objs {
		runtime.SetFinalizer(o.h, nil)
		delQuiet = held[o.h]
		callDel(ValueOfHeader(o.h))
	}
	delQuiet = false
}

// delQuiet makes callDel drop the exception of a __del__ (see
// runFinalizersAtExit).
var delQuiet bool

// sysHeldObjects is the set of objects that are values of sys.__dict__.
func sysHeldObjects() map[*Header]bool {
	held := map[*Header]bool{}
	if sysModule == nil {
		return held
	}
	d := sysModule.Dict
	for pos := 0; ; {
		_, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		held[v.HeaderPtr()] = true
	}
	return held
}

// clearDeadTemps clears the registers of f (the frame calling gc.collect)
// above the block of the call it is executing. Temporaries are allocated
// as a stack, so those registers are dead: they hold values of finished
// expressions (`r() is c`) that CPython would have released.
func clearDeadTemps(f *frame) {
	if f == nil || f.code == nil || f.lasti >= len(f.code.instrs) {
		return
	}
	in := op.Decode(f.code.instrs, f.lasti)
	switch in.Op {
	case op.CALL, op.CALL_KW, op.CALL_METHOD, op.CALL_METHOD_KW, op.CALL_BUILTIN, op.CALL_METHOD_DESCR:
	default:
		return
	}
	end := int(in.A) + int(in.B) + 2
	if end < len(f.regs) {
		clear(f.regs[end:])
	}
}
