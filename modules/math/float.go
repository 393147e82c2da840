// This file defines the one- and two-argument float functions of the math module and the
// checks CPython's math_1 and math_2 apply to their results.

package math

import gomath "math"

// Constants of the math module.
const (
	Pi  = gomath.Pi
	E   = gomath.E
	Tau = 2 * gomath.Pi
)

// Inf and NaN are the values of math.inf and math.nan.
var (
	Inf = gomath.Inf(1)
	NaN = gomath.Float64frombits(0x7ff8000000000000) // Py_NAN, not Go's payload-carrying NaN
)

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// math1 applies f and raises as CPython's math_1 does: a NaN from a non-NaN is a domain
// error, an infinity from a finite argument an overflow (if canOverflow) or a singularity.
func math1(x float64, f func(float64) float64, canOverflow bool) (float64, *Error) {
	r := f(x)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		return 0, errDomain
	}
	if gomath.IsInf(r, 0) && isFinite(x) {
		if canOverflow {
			return 0, errRange
		}
		return 0, errDomain
	}
	return r, nil
}

// math2 applies f and raises as CPython's math_2 does.
func math2(x, y float64, f func(float64, float64) float64) (float64, *Error) {
	r := f(x, y)
	e := errOK
	if gomath.IsNaN(r) {
		if !gomath.IsNaN(x) && !gomath.IsNaN(y) {
			e = errEDOM
		}
	} else if gomath.IsInf(r, 0) && isFinite(x) && isFinite(y) {
		e = errERANGE
	}
	return checkErrno(r, e)
}

// Acos is math.acos.
func Acos(x float64) (float64, *Error) { return math1(x, cAcos, false) }

// Acosh is math.acosh.
func Acosh(x float64) (float64, *Error) { return math1(x, cAcosh, false) }

// Asin is math.asin.
func Asin(x float64) (float64, *Error) { return math1(x, cAsin, false) }

// Asinh is math.asinh.
func Asinh(x float64) (float64, *Error) { return math1(x, cAsinh, false) }

// Atan is math.atan.
func Atan(x float64) (float64, *Error) { return math1(x, cAtan, false) }

// Atanh is math.atanh.
func Atanh(x float64) (float64, *Error) { return math1(x, cAtanh, false) }

// Cbrt is math.cbrt (new in 3.11).
func Cbrt(x float64) (float64, *Error) { return math1(x, cCbrt, false) }

// Cos is math.cos.
func Cos(x float64) (float64, *Error) { return math1(x, cCos, false) }

// Cosh is math.cosh.
func Cosh(x float64) (float64, *Error) { return math1(x, cCosh, true) }

// Erf is math.erf (CPython 3.11 uses the C library's erf).
func Erf(x float64) (float64, *Error) { return math1(x, cErf, false) }

// Erfc is math.erfc.
func Erfc(x float64) (float64, *Error) { return math1(x, cErfc, false) }

// Exp is math.exp.
func Exp(x float64) (float64, *Error) { return math1(x, cExp, true) }

// Exp2 is math.exp2 (new in 3.11).
func Exp2(x float64) (float64, *Error) { return math1(x, cExp2, true) }

// Expm1 is math.expm1.
func Expm1(x float64) (float64, *Error) { return math1(x, cExpm1, true) }

// Fabs is math.fabs.
func Fabs(x float64) float64 { return gomath.Abs(x) }

// Log1p is math.log1p.
func Log1p(x float64) (float64, *Error) { return math1(x, cLog1p, false) }

// Sin is math.sin.
func Sin(x float64) (float64, *Error) { return math1(x, cSin, false) }

// Sinh is math.sinh.
func Sinh(x float64) (float64, *Error) { return math1(x, cSinh, true) }

// Sqrt is math.sqrt.
func Sqrt(x float64) (float64, *Error) { return math1(x, gomath.Sqrt, false) }

// Tan is math.tan.
func Tan(x float64) (float64, *Error) { return math1(x, cTan, false) }

// Tanh is math.tanh.
func Tanh(x float64) (float64, *Error) { return math1(x, cTanh, false) }

// Degrees is math.degrees.
func Degrees(x float64) float64 { return x * (180.0 / gomath.Pi) }

// Radians is math.radians.
func Radians(x float64) float64 { return x * (gomath.Pi / 180.0) }

// Atan2 is math.atan2.
func Atan2(y, x float64) (float64, *Error) { return math2(y, x, cAtan2) }

