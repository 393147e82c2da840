// This file defines the IEEE 754 half-precision conversions of the 'e' format, rounding
// as CPython's PyFloat_Pack2 does.

package structmod

import "math"

// packHalf returns the binary16 bits of x, rounded half to even.
func packHalf(x float64) (uint16, *Error) {
	var sign, e, bits uint16
	switch {
	case x == 0:
		if math.Signbit(x) {
			sign = 1
		}
	case math.IsInf(x, 0):
		if x < 0 {
			sign = 1
		}
		e = 0x1f
	case math.IsNaN(x):
		if math.Signbit(x) {
			sign = 1
		}
		e, bits = 0x1f, 512
	default:
		if x < 0 {
			sign, x = 1, -x
		}
		f, ex := math.Frexp(x)
		f, ex = f*2, ex-1 // f in [1, 2)
		switch {
		case ex >= 16:
			return 0, errHalfOverflow
		case ex < -25:
			f, ex = 0, 0
		case ex < -14:
			f, ex = math.Ldexp(f, 14+ex), 0
		default:
			ex += 15
			f--
		}
		f *= 1024
		b := uint16(f)
		if fr := f - float64(b); fr > 0.5 || (fr == 0.5 && b%2 == 1) {
			b++
			if b == 1024 {
				b = 0
				ex++
				if ex == 31 {
					return 0, errHalfOverflow
				}
			}
		}
		e, bits = uint16(ex), b
	}
	return bits | e<<10 | sign<<15, nil
}

var errHalfOverflow = &Error{"OverflowError", "float too large to pack with e format"}

// unpackHalf converts binary16 bits to a float; NaNs keep only their sign.
func unpackHalf(h uint16) float64 {
	sign := h >> 15
	e := int(h>>10) & 0x1f
	f := h & 0x3ff
	var x float64
	if e == 0x1f {
		if f == 0 {
			x = math.Inf(1)
		} else {
			x = math.Float64frombits(0x7ff8000000000000) // CPython's NaN, not Go's
		}
	} else {
		x = float64(f) / 1024
		if e == 0 {
			e = -14
		} else {
			x++
			e -= 15
		}
		x = math.Ldexp(x, e)
	}
	if sign == 1 {
		x = math.Copysign(x, -1)
	}
	return x
}
