// This file defines exp as glibc 2.36 computes it, which CPython's math.exp
// returns: Szabolcs Nagy's method (x = k·ln2/128 + r, a 128-entry table of
// 2**(j/128) with its rounding error, a degree-5 polynomial for e**r), in
// the variant glibc selects on CPUs with FMA, where the compiler fused every
// a*b+c. It is within 0.51 ulp but not correctly rounded, so a correctly
// rounded exp disagrees with it about once in 1500 arguments.

package math

import (
	gomath "math"
)

const expOverflow = 7.09782712893383973096e+02 // largest x with finite exp(x)

// The constants of glibc's e_exp_data.c (facts about ln 2 and the fitted
// polynomial), as variables so that Go rounds each operation as C does.
var (
	expInvLn2N   = 0x1.71547652b82fep0 * 128
	expNegLn2Hi  = -0x1.62e42fefa0000p-8
	expNegLn2Lo  = -0x1.cf79abc9e3b3ap-47
	expShift     = 0x1.8p52
	expC2, expC3 = 0x1.ffffffffffdbdp-2, 0x1.555555555543cp-3
	expC4, expC5 = 0x1.55555cf172b91p-5, 0x1.1111167a4d017p-7
)

func top12(x float64) uint32 { return uint32(gomath.Float64bits(x) >> 52) }

// cExp is glibc's exp.
func cExp(x float64) float64 {
	abstop := top12(x) & 0x7ff
	if abstop-top12(0x1p-54) >= top12(512)-top12(0x1p-54) {
		if abstop-top12(0x1p-54) >= 0x80000000 {
			return 1 + x // tiny x, or 0
		}
		if abstop >= top12(1024) {
			switch {
			case gomath.IsInf(x, -1):
				return 0
			case abstop >= top12(gomath.Inf(1)):
				return 1 + x
			case gomath.Signbit(x):
				return 0
			}
			return gomath.Inf(1)
		}
		abstop = 0 // large |x|: scaled below
	}
	kd := gomath.FMA(expInvLn2N, x, expShift)
	ki := gomath.Float64bits(kd)
	kd -= expShift
	r := gomath.FMA(kd, expNegLn2Lo, gomath.FMA(kd, expNegLn2Hi, x))
	idx := 2 * (ki % 128)
	top := ki << 45
	tail := gomath.Float64frombits(expTab[idx])
	sbits := expTab[idx+1] + top
	r2 := r * r
	tmp := gomath.FMA(r2*r2, gomath.FMA(r, expC5, expC4), gomath.FMA(r2, gomath.FMA(r, expC3, expC2), tail+r))
	if abstop == 0 {
		return expSpecial(tmp, sbits, ki)
	}
	scale := gomath.Float64frombits(sbits)
	return gomath.FMA(scale, tmp, scale)
}

// expSpecial computes scale·(1+tmp) when it may overflow or underflow,
// rounding once into the subnormal range as glibc's specialcase does.
func expSpecial(tmp float64, sbits, ki uint64) float64 {
	if ki&0x80000000 == 0 {
		sbits -= 1009 << 52
		scale := gomath.Float64frombits(sbits)
		return 0x1p1009 * gomath.FMA(scale, tmp, scale)
	}
	sbits += 1022 << 52
	scale := gomath.Float64frombits(sbits)
	y := gomath.FMA(scale, tmp, scale)
	if y < 1 {
		lo := gomath.FMA(scale, tmp, scale-y)
		hi := 1 + y
		lo = 1 - hi + y + lo
		y = (hi + lo) - 1
		if y == 0 {
			y = 0
		}
	}
	return 0x1p-1022 * y
}