// Copysign is math.copysign.
func Copysign(x, y float64) float64 { return gomath.Copysign(x, y) }

// Remainder is math.remainder: the IEEE 754 remainder, exact, so any correct
// implementation gives CPython's result.
func Remainder(x, y float64) (float64, *Error) {
	return math2(x, y, func(x, y float64) float64 {
		if gomath.IsInf(y, 0) && isFinite(x) {
			return x
		}
		return gomath.Remainder(x, y)
	})
}

// Fmod is math.fmod.
func Fmod(x, y float64) (float64, *Error) {
	if gomath.IsInf(y, 0) && isFinite(x) {
		return x, nil
	}
	r := gomath.Mod(x, y)
	if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return 0, errDomain
	}
	return r, nil
}

// Frexp is math.frexp.
func Frexp(x float64) (float64, int) {
	if x == 0 || !isFinite(x) {
		return x, 0
	}
	return gomath.Frexp(x)
}

// Ldexp is math.ldexp. The binding clamps an exponent outside int64 to the nearest
// int64 bound, which gives CPython's result.
func Ldexp(x float64, exp int64) (float64, *Error) {
	if x == 0 || !isFinite(x) {
		return x, nil
	}
	if exp > gomath.MaxInt32 {
		return 0, errRange
	}
	if exp < gomath.MinInt32 {
		return gomath.Copysign(0, x), nil
	}
	r := gomath.Ldexp(x, int(exp))
	if gomath.IsInf(r, 0) {
		return 0, errRange
	}
	return r, nil
}

// Modf is math.modf: it returns (fractional part, integer part).
func Modf(x float64) (float64, float64) {
	if gomath.IsInf(x, 0) {
		return gomath.Copysign(0, x), x
	}
	if gomath.IsNaN(x) {
		return x, x
	}
	i, f := gomath.Modf(x)
	return f, i
}

// Pow is math.pow, with CPython's own handling of infinities and NaNs.
func Pow(x, y float64) (float64, *Error) {
	if !isFinite(x) || !isFinite(y) {
		return powSpecial(x, y), nil
	}
	r := cPow(x, y)
	e := errOK
	if gomath.IsNaN(r) {
		e = errEDOM
	} else if gomath.IsInf(r, 0) {
		e = errERANGE
		if x == 0 {
			e = errEDOM
		}
	}
	return checkErrno(r, e)
}

func powSpecial(x, y float64) float64 {
	switch {
	case gomath.IsNaN(x):
		if y == 0 {
			return 1
		}
		return x
	case gomath.IsNaN(y):
		if x == 1 {
			return 1
		}
		return y
	case gomath.IsInf(x, 0):
		oddY := isFinite(y) && gomath.Mod(gomath.Abs(y), 2) == 1
		switch {
		case y > 0 && oddY:
			return x
		case y > 0:
			return gomath.Abs(x)
		case y == 0:
			return 1
		case oddY:
			return gomath.Copysign(0, x)
		}
		return 0
	}
	ax := gomath.Abs(x)
	switch {
	case ax == 1:
		return 1
	case y > 0 && ax > 1:
		return y
	case y < 0 && ax < 1:
		return -y
	}
	return 0
}

// Isfinite is math.isfinite.
func Isfinite(x float64) bool { return isFinite(x) }

// Isinf is math.isinf.
func Isinf(x float64) bool { return gomath.IsInf(x, 0) }

// Isnan is math.isnan.
func Isnan(x float64) bool { return gomath.IsNaN(x) }

// Isclose is math.isclose; the binding passes rel_tol=1e-09 and abs_tol=0.0 by default.
func Isclose(a, b, relTol, absTol float64) (bool, *Error) {
	if relTol < 0 || absTol < 0 {
		return false, &Error{"ValueError", "tolerances must be non-negative"}
	}
	if a == b {
		return true, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return false, nil
	}
	diff := gomath.Abs(b - a)
	return diff <= gomath.Abs(relTol*b) || diff <= gomath.Abs(relTol*a) || diff <= absTol, nil
}

// Nextafter is math.nextafter; like C's, it returns y when x == y, so the sign of a
// zero comes from y.
func Nextafter(x, y float64) float64 {
	if x == y {
		return y
	}
	return gomath.Nextafter(x, y)
}

// Ulp is math.ulp.
func Ulp(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return x
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		x2 = gomath.Nextafter(x, gomath.Inf(-1))
		return x - x2
	}
	return x2 - x
}
