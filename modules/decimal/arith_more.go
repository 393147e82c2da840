// This file defines the native square root and integer power, and the
// exact-quotient path that lets division, sqrt and power stay cheap when
// the context's precision is huge (MAX_PREC) but the result is exact.

package cdecimal

import (
	"math/big"
	"math/bits"
)

// hugePrec is the precision above which operations look for an exact
// result before building prec-digit intermediates.
const hugePrec = 5000

var big5 = big.NewInt(5)

// exactQuotient returns q and k with x * 10**k == q * y (k >= 0 minimal)
// when x/y has a terminating decimal expansion.
func exactQuotient(x, y *big.Int) (*big.Int, int64, bool) {
	if y.IsUint64() && x.IsUint64() {
		return exactQuotient64(x.Uint64(), y.Uint64())
	}
	a := int64(y.TrailingZeroBits())
	m := new(big.Int).Rsh(y, uint(a))
	var b int64
	var r big.Int
	for {
		q, rr := new(big.Int).QuoRem(m, big5, &r)
		if rr.Sign() != 0 {
			break
		}
		m = q
		b++
	}
	q, rem := new(big.Int).QuoRem(x, m, new(big.Int))
	if rem.Sign() != 0 {
		return nil, 0, false
	}
	k := max(a, b)
	q.Lsh(q, uint(k-a))
	if k > b {
		q.Mul(q, new(big.Int).Exp(big5, big.NewInt(k-b), nil))
	}
	return q, k, true
}

// exactQuotient64 is exactQuotient for operands that fit a uint64.
func exactQuotient64(x, y uint64) (*big.Int, int64, bool) {
	a := int64(bits.TrailingZeros64(y))
	m := y >> uint(a)
	var b int64
	for m%5 == 0 {
		m /= 5
		b++
	}
	if x%m != 0 {
		return nil, 0, false
	}
	k := max(a, b)
	q := new(big.Int).SetUint64(x / m)
	q.Lsh(q, uint(k-a))
	if k > b {
		q.Mul(q, new(big.Int).Exp(big5, big.NewInt(k-b), nil))
	}
	return q, k, true
}

// stripToIdeal removes trailing zeros of coef while exp < ideal.
func stripToIdeal(coef *big.Int, exp, ideal int64) (*big.Int, int64) {
	if exp >= ideal || coef.Sign() == 0 || remSmall(coef, 10) != 0 {
		return coef, exp
	}
	if coef.IsUint64() {
		u := coef.Uint64()
		for exp < ideal && u%10 == 0 {
			u /= 10
			exp++
		}
		return new(big.Int).SetUint64(u), exp
	}
	// Strip in chunks of 16, 8, 4, 2 and 1 zeros: a long quotient can end
	// in as many zeros as the precision.
	var q, m big.Int
	for _, k := range []int64{16, 8, 4, 2, 1} {
		for exp+k <= ideal {
			q.QuoRem(coef, pow10(k), &m)
			if m.Sign() != 0 {
				break
			}
			coef = new(big.Int).Set(&q)
			exp += k
		}
	}
	return coef, exp
}

// divHuge is division under a huge precision: exact quotients only (an
// inexact one would need prec digits: C's libmpdec runs out of memory).
func divHuge(x, y *dec, neg bool, p *params, st *uint32) dec {
	q, k, ok := exactQuotient(x.coefBig(), y.coefBig())
	if !ok {
		*st |= condMallocError
		return quietNaN()
	}
	c, e := stripToIdeal(q, x.exp-y.exp-k, x.exp-y.exp)
	return finalize(finite(neg, c, e), p, st)
}

// sqrtDec is the specification's square-root, correctly rounded with
// ROUND_HALF_EVEN as _pydecimal computes it.
func sqrtDec(x *dec, p *params, st *uint32) dec {
	if x.isSpecial() {
		if r, ok := checkNaNs(x, nil, st); ok {
			return finalize(r, p, st)
		}
		if !x.neg {
			return *x
		}
	}
	if x.isZero() {
		return finalize(finite(x.neg, bigZero, floorHalf(x.exp)), p, st)
	}
	if x.neg {
		return invalid(st, condInvalidOp)
	}
	hp := *p
	hp.round = roundHalfEven
	c := x.coefBig()
	e := floorHalf(x.exp)
	nd := int64(x.digits())
	var l int64
	if x.exp&1 != 0 {
		c = mulPow10(c, 1)
		l = nd>>1 + 1
	} else {
		l = (nd + 1) >> 1
	}
	if r := new(big.Int).Sqrt(c); new(big.Int).Mul(r, r).Cmp(c) == 0 && int64(numDigits(r)) <= p.prec {
		return finalize(finite(false, r, e), &hp, st)
	}
	prec := p.prec + 1
	if prec > hugePrec {
		*st |= condMallocError
		return quietNaN()
	}
	shift := prec - l
	exact := true
	if shift >= 0 {
		c = mulPow10(c, 2*shift)
	} else {
		var rem big.Int
		c, _ = new(big.Int).QuoRem(c, pow10(-2*shift), &rem)
		exact = rem.Sign() == 0
	}
	e -= shift
	n := new(big.Int).Sqrt(c)
	exact = exact && new(big.Int).Mul(n, n).Cmp(c) == 0
	if exact {
		if shift >= 0 {
			n.Quo(n, pow10(shift))
		} else {
			n = mulPow10(n, -shift)
		}
		e += shift
	} else if new(big.Int).Rem(n, big5).Sign() == 0 {
		n.Add(n, bigOne)
	}
	return finalize(finite(false, n, e), &hp, st)
}

func floorHalf(e int64) int64 { return e >> 1 }

// maxPowDigits bounds the size of an exact integer power computed
// natively; larger ones go to _pydecimal.
const maxPowDigits = 200000

// intPower computes x**y natively when x is finite and non-zero and y is
// an integer whose exact power is small enough; ok is false otherwise.
func intPower(x, y *dec, p *params, st *uint32) (dec, bool) {
	if x.isSpecial() || y.isSpecial() || x.coefZero() || y.coefZero() {
		return dec{}, false
	}
	n := y.coefBig()
	if y.exp < 0 {
		q, r := new(big.Int).QuoRem(y.coefBig(), pow10(min(-y.exp, 40)), new(big.Int))
		if -y.exp > 40 || r.Sign() != 0 {
			return dec{}, false
		}
		n = q
	} else if y.exp > 0 {
		if y.exp > 7 {
			return dec{}, false
		}
		n = mulPow10(n, y.exp)
	}
	if isUnitMagnitude(x) {
		return unitPower(x, y, n, p, st), true
	}
	if !n.IsInt64() {
		return dec{}, false
	}
	k := n.Int64()
	if k > maxPowDigits {
		// Too long to compute exactly; where the power shrinks, libmpdec's
		// rounded loop (a few dozen products) gives the C module's result.
		if powUnderflowSide(x, y) {
			return roundedIntPower(x, y, k, p, st)
		}
		return dec{}, false
	}
	if y.neg || int64(x.digits())*k > p.prec {
		if r, ok := roundedIntPower(x, y, k, p, st); ok {
			return r, true
		}
	}
	if int64(x.digits())*k > maxPowDigits {
		return dec{}, false
	}
	coef := new(big.Int).Exp(x.coefBig(), big.NewInt(k), nil)
	neg := x.neg && k&1 == 1
	pw := finite(neg, coef, x.exp*k)
	if !y.neg {
		return finalize(pw, p, st), true
	}
	one := finite(false, bigOne, 0)
	return divDec(&one, &pw, p, st), true
}
