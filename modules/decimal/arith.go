// This file defines the arithmetic on dec that _decimal does natively:
// NaN propagation, addition, multiplication, the divisions, comparison,
// rescaling (quantize, to_integral) and normalization, with the results
// and conditions of the General Decimal Arithmetic specification.

package cdecimal

import (
	"math/big"
	"math/bits"
)

// checkNaNs returns the NaN result of an operation on x and y when either
// is a NaN: a signaling NaN raises InvalidOperation and wins.
func checkNaNs(x, y *dec, st *uint32) (dec, bool) {
	switch {
	case x.form == formSNaN:
		*st |= condInvalidOp
		return x.quiet(), true
	case y != nil && y.form == formSNaN:
		*st |= condInvalidOp
		return y.quiet(), true
	case x.form == formNaN:
		return *x, true
	case y != nil && y.form == formNaN:
		return *y, true
	}
	return dec{}, false
}

func invalid(st *uint32, cond uint32) dec {
	*st |= cond
	return quietNaN()
}

// addDec returns x + y (negate y for subtraction).
func addDec(x, y *dec, p *params, st *uint32) dec {
	if x.isSpecial() || y.isSpecial() {
		if r, ok := checkNaNs(x, y, st); ok {
			return finalize(r, p, st)
		}
		if x.isInf() {
			if y.isInf() && x.neg != y.neg {
				return invalid(st, condInvalidOp)
			}
			return *x
		}
		return *y
	}
	exp := min(x.exp, y.exp)
	negZero := p.round == roundFloor && x.neg != y.neg
	xz, yz := x.coefZero(), y.coefZero()
	switch {
	case xz && yz:
		neg := x.neg && y.neg || negZero
		return finalize(finiteU(neg, 0, exp), p, st)
	case xz:
		exp = max(exp, y.exp-p.prec-1)
		return finalize(withExp(scaleCoef(y, y.exp-exp), exp), p, st)
	case yz:
		exp = max(exp, x.exp-p.prec-1)
		return finalize(withExp(scaleCoef(x, x.exp-exp), exp), p, st)
	}
	if x.bc == nil && y.bc == nil {
		if r, ok := addSmall(x, y, p, st); ok {
			return r
		}
	}
	a, b := alignForAdd(*x, *y, p.prec)
	var r big.Int
	neg := a.neg
	if a.neg == b.neg {
		r.Add(a.coefBig(), b.coefBig())
	} else {
		switch a.coefBig().Cmp(b.coefBig()) {
		case 0:
			return finalize(finite(negZero, bigZero, a.exp), p, st)
		case 1:
			r.Sub(a.coefBig(), b.coefBig())
		default:
			r.Sub(b.coefBig(), a.coefBig())
			neg = b.neg
		}
	}
	return finalize(finite(neg, &r, a.exp), p, st)
}

// alignForAdd brings x and y to one exponent. When the one with the
// smaller exponent lies wholly below the precision of the other, it is
// replaced by a single sticky digit, which rounds the same way.
func alignForAdd(x, y dec, prec int64) (dec, dec) {
	swapped := false
	if x.exp < y.exp {
		x, y = y, x
		swapped = true
	}
	// x has the larger exponent.
	xlen, ylen := int64(x.digits()), int64(y.digits())
	exp := x.exp + min(-1, xlen-prec-2)
	if ylen+y.exp-1 < exp {
		y = finite(y.neg, bigOne, exp)
	}
	x = withExp(scaleCoef(&x, x.exp-y.exp), y.exp)
	if swapped {
		return y, x
	}
	return x, y
}

// mulDec returns x * y.
func mulDec(x, y *dec, p *params, st *uint32) dec {
	neg := x.neg != y.neg
	if x.isSpecial() || y.isSpecial() {
		if r, ok := checkNaNs(x, y, st); ok {
			return finalize(r, p, st)
		}
		if x.isInf() && y.isZero() || y.isInf() && x.isZero() {
			return invalid(st, condInvalidOp)
		}
		return infinity(neg)
	}
	if x.bc == nil && y.bc == nil {
		return mulSmall(x, y, neg, p, st)
	}
	if r, ok := mulWide(x, y, neg, p, st); ok {
		return r
	}
	var r big.Int
	r.Mul(x.coefBig(), y.coefBig())
	return finalize(finite(neg, &r, x.exp+y.exp), p, st)
}

