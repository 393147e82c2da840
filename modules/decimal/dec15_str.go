// This file is str() and repr() of the usual Decimal: a uint64
// coefficient and an exponent of at most zero shown without exponent
// notation (money, counts). The text is written into a stack buffer and
// copied once into the result str; no context lookup is needed, since
// only an exponent's 'E' or 'e' depends on the context.

package cdecimal

import (
	"strconv"

	"krait/runtime"
)

// appendPlain appends to-scientific-string of o when it is finite, has a
// uint64 coefficient and needs no exponent; ok is false otherwise.
func appendPlain(b []byte, o *Decimal) ([]byte, bool) {
	if o.ew < finiteFloor || o.ew&2 != 0 {
		return b, false
	}
	exp := o.ew >> 2
	if exp > 0 {
		return b, false
	}
	var db [20]byte
	digits := strconv.AppendUint(db[:0], o.lo, 10)
	left := exp + int64(len(digits))
	if left <= -6 {
		return b, false
	}
	if o.ew&1 != 0 {
		b = append(b, '-')
	}
	switch {
	case exp == 0:
		b = append(b, digits...)
	case left > 0:
		b = append(b, digits[:left]...)
		b = append(b, '.')
		b = append(b, digits[left:]...)
	default:
		b = append(b, "0."...)
		for i := left; i < 0; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return b, true
}

// strPlain is str(o) through appendPlain.
func strPlain(o *Decimal) (runtime.Value, bool) {
	var buf [32]byte
	b, ok := appendPlain(buf[:0], o)
	if !ok {
		return runtime.Value{}, false
	}
	return runtime.StrValueBytes(b), true
}

// reprPlain is repr(o) through appendPlain.
func reprPlain(o *Decimal) (runtime.Value, bool) {
	var buf [48]byte
	b, ok := appendPlain(append(buf[:0], "Decimal('"...), o)
	if !ok {
		return runtime.Value{}, false
	}
	return runtime.StrValueBytes(append(b, "')"...)), true
}
