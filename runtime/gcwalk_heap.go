// This file defines the heap walk behind gc.get_referrers and
// gc.get_objects. CPython keeps every container in the collector's lists;
// Go keeps no list Krait can read, so the walk starts from the roots the
// interpreter knows (sys.modules, builtins, the static types, every
// thread's frames and handled exceptions, and roots modules register)
// and follows the traversal of gcwalk.go. Objects only a Go local
// variable holds are not found, as CPython's are not found while only a
// C local holds them and they are untracked.

package runtime

import "unsafe"

// gcWalking is set while a heap walk runs (with the GIL held): the
// traversal then visits what Krait stores as Go slices (a class's MRO, a
// function's closure, an instance's attribute values) directly instead of
// building the tuples and dicts CPython would hold, so the walk creates
// no objects and does not materialize every instance's __dict__.
var gcWalking bool

var gcRoots []func(visit func(Value))

// RegisterGCRoots adds fn to the roots of gc.get_referrers and
// gc.get_objects: a module whose Go state holds Python objects (callback
// lists, registries) reports them through it.
func RegisterGCRoots(fn func(visit func(Value))) { gcRoots = append(gcRoots, fn) }

// visitRoots visits the interpreter's roots.
func visitRoots(visit func(Value)) {
	visit(sysModules.Value())
	if builtinsModule != nil {
		visit(builtinsModule.Value())
	}
	for _, t := range staticTypes {
		visit(t.Value())
	}
	visitThreadRoots(mainThread, visit)
	for _, th := range otherThreads() {
		visitThreadRoots(th, visit)
	}
	for _, fn := range gcRoots {
		fn(visit)
	}
}

// visitThreadRoots visits what a thread's running frames and exception
// state hold.
func visitThreadRoots(th *Thread, visit func(Value)) {
	for _, f := range th.pool[:th.npool] {
		visitFrameRoots(f, visit)
	}
	for f := th.cur; f != nil; f = f.back {
		if f.gen != nil {
			visit(ValueOf(f.gen))
		}
	}
	for _, e := range [...]*Exception{th.handled, th.stashed} {
		if e != nil {
			visit(e.Value())
		}
	}
	for _, e := range th.outerHandled {
		if e != nil {
			visit(e.Value())
		}
	}
	if th.tr != nil {
		for _, fn := range [...]Value{th.tr.trace, th.tr.profile} {
			if !fn.IsNull() {
				visit(fn)
			}
		}
	}
	// The current contextvars Context is a native object whose first
	// field is its Header (modules/contextvars).
	if c, ok := th.context.(interface{ header() *Header }); ok {
		visit(ValueOfHeader(c.header()))
	}
}

// visitFrameRoots visits everything an interpreter frame record holds.
func visitFrameRoots(f *frame, visit func(Value)) {
	traverseFrameRecord(f, visit)
	if f.globals != nil {
		visit(ValueOf(f.globals))
	}
	if f.builtins != nil {
		visit(ValueOf(f.builtins))
	}
	if f.gen != nil {
		visit(ValueOf(f.gen))
	}
	if f.handled != nil {
		visit(f.handled.Value())
	}
	visitNonNull(f.ctor, visit)
}

// walkRefs visits v's references for the walk: its traversal for objects
// the collector knows, and for the others what keeps objects reachable
// (a static type's dict, a code object's constants).
func walkRefs(v Value, visit func(Value)) {
	if IsGCObject(v) {
		traverse(v, visit)
		return
	}
	if t, ok := v.TryType(); ok {
		visitNonNull(ValueOf(t.dict), visit)
		for _, b := range t.MRO[min(1, len(t.MRO)):] {
			visit(b.Value())
		}
		return
	}
	if v.Type() == CodeType {
		if lz := ptrOf[Code](v).lazy; lz != nil { // lazy14_code.go: its only object
			if lz.doc != nil {
				visit(ValueOf(lz.doc))
			}
		}
		for _, c := range ptrOf[Code](v).consts {
			visitNonNull(c, visit)
		}
	}
}

// lastWalkSize sizes the next walk's visited set.
var lastWalkSize int

// WalkHeap calls fn once for every object reachable from the roots (atoms
// such as strs and ints left out), with
// the objects it refers to (refs is reused between calls). It must run
// with the GIL held; fn must not run Python code.
func WalkHeap(fn func(v Value, refs []Value)) {
	initTraversers()
	gcWalking = true
	defer func() { gcWalking = false }()
	seen := make(map[unsafe.Pointer]struct{}, lastWalkSize)
	defer func() { lastWalkSize = len(seen) }()
	var queue []Value
	push := func(x Value) {
		if x.IsNull() || x.IsSmallInt() || x.IsFloat() {
			return
		}
		if t := x.Type(); t == nil || t.Flags&FlagHeapType == 0 && t != CodeType && isAtomType(t) {
			return // a str, an int: nothing to walk, never tracked
		}
		if _, ok := seen[x.p]; ok {
			return
		}
		seen[x.p] = struct{}{}
		queue = append(queue, x)
	}
	visitRoots(push)
	var refs []Value
	collect := func(x Value) { refs = append(refs, x) }
	for len(queue) > 0 {
		v := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		refs = refs[:0]
		walkRefs(v, collect)
		fn(v, refs)
		for _, x := range refs {
			push(x)
		}
	}
}

// Referrers is gc.get_referrers(*objs): the tracked objects that refer
// directly to one of targets, leaving out exclude (the argument tuple).
func Referrers(targets []Value, exclude Value) []Value {
	// A map of Values hashes 16 bytes per lookup: the usual one to three
	// targets are found faster by comparing.
	var want map[Value]struct{}
	if len(targets) > 8 {
		want = make(map[Value]struct{}, len(targets))
		for _, t := range targets {
			want[t] = struct{}{}
		}
	}
	isTarget := func(x Value) bool {
		if want != nil {
			_, ok := want[x]
			return ok
		}
		for _, t := range targets {
			if x == t {
				return true
			}
		}
		return false
	}
	var out []Value
	WalkHeap(func(v Value, refs []Value) {
		if v == exclude {
			return
		}
		for _, x := range refs {
			if isTarget(x) {
				if IsTracked(v) {
					out = append(out, v)
				}
				return
			}
		}
	})
	return out
}

// TrackedObjects is gc.get_objects(): every reachable tracked object.
func TrackedObjects() []Value {
	var out []Value
	WalkHeap(func(v Value, refs []Value) {
		if IsTracked(v) {
			out = append(out, v)
		}
	})
	return out
}
