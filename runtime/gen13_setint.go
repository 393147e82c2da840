// This file defines addInt, set_add_entry's probe for an unboxed int key,
// written like lookInt (perf10b_setentry.go): a walk by pointer over each
// run of linear probes with one or two tests a slot. Sets of small ints
// that items are added to and removed from (a backtracking search's
// columns and diagonals) collect dummies, and an add walks through them to
// the unused slot that ends its probe; the general loop spent about ten
// instructions a slot there.

package runtime

import "unsafe"

// addInt adds the unboxed int key (hash h) as addEntry does: into the last
// dummy met on its probe path, else into the unused slot that ends it. It
// reports false, having changed nothing, at the first slot holding a float
// or heap key, where addEntry's general probe (which compares by value)
// takes over.
func (s *Set) addInt(key Value, h int64) bool {
	const size = unsafe.Sizeof(setEntry{})
	mask := s.mask()
	base := unsafe.Pointer(unsafe.SliceData(s.table))
	intp, v := intHeaderAddr, key.bits
	var free unsafe.Pointer // the last dummy seen
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		e := unsafe.Add(base, i*uint64(size))
		last := e // the run's last slot
		if i+setLinearProbes <= mask {
			last = unsafe.Add(e, setLinearProbes*size)
		}
		for {
			if p := (*setEntry)(e).p; p == nil {
				if (*setEntry)(e).w == 0 {
					f := -1
					if free != nil {
						f = int((uintptr(free) - uintptr(base)) / size)
					}
					s.fillSlot(int((uintptr(e)-uintptr(base))/size), f, key, h)
					return true
				}
				free = e
			} else if p == intp {
				if (*setEntry)(e).w == v {
					return true // already present
				}
			} else {
				return false
			}
			if e == last {
				break
			}
			e = unsafe.Add(e, size)
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}
