// This file holds the arithmetic on coefficients that fit a uint64 (the
// dec's lo field): scaling by powers of ten, rounding away low digits,
// addition, multiplication, exact division and comparison without a
// big.Int, so that money-sized numbers cost no allocation beyond the
// Decimal object. Every function falls back to the big.Int path (or
// reports ok == false) when a value would not fit.

package cdecimal

import (
	"math/big"
	"math/bits"
	"strconv"
)

// mulPow10U returns c * 10**n and whether it fits a uint64.
func mulPow10U(c uint64, n int64) (uint64, bool) {
	if c == 0 {
		return 0, true
	}
	if n >= 20 {
		return 0, false
	}
	hi, lo := bits.Mul64(c, u64pow10[n])
	return lo, hi == 0
}

// scaleCoef returns d with its coefficient multiplied by 10**n (n >= 0);
// the caller sets the exponent.
func scaleCoef(d *dec, n int64) dec {
	r := *d
	if n == 0 {
		return r
	}
	if d.bc == nil {
		if u, ok := mulPow10U(d.lo, n); ok {
			r.lo = u
			return r
		}
	}
	r.setCoef(new(big.Int).Mul(d.coefBig(), pow10(n)))
	return r
}

// withExp returns d with exponent e.
func withExp(d dec, e int64) dec {
	d.exp = e
	return d
}

// roundCoef drops the n (>= 1) least significant digits of d's
// coefficient under mode, returning d with the kept digits (exponent
// unchanged) and whether a dropped digit was non-zero.
func roundCoef(d *dec, n int64, mode int) (dec, bool) {
	r := *d
	if d.bc == nil {
		if d.lo == 0 {
			return r, false
		}
		if n >= 20 {
			// Every digit is dropped and lies below half a unit (a
			// uint64 is below 5 * 10**19).
			r.lo = 0
			if roundIncrements64(mode, d.neg, -1, 0) {
				r.lo = 1
			}
			return r, true
		}
		q, inexact := shiftRoundU(d.lo, n, d.neg, mode)
		r.lo = q
		return r, inexact
	}
	if n < 20 && d.bc.BitLen() <= 128 {
		lo, hi, inexact := shiftRound128(d.bc.Bits(), n, d.neg, mode)
		if hi == 0 {
			r.lo, r.bc = lo, nil
		} else {
			r.lo, r.bc = 0, bigFromWords(lo, hi)
		}
		return r, inexact
	}
	if n < 39 && d.bc.BitLen() <= 128 {
		q, inexact := dropLong128(d.bc.Bits(), n, d.neg, mode)
		r.lo, r.bc = q, nil
		return r, inexact
	}
	q, inexact := shiftRound(d.bc, n, d.neg, mode)
	r.setCoef(q)
	return r, inexact
}

// dropLong128 drops 20 <= n < 39 digits of a two-word coefficient (a
// 28-digit quotient quantized to cents): two divisions by powers of ten,
// the lower remainder only breaking a tie. The quotient is below
// 2**128 / 10**20, so it fits a uint64.
func dropLong128(ws []big.Word, n int64, neg bool, mode int) (uint64, bool) {
	w := wide{uint64(ws[0])}
	if len(ws) > 1 {
		w[1] = uint64(ws[1])
	}
	low := w.divSmall(u64pow10[19])
	high := w.divSmall(u64pow10[n-19])
	q := w[0]
	if low == 0 && high == 0 {
		return q, false
	}
	cmpHalf := cmpHalfUnit(high, n-19)
	if cmpHalf == 0 && low != 0 {
		cmpHalf = 1
	}
	if roundIncrements64(mode, neg, cmpHalf, q) {
		q++
	}
	return q, true
}

// shiftRoundU drops the n (1 <= n < 20) low digits of c under mode.
func shiftRoundU(c uint64, n int64, neg bool, mode int) (uint64, bool) {
	p := u64pow10[n]
	q, r := c/p, c%p
	if r == 0 {
		return q, false
	}
	if roundIncrements64(mode, neg, cmpHalfUnit(r, n), q) {
		q++
	}
	return q, true
}

// dropDigit returns d with its coefficient divided by 10 (exactly: the
// caller knows the last digit is zero).
func dropDigit(d dec) dec {
	if d.bc == nil {
		d.lo /= 10
		return d
	}
	d.setCoef(new(big.Int).Quo(d.bc, pow10(1)))
	return d
}