// divDec returns x / y.
func divDec(x, y *dec, p *params, st *uint32) dec {
	neg := x.neg != y.neg
	if x.isSpecial() || y.isSpecial() {
		if r, ok := checkNaNs(x, y, st); ok {
			return finalize(r, p, st)
		}
		if x.isInf() && y.isInf() {
			return invalid(st, condInvalidOp)
		}
		if x.isInf() {
			return infinity(neg)
		}
		*st |= condClamped
		return finite(neg, bigZero, p.etiny())
	}
	if y.coefZero() {
		if x.coefZero() {
			return invalid(st, condDivUndefined)
		}
		*st |= condDivByZero
		return infinity(neg)
	}
	if x.coefZero() {
		return finalize(finite(neg, bigZero, x.exp-y.exp), p, st)
	}
	if p.prec > hugePrec {
		return divHuge(x, y, neg, p, st)
	}
	if x.bc == nil && y.bc == nil {
		if r, ok := divExactSmall(x, y, neg, p, st); ok {
			return r
		}
	} else if y.bc == nil {
		// A short divisor: an exact quotient (the common case of money
		// divided by 100) is found without a prec-digit division.
		if q, k, ok := exactQuotient(x.coefBig(), y.coefBig()); ok {
			c, e := stripToIdeal(q, x.exp-y.exp-k, x.exp-y.exp)
			if int64(numDigits(c)) <= p.prec {
				return finalize(finite(neg, c, e), p, st)
			}
		}
	}
	if r, ok := divWide(x, y, neg, p, st); ok {
		return r
	}
	shift := int64(y.digits()) - int64(x.digits()) + p.prec + 1
	exp := x.exp - y.exp - shift
	if y.bc == nil && shift >= 0 && bits.UintSize == 64 {
		return divByWord(x, y.lo, neg, shift, exp, x.exp-y.exp, p, st) // dec15_round.go
	}
	var q, r big.Int
	if shift >= 0 {
		q.QuoRem(mulPow10(x.coefBig(), shift), y.coefBig(), &r)
	} else {
		q.QuoRem(x.coefBig(), mulPow10(y.coefBig(), -shift), &r)
	}
	if r.Sign() != 0 {
		// A sticky digit: make an inexact quotient end in neither 0 nor 5.
		if remSmall(&q, 5) == 0 {
			q.Add(&q, bigOne)
		}
		return finalize(finite(neg, &q, exp), p, st)
	}
	c, e := stripToIdeal(&q, exp, x.exp-y.exp)
	return finalize(finite(neg, c, e), p, st)
}

// remSmall returns x mod m for a small m.
func remSmall(x *big.Int, m uint64) uint64 {
	if x.IsUint64() {
		return x.Uint64() % m
	}
	var r big.Int
	return r.Rem(x, new(big.Int).SetUint64(m)).Uint64()
}

// divideInt is _pydecimal's _divide: the integer quotient and remainder
// of finite x by finite non-zero (or infinite) y, or DivisionImpossible.
func divideInt(x, y *dec, p *params, st *uint32) (dec, dec) {
	neg := x.neg != y.neg
	ideal := x.exp
	if !y.isInf() {
		ideal = min(x.exp, y.exp)
	}
	expdiff := x.adjusted() - y.adjusted()
	if x.coefZero() || y.isInf() || expdiff <= -2 {
		return finite(neg, bigZero, 0), rescale(x, ideal, p.round)
	}
	if expdiff <= p.prec {
		a, b := x.coefBig(), y.coefBig()
		if x.exp >= y.exp {
			a = mulPow10(a, x.exp-y.exp)
		} else {
			b = mulPow10(b, y.exp-x.exp)
		}
		q, r := new(big.Int).QuoRem(a, b, new(big.Int))
		if int64(numDigits(q)) <= p.prec {
			return finite(neg, q, 0), finite(x.neg, r, ideal)
		}
	}
	n := invalid(st, condDivImpossible)
	return n, n
}

