// This file defines the visited set of the heap walks gc.collect() runs
// (refsem11_cycles.go). A Go map keyed by address cost a hash, a probe
// and, as it grew, an allocation per object reached: with asyncio loaded
// the walk reaches some 10^5 objects and the map was most of its time.

package runtime

import "unsafe"

const (
	// addrArenaShift is log2 of the span of addresses one bitmap covers
	// (Go's heap arena on 64-bit Linux is 64 MB).
	addrArenaShift = 26
	// addrArenaWords is the number of 64-bit words of one bitmap: a bit
	// for each 8-byte word of the span, the alignment of every object.
	addrArenaWords = 1 << (addrArenaShift - 3 - 6)
	// addrMaxArenas bounds the bitmaps one set may hold (1 TB of heap);
	// addresses past it go to the map.
	addrMaxArenas = 1 << 14
)

// addrSet is a set of object addresses: a bitmap per 64 MB of the Go
// heap, one bit per 8-byte word, and a map for the addresses below the
// heap (static types in the binary's data) or beyond the bound. The
// bitmaps hold no pointers, so the set keeps nothing alive: its users
// hold what they reached (the walk's queue, or the roots themselves,
// since no Python code runs while a set is in use). A set is reused
// across collections; reset clears the words it set.
type addrSet struct {
	arenas []*[addrArenaWords]uint64
	// dirty lists the words holding set bits, as arena<<32|word.
	dirty []uint64
	other map[uintptr]struct{}
	n     int
}

// addrHeapBase is the number of the first 64 MB span of the Go heap
// (taken from a heap allocation: the heap grows up from there).
var addrHeapBase = uintptr(unsafe.Pointer(new([64]byte))) >> addrArenaShift

// add inserts p and reports whether it was absent.
func (s *addrSet) add(p unsafe.Pointer) bool {
	a := uintptr(p)
	i := a>>addrArenaShift - addrHeapBase // wraps for addresses below the heap
	if i >= addrMaxArenas {
		return s.addOther(a)
	}
	if i >= uintptr(len(s.arenas)) {
		s.arenas = append(s.arenas, make([]*[addrArenaWords]uint64, i+1-uintptr(len(s.arenas)))...)
	}
	bm := s.arenas[i]
	if bm == nil {
		bm = new([addrArenaWords]uint64)
		s.arenas[i] = bm
	}
	off := a & (1<<addrArenaShift - 1) >> 3
	w, bit := off>>6, uint64(1)<<(off&63)
	old := bm[w]
	if old&bit != 0 {
		return false
	}
	if old == 0 {
		s.dirty = append(s.dirty, uint64(i)<<32|uint64(w))
	}
	bm[w] = old | bit
	s.n++
	return true
}

func (s *addrSet) addOther(a uintptr) bool {
	if _, ok := s.other[a]; ok {
		return false
	}
	if s.other == nil {
		s.other = map[uintptr]struct{}{}
	}
	s.other[a] = struct{}{}
	s.n++
	return true
}

// has reports whether p is in the set.
func (s *addrSet) has(p unsafe.Pointer) bool {
	a := uintptr(p)
	i := a>>addrArenaShift - addrHeapBase
	if i >= addrMaxArenas {
		_, ok := s.other[a]
		return ok
	}
	if i >= uintptr(len(s.arenas)) || s.arenas[i] == nil {
		return false
	}
	off := a & (1<<addrArenaShift - 1) >> 3
	return s.arenas[i][off>>6]&(uint64(1)<<(off&63)) != 0
}

// len returns the number of addresses in the set.
func (s *addrSet) len() int { return s.n }

// reset empties the set, keeping its bitmaps for the next walk.
func (s *addrSet) reset() {
	for _, d := range s.dirty {
		s.arenas[d>>32][uint32(d)] = 0
	}
	s.dirty = s.dirty[:0]
	clear(s.other)
	s.n = 0
}
