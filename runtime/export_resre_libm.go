// This file defines more glibc-matching elementary functions for the math
// and cmath modules (branch resre), built from libm.go's double-double
// kernels: tan, asin, acos, exp2 and log2, each rounded once from
// about 104 bits, as glibc's (almost always correctly rounded) ones are.

package runtime

import "math"

// LibmTan is glibc's tan.
func LibmTan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Tan(x)
	}
	q, rh, rl := reduceHalfPi(x)
	sh, sl := ddSin(rh, rl)
	ch, cl := ddCos(rh, rl)
	var h, l float64
	if q&1 == 0 {
		h, l = ddDiv(sh, sl, ch, cl)
	} else {
		h, l = ddDiv(-ch, -cl, sh, sl)
	}
	return h + l
}

// ddAtan2Pos returns atan(a/b) for positive double-doubles a and b.
func ddAtan2Pos(ah, al, bh, bl float64) (float64, float64) {
	initHalfPi()
	if ah <= bh {
		zh, zl := ddDiv(ah, al, bh, bl)
		return ddAtan(zh, zl)
	}
	zh, zl := ddDiv(bh, bl, ah, al)
	th, tl := ddAtan(zh, zl)
	return ddAdd(halfPi.p1, halfPi.p2, -th, -tl)
}

// sqrtOneMinusSquare returns √(1−x²) for |x| < 1 as a double-double.
func sqrtOneMinusSquare(x float64) (float64, float64) {
	ah, al := twoSum(1, -x)
	bh, bl := twoSum(1, x)
	th, tl := ddMul(ah, al, bh, bl)
	return ddSqrt(th, tl)
}

// LibmAsin is glibc's asin.
func LibmAsin(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x) || ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Pi/2, x)
	case ax < 0x1p-27:
		return x
	}
	sh, sl := sqrtOneMinusSquare(ax)
	h, l := ddAtan2Pos(ax, 0, sh, sl)
	return math.Copysign(h+l, x)
}

// LibmAcos is glibc's acos.
func LibmAcos(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x) || ax > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	case x == 0:
		return math.Pi / 2
	}
	sh, sl := sqrtOneMinusSquare(ax)
	h, l := ddAtan2Pos(sh, sl, ax, 0)
	if x < 0 {
		h, l = ddAdd(2*halfPi.p1, 2*halfPi.p2, -h, -l)
	}
	return h + l
}

// LibmExp2 is glibc's exp2.
func LibmExp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	h, l := twoProd(x, ln2Hi)
	l += x * ln2Lo
	return ddExp(fastTwoSum(h, l))
}

// LibmLog2 is glibc's log2.
func LibmLog2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return math.Log2(x)
	}
	if f, e := math.Frexp(x); f == 0.5 {
		return float64(e - 1)
	}
	h, l := ddLog(x)
	h, l = ddDiv(h, l, ln2Hi, ln2Lo)
	return h + l
}

// LibmHypot is glibc's hypot (CPython's complex abs and cmath use it).
func LibmHypot(x, y float64) float64 { return libmHypot(x, y) }

// ComplexQuot is _Py_c_quot: a/b by Smith's algorithm; ok is false when b
// is zero (CPython's EDOM).
func ComplexQuot(ar, ai, br, bi float64) (re, im float64, ok bool) {
	return complexQuot(ar, ai, br, bi)
}
