// This file answers "which slot groups does this dunder name" with a bit
// mask computed once, for the per-type adjustments finishStaticType makes
// (finishCompat13Type, markExceptionOwnSlots). Those used to scan all slot
// groups comparing names for every builtin type start-up finishes (~400):
// ~8% of the instructions of `krait -V`.

package runtime

import (
	"math/bits"
	"sync"
	"unsafe"
)

// finishSlotNames are the dunders the finishing adjustments ask about.
var finishSlotNames = [...]string{"__getattribute__", "__setattr__", "__bool__", "__hash__", "__init__", "__new__", "__str__"}

var (
	finishSlotMasksOnce sync.Once
	finishSlotMasks     [len(finishSlotNames)]uint64
)

// slotMaskNamed returns the bits of the slot groups whose first dunder is
// name, which must be one of finishSlotNames.
func slotMaskNamed(name string) uint64 {
	finishSlotMasksOnce.Do(func() {
		for i, g := range slotGroups {
			for j, n := range finishSlotNames {
				if g.names[0] == n {
					finishSlotMasks[j] |= 1 << i
				}
			}
		}
	})
	for j, n := range finishSlotNames {
		if n == name {
			return finishSlotMasks[j]
		}
	}
	panic("runtime: slotMaskNamed of an unlisted name " + name)
}

// setSlotsIn returns the bits of mask whose slot group is set on t.
func setSlotsIn(t *Type, mask uint64) uint64 {
	var out uint64
	for m := mask; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if slotGroups[i].has(t) {
			out |= 1 << i
		}
	}
	return out
}

// slotArith says which operator array an arithmetic slot group tests: the
// 26 groups of the Number and Inplace arrays are half of all groups, and
// testing the array directly spares inheritSlots (slots.go) two closure
// calls per group for each builtin type it finishes.
type slotArith uint8

const (
	arithNone slotArith = iota
	arithNumber
	arithInplace
)

// offsetProbe is a Type whose field addresses give unarySlot its field's
// offset.
var offsetProbe Type

// fieldOffset is the offset in Type of the probe's field at p.
func fieldOffset(p unsafe.Pointer) uintptr {
	return uintptr(p) - uintptr(unsafe.Pointer(&offsetProbe))
}

// funcFieldSet reports whether the func-valued field at off in t is set: a
// func value is one pointer word, nil when unset.
func funcFieldSet(t *Type, off uintptr) bool {
	return *(*unsafe.Pointer)(unsafe.Add(unsafe.Pointer(t), off)) != nil
}
