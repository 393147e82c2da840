// This file defines the finalization of unreachable objects that Go's
// collector cannot free: an object with a Go finalizer (__del__, a
// generator to close) is never collected while it sits in a reference
// cycle, since Go marks everything its finalizer could see. gc.collect()
// therefore walks the heap from the interpreter's roots (gcwalk_heap.go)
// and calls the finalizers of the registered objects the walk does not
// reach, in registration order, as CPython's collector (PEP 442) does for
// the cyclic garbage it finds. It then removes their Go finalizers: the
// cycle is an ordinary one again and Go frees it, unless a finalizer
// resurrected it. The argument for why this never finalizes a live object,
// and the conditions under which the pass declines to run, are in
// docs/design/finalization.md.

package runtime

import (
	"os"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unsafe"
)

// cycleTrace (KRAIT_GCDEBUG=1) reports on stderr why a pass declined.
var cycleTrace = os.Getenv("KRAIT_GCDEBUG") != ""

// ClearWeakrefsHook, set by the weakref module, kills the weak references
// to objs and queues their callbacks: CPython clears the weak references
// to cyclic garbage before it calls any finalizer, so a resurrected
// object is no longer reachable through them.
var ClearWeakrefsHook func(objs []Value)

// liveFinalizable returns the registered objects whose Go finalizer has
// not been queued, oldest first.
func liveFinalizable() []finalLive {
	finalMu.Lock()
	out := make([]finalLive, 0, len(finalizable))
	for _, e := range finalizable {
		if h := e.w.Value(); h != nil {
			out = append(out, finalLive{h, e.seq})
		}
	}
	finalMu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].seq < out[j].seq })
	return out
}

type finalLive struct {
	h   *Header
	seq uint64
}

// finalizeUnreachable runs one pass: it returns how many objects it found
// unreachable (the finalizable ones and what only they hold), 0 when it
// declined or found nothing.
func finalizeUnreachable() int {
	live := liveFinalizable()
	if cycleTrace {
		os.Stderr.WriteString("krait gc: cycle pass over " + strconv.Itoa(len(live)) + " finalizable objects\n")
	}
	if len(live) == 0 || !cyclePassSafe() {
		return 0
	}
	// The objects still reachable the way the last walk found them need
	// no walk (gc16_paths.go); only the others are looked for.
	if live = unverifiedTargets(live); len(live) == 0 {
		if cycleTrace {
			os.Stderr.WriteString("krait gc: every finalizable object still reachable by its path\n")
		}
		return 0
	}
	targets := &targetSet
	for _, l := range live {
		targets.add(unsafe.Pointer(l.h))
	}
	defer targets.reset()
	reached, opaque := walkReachable(targets)
	defer reached.reset()
	if opaque != "" {
		if cycleTrace {
			os.Stderr.WriteString("krait gc: cycle pass declined: walk reached an opaque " + opaque + "\n")
		}
		return 0
	}
	var dead []Value
	for _, l := range live {
		if !reached.has(unsafe.Pointer(l.h)) {
			dead = append(dead, ValueOfHeader(l.h))
		} else if cycleTrace {
			tracePath(ValueOfHeader(l.h))
		}
	}
	if len(dead) == 0 {
		return 0
	}
	garbage := unreachableClosure(dead, reached)
	if dead = onCycles(dead, garbage); len(dead) == 0 {
		if cycleTrace {
			os.Stderr.WriteString("krait gc: the unreachable finalizable objects lie on no cycle\n")
		}
		return 0
	}
	if cycleTrace {
		for _, v := range dead {
			os.Stderr.WriteString("krait gc: finalizing unreachable " + v.Type().Name + "\n")
		}
	}
	if ClearWeakrefsHook != nil {
		if cyc := cyclicGarbage(garbage); len(cyc) > 0 {
			ClearWeakrefsHook(cyc)
			RunPendingCalls() // their callbacks run before the finalizers, as in CPython
		}
	}
	// All finalizers first (PEP 442); none of them runs twice, since the
	// registry entry and the Go finalizer go before the call.
	for _, v := range dead {
		unregisterDel(v)
	}
	for _, v := range dead {
		callDel(v)
	}
	return len(garbage)
}