// coefString is the coefficient's decimal digits.
func (d *dec) coefString() string {
	if d.bc == nil {
		return strconv.FormatUint(d.lo, 10)
	}
	return d.bc.String()
}

// alignSmall brings two uint64 coefficients to the smaller exponent;
// ok is false when the scaled one would not fit.
func alignSmall(x, y *dec) (a, b uint64, exp int64, ok bool) {
	a, b = x.lo, y.lo
	switch {
	case x.exp > y.exp:
		a, ok = mulPow10U(a, x.exp-y.exp)
		return a, b, y.exp, ok
	case y.exp > x.exp:
		b, ok = mulPow10U(b, y.exp-x.exp)
		return a, b, x.exp, ok
	}
	return a, b, x.exp, true
}

// addSmall is addDec for finite non-zero operands with uint64
// coefficients whose aligned sum fits a uint64.
func addSmall(x, y *dec, p *params, st *uint32) (dec, bool) {
	a, b, exp, ok := alignSmall(x, y)
	if !ok {
		return dec{}, false
	}
	if x.neg == y.neg {
		s, carry := bits.Add64(a, b, 0)
		if carry != 0 {
			return dec{}, false
		}
		return finalize(finiteU(x.neg, s, exp), p, st), true
	}
	switch {
	case a > b:
		return finalize(finiteU(x.neg, a-b, exp), p, st), true
	case b > a:
		return finalize(finiteU(y.neg, b-a, exp), p, st), true
	}
	return finalize(finiteU(p.round == roundFloor, 0, exp), p, st), true
}

// mulSmall is mulDec for finite operands with uint64 coefficients.
func mulSmall(x, y *dec, neg bool, p *params, st *uint32) dec {
	hi, lo := bits.Mul64(x.lo, y.lo)
	if hi == 0 {
		return finalize(finiteU(neg, lo, x.exp+y.exp), p, st)
	}
	if r, ok := roundWide(neg, wide{lo, hi}, x.exp+y.exp, p, st); ok {
		return r
	}
	c := bigFromWords(lo, hi)
	return finalize(dec{neg: neg, exp: x.exp + y.exp, bc: c}, p, st)
}

// exactQuotientU is exactQuotient for uint64 operands whose quotient
// x * 10**k / y fits a uint64.
func exactQuotientU(x, y uint64) (uint64, int64, bool) {
	a := int64(bits.TrailingZeros64(y))
	m := y >> uint(a)
	var b int64
	for m%5 == 0 {
		m /= 5
		b++
	}
	if x%m != 0 {
		return 0, 0, false
	}
	q := x / m
	k := max(a, b)
	if k-a >= 64 || q > (^uint64(0))>>uint(k-a) {
		return 0, 0, false
	}
	q <<= uint(k - a)
	for i := b; i < k; i++ {
		hi, lo := bits.Mul64(q, 5)
		if hi != 0 {
			return 0, 0, false
		}
		q = lo
	}
	return q, k, true
}

// stripU removes trailing zeros of c while exp < ideal.
func stripU(c uint64, exp, ideal int64) (uint64, int64) {
	for exp < ideal && c != 0 && c%10 == 0 {
		c /= 10
		exp++
	}
	return c, exp
}

// divExactSmall is divDec's exact path for uint64 coefficients (money
// divided by 100): ok is false when the quotient is not exact in a
// uint64 or has more digits than the precision.
func divExactSmall(x, y *dec, neg bool, p *params, st *uint32) (dec, bool) {
	q, k, ok := exactQuotientU(x.lo, y.lo)
	if !ok {
		return dec{}, false
	}
	c, e := stripU(q, x.exp-y.exp-k, x.exp-y.exp)
	if int64(u64Digits(c)) > p.prec {
		return dec{}, false
	}
	return finalize(finiteU(neg, c, e), p, st), true
}

// cmpAbsSmall compares |x| and |y| for uint64 coefficients of equal
// adjusted exponent; ok is false when aligning would overflow.
func cmpAbsSmall(x, y *dec) (int, bool) {
	a, b, _, ok := alignSmall(x, y)
	switch {
	case !ok:
		return 0, false
	case a < b:
		return -1, true
	case a > b:
		return 1, true
	}
	return 0, true
}
