// This file lets the cycle pass (refsem11_cycles.go) skip its heap walk
// when every live finalizable object is still reachable the way the last
// walk reached it. test.support.gc_collect() collects three times at each
// asyncio test's tearDown, with the test's event loop and the child
// watcher alive each time: the walk to them was most of the cost of a
// collection.
//
// After a walk, each target reached keeps the chain of objects the walk
// reached it through, from a root, held weakly (a cached path must not
// keep the objects on it alive). Checking a path is checking that its
// first object is a root now and that each object refers to the next
// now, the last one to the target: the walk, which follows the same
// roots and references, would then reach the target too. So a pass whose
// targets all have valid paths finalizes nothing, as the walk would have
// found.

package runtime

import (
	"unsafe"
	"weak"
)

// maxPathTargets bounds the finalizable objects whose paths are kept (a
// program with thousands of them walks, as before).
const maxPathTargets = 64

// pathStep is one object of a cached path: a weak pointer to a heap
// object, or the address of an object outside the heap (a static type),
// which never dies.
type pathStep struct {
	w    weak.Pointer[Header]
	p    unsafe.Pointer // set when w is not
	bits uint64
}

func stepOf(v Value) pathStep {
	if inHeapArenas(v.p) {
		return pathStep{w: weak.Make((*Header)(v.p)), bits: v.bits}
	}
	return pathStep{p: v.p, bits: v.bits}
}

// value returns the step's object, or false once it died.
func (s pathStep) value() (Value, bool) {
	if s.p != nil {
		return Value{s.p, s.bits}, true
	}
	h := s.w.Value()
	return Value{unsafe.Pointer(h), s.bits}, h != nil
}

// inHeapArenas reports whether p lies where Go's heap grows (above the
// address of the first heap allocation); the binary's data lies below.
func inHeapArenas(p unsafe.Pointer) bool {
	return uintptr(p)>>addrArenaShift-addrHeapBase < addrMaxArenas
}

// targetPaths maps a finalizable object's address to its path, root
// first, the object itself left out (empty: the object is a root).
var targetPaths = map[uintptr][]pathStep{}

// rootSet holds the roots while paths are checked.
var rootSet addrSet

// unverifiedTargets returns the objects of live whose cached path no
// longer holds (or that have none), and forgets the paths of objects no
// longer live or no longer reached that way.
func unverifiedTargets(live []finalLive) []finalLive {
	if len(live) > maxPathTargets {
		clear(targetPaths)
		return live
	}
	if len(targetPaths) == 0 {
		return live
	}
	initTraversers()
	gcWalking = true
	defer func() { gcWalking = false }()
	visitRoots(func(x Value) {
		if !x.IsNull() && !x.IsSmallInt() && !x.IsFloat() {
			rootSet.add(x.p)
		}
	})
	defer rootSet.reset()
	kept := make(map[uintptr][]pathStep, len(live))
	var out []finalLive
	for _, l := range live {
		key := uintptr(unsafe.Pointer(l.h))
		if path, ok := targetPaths[key]; ok && pathHolds(path, unsafe.Pointer(l.h)) {
			kept[key] = path
		} else {
			out = append(out, l)
		}
	}
	targetPaths = kept
	return out
}

// pathHolds reports whether path still leads from a root to target.
func pathHolds(path []pathStep, target unsafe.Pointer) bool {
	if len(path) == 0 {
		return rootSet.has(target)
	}
	cur, ok := path[0].value()
	if !ok || !rootSet.has(cur.p) {
		return false
	}
	for i := range path {
		var next Value
		if i+1 < len(path) {
			if next, ok = path[i+1].value(); !ok {
				return false
			}
		} else {
			next = Value{target, 0}
		}
		found := false
		walkRefs(cur, func(y Value) {
			if y.p == next.p {
				found = true
			}
		})
		if !found {
			return false
		}
		cur = next
	}
	return true
}

// recordPaths keeps the path of each target the walk reached: hits are
// the targets with the queue index of the object they were reached from
// (-1: a root), parents the queue's own such indices.
func recordPaths(hits []pathHit, queue []Value, parents []int32) {
	if len(targetPaths)+len(hits) > maxPathTargets {
		return
	}
	for _, h := range hits {
		var path []pathStep
		for i := h.parent; i >= 0; i = parents[i] {
			path = append(path, stepOf(queue[i]))
		}
		for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
			path[i], path[j] = path[j], path[i]
		}
		targetPaths[uintptr(h.target)] = path
	}
}

// pathHit is a target the walk reached, and the queue index of the
// object it reached it from.
type pathHit struct {
	target unsafe.Pointer
	parent int32
}
