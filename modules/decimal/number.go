// This file defines dec, the value behind a Decimal: sign, coefficient,
// exponent and the special forms (Infinity, quiet and signaling NaN with a
// payload), with the digit counting and powers of ten the arithmetic uses.

package cdecimal

import (
	"math/big"
	"math/bits"
)

// The forms of a dec.
const (
	formFinite = iota
	formInf
	formNaN
	formSNaN
)

// dec is an immutable decimal number: (-1)**neg * coef * 10**exp for a
// finite one; coef is the payload of a NaN. The coefficient lives in lo
// when it fits a uint64 (bc is then nil), so the arithmetic on ordinary
// numbers allocates nothing beyond the Decimal object; only a longer one
// is a big.Int in bc. bc is never mutated once the dec is built, so decs
// may share it, and it never holds a value that fits a uint64.
type dec struct {
	neg  bool
	form uint8
	exp  int64
	lo   uint64
	bc   *big.Int
}

var bigZero = big.NewInt(0)
var bigOne = big.NewInt(1)

func (d *dec) isSpecial() bool { return d.form != formFinite }
func (d *dec) isNaN() bool     { return d.form == formNaN || d.form == formSNaN }
func (d *dec) isInf() bool     { return d.form == formInf }
func (d *dec) isZero() bool    { return d.form == formFinite && d.coefZero() }

// coefZero reports whether the coefficient (or payload) is zero.
func (d *dec) coefZero() bool { return d.bc == nil && d.lo == 0 }

// coefBig returns the coefficient as a big.Int, which callers must not
// mutate.
func (d *dec) coefBig() *big.Int {
	if d.bc != nil {
		return d.bc
	}
	if d.lo < uint64(len(smallCoefs)) {
		return smallCoefs[d.lo]
	}
	return new(big.Int).SetUint64(d.lo)
}

// digits returns the number of digits of the coefficient (1 for zero).
func (d *dec) digits() int {
	if d.bc == nil {
		return u64Digits(d.lo)
	}
	return numDigits(d.bc)
}

// setCoef stores the non-negative c as d's coefficient; c must not be
// mutated afterwards.
func (d *dec) setCoef(c *big.Int) {
	if c.IsUint64() {
		d.lo, d.bc = c.Uint64(), nil
		return
	}
	d.lo, d.bc = 0, c
}

// adjusted is the exponent of the most significant digit.
func (d *dec) adjusted() int64 {
	if d.isSpecial() {
		return 0
	}
	return d.exp + int64(d.digits()) - 1
}

func finite(neg bool, coef *big.Int, exp int64) dec {
	d := dec{neg: neg, form: formFinite, exp: exp}
	d.setCoef(coef)
	return d
}

// finiteU is finite for a coefficient that fits a uint64.
func finiteU(neg bool, coef uint64, exp int64) dec {
	return dec{neg: neg, form: formFinite, exp: exp, lo: coef}
}

// withPayload returns a special dec of form with payload c.
func withPayload(neg bool, form uint8, c *big.Int) dec {
	d := dec{neg: neg, form: form}
	d.setCoef(c)
	return d
}

func infinity(neg bool) dec { return dec{neg: neg, form: formInf} }

func quietNaN() dec { return dec{form: formNaN} }

// quiet returns the quiet NaN with d's sign and payload.
func (d *dec) quiet() dec { return dec{neg: d.neg, form: formNaN, lo: d.lo, bc: d.bc} }

// pow10Cache holds 10**0 ... 10**255 and halfCache 5 * 10**(n-1), half
// a unit of the n-th digit, filled on the module's first import
// (startup10_tables.go); callers never mutate them.
var pow10Cache, halfCache []*big.Int

// smallCoefs are the shared big.Ints 0 ... 1023 that coefBig returns,
// filled on the module's first import (startup10_tables.go).
var smallCoefs []*big.Int

// halfPow10 returns 5 * 10**(n-1) (n >= 1); callers must not mutate it.
func halfPow10(n int64) *big.Int {
	if n < int64(len(halfCache)) {
		return halfCache[n]
	}
	return new(big.Int).Mul(pow10(n-1), big.NewInt(5))
}

// pow10 returns 10**n (n >= 0); callers must not mutate it.
func pow10(n int64) *big.Int {
	if n < int64(len(pow10Cache)) {
		return pow10Cache[n]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil)
}

var u64pow10 = func() (t [20]uint64) {
	t[0] = 1
	for i := 1; i < 20; i++ {
		t[i] = t[i-1] * 10
	}
	return
}()

// numDigits returns the number of decimal digits of |x| (1 for zero).
func numDigits(x *big.Int) int {
	if x.IsUint64() {
		return u64Digits(x.Uint64())
	}
	if x.Sign() < 0 {
		x = new(big.Int).Abs(x)
	}
	// Estimate from the bit length, then correct by one comparison.
	n := int(float64(x.BitLen()-1)*0.30102999566398119521) + 1
	if x.CmpAbs(pow10(int64(n))) >= 0 {
		n++
	} else if x.CmpAbs(pow10(int64(n-1))) < 0 {
		n--
	}
	return n
}

