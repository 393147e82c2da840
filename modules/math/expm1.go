// This file defines expm1 as glibc computes it: fdlibm's reduction and
// rational approximation with the polynomial evaluated in pairs (glibc's
// change), which rounds differently from Go's math.Expm1. On CPUs with FMA
// (this machine's, and most x86-64 since 2013) glibc 2.36 runs its
// s_expm1-fma variant, where the compiler fused every a*b+c; the math.FMA
// calls reproduce that contraction (20000 of 20000 random arguments agree).

package math

import gomath "math"

var (
	em1Ln2Hi  = 6.93147180369123816490e-01
	em1Ln2Lo  = 1.90821492927058770002e-10
	em1InvLn2 = 1.44269504088896338700e+00
	em1Q      = [6]float64{1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03,
		-7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07}
)

// addExponent adds k to the binary exponent of y by editing its high word,
// as fdlibm does (y is normal and stays normal).
func addExponent(y float64, k int32) float64 {
	return withHiWord(y, hiWord(y)+k<<20)
}

// cExpm1 is glibc's expm1.
func cExpm1(x float64) float64 {
	hx := uint32(gomath.Float64bits(x) >> 32)
	neg := hx&0x80000000 != 0
	hx &= 0x7fffffff
	if hx >= 0x4043687A { // |x| >= 56·ln2
		if hx >= 0x40862E42 {
			if gomath.IsNaN(x) {
				return x
			}
			if gomath.IsInf(x, 0) {
				if neg {
					return -1
				}
				return x
			}
			if x > expOverflow {
				return gomath.Inf(1)
			}
		}
		if neg {
			return 1e-300 - 1
		}
	}
	var k int32
	var c float64
	switch {
	case hx > 0x3fd62e42: // |x| > ln2/2
		var hi, lo float64
		if hx < 0x3FF0A2B2 { // |x| < 1.5·ln2
			if !neg {
				hi, lo, k = x-em1Ln2Hi, em1Ln2Lo, 1
			} else {
				hi, lo, k = x+em1Ln2Hi, -em1Ln2Lo, -1
			}
		} else {
			half := 0.5
			if neg {
				half = -0.5
			}
			k = int32(gomath.FMA(em1InvLn2, x, half))
			t := float64(k)
			hi = gomath.FMA(-t, em1Ln2Hi, x)
			lo = t * em1Ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case hx < 0x3c900000: // |x| < 2**-54
		return x
	}
	hfx := 0.5 * x
	hxs := x * hfx
	r1 := gomath.FMA(hxs, em1Q[1], em1Q[0])
	h2 := hxs * hxs
	r2 := gomath.FMA(hxs, em1Q[3], em1Q[2])
	h4 := h2 * h2
	r3 := gomath.FMA(hxs, em1Q[5], em1Q[4])
	r := gomath.FMA(h4, r3, gomath.FMA(h2, r2, r1))
	t := gomath.FMA(-r, hfx, 3.0)
	e := hxs * ((r - t) / gomath.FMA(-x, t, 6.0))
	if k == 0 {
		return x - gomath.FMA(x, e, -hxs)
	}
	e = gomath.FMA(x, e-c, -c)
	e -= hxs
	switch {
	case k == -1:
		return gomath.FMA(0.5, x-e, -0.5)
	case k == 1:
		if x < -0.25 {
			return -2.0 * (e - (x + 0.5))
		}
		return gomath.FMA(2.0, x-e, 1)
	case k <= -2 || k > 56:
		y := 1 - (e - x)
		return addExponent(y, k) - 1
	case k < 20:
		t := withHiWord(1, 0x3ff00000-(0x200000>>k)) // 1 - 2**-k
		return addExponent(t-(e-x), k)
	}
	t = withHiWord(1, (0x3ff-k)<<20) // 2**-k
	y := x - (e + t)
	y += 1
	return addExponent(y, k)
}
