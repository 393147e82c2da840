// This file defines log1p as glibc computes it: fdlibm's reduction and
// polynomial, with the polynomial evaluated in pairs as glibc does (Go's
// math.Log1p uses the plain Horner form and rounds differently).

package math

import gomath "math"

var (
	l1pLn2Hi = 6.93147180369123816490e-01
	l1pLn2Lo = 1.90821492927058770002e-10
	l1pLp    = [8]float64{0, 6.666666666666735130e-01, 3.999999999940941908e-01,
		2.857142874366239149e-01, 2.222219843214978396e-01, 1.818357216161805012e-01,
		1.531383769920937332e-01, 1.479819860511658591e-01}
)

func hiWord(x float64) int32 { return int32(gomath.Float64bits(x) >> 32) }

func withHiWord(x float64, hi int32) float64 {
	return gomath.Float64frombits(uint64(uint32(hi))<<32 | gomath.Float64bits(x)&0xffffffff)
}

// cLog1p is glibc's log1p.
func cLog1p(x float64) float64 {
	hx := hiWord(x)
	ax := hx & 0x7fffffff
	k := int32(1)
	var f, c float64
	var hu int32
	if hx < 0x3FDA827A { // x < 0.41422
		if ax >= 0x3ff00000 { // x <= -1
			if x == -1 {
				return gomath.Inf(-1)
			}
			return gomath.NaN()
		}
		if ax < 0x3e200000 { // |x| < 2**-29
			if ax < 0x3c900000 {
				return x
			}
			return x - x*x*0.5
		}
		if hx > 0 || hx <= int32(-0x402d413d) { // -0.2929 < x < 0.41422
			k, f, hu = 0, x, 1
		}
	} else if hx >= 0x7ff00000 {
		return x + x
	}
	if k != 0 {
		var u float64
		if hx < 0x43400000 {
			u = 1 + x
			hu = hiWord(u)
			k = (hu >> 20) - 1023
			if k > 0 {
				c = 1 - (u - x)
			} else {
				c = x - (u - 1)
			}
			c /= u
		} else {
			u = x
			hu = hiWord(u)
			k = (hu >> 20) - 1023
			c = 0
		}
		hu &= 0x000fffff
		if hu < 0x6a09e {
			u = withHiWord(u, hu|0x3ff00000)
		} else {
			k++
			u = withHiWord(u, hu|0x3fe00000)
			hu = (0x00100000 - hu) >> 2
		}
		f = u - 1
	}
	hfsq := 0.5 * f * f
	fk := float64(k)
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += fk * l1pLn2Lo
			return fk*l1pLn2Hi + c
		}
		r := hfsq * (1 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return fk*l1pLn2Hi - ((r - (fk*l1pLn2Lo + c)) - f)
	}
	s := f / (2 + f)
	z := s * s
	r1 := z * l1pLp[1]
	z2 := z * z
	r2 := l1pLp[2] + z*l1pLp[3]
	z4 := z2 * z2
	r3 := l1pLp[4] + z*l1pLp[5]
	z6 := z4 * z2
	r4 := l1pLp[6] + z*l1pLp[7]
	r := r1 + z2*r2 + z4*r3 + z6*r4
	if k == 0 {
		return f - (hfsq - s*(hfsq+r))
	}
	return fk*l1pLn2Hi - ((hfsq - (s*(hfsq+r) + (fk*l1pLn2Lo + c))) - f)
}
