package cdecimal

import "math/big"

// This file holds what libmpdec does for integer powers whose result falls
// below the subnormal range: the C module reaches 0E-Etiny (with Clamped)
// there where _pydecimal rounds a tiny non-zero value, so a directed rounding
// such as ROUND_CEILING gives 0E-1000003 in CPython rather than 1E-1000003.

// powUnderflowSide reports whether |x|**y shrinks as |y| grows: |x| < 1
// with y > 0, or |x| > 1 with y < 0. Only then can the power underflow.
func powUnderflowSide(x, y *dec) bool {
	return (x.adjusted() < 0) != y.neg
}

// decimalDigits is the number of decimal digits of |e| (1 for 0).
func decimalDigits(e int64) int64 {
	if e < 0 {
		e = -e
	}
	n := int64(1)
	for e >= 10 {
		e /= 10
		n++
	}
	return n
}

// lowerBoundZeta is a lower bound for log10(|log10(|x|)|), computed the way
// libmpdec's certain-underflow test does. |x| must not be 1.
func lowerBoundZeta(x *dec) int64 {
	t := x.adjusted()
	switch {
	case t > 0:
		return decimalDigits(t) - 1
	case t < -1:
		return decimalDigits(t+1) - 1
	}
	// 1/10 <= |x| < 10: use the adjusted exponent of |x| - 1, exactly.
	diff := new(big.Int).Sub(x.coefBig(), pow10(-x.exp))
	u := int64(len(diff.Abs(diff).String())) - 1 + x.exp
	if t == 0 {
		return u - 2
	}
	return u - 1
}

// certainUnderflow returns libmpdec's result when x**y is sure to lie below
// 10**Etiny: 1E(Etiny-1) with the result's sign, finalized (so it rounds
// by the context's mode). ok is false when the test does not apply.
func certainUnderflow(x, y *dec, neg bool, p *params, st *uint32) (dec, bool) {
	if !powUnderflowSide(x, y) {
		return dec{}, false
	}
	if decimalDigits(p.etiny()) >= lowerBoundZeta(x)+y.adjusted() {
		return dec{}, false
	}
	return finalize(finite(neg, bigOne, p.etiny()-1), p, st), true
}

// powLoopDone reports whether libmpdec's binary exponentiation stops early:
// the running product became special or underflowed to a clamped zero.
func powLoopDone(r *dec, work uint32) bool {
	return r.isSpecial() || r.coefZero() && work&condClamped != 0
}

// unitPower is x**n for |x| == 1 (1, 1.00, -1.0, ...) and an integer
// exponent n (|y|), as libmpdec gives it: exactly ±1 for a negative
// exponent, otherwise 1 with n times x's fraction digits, capped at
// prec-1 (Rounded). libmpdec returns it without finalizing, so a clamped
// context does not pad it.
func unitPower(x, y *dec, n *big.Int, p *params, st *uint32) dec {
	neg := x.neg && n.Bit(0) == 1
	if y.neg {
		return finite(neg, bigOne, 0)
	}
	shift := new(big.Int).Mul(n, big.NewInt(-x.exp))
	if shift.Cmp(big.NewInt(p.prec-1)) > 0 {
		shift.SetInt64(p.prec - 1)
		*st |= condRounded
	}
	s := shift.Int64()
	return finite(neg, pow10(s), -s)
}
