// This file defines the math functions on integers: factorial, isqrt, comb, perm, gcd,
// lcm, and the float-to-int conversions of floor, ceil and trunc.

package math

import (
	gomath "math"
	"math/big"
)

var bigMaxInt64 = big.NewInt(gomath.MaxInt64)

// Factorial is math.factorial on an int.
func Factorial(n *big.Int) (*big.Int, *Error) {
	if n.Sign() < 0 {
		return nil, &Error{"ValueError", "factorial() not defined for negative values"}
	}
	if n.Cmp(bigMaxInt64) > 0 {
		return nil, &Error{"OverflowError", "factorial() argument should not exceed 9223372036854775807"}
	}
	return new(big.Int).MulRange(1, n.Int64()), nil
}

// Isqrt is math.isqrt.
func Isqrt(n *big.Int) (*big.Int, *Error) {
	if n.Sign() < 0 {
		return nil, &Error{"ValueError", "isqrt() argument must be nonnegative"}
	}
	return new(big.Int).Sqrt(n), nil
}

func checkNK(n, k *big.Int) *Error {
	if n.Sign() < 0 {
		return &Error{"ValueError", "n must be a non-negative integer"}
	}
	if k.Sign() < 0 {
		return &Error{"ValueError", "k must be a non-negative integer"}
	}
	return nil
}

// Perm is math.perm(n, k); the binding calls Factorial for perm(n) and perm(n, None).
func Perm(n, k *big.Int) (*big.Int, *Error) {
	if err := checkNK(n, k); err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return new(big.Int), nil
	}
	if k.Cmp(bigMaxInt64) > 0 {
		return nil, &Error{"OverflowError", "k must not exceed 9223372036854775807"}
	}
	return fallingProduct(n, k.Int64()), nil
}

// Comb is math.comb(n, k).
func Comb(n, k *big.Int) (*big.Int, *Error) {
	if err := checkNK(n, k); err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return new(big.Int), nil
	}
	if d := new(big.Int).Sub(n, k); d.Cmp(k) < 0 {
		k = d
	}
	if k.Cmp(bigMaxInt64) > 0 {
		return nil, &Error{"OverflowError", "min(n - k, k) must not exceed 9223372036854775807"}
	}
	if n.IsInt64() {
		return new(big.Int).Binomial(n.Int64(), k.Int64()), nil
	}
	r := fallingProduct(n, k.Int64())
	return r.Quo(r, new(big.Int).MulRange(1, k.Int64())), nil
}

// fallingProduct is n·(n-1)···(n-k+1), multiplied as a balanced tree so that big
// operands stay of similar size.
func fallingProduct(n *big.Int, k int64) *big.Int {
	if k == 0 {
		return big.NewInt(1)
	}
	if n.IsInt64() {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64())
	}
	if k == 1 {
		return new(big.Int).Set(n)
	}
	h := k / 2
	lo := fallingProduct(n, h)
	rest := new(big.Int).Sub(n, big.NewInt(h))
	return lo.Mul(lo, fallingProduct(rest, k-h))
}

// Gcd is math.gcd over any number of ints; gcd() is 0.
func Gcd(xs ...*big.Int) *big.Int {
	g := new(big.Int)
	for _, x := range xs {
		if g.Sign() == 0 {
			g.Abs(x)
			continue
		}
		g.GCD(nil, nil, g, new(big.Int).Abs(x))
	}
	return g
}

// Lcm is math.lcm over any number of ints; lcm() is 1.
func Lcm(xs ...*big.Int) *big.Int {
	l := big.NewInt(1)
	for _, x := range xs {
		if x.Sign() == 0 {
			return new(big.Int)
		}
		ax := new(big.Int).Abs(x)
		g := new(big.Int).GCD(nil, nil, l, ax)
		l.Mul(l.Quo(l, g), ax)
	}
	return l
}

// FloatToInt converts an integral-valued float to an int with int()'s errors.
func FloatToInt(x float64) (*big.Int, *Error) {
	if gomath.IsInf(x, 0) {
		return nil, &Error{"OverflowError", "cannot convert float infinity to integer"}
	}
	if gomath.IsNaN(x) {
		return nil, &Error{"ValueError", "cannot convert float NaN to integer"}
	}
	n, _ := big.NewFloat(x).Int(nil)
	return n, nil
}

// Floor is math.floor on a float.
func Floor(x float64) (*big.Int, *Error) { return FloatToInt(gomath.Floor(x)) }

// Ceil is math.ceil on a float.
func Ceil(x float64) (*big.Int, *Error) { return FloatToInt(gomath.Ceil(x)) }

// Trunc is math.trunc on a float.
func Trunc(x float64) (*big.Int, *Error) { return FloatToInt(gomath.Trunc(x)) }