// unreachableClosure returns dead and everything reachable from it that
// the walk did not reach: the garbage CPython's collector would count.
func unreachableClosure(dead []Value, reached *addrSet) []Value {
	gcWalking = true
	defer func() { gcWalking = false }()
	seen := &closureSet
	defer seen.reset()
	var out, stack []Value
	push := func(x Value) {
		if !walkable(x) || reached.has(x.p) || !seen.add(x.p) {
			return
		}
		stack = append(stack, x)
	}
	for _, v := range dead {
		push(v)
	}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if IsGCObject(v) {
			out = append(out, v)
		}
		walkRefs(v, push)
	}
	return out
}

// opaqueSeen are the opaque types already reported (KRAIT_GCDEBUG).
var opaqueSeen = map[*Type]bool{}

// walkable reports whether the walk follows x (atoms are left out).
func walkable(x Value) bool {
	if x.IsNull() || x.IsSmallInt() || x.IsFloat() {
		return false
	}
	t := x.Type()
	if t == nil {
		return false // a sentinel struct embedded in an object (an lru_cache's root link)
	}
	return t.Flags&FlagHeapType != 0 || t == CodeType || !isAtomType(t)
}

// The visited sets of the cycle pass, reused across collections
// (gc16_addrset.go).
var reachedSet, closureSet, targetSet addrSet

// walkQueue is the walk's stack of objects to visit, reused across
// collections (cleared after each, so it keeps nothing alive).
var walkQueue []Value

// walkParents holds, for each object of walkQueue, the index of the one
// the walk reached it from (-1: a root).
var walkParents []int32

// frameWalkBudget is how many objects the walk visits from the running
// frames before it adds the other roots.
const frameWalkBudget = 4096

// walkReachable marks the objects reachable from the roots, until it has
// reached every object in targets (the live finalizable ones without a
// valid cached path; it records their paths, gc16_paths.go): what is
// left unreached then is of no interest, since only an unreached target
// makes the pass finalize anything. The walk goes breadth first, so that
// targets near the roots (a test's event loop, a global's) are found
// before the bulk of the modules' contents. opaque names the first type
// reached whose references the walk cannot see (no hand-written
// traverse, no registered Go layout): what such an object holds would
// look unreachable, so the caller must not trust the result. The set
// holds the atoms reached too (strs, ints: each is looked at once, not at
// every reference to it). The caller resets it.
func walkReachable(targets *addrSet) (reached *addrSet, opaque string) {
	initTraversers()
	gcWalking = true
	defer func() { gcWalking = false }()
	reached = &reachedSet
	queue, parents := walkQueue[:0], walkParents[:0]
	var hits []pathHit
	left := targets.len()
	var cur Value
	curIdx := int32(-1)
	push := func(x Value) {
		if x.IsNull() || x.IsSmallInt() || x.IsFloat() || !reached.add(x.p) {
			return
		}
		if targets.has(x.p) {
			left--
			hits = append(hits, pathHit{x.p, curIdx})
		}
		if !walkable(x) {
			return
		}
		if cycleTrace {
			walkParent[x.p] = cur
		}
		queue = append(queue, x)
		parents = append(parents, curIdx)
	}
	if cycleTrace {
		walkParent = map[unsafe.Pointer]Value{}
	}
	// First what the running frames hold, a bounded number of objects
	// deep: a new target (a test's event loop) is usually a local's
	// attribute, found there before the modules' contents are walked.
	// Then every root; the walk goes on from where it was.
	for _, th := range append([]*Thread{mainThread}, otherThreads()...) {
		for _, f := range th.pool[:th.npool] {
			traverseFrameRecord(f, push)
		}
	}
	head, rooted := 0, false
	for ; left > 0; head++ {
		if !rooted && (head == len(queue) || head == frameWalkBudget) {
			rooted = true
			cur, curIdx = Value{}, -1
			visitRoots(push)
		}
		if head == len(queue) {
			break
		}
		v := queue[head]
		cur, curIdx = v, int32(head)
		if isOpaque(v) {
			if opaque == "" {
				opaque = v.Type().Name
			}
			if cycleTrace && !opaqueSeen[v.Type()] {
				opaqueSeen[v.Type()] = true
				os.Stderr.WriteString("krait gc: opaque " + v.Type().Name + "\n")
			}
		}
		walkRefs(v, push)
	}
	if cycleTrace {
		os.Stderr.WriteString("krait gc: walk reached " + strconv.Itoa(reached.len()) + " objects, " + strconv.Itoa(left) + " targets not\n")
	}
	recordPaths(hits, queue, parents) // gc16_paths.go
	clear(queue[:cap(queue)])
	walkQueue, walkParents = queue[:0], parents[:0]
	return reached, opaque
}

