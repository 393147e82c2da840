// This file emulates the collector's generations and statistics for the
// programs that observe them (gc.get_objects(generation=), gc.get_stats,
// gc.freeze): Go's collector has none. A collection of generation g
// moves the tracked objects of generations 0..g to g+1 (2 at most), as
// CPython's survivors move up. Objects are placed in generations only
// once a program asked for a generation's objects: the placement walks
// the heap at each gc.collect, which nobody else should pay for.

package gc

import (
	"weak"

	kr "krait/runtime"
)

// genEntry is an object's generation, with a weak pointer that tells a
// live entry from one whose address was reused.
type genEntry struct {
	w   weak.Pointer[kr.Header]
	gen int8
}

// gens maps object addresses to generations; nil until enabled.
var gens map[*kr.Header]genEntry

// genStats are gc.get_stats()'s counters per generation.
var genStats [3]struct{ collections, collected int64 }

// frozenCount is gc.get_freeze_count(): the objects gc.freeze() moved to
// the permanent generation.
var frozenCount int

// genOf returns v's generation (0 for objects not placed yet).
func genOf(v kr.Value) int {
	h := v.HeaderPtr()
	if e, ok := gens[h]; ok && e.w.Value() == h {
		return int(e.gen)
	}
	return 0
}

// noteCollect counts a collection of generation g that found n objects
// and moves the survivors up.
func noteCollect(g int, n int) {
	genStats[g].collections++
	genStats[g].collected += int64(n)
	if gens == nil {
		return
	}
	fresh := make(map[*kr.Header]genEntry, len(gens))
	for _, v := range kr.TrackedObjects() {
		h := v.HeaderPtr()
		e, ok := gens[h]
		if !ok || e.w.Value() != h {
			e = genEntry{w: weak.Make(h)}
		}
		if int(e.gen) <= g {
			e.gen = int8(min(g+1, 2))
		}
		fresh[h] = e
	}
	gens = fresh
}

// objectsOfGeneration lists the tracked objects in generation g,
// enabling the placement.
func objectsOfGeneration(g int) []kr.Value {
	if gens == nil {
		gens = map[*kr.Header]genEntry{}
	}
	var out []kr.Value
	for _, v := range kr.TrackedObjects() {
		if genOf(v) == g {
			out = append(out, v)
		}
	}
	return out
}