func u64Digits(u uint64) int {
	if u == 0 {
		return 1
	}
	n := (bits.Len64(u)*1233)>>12 + 1
	if n < 20 && u >= u64pow10[n] {
		n++
	}
	if n > 1 && u < u64pow10[n-1] {
		n--
	}
	return n
}

// mulPow10 returns x * 10**n.
func mulPow10(x *big.Int, n int64) *big.Int {
	if n == 0 {
		return x
	}
	if n < 20 && x.IsUint64() {
		if hi, lo := bits.Mul64(x.Uint64(), u64pow10[n]); hi == 0 {
			return new(big.Int).SetUint64(lo)
		}
	}
	return new(big.Int).Mul(x, pow10(n))
}

// The rounding modes, numbered as libmpdec's (and _decimal's) are.
const (
	roundUp = iota
	roundDown
	roundCeiling
	roundFloor
	roundHalfUp
	roundHalfDown
	roundHalfEven
	round05Up
)

var roundNames = []string{"ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
	"ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"}

// shiftRound drops the n (>= 1) least significant digits of coef (the
// coefficient of a number with sign neg) under rounding mode mode. It
// returns the kept digits, possibly incremented, and whether any dropped
// digit was non-zero.
func shiftRound(coef *big.Int, n int64, neg bool, mode int) (*big.Int, bool) {
	if n <= 0 {
		return coef, false
	}
	if n < 20 && coef.IsUint64() {
		return shiftRound64(coef.Uint64(), n, neg, mode)
	}
	if n < 20 && coef.Sign() > 0 && coef.BitLen() <= 128 {
		lo, hi, inexact := shiftRound128(coef.Bits(), n, neg, mode)
		return bigFromWords(lo, hi), inexact
	}
	if n < 20 && coef.Sign() > 0 && bits.UintSize == 64 {
		return shiftRoundWords(coef, n, neg, mode) // dec15_round.go
	}
	var q, r *big.Int
	var cmpHalf int
	nd := int64(numDigits(coef))
	if n > nd {
		q = new(big.Int)
		r = coef
		if coef.Sign() == 0 {
			return q, false
		}
		cmpHalf = -1
	} else {
		q, r = new(big.Int).QuoRem(coef, pow10(n), new(big.Int))
		if r.Sign() == 0 {
			return q, false
		}
		cmpHalf = r.Cmp(halfPow10(n))
	}
	if roundIncrements(mode, neg, cmpHalf, q) {
		q.Add(q, bigOne)
	}
	return q, true
}

// shiftRound64 is shiftRound for a coefficient that fits a uint64 and
// n < 20.
func shiftRound64(c uint64, n int64, neg bool, mode int) (*big.Int, bool) {
	q, inexact := shiftRoundU(c, n, neg, mode)
	return new(big.Int).SetUint64(q), inexact
}

// shiftRound128 is shiftRound for a positive coefficient of two words (a
// product of two 19-digit coefficients, the common case at the default
// precision) and n < 20: one 128-by-64-bit division instead of big.Int's
// general one and its allocations.
// It returns the quotient's two words and whether it is inexact.
func shiftRound128(w []big.Word, n int64, neg bool, mode int) (uint64, uint64, bool) {
	lo, hi := uint64(w[0]), uint64(0)
	if len(w) > 1 {
		hi = uint64(w[1])
	}
	p := u64pow10[n]
	qhi, rhi := hi/p, hi%p
	qlo, r := bits.Div64(rhi, lo, p)
	inexact := r != 0
	if inexact {
		// The last decimal digit of q decides half-even and 05up.
		last := (qhi%10*6 + qlo%10) % 10
		if roundIncrements64(mode, neg, cmpHalfUnit(r, n), last) {
			var carry uint64
			qlo, carry = bits.Add64(qlo, 1, 0)
			qhi += carry
		}
	}
	return qlo, qhi, inexact
}

// cmpHalfUnit compares the remainder r of a division by 10**n with half
// of 10**n: -1, 0 or 1.
func cmpHalfUnit(r uint64, n int64) int {
	half := 5 * u64pow10[n-1]
	if r < half {
		return -1
	}
	if r > half {
		return 1
	}
	return 0
}

// roundIncrements64 is roundIncrements for a uint64 quotient.
func roundIncrements64(mode int, neg bool, cmpHalf int, q uint64) bool {
	switch mode {
	case roundHalfEven:
		return cmpHalf > 0 || cmpHalf == 0 && q&1 == 1
	case round05Up:
		d := q % 10
		return d == 0 || d == 5
	}
	return roundIncrements(mode, neg, cmpHalf, nil)
}

// roundIncrements decides whether a truncated quotient q with a non-zero
// remainder comparing as cmpHalf with half a unit is incremented.
func roundIncrements(mode int, neg bool, cmpHalf int, q *big.Int) bool {
	switch mode {
	case roundDown:
		return false
	case roundUp:
		return true
	case roundHalfUp:
		return cmpHalf >= 0
	case roundHalfDown:
		return cmpHalf > 0
	case roundHalfEven:
		return cmpHalf > 0 || cmpHalf == 0 && q.Bit(0) == 1
	case roundCeiling:
		return !neg
	case roundFloor:
		return neg
	case round05Up:
		d := new(big.Int).Rem(q, big.NewInt(10)).Int64()
		return d == 0 || d == 5
	}
	return false
}
