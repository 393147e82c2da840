// This file defines sinh, cosh and tanh the way glibc computes them (the classic
// fdlibm method: expm1 for small arguments, exp for large ones, a split exp near
// overflow). Go's own Sinh, Cosh and Tanh use other formulas and round differently.

package math

import gomath "math"

// highWord is the top 32 bits of |x|, which the method's thresholds are written in.
func highWord(x float64) uint32 {
	return uint32(gomath.Float64bits(x)>>32) & 0x7fffffff
}

const (
	hw22         = 0x40360000 // 22
	hwLogMax     = 0x40862e42 // just below log(MaxFloat64)
	hwOverflow   = 0x408633ce // sinh and cosh overflow above this
	hwOne        = 0x3ff00000
	hwHalfLn2    = 0x3fd62e43
	hwTwoPowM55  = 0x3c800000
	hwTwoPowM28  = 0x3e300000
	overflowBits = 0x408633ce8fb9f87d
)

func cSinh(x float64) float64 {
	if !isFinite(x) {
		return x + x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := gomath.Abs(x)
	ix := highWord(x)
	switch {
	case ix < hw22:
		if ix < hwTwoPowM28 {
			return x
		}
		t := cExpm1(ax)
		if ix < hwOne {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < hwLogMax:
		return h * cExp(ax)
	case gomath.Float64bits(ax) <= overflowBits:
		w := cExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * gomath.Inf(1)
}

func cCosh(x float64) float64 {
	if !isFinite(x) {
		return x * x
	}
	ax := gomath.Abs(x)
	ix := highWord(x)
	switch {
	case ix < hwHalfLn2:
		if ix < hwTwoPowM55 {
			return 1
		}
		t := cExpm1(ax)
		w := 1 + t
		return 1 + (t*t)/(w+w)
	case ix < hw22:
		t := cExp(ax)
		return 0.5*t + 0.5/t
	case ix < hwLogMax:
		return 0.5 * cExp(ax)
	case gomath.Float64bits(ax) <= overflowBits:
		w := cExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return gomath.Inf(1)
}

func cTanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ax := gomath.Abs(x)
	ix := highWord(x)
	var z float64
	switch {
	case ix >= hw22:
		z = 1
	case ix < hwTwoPowM55:
		return x * (1 + x)
	case ix >= hwOne:
		t := cExpm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := cExpm1(-2 * ax)
		z = -t / (t + 2)
	}
	return gomath.Copysign(z, x)
}
