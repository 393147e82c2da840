// This file defines the record of the instructions specialized to a class
// attribute (LOAD_ATTR_TYPE, LOAD_METHOD_TYPE), whose cache entries hold
// the class and the attribute strongly where CPython's borrow them under a
// version tag: gc.collect() turns them back to the generic form, so that a
// class and its functions nothing else uses can die, as in CPython (a
// weakref to a dropped class's lru_cache'd method is cleared).

package runtime

import (
	"sync"
	"weak"

	op "krait/compiler"
)

// typeCacheSite is one specialized instruction: its code and index.
type typeCacheSite struct {
	code weak.Pointer[Code]
	pc   int
}

var typeCacheSites struct {
	sync.Mutex
	s     []typeCacheSite
	limit int // prune dead sites when len(s) reaches it
}

// noteTypeCacheSite records that co's instruction pc was quickened to
// to, when to caches a class attribute.
func noteTypeCacheSite(co *Code, pc int, to op.Opcode) {
	if to == op.CALL_TYPE_INIT {
		noteClassCallSite(co, pc) // compat17a_classcall_sites.go
		return
	}
	if to != op.LOAD_ATTR_TYPE && to != op.LOAD_METHOD_TYPE {
		return
	}
	r := &typeCacheSites
	r.Lock()
	defer r.Unlock()
	if len(r.s) >= r.limit {
		live := r.s[:0]
		for _, s := range r.s {
			if s.code.Value() != nil {
				live = append(live, s)
			}
		}
		clear(r.s[len(live):])
		r.s = live
		r.limit = max(256, 2*len(live))
	}
	r.s = append(r.s, typeCacheSite{weak.Make(co), pc})
}

// forgetTypeCaches turns every recorded class-attribute instruction back
// to its generic form and drops what its cache entry held. The caller
// holds the GIL; a running frame reads the rewritten instruction next time.
func forgetTypeCaches() {
	r := &typeCacheSites
	r.Lock()
	sites := r.s
	r.s, r.limit = nil, 0
	r.Unlock()
	for _, s := range sites {
		co := s.code.Value()
		if co == nil || s.pc >= len(co.instrs) || co.caches == nil {
			continue
		}
		if o := traceOpAt(co.instrs, s.pc); o != op.LOAD_ATTR_TYPE && o != op.LOAD_METHOD_TYPE {
			continue
		}
		ce := &co.caches[co.c.CacheIndex[s.pc]]
		deopt(co, s.pc, ce)
		ce.typ, ce.value = nil, Value{}
	}
}