// isOpaque reports an object whose traversal is unknown: traverse would
// visit nothing of its builtin part.
func isOpaque(v Value) bool {
	if !IsGCObject(v) {
		return false
	}
	t := v.Type()
	if t.Flags&FlagHeapType != 0 {
		if tt, ok := v.TryType(); ok && tt.Flags&FlagHeapType != 0 && t.Flags&FlagTypeSubclass != 0 {
			return false
		}
	}
	base := t
	for base.Flags&FlagHeapType != 0 {
		base = base.Base
	}
	if base == NamespaceType && base != nil {
		return false
	}
	for b := base; b != nil; b = b.Base {
		if fn := traversers[b]; fn != nil {
			return b == ObjectType && base != ObjectType && !opaqueOK(base)
		}
		if goLayoutOf(b) != nil {
			return false
		}
	}
	return true
}

// opaqueOK reports builtin types without a traverse whose instances hold
// no Python objects.
func opaqueOK(t *Type) bool { return nonGCTypes[t.Name] || noRefTypes[t] }

// noRefTypes are the types RegisterNoRefs declared.
var noRefTypes = map[*Type]bool{}

// RegisterNoRefs declares builtin types whose instances hold no Python
// objects (singletons, plain data), so the heap walk need not see inside.
func RegisterNoRefs(types ...*Type) {
	for _, t := range types {
		noRefTypes[t] = true
	}
}

// cyclePassSafe reports whether no reference can hide from the walk in a
// Go variable: only this thread runs Python code, and the Go functions on
// its stack are the interpreter's, which keep what they hold in frame
// registers the walk visits (see docs/design/finalization.md).
func cyclePassSafe() bool {
	if inPendingCalls > 0 {
		if cycleTrace {
			dumpGoStack()
		}
		return declined("inside a pending call")
	}
	if curThread != mainThread {
		// The main thread is not in liveThreads, and may be inside a
		// builtin while this one runs.
		return declined("not the main thread")
	}
	threadsMu.Lock()
	others := 0
	for th := range liveThreads {
		if th != curThread {
			others++
		}
	}
	threadsMu.Unlock()
	if others > 0 {
		return declined("other threads run")
	}
	if fn := unsafeGoCaller(); fn != "" {
		if cycleTrace {
			dumpGoStack()
		}
		return declined("Go caller " + fn)
	}
	return true
}

func declined(why string) bool {
	if cycleTrace {
		os.Stderr.WriteString("krait gc: cycle pass declined: " + why + "\n")
	}
	return false
}

// unsafeGoCaller returns the first function on this goroutine's stack that
// is not known to keep its Python objects where the walk sees them.
func unsafeGoCaller() string {
	pcs := make([]uintptr, 256)
	n := runtime.Callers(2, pcs)
	if n == len(pcs) {
		return "(stack too deep)"
	}
	frames := runtime.CallersFrames(pcs[:n])
	for {
		fr, more := frames.Next()
		if !walkSafeGoFunc(fr.Function) && !walkSafeEntries()[fr.Entry] {
			return fr.Function
		}
		if !more {
			return ""
		}
	}
}

