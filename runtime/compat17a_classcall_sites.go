// This file extends type_cache_sites.go to the call sites that keep a
// class: CALL_TYPE_INIT and the generic CALL's entries filled by
// pyInitCached and classCallCached hold (class, version, __init__ or
// __new__) strongly, where CPython's specializations borrow under a
// version tag. A class that was called once at a site that stays alive
// (the test method calling gc.collect) then never died, and a weakref to
// it was never cleared nor its callback run. gc.collect() forgets these
// entries, as it forgets the class-attribute ones.
//
// Only gc.collect() does, not the collection a `del` runs to finalize an
// object at once (finalizeDropped): a class is always on a reference
// cycle in CPython (its __mro__ holds it), so dropping its last name
// frees it only at the next collection, and its weakrefs' callbacks run
// then. A class called at a live site stays alive past such a `del`.

package runtime

import (
	op "krait/compiler"
)

// classCallSites are the call instructions whose cache entries held a class.
var classCallSites siteRecord

// noteClassCallEntry records ce, the entry of the call instruction the
// current frame is executing, when it has just been filled with a class
// defined in Python (pyInitCached, classCallCached).
func noteClassCallEntry(ce *cacheEntry) {
	if ce.v2 == classCallEpoch || ce.typ == nil || ce.typ.Flags&FlagImmutable != 0 {
		return // recorded since the last gc.collect(), or a builtin class, which never dies
	}
	th := curThread
	if th == nil || th.cur == nil || th.cur.code == nil {
		return
	}
	co, pc := th.cur.code, th.cur.pc-1
	if pc < 0 || pc >= len(co.c.CacheIndex) || int(co.c.CacheIndex[pc]) >= len(co.caches) ||
		&co.caches[co.c.CacheIndex[pc]] != ce {
		return
	}
	noteClassCallSite(co, pc)
	ce.v2 = classCallEpoch
}

// classCallEpoch counts the gc.collect() calls that forgot the recorded
// sites, from 1. An entry of a class call keeps in v2 (unused by calls:
// only LOAD_GLOBAL's entries use it) the epoch it was recorded in, so
// that a site alternating between classes is not recorded again at each
// refill (a weak pointer and a lock each time, ~75 ns).
var classCallEpoch uint64 = 1

// noteClassCallSite records that the cache entry of co's instruction pc
// holds a class.
func noteClassCallSite(co *Code, pc int) {
	classCallSites.add(co, pc)
}

// forgetClassCallCaches drops the class every recorded entry still holds
// and turns a CALL_TYPE_INIT using it back to its generic form. The caller
// holds the GIL; a running frame reads the rewritten instruction next time.
func forgetClassCallCaches() {
	sites := classCallSites.take()
	classCallEpoch++
	for _, s := range sites {
		co := s.code.Value()
		if co == nil || s.pc >= len(co.instrs) || s.pc >= len(co.c.CacheIndex) || co.caches == nil {
			continue
		}
		ce := &co.caches[co.c.CacheIndex[s.pc]]
		if ce.typ == nil || ce.typ.Flags&FlagImmutable != 0 {
			continue // cleared already, or refilled with a builtin class
		}
		if traceOpAt(co.instrs, s.pc) == op.CALL_TYPE_INIT {
			deopt(co, s.pc, ce)
		}
		ce.typ, ce.v1, ce.value = nil, 0, Value{}
	}
	tpNewSafe = newSafeEntry{} // perf11c_newcall.go: it holds the last subclass
}
