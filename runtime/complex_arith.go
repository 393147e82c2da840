// This file defines complex arithmetic as CPython 3.11's complexobject.c computes it,
// step by step, so that results (including nans and signed zeros) match: Smith's
// division, products, integer powers by repeated squaring, the general power, abs.
package runtime

import "math"

// Products are written float64(a*b) so that the compiler never fuses them into an FMA,
// which would round differently from CPython's separate multiply and add.

func complexProd(ar, ai, br, bi float64) (float64, float64) {
	return float64(ar*br) - float64(ai*bi), float64(ar*bi) + float64(ai*br)
}

// complexQuot is _Py_c_quot: Smith's algorithm, dividing through by the larger of the
// divisor's parts. ok is false when the divisor is zero (CPython's EDOM).
func complexQuot(ar, ai, br, bi float64) (re, im float64, ok bool) {
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return (ar + float64(ai*ratio)) / denom, (ai - float64(ar*ratio)) / denom, true
	case absI >= absR:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return (float64(ar*ratio) + ai) / denom, (float64(ai*ratio) - ar) / denom, true
	}
	return math.NaN(), math.NaN(), true // a part of the divisor is a nan
}

// complexDiv returns a / b for complex numbers.
func complexDiv(ar, ai, br, bi float64) (float64, float64, *pyErr) {
	re, im, ok := complexQuot(ar, ai, br, bi)
	if !ok {
		return 0, 0, zeroDivisionError("complex division by zero")
	}
	return re, im, nil
}

// complexPow returns a ** b for complex numbers as complex_pow: integral exponents up
// to 100 in magnitude by repeated squaring, others through polar form.
func complexPow(ar, ai, br, bi float64) (float64, float64, *pyErr) {
	var re, im float64
	ok := true
	if bi == 0 && br == math.Floor(br) && math.Abs(br) <= 100 {
		re, im, ok = complexPowInt(ar, ai, int(br))
	} else {
		re, im, ok = complexPowGeneral(ar, ai, br, bi)
	}
	if !ok {
		return 0, 0, zeroDivisionError("0.0 to a negative or complex power")
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return 0, 0, overflowError("complex exponentiation")
	}
	return re, im, nil
}

func complexPowInt(ar, ai float64, n int) (float64, float64, bool) {
	if n > 0 {
		re, im := complexPowUint(ar, ai, n)
		return re, im, true
	}
	pr, pi := complexPowUint(ar, ai, -n)
	return complexQuot(1, 0, pr, pi)
}

// complexPowUint is c_powu: binary powering from the low bit, in CPython's order.
func complexPowUint(ar, ai float64, n int) (float64, float64) {
	rr, ri := 1.0, 0.0
	pr, pi := ar, ai
	for mask := 1; n >= mask; mask <<= 1 {
		if n&mask != 0 {
			rr, ri = complexProd(rr, ri, pr, pi)
		}
		pr, pi = complexProd(pr, pi, pr, pi)
	}
	return rr, ri
}

// complexPowGeneral is _Py_c_pow: |a|^b.real·e^(-arg(a)·b.imag) at angle
// arg(a)·b.real + b.imag·ln|a|, with the glibc-like functions of libm.go.
func complexPowGeneral(ar, ai, br, bi float64) (float64, float64, bool) {
	if br == 0 && bi == 0 {
		return 1, 0, true
	}
	if ar == 0 && ai == 0 {
		return 0, 0, !(bi != 0 || br < 0)
	}
	vabs := libmHypot(ar, ai)
	length := libmPow(vabs, br)
	at := libmAtan2(ai, ar)
	phase := float64(at * br)
	if bi != 0 {
		length /= libmExp(float64(at * bi))
		phase += float64(bi * libmLog(vabs))
	}
	// glibc's cos and sin of an infinity set errno to EDOM, which complex_pow reports
	// as this ZeroDivisionError.
	return float64(length * libmCos(phase)), float64(length * libmSin(phase)), !math.IsInf(phase, 0)
}

// libmPow is C's pow(x, y) with C99's special cases (no Python exceptions).
func libmPow(x, y float64) float64 {
	if x > 0 && x != 1 && !math.IsInf(x, 0) && !math.IsNaN(y) && !math.IsInf(y, 0) && y != 0 {
		return accuratePow(x, y)
	}
	return math.Pow(x, y) // special values, where Go follows C99 too
}

// complexAbs returns abs(complex(re, im)) as _Py_c_abs: an infinite part wins over a nan.
func complexAbs(re, im float64) (float64, *pyErr) {
	switch {
	case math.IsInf(re, 0):
		return math.Abs(re), nil
	case math.IsInf(im, 0):
		return math.Abs(im), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN(), nil
	}
	r := libmHypot(re, im)
	if math.IsInf(r, 0) {
		return 0, overflowError("absolute value too large")
	}
	return r, nil
}

// libmHypot returns sqrt(x²+y²) as glibc 2.35+'s hypot does, which CPython's abs() of
// a complex calls: it is not always correctly rounded, so matching it means using the
// same method, C. F. Borges' corrected square root of "An Improved Algorithm for
// hypot(a,b)" (2019) in its variant without fused multiply-add, with scaling for huge
// and tiny operands.
func libmHypot(x, y float64) float64 {
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax < ay {
		ax, ay = ay, ax
	}
	const (
		scale = 0x1p-600
		large = 0x1p+511
		tiny  = 0x1p-511
		eps   = 0x1p-54
	)
	switch {
	case ax > large:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	case ay < tiny:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

// hypotKernel corrects the naive sqrt(ax²+ay²), for ax >= ay, by one step computed
// from the exact residual, written so that no multiply-add is fused.
func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = float64(ax * (2*delta - ax))
		t2 = float64((delta - 2*(ax-ay)) * delta)
	} else {
		delta := h - ax
		t1 = float64(2 * delta * (ax - 2*ay))
		t2 = float64((4*delta-ay)*ay) + float64(delta*delta)
	}
	return h - (t1+t2)/(2*h)
}
