// This file allocates exact Decimal objects. Nearly every Decimal an
// ordinary program makes has a coefficient that fits a uint64, and those
// are 24-byte objects allocated as pointer-free memory: the collector
// never scans them, and the allocation skips writing heap bits. On the
// money arithmetic of bench/programs/decimal_work.py three quarters of all
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
// collector does not move objects, and Values point at the object itself,
// which keeps it alive like any other.

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

// allocDecimal returns a new exact Decimal holding d.
func allocDecimal(d *dec) *Decimal {
	var o *Decimal
	if d.bc == nil {
		o = (*Decimal)(unsafe.Pointer(new(decimalWords)))
	} else {
		o = &new(decimalBig).Decimal
	}
	o.Header = runtime.HeaderFor(DecimalType)
	o.pack(d)
	return o
}