// walkSafeGoFunc reports whether the Go function name is allowed below a
// cycle pass.
func walkSafeGoFunc(name string) bool {
	if walkSafeFuncs[name] {
		return true
	}
	for _, p := range walkSafePrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// walkSafePrefixes are packages that hold no Python objects.
var walkSafePrefixes = []string{"runtime.", "main.main"}

// walkSafeFuncs are the Go functions that may be on the stack of a cycle
// pass: the interpreter loop and the call machinery pass their operands
// in frame registers, which the walk visits.
var walkSafeFuncs = map[string]bool{
	"krait/runtime.cyclePassSafe":         true,
	"krait/runtime.finalizeUnreachable":   true,
	"krait/runtime.Collect":               true,
	"krait/runtime.CollectGeneration":     true,
	"krait/runtime.promptFinalize":        true,
	"krait/modules/gc.gc_collect":         true,
	"krait/runtime.callBuiltinFast":       true,
	"krait/runtime.(*Thread).loop":        true,
	"krait/runtime.(*Thread).run":         true,
	"krait/runtime.RunCode":               true,
	"krait/runtime.runCodeClosure":        true,
	"main.runProgram":                     true,
	"main.run":                            true,
	"main.runModule":                      true,
	"krait/runtime.callModuleBuiltin":     true, // callBuiltinFast's caller
	"krait/runtime.callMethodScratch":     true, // binds the caller's registers into the slab
	"krait/runtime.CollectIfThreadsEnded": true,
	"krait/modules/thread.thread__count":  true, // holds nothing
	"krait/runtime.(*stallWait).collect":  true, // declines below when other threads run
	// Calls of Python functions: the arguments are copied into the
	// callee's registers (a bound method's self too).
	"krait/runtime.callFunctionSelf": true,
	"krait/runtime.function_call":    true,
	"krait/runtime.method_call":      true,
	"krait/runtime.Call":             true,
	"krait/runtime.callEx":           true,
	"krait/runtime.callMethodByName": true,
	"krait/runtime.CallMethod":       true,
	// Generators: the value sent or thrown goes into the frame's
	// registers; the generator is on the thread's frame chain.
	"krait/runtime.(*Generator).resume": true,
	"krait/runtime.(*Thread).throwInto": true,
	"krait/runtime.gen_next":            true,
	// exec and eval: the namespaces are the frame's globals and locals.
	"krait/runtime.execEval":     true,
	"krait/runtime.builtin_exec": true,
}

func init() {
	// The objects whose __del__ Go queued and that have not run yet are
	// held by dueDels only; what they refer to is not garbage before they
	// ran.
	RegisterGCRoots(func(visit func(Value)) {
		finalMu.Lock()
		ds := append([]dueDel(nil), dueDels...)
		finalMu.Unlock()
		for _, d := range ds {
			visit(d.v)
		}
	})
}

// dumpGoStack writes the Go functions on this goroutine's stack (for
// KRAIT_GCDEBUG).
func dumpGoStack() {
	pcs := make([]uintptr, 256)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		fr, more := frames.Next()
		os.Stderr.WriteString("  " + fr.Function + " " + fr.File + ":" + strconv.Itoa(fr.Line) + "\n")
		if !more {
			return
		}
	}
}

// layoutInits are the RegisterLayouts functions, run on the first walk.
var layoutInits []func()

// RegisterLayouts adds fn, which registers Go layouts (RegisterGoLayout)
// of a module's types, to the work of the first heap walk: a module's
// types may be made by its init functions, in any order.
func RegisterLayouts(fn func()) { layoutInits = append(layoutInits, fn) }