// divmodDec returns divmod(x, y).
func divmodDec(x, y *dec, p *params, st *uint32) (dec, dec) {
	if r, ok := checkNaNs(x, y, st); ok {
		r = finalize(r, p, st)
		return r, r
	}
	neg := x.neg != y.neg
	if x.isInf() {
		if y.isInf() {
			n := invalid(st, condInvalidOp)
			return n, n
		}
		return infinity(neg), invalid(st, condInvalidOp)
	}
	if y.isZero() {
		if x.isZero() {
			n := invalid(st, condDivUndefined)
			return n, n
		}
		*st |= condDivByZero
		return infinity(neg), invalid(st, condInvalidOp)
	}
	q, r := divideInt(x, y, p, st)
	return q, finalize(r, p, st)
}

// floorDivDec returns x // y.
func floorDivDec(x, y *dec, p *params, st *uint32) dec {
	if r, ok := checkNaNs(x, y, st); ok {
		return finalize(r, p, st)
	}
	neg := x.neg != y.neg
	if x.isInf() {
		if y.isInf() {
			return invalid(st, condInvalidOp)
		}
		return infinity(neg)
	}
	if y.isZero() {
		if x.isZero() {
			return invalid(st, condDivUndefined)
		}
		*st |= condDivByZero
		return infinity(neg)
	}
	q, _ := divideInt(x, y, p, st)
	return q
}

// remDec returns x % y.
func remDec(x, y *dec, p *params, st *uint32) dec {
	if r, ok := checkNaNs(x, y, st); ok {
		return finalize(r, p, st)
	}
	if x.isInf() {
		return invalid(st, condInvalidOp)
	}
	if y.isZero() {
		if x.isZero() {
			return invalid(st, condDivUndefined)
		}
		return invalid(st, condInvalidOp)
	}
	_, r := divideInt(x, y, p, st)
	if r.isNaN() {
		return r
	}
	return finalize(r, p, st)
}

// rescale returns x with exponent exp, rounding under mode if digits are
// dropped (no conditions: callers raise them).
func rescale(x *dec, exp int64, mode int) dec {
	r, _ := rescaleInexact(x, exp, mode)
	return r
}

// rescaleInexact is rescale that also reports whether a dropped digit
// was non-zero.
func rescaleInexact(x *dec, exp int64, mode int) (dec, bool) {
	if x.isSpecial() {
		return *x, false
	}
	if x.coefZero() {
		return finiteU(x.neg, 0, exp), false
	}
	if x.exp >= exp {
		return withExp(scaleCoef(x, x.exp-exp), exp), false
	}
	q, inexact := roundCoef(x, exp-x.exp, mode)
	return withExp(q, exp), inexact
}

// cmpDec compares two non-NaN decs: -1, 0 or 1.
func cmpDec(x, y *dec) int {
	if x.isInf() || y.isInf() {
		xi, yi := infRank(x), infRank(y)
		switch {
		case xi < yi:
			return -1
		case xi > yi:
			return 1
		}
		return 0
	}
	xz, yz := x.coefZero(), y.coefZero()
	if xz || yz {
		if xz && yz {
			return 0
		}
		if xz {
			return signOf(!y.neg) * -1
		}
		return signOf(!x.neg)
	}
	if x.neg != y.neg {
		return signOf(!x.neg)
	}
	r := cmpAbs(x, y)
	if x.neg {
		return -r
	}
	return r
}

