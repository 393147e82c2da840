// This file allocates exact Decimal objects. Nearly every Decimal an
// ordinary program makes has a coefficient that fits a uint64, and those
// are 24-byte objects in pointer-free memory, handed out from small blocks
// (decimalSlab): the collector never scans them, the allocation writes no
// heap bits, and one malloc serves several results. On the money
// arithmetic of bench/programs/decimal_work.py three quarters of all
// allocations are Decimals.
//
// GC safety: such an object holds exactly one pointer, the Header's
// *Type, and it is DecimalType, created once per process (initOnce) and
// held by the package variable for the life of the process, so the
// collector keeps it alive without seeing this reference. A Decimal whose
// coefficient needs a big.Int is a decimalBig allocated normally (its bc
// is scanned), and so is every subclass instance (decimalSub). A Decimal
// is immutable once allocDecimal returns (pack runs only on new objects),
// so no pointer is ever stored into the pointer-free memory later. Go's
// collector does not move objects and keeps a block alive through a
// pointer to any Decimal in it (an interior pointer), as it does for any
// object; weak pointers (weakref) map to the block and the offset.

package cdecimal

import (
	"unsafe"

	"krait/runtime"
)

// decimalWords has Decimal's size and no pointers: allocating one gives
// memory of Decimal's size class that the collector does not scan.
type decimalWords [3]uint64

// The two layouts must agree in size and alignment for the conversion in
// allocDecimal to be valid; these fail to compile otherwise.
var (
	_ [unsafe.Sizeof(Decimal{}) - unsafe.Sizeof(decimalWords{})]byte
	_ [unsafe.Sizeof(decimalWords{}) - unsafe.Sizeof(Decimal{})]byte
	_ [unsafe.Alignof(decimalWords{}) - unsafe.Alignof(Decimal{})]byte
)

// decimalSlab is a block of Decimals allocated at once: one allocation
// for slabLen results. A live Decimal keeps its whole block alive, so the
// block is small: 4 x 24 bytes is at most 96 bytes held per live Decimal,
// less than CPython's 104-byte Decimal object.
const slabLen = 4

// slab is the block being handed out, next its first unused entry. The
// interpreter lock serializes allocDecimal's callers.
var (
	slab *[slabLen]decimalWords
	next = slabLen
)

// allocDecimal returns a new exact Decimal holding d.
func allocDecimal(d *dec) *Decimal {
	var o *Decimal
	if d.bc == nil {
		if next == slabLen {
			slab, next = new([slabLen]decimalWords), 0
		}
		o = (*Decimal)(unsafe.Pointer(&slab[next]))
		next++
	} else if o = claimWide(d.bc); o == nil { // dec15_wide.go
		o = &new(decimalBig).Decimal
	}
	o.Header = runtime.HeaderFor(DecimalType)
	o.pack(d)
	return o
}
