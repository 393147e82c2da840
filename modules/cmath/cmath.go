// Package cmath is CPython 3.11's cmath module: the complex functions with
// C99 Annex G's special values (special.go, generated from python3.11) and
// CPython's algorithms for finite arguments, which avoid needless overflow
// and cancellation, and the Python binding (module.go).
package cmath

//go:generate sh -c "python3.11 gen/gen_special.py > special.go"

import (
	gomath "math"

	"krait/modules/math"
	"krait/runtime"
)

// errno is the error a computation reports, as C's errno in cmathmodule.c.
type errno int

const (
	errOK     errno = iota
	errEDOM         // ValueError: math domain error
	errERANGE       // OverflowError: math range error
)

var (
	inf     = gomath.Inf(1)
	nan     = runtime.NaN
	negZero = gomath.Copysign(0, -1)
)

const (
	dblMin     = 2.2250738585072014e-308 // DBL_MIN
	largeDbl   = gomath.MaxFloat64 / 4   // CM_LARGE_DOUBLE
	ln2        = 0.6931471805599453094
	ln10       = 2.302585092994045684
	mantDig    = 53
	scaleUp    = 2*(mantDig/2) + 1
	scaleDown  = -(scaleUp + 1) / 2
	mathE      = 2.718281828459045
	halfPi     = gomath.Pi / 2
	sqrtDblMin = 1.4916681462400413e-154 // sqrt(DBL_MIN)
)

var sqrtLargeDbl = gomath.Sqrt(largeDbl) // CM_SQRT_LARGE_DOUBLE

// logLargeDbl is CM_LOG_LARGE_DOUBLE, log(largeDbl) as glibc rounds it
// (cmath_startup11_test.go checks it against runtime.LibmLog): computing it
// at package initialization built runtime's log table (~50 µs) in every
// process, whether or not it used cmath.
const logLargeDbl = 708.3964185322641

// The C library functions, as CPython gets them from glibc.
var (
	cAtan2 = runtime.LibmAtan2
	cLog   = runtime.LibmLog
	cExp   = math.LibmExp
	cSin   = math.LibmSin
	cCos   = math.LibmCos
	cHypot = runtime.LibmHypot
	cSinh  = math.LibmSinh
	cCosh  = math.LibmCosh
	cTanh  = math.LibmTanh
	cTan   = math.LibmTan
	cAsinh = math.LibmAsinh
	cLog1p = math.LibmLog1p
)

// special is one entry of a special-value table.
type special struct {
	re, im float64
	edom   bool
}

// specialType classifies a double as cmathmodule.c's special_type does.
func specialType(d float64) int {
	switch {
	case gomath.IsNaN(d):
		return 6
	case gomath.IsInf(d, -1):
		return 0
	case gomath.IsInf(d, 1):
		return 5
	case d == 0:
		if gomath.Signbit(d) {
			return 2
		}
		return 3
	case d < 0:
		return 1
	}
	return 4
}

func finite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// lookup returns the table entry for z (SPECIAL_VALUE).
func lookup(name string, re, im float64) (float64, float64, errno) {
	s := specialValues()[name][specialType(re)][specialType(im)]
	if s.edom {
		return nan, nan, errEDOM
	}
	return s.re, s.im, errOK
}
