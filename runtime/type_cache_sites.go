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

// codeSite is one instruction of a code object, which it does not keep alive.
type codeSite struct {
	code weak.Pointer[Code]
	pc   int
}

// siteRecord is a set of instructions whose cache entries gc.collect()
// forgets; sites of dead code and repeats are pruned as it grows.
type siteRecord struct {
	sync.Mutex
	s     []codeSite
	limit int // prune when len(s) reaches it
}

// add records co's instruction pc.
func (r *siteRecord) add(co *Code, pc int) {
	r.Lock()
	defer r.Unlock()
	if len(r.s) >= r.limit {
		r.s = liveDistinctSites(r.s)
		r.limit = max(256, 2*len(r.s))
	}
	r.s = append(r.s, codeSite{weak.Make(co), pc})
}

// take empties the record and returns what it held.
func (r *siteRecord) take() []codeSite {
	r.Lock()
	defer r.Unlock()
	s := r.s
	r.s, r.limit = nil, 0
	return s
}

// liveDistinctSites keeps the sites of s whose code is alive, each once: a
// call site alternating between classes records itself at every refill,
// and without the deduplication a loop running it would grow the record
// until the next gc.collect().
func liveDistinctSites(s []codeSite) []codeSite {
	seen := make(map[codeSite]bool, len(s))
	live := s[:0]
	for _, x := range s {
		if x.code.Value() != nil && !seen[x] {
			seen[x] = true
			live = append(live, x)
		}
	}
	clear(s[len(live):])
	return live
}

var typeCacheSites siteRecord

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
	typeCacheSites.add(co, pc)
}

// forgetTypeCaches turns every recorded class-attribute instruction back
// to its generic form and drops what its cache entry held. The caller
// holds the GIL; a running frame reads the rewritten instruction next time.
func forgetTypeCaches() {
	for _, s := range typeCacheSites.take() {
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
