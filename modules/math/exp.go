// This file defines cExp, exp computed in pure Go by the classic fdlibm method. Go's
// amd64 assembly Exp loses hundreds of ulps near the overflow threshold and overflows
// early; this one is within one ulp everywhere and agrees with glibc far more often.

package math

import (
	gomath "math"

	"krait/runtime"
)

const (
	expOverflow  = 7.09782712893383973096e+02
	expUnderflow = -7.45133219101941108420e+02
	invLn2       = 1.44269504088896338700e+00
	// Coefficients of the minimax polynomial for r·(e**r+1)/(e**r-1) on [0, ln2/2].
	expP1 = 1.66666666666666019037e-01
	expP2 = -2.77777777770155933842e-03
	expP3 = 6.61375632143793436117e-05
	expP4 = -1.65339022054652515390e-06
	expP5 = 4.13813679705723846039e-08
)

func cExp(x float64) float64 { return runtime.LibmExp(x) }

// fdlibmExp is the fdlibm exp this package used before the runtime exported
// its correctly rounded one; kept for the hyperbolic functions' tests.
func fdlibmExp(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case gomath.IsInf(x, -1):
		return 0
	case x > expOverflow:
		return gomath.Inf(1)
	case x < expUnderflow:
		return 0
	}
	ix := highWord(x)
	if ix < 0x3e300000 { // |x| < 2**-28
		return 1 + x
	}
	// Reduce x to r = hi - lo with |r| <= ln2/2 and x = k·ln2 + r.
	var hi, lo float64
	k := 0
	if ix > 0x3fd62e42 { // |x| > ln2/2
		if ix < 0x3ff0a2b2 { // |x| < 3·ln2/2
			k = 1
			if x < 0 {
				k = -1
			}
		} else {
			half := 0.5
			if x < 0 {
				half = -0.5
			}
			k = int(float64(invLn2*x) + half)
		}
		hi = x - float64(k)*ln2Hi
		lo = float64(k) * ln2Lo
		x = hi - lo
	}
	t := x * x
	c := x - t*(expP1+t*(expP2+t*(expP3+t*(expP4+t*expP5))))
	if k == 0 {
		return 1 - ((x*c)/(c-2) - x)
	}
	y := 1 - ((lo - (x*c)/(2-c)) - hi)
	return gomath.Ldexp(y, k)
}
