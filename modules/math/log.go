// This file defines math.log, log2, log10 on floats and on integers of any size.

package math

import (
	gomath "math"
	"math/big"
)

// logFunc is one of the C library's logarithms, wrapped as CPython's m_log family: a
// non-positive or -inf argument is a domain error.
type logFunc func(float64) float64

func (f logFunc) apply(x float64) (float64, *Error) {
	return math1(x, func(x float64) float64 {
		if isFinite(x) {
			if x > 0 {
				return f(x)
			}
			if x == 0 {
				return gomath.Inf(-1)
			}
			return gomath.NaN()
		}
		if gomath.IsNaN(x) || x > 0 {
			return x
		}
		return gomath.NaN()
	}, false)
}

// applyInt follows loghelper: an int is converted to float when it fits, otherwise it
// is split into mantissa and exponent so that huge ints still have a logarithm.
func (f logFunc) applyInt(n *big.Int) (float64, *Error) {
	if n.Sign() <= 0 {
		return 0, errDomain
	}
	x, _ := new(big.Float).SetInt(n).Float64()
	if !gomath.IsInf(x, 0) {
		return f.apply(x)
	}
	m, e := bigFrexp(n)
	return f(m) + f(2.0)*float64(e), nil
}

// bigFrexp returns m in [0.5, 1) and e with n ≈ m·2**e, m rounded half-even to 53 bits.
func bigFrexp(n *big.Int) (float64, int64) {
	bf := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(n)
	mant := new(big.Float)
	e := bf.MantExp(mant)
	m, _ := mant.Float64()
	return m, int64(e)
}

var (
	logE  logFunc = cLog
	log2  logFunc = cLog2
	log10 logFunc = cLog10
)

// Log is math.log(x) on a float.
func Log(x float64) (float64, *Error) { return logE.apply(x) }

// LogInt is math.log(n) on an int.
func LogInt(n *big.Int) (float64, *Error) { return logE.applyInt(n) }

// Log2 is math.log2(x) on a float.
func Log2(x float64) (float64, *Error) { return log2.apply(x) }

// Log2Int is math.log2(n) on an int.
func Log2Int(n *big.Int) (float64, *Error) { return log2.applyInt(n) }

// Log10 is math.log10(x) on a float.
func Log10(x float64) (float64, *Error) { return log10.apply(x) }

// Log10Int is math.log10(n) on an int.
func Log10Int(n *big.Int) (float64, *Error) { return log10.applyInt(n) }

// LogBase is the final step of math.log(x, base): num and den are the natural
// logarithms of x and base, each computed with Log or LogInt.
func LogBase(num, den float64) (float64, *Error) {
	if den == 0 {
		return 0, &Error{"ZeroDivisionError", "float division by zero"}
	}
	return num / den, nil
}
