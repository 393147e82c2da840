// This file defines replacements for the few functions of Go's math package whose
// amd64 versions are wrong, not just inexact: log of subnormals, exp near the overflow
// threshold, and the sign of atan2 when y/x underflows.

package math

import gomath "math"

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2 with trailing zero bits, so x-ln2Hi is exact
	ln2Lo = 1.90821492927058770002e-10
)

// goLog is log that also handles subnormal arguments, which Go's amd64 Log does not.
func goLog(x float64) float64 {
	if x > 0 && x < 0x1p-1022 {
		return gomath.Log(x*0x1p54) - 54*gomath.Ln2
	}
	return gomath.Log(x)
}

func goLog10(x float64) float64 { return goLog(x) * (1 / gomath.Ln10) }

// goExp is exp that does not overflow early: Go's amd64 Exp returns +Inf above ~709.
func goExp(x float64) float64 {
	if x > 709 && x < 710 {
		return 2 * gomath.Exp((x-ln2Hi)-ln2Lo)
	}
	return gomath.Exp(x)
}

// goExpHalf is exp(x)/2 for large x, for cosh and sinh near overflow.
func goExpHalf(x float64) float64 { return gomath.Exp((x - ln2Hi) - ln2Lo) }

func goCosh(x float64) float64 {
	if ax := gomath.Abs(x); ax > 709 && ax < 711 {
		return goExpHalf(ax)
	}
	return gomath.Cosh(x)
}

func goSinh(x float64) float64 {
	if ax := gomath.Abs(x); ax > 709 && ax < 711 {
		return gomath.Copysign(goExpHalf(ax), x)
	}
	return gomath.Sinh(x)
}

// goAtan2 is CPython's m_atan2: it settles infinities and zeros itself, and fixes the
// sign Go's Atan2 gives when y/x underflows to a zero of the wrong sign.
func goAtan2(y, x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsNaN(y):
		return gomath.NaN()
	case gomath.IsInf(y, 0):
		if gomath.IsInf(x, 0) {
			if gomath.Signbit(x) {
				return gomath.Copysign(0.75*gomath.Pi, y)
			}
			return gomath.Copysign(0.25*gomath.Pi, y)
		}
		return gomath.Copysign(0.5*gomath.Pi, y)
	case gomath.IsInf(x, 0) || y == 0:
		if gomath.Signbit(x) {
			return gomath.Copysign(gomath.Pi, y)
		}
		return gomath.Copysign(0, y)
	}
	r := gomath.Atan2(y, x)
	if y != 0 && !gomath.IsNaN(r) && gomath.Signbit(r) != gomath.Signbit(y) {
		r = -r
	}
	return r
}

// goPow is pow that gives a result near the true one for subnormal bases, where Go's
// Pow is far off; the two factors can lose a few ulps.
func goPow(x, y float64) float64 {
	if ax := gomath.Abs(x); ax != 0 && ax < 0x1p-1022 {
		return gomath.Pow(x*0x1p54, y) * gomath.Exp2(-54*y)
	}
	return gomath.Pow(x, y)
}