// cmpAbs compares |x| and |y| for finite non-zero x and y.
func cmpAbs(x, y *dec) int {
	xa, ya := x.adjusted(), y.adjusted()
	switch {
	case xa < ya:
		return -1
	case xa > ya:
		return 1
	}
	if x.bc == nil && y.bc == nil {
		if r, ok := cmpAbsSmall(x, y); ok {
			return r
		}
	}
	a, b := x.coefBig(), y.coefBig()
	if x.exp > y.exp {
		a = mulPow10(a, x.exp-y.exp)
	} else if y.exp > x.exp {
		b = mulPow10(b, y.exp-x.exp)
	}
	return a.Cmp(b)
}

func signOf(pos bool) int {
	if pos {
		return 1
	}
	return -1
}

// infRank orders x by -Infinity < finite < +Infinity.
func infRank(x *dec) int {
	if !x.isInf() {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// quantizeDec returns x rounded to the exponent of y.
func quantizeDec(x, y *dec, mode int, p *params, st *uint32) dec {
	if x.isSpecial() || y.isSpecial() {
		if r, ok := checkNaNs(x, y, st); ok {
			return finalize(r, p, st)
		}
		if x.isInf() && y.isInf() {
			return *x
		}
		return invalid(st, condInvalidOp)
	}
	if y.exp < p.etiny() || y.exp > p.emax {
		return invalid(st, condInvalidOp)
	}
	if x.coefZero() {
		return finalize(finiteU(x.neg, 0, y.exp), p, st)
	}
	adj := x.adjusted()
	if adj > p.emax || adj-y.exp+1 > p.prec {
		return invalid(st, condInvalidOp)
	}
	r, inexact := rescaleInexact(x, y.exp, mode)
	rd := int64(r.digits())
	radj := r.exp + rd - 1 // r.adjusted(), counting the digits once
	if radj > p.emax || rd > p.prec {
		return invalid(st, condInvalidOp)
	}
	if !r.coefZero() && radj < p.emin {
		*st |= condSubnormal
	}
	if r.exp > x.exp {
		if inexact {
			*st |= condInexact
		}
		*st |= condRounded
	}
	return finalize(r, p, st)
}

// toIntegral rounds x to an integer exponent under mode; exact adds
// Inexact and Rounded as to-integral-exact does.
func toIntegral(x *dec, mode int, exact bool, p *params, st *uint32) dec {
	if x.isSpecial() {
		if r, ok := checkNaNs(x, nil, st); ok {
			return finalize(r, p, st)
		}
		return *x
	}
	if x.exp >= 0 {
		return *x
	}
	if x.coefZero() {
		return finite(x.neg, bigZero, 0)
	}
	r, inexact := rescaleInexact(x, 0, mode)
	if exact {
		if inexact {
			*st |= condInexact
		}
		*st |= condRounded
	}
	return r
}

// normalizeDec is the specification's reduce: x rounded to the context
// with trailing zeros removed.
func normalizeDec(x *dec, p *params, st *uint32) dec {
	if x.isSpecial() {
		if r, ok := checkNaNs(x, nil, st); ok {
			return finalize(r, p, st)
		}
		return *x
	}
	d := finalize(*x, p, st)
	if d.isInf() {
		return d
	}
	if d.coefZero() {
		return finite(d.neg, bigZero, 0)
	}
	expMax := p.emax
	if p.clamp != 0 {
		expMax = p.etop()
	}
	c := d.coefBig()
	e := d.exp
	var q, m big.Int
	for e < expMax {
		q.QuoRem(c, pow10(1), &m)
		if m.Sign() != 0 {
			break
		}
		c = new(big.Int).Set(&q)
		e++
	}
	return finite(d.neg, c, e)
}

// plusDec is the specification's plus: x rounded to the context (a zero
// result is positive unless rounding toward floor).
func plusDec(x *dec, neg bool, p *params, st *uint32) dec {
	if x.isSpecial() {
		if r, ok := checkNaNs(x, nil, st); ok {
			return finalize(r, p, st)
		}
		y := *x
		y.neg = y.neg != neg
		return y
	}
	y := *x
	y.neg = y.neg != neg
	if y.coefZero() {
		y.neg = p.round == roundFloor && y.neg
	}
	return finalize(y, p, st)
}
