// This file defines the C library functions the math module calls, in one place.
//
// CPython takes these from glibc; here they come from Go's math package, which agrees
// bit for bit on most arguments but not all (see the counts in math_test.go), plus
// fixes where Go's amd64 versions are wrong rather than inexact: log of subnormals, exp
// near the overflow threshold, pow of subnormals, and atan2's special cases. Once the
// runtime exports its glibc-matching exp, log, sin, cos, atan2 and pow, these wrappers
// are the only place to change.

package math

import gomath "math"

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2 with trailing zero bits, so x-ln2Hi is exact
	ln2Lo = 1.90821492927058770002e-10
)

// cLog is log that also handles subnormal arguments, which Go's amd64 Log does not.
func cLog(x float64) float64 {
	if x > 0 && x < 0x1p-1022 {
		return gomath.Log(x*0x1p54) - 54*gomath.Ln2
	}
	return gomath.Log(x)
}

// cLog10 is log10 as glibc computes it: x = m·2**y with m near 1, then
// y·log10(2) + log(m)/ln(10) with log10(2) split in two so that y·hi is exact.
func cLog10(x float64) float64 {
	const (
		invLn10   = 4.34294481903251816668e-01
		log10of2H = 3.01029995663611771306e-01
		log10of2L = 3.69423907715893078616e-13
	)
	if !(x > 0) || gomath.IsInf(x, 1) {
		return cLog(x)
	}
	k := 0
	if x < 0x1p-1022 {
		k, x = -54, x*0x1p54
	}
	bits := gomath.Float64bits(x)
	k += int(bits>>52) - 1023
	i := 0
	if k < 0 {
		i = 1 // keep m in [0.5, 1) so that y = k+1 and m·2**y is x
	}
	m := gomath.Float64frombits(bits&(1<<52-1) | uint64(0x3ff-i)<<52)
	y := float64(k + i)
	z := float64(y*log10of2L) + float64(invLn10*cLog(m))
	return z + float64(y*log10of2H)
}

// cAtan2 is CPython's m_atan2: it settles infinities and zeros itself, and fixes the
// sign Go's Atan2 gives when y/x underflows to a zero of the wrong sign.
func cAtan2(y, x float64) float64 {
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

// cPow is pow that gives a result near the true one for subnormal bases, where Go's
// Pow is far off; the two factors can lose a few ulps.
func cPow(x, y float64) float64 {
	if ax := gomath.Abs(x); ax != 0 && ax < 0x1p-1022 {
		return gomath.Pow(x*0x1p54, y) * gomath.Exp2(-54*y)
	}
	return gomath.Pow(x, y)
}

var (
	cAcos  = gomath.Acos
	cAcosh = gomath.Acosh
	cAsin  = gomath.Asin
	cAsinh = gomath.Asinh
	cAtan  = gomath.Atan
	cAtanh = gomath.Atanh
	cCbrt  = gomath.Cbrt
	cCos   = gomath.Cos
	cErf   = gomath.Erf
	cErfc  = gomath.Erfc
	cExp2  = gomath.Exp2
	cLog1p = gomath.Log1p
	cLog2  = gomath.Log2
	cSin   = gomath.Sin
	cTan   = gomath.Tan
)

// cExpm1 is Go's Expm1, except at the top of the range where Go's overflows one
// argument early; there e**x - 1 rounds to e**x.
func cExpm1(x float64) float64 {
	if x > 709.7 && x <= expOverflow {
		return cExp(x)
	}
	return gomath.Expm1(x)
}
