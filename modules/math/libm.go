// This file defines the C library functions the math module calls, in one place.
//
// CPython takes these from glibc (2.36 on the reference machine, which picks its
// FMA variants). exp, expm1, sin, cos, erf, erfc, log1p, cbrt, asinh and acosh
// follow glibc's own algorithms here (exp.go, expm1.go, sincos.go, erf.go, log1p.go,
// probe14_pow.go for pow, and below), so they agree bit for bit; log, tan, atan, atan2,
// asin, acos, exp2 and log2 come from the runtime's correctly rounded double-double versions, which
// agree with glibc's nearly correctly rounded ones on all but about one argument
// in 500 to 1500 (see the counts of TestMathDifferential).

package math

import (
	gomath "math"

	"krait/runtime"
)

const (
	ln2Hi = 6.93147180369123816490e-01 // ln 2 with trailing zero bits, so x-ln2Hi is exact
	ln2Lo = 1.90821492927058770002e-10
)

// cLog is glibc's log, from the runtime (correctly rounded, subnormals included).
func cLog(x float64) float64 { return runtime.LibmLog(x) }

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
	return runtime.LibmAtan2(y, x)
}

// cAtan is atan as glibc's correctly rounded one: atan2(x, 1) is the same number.
func cAtan(x float64) float64 {
	if gomath.IsNaN(x) || x == 0 {
		return x
	}
	if gomath.IsInf(x, 0) {
		return gomath.Copysign(gomath.Pi/2, x)
	}
	return runtime.LibmAtan2(x, 1)
}

// cPow is pow for finite arguments, through glibc's pow of a positive base
// (float.__pow__'s too); zero and negative bases follow C.
func cPow(x, y float64) float64 {
	switch {
	case x == 0 || y == 0:
		return gomath.Pow(x, y)
	case x < 0:
		if y != gomath.Trunc(y) {
			return gomath.NaN()
		}
		r := powPositive(-x, y)
		if gomath.Mod(y, 2) != 0 {
			r = -r
		}
		return r
	}
	return powPositive(x, y)
}

// powPositive is glibc's pow for x > 0 (GlibcPow), falling back to the
// runtime's for the arguments GlibcPow leaves out.
func powPositive(x, y float64) float64 {
	if r, ok := GlibcPow(x, y); ok {
		return r
	}
	return runtime.LibmPow(x, y)
}

var (
	cAcos  = runtime.LibmAcos
	cAsin  = runtime.LibmAsin
	cAtanh = gomath.Atanh
	cCos   = glibcCos
	cExp2  = runtime.LibmExp2
	cLog2  = runtime.LibmLog2
	cSin   = glibcSin
	cTan   = runtime.LibmTan
)

// cCbrt is glibc's cbrt, which is not correctly rounded, so its algorithm is
// followed: a degree-6 polynomial guess on the mantissa in [0.5, 1), one
// Halley step, and a factor 2**(e mod 3 / 3) for the exponent. The float64
// conversions keep Go from fusing the products, as gcc does not fuse them.
func cCbrt(x float64) float64 {
	xm, xe := gomath.Frexp(gomath.Abs(x))
	if x == 0 || !isFinite(x) {
		return x + x
	}
	u := 0.354895765043919860 + float64((1.50819193781584896+float64((-2.11499494167371287+
		float64((2.44693122563534430+float64((-1.83469277483613086+
			float64((0.784932344976639262-float64(0.145263899385486377*xm))*xm))*xm))*xm))*xm))*xm)
	t2 := float64(float64(u*u) * u)
	ym := float64(float64(float64(u*float64(t2+float64(2.0*xm)))/float64(float64(2.0*t2)+xm)) * cbrtFactor[2+xe%3])
	return gomath.Copysign(gomath.Ldexp(ym, xe/3), x)
}

// cbrtFactor[2+k] is 2**(k/3) for k in -2..2. The reciprocals are divided
// in float64, as C does, not exactly as Go's constant arithmetic would.
var cbrtFactor = func() [5]float64 {
	cbrt2, sqrCbrt2 := 1.2599210498948731648, 1.5874010519681994748
	return [5]float64{1 / sqrCbrt2, 1 / cbrt2, 1, cbrt2, sqrCbrt2}
}()

// cAsinh is fdlibm's asinh as glibc has it, over glibc's log (Go's Asinh has
// the same steps over Go's Log, which rounds differently).
func cAsinh(x float64) float64 {
	ax := gomath.Abs(x)
	var w float64
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 0):
		return x + x
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = cLog(ax) + gomath.Ln2
	case ax > 2:
		w = cLog(2*ax + 1/(gomath.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = cLog1p(ax + t/(1+gomath.Sqrt(1+t)))
	}
	return gomath.Copysign(w, x)
}

// cAcosh is fdlibm's acosh as glibc has it, over glibc's log.
func cAcosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || x < 1:
		return gomath.NaN()
	case x >= 0x1p28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return cLog(x) + gomath.Ln2
	case x == 1:
		return 0
	case x > 2:
		return cLog(2*x - 1/(x+gomath.Sqrt(x*x-1)))
	}
	t := x - 1
	return cLog1p(t + gomath.Sqrt(2*t+t*t))
}