// walkSafeMethods are builtins, written as function literals (whose Go
// names are numbered), allowed below a cycle pass: each only passes its
// arguments, which sit in the caller's registers, on to Python code.
// (Set by init: the tables' functions reach the interpreter loop, which
// reaches this file.)
var walkSafeMethods []walkSafeMethod

type walkSafeMethod struct {
	table *[]Method
	name  string
}

func init() {
	walkSafeMethods = []walkSafeMethod{
		{&builtinFunctions, "next"},
		{&generatorMethods, "send"},
		{&generatorMethods, "throw"},
	}
}

var walkSafeEntryPCs map[uintptr]bool

// walkSafeEntries returns the entry PCs of walkSafeMethods' functions.
func walkSafeEntries() map[uintptr]bool {
	if walkSafeEntryPCs == nil {
		walkSafeEntryPCs = map[uintptr]bool{}
		for _, m := range walkSafeMethods {
			for i := range *m.table {
				if d := &(*m.table)[i]; d.Name == m.name && d.Fn != nil {
					walkSafeEntryPCs[reflect.ValueOf(d.Fn).Pointer()] = true
				}
			}
		}
	}
	return walkSafeEntryPCs
}

// walkParent records, for KRAIT_GCDEBUG, how the walk reached each object.
var walkParent map[unsafe.Pointer]Value

// tracePath writes how the walk reached v, from v back to a root.
func tracePath(v Value) {
	os.Stderr.WriteString("krait gc: reached " + v.Type().Name + " via")
	for i := 0; i < 12 && !v.IsNull(); i++ {
		v = walkParent[v.p]
		if !v.IsNull() {
			os.Stderr.WriteString(" <- " + v.Type().Name)
		}
	}
	os.Stderr.WriteString("\n")
}

// maxCycleCheck bounds the garbage cyclicGarbage examines object by
// object; beyond it all of it counts as cyclic.
const maxCycleCheck = 512

// cyclicGarbage returns the objects of garbage that lie on a reference
// cycle within it. CPython's collector clears the weak references to
// those before finalizing them; an object outside any cycle would have
// been freed by its reference count, which runs __del__ first and leaves
// the weak references alive when __del__ resurrects the object.
func cyclicGarbage(garbage []Value) []Value {
	if len(garbage) > maxCycleCheck {
		return garbage
	}
	in := make(map[unsafe.Pointer]bool, len(garbage))
	for _, v := range garbage {
		in[v.p] = true
	}
	gcWalking = true
	defer func() { gcWalking = false }()
	var out []Value
	for _, v := range garbage {
		if reachesItself(v, in) {
			out = append(out, v)
		}
	}
	return out
}

// reachesItself reports whether a path through the objects in reaches v
// back from its referents.
func reachesItself(v Value, in map[unsafe.Pointer]bool) bool {
	seen := map[unsafe.Pointer]bool{}
	stack := []Value{v}
	found := false
	for len(stack) > 0 && !found {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		walkRefs(x, func(y Value) {
			if y.p == v.p {
				found = true
			}
			if !found && in[y.p] && !seen[y.p] {
				seen[y.p] = true
				stack = append(stack, y)
			}
		})
	}
	return found
}

// onCycles keeps the objects of dead that lie on a reference cycle within
// garbage. A finalizable object on no cycle that the walk did not reach is
// either garbage Go finalizes by itself, or held by a Go reference the
// walk cannot see (a registry no module reported through RegisterGCRoots):
// running its __del__ here could finalize a live object, so it is left to
// Go. Only a cycle keeps Go from finalizing an object, and only cycles
// need this pass.
func onCycles(dead, garbage []Value) []Value {
	in := make(map[unsafe.Pointer]bool, len(garbage))
	for _, v := range garbage {
		in[v.p] = true
	}
	gcWalking = true
	defer func() { gcWalking = false }()
	out := dead[:0]
	for _, v := range dead {
		if reachesItself(v, in) {
			out = append(out, v)
		}
	}
	return out
}
