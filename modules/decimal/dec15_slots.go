// This file is the fast path of +, -, * and exact / on exact Decimals
// with uint64 coefficients (or small ints) under a context of at least
// 20 digits, the whole of money arithmetic: the result is computed
// straight from the packed operands and packed again when it is exact and finalize would keep it
// (a uint64 coefficient, an exponent within [Emin, Etop]), without
// unpacking either operand into a dec or calling the general
// arithmetic. Zeros in sums (whose exponent has its own rule), carries
// past 64 bits and everything else take binarySlot's general path.

package cdecimal

import (
	"math/bits"

	"krait/runtime"
)

// packed is a finite operand with a uint64 coefficient in Decimal's
// encoding: ew is exp<<2 | neg (the big flag clear), lo the coefficient.
type packed struct {
	ew int64
	lo uint64
}

// packedOf returns v as a packed operand when it is an exact Decimal,
// finite with a uint64 coefficient, or a small int.
func packedOf(v runtime.Value) (packed, bool) {
	if v.Type() == DecimalType {
		o := asDecimal(v)
		return packed{o.ew, o.lo}, o.ew >= finiteFloor && o.ew&2 == 0
	}
	if v.IsSmallInt() {
		n := v.SmallInt()
		if n < 0 {
			return packed{1, -uint64(n)}, true
		}
		return packed{0, uint64(n)}, true
	}
	return packed{}, false
}

// mixedPair returns a and b as packed operands when either is not an
// exact Decimal (packedSlot reads two exact Decimals itself).
func mixedPair(a, b runtime.Value) (x, y packed, ok bool) {
	if x, ok = packedOf(a); ok {
		y, ok = packedOf(b)
	}
	return
}

// keeps reports whether finalize under p returns a finite number with a
// uint64 coefficient and exponent e unchanged.
func (p *params) keeps(e int64) bool {
	return p.prec >= 20 && e >= p.emin && e <= p.emax-p.prec+1
}

// addPacked is x + y, with y's sign flipped when sub is set; ok is false
// when the general path is needed.
func addPacked(x, y packed, sub bool, p *params) (dec, bool) {
	a, b := x.lo, y.lo
	if a == 0 || b == 0 {
		return dec{}, false
	}
	xe, ye := x.ew>>2, y.ew>>2
	xneg, yneg := x.ew&1 != 0, (y.ew&1 != 0) != sub
	e := xe
	var fits bool
	switch {
	case xe > ye:
		a, fits = mulPow10U(a, xe-ye)
		e = ye
	case ye > xe:
		b, fits = mulPow10U(b, ye-xe)
	default:
		fits = true
	}
	if !fits || !p.keeps(e) {
		return dec{}, false
	}
	switch {
	case xneg == yneg:
		s, carry := bits.Add64(a, b, 0)
		return dec{neg: xneg, exp: e, lo: s}, carry == 0
	case a > b:
		return dec{neg: xneg, exp: e, lo: a - b}, true
	case b > a:
		return dec{neg: yneg, exp: e, lo: b - a}, true
	}
	return dec{neg: p.round == roundFloor, exp: e}, true
}

// mulPacked is x * y; ok is false when the general path is needed.
func mulPacked(x, y packed, p *params) (dec, bool) {
	hi, lo := bits.Mul64(x.lo, y.lo)
	e := x.ew>>2 + y.ew>>2
	if hi != 0 || !p.keeps(e) {
		return dec{}, false
	}
	return dec{neg: (x.ew^y.ew)&1 != 0, exp: e, lo: lo}, true
}

// divPacked is x / y when the quotient is exact in a uint64 (money
// divided by 100); ok is false when the general path is needed.
func divPacked(x, y packed, p *params) (dec, bool) {
	if x.lo == 0 || y.lo == 0 {
		return dec{}, false
	}
	q, k, ok := exactQuotientU(x.lo, y.lo)
	if !ok {
		return dec{}, false
	}
	ideal := x.ew>>2 - y.ew>>2
	c, e := stripU(q, ideal-k, ideal)
	if !p.keeps(e) {
		return dec{}, false
	}
	return dec{neg: (x.ew^y.ew)&1 != 0, exp: e, lo: c}, true
}

// packedSlot is a number slot trying op (0 add, 1 subtract, 2 multiply,
// 3 divide)
// on packed operands before general, the binarySlot of the same
// operation.
func packedSlot(op int, general runtime.BinaryFunc) runtime.BinaryFunc {
	return func(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
		var x, y packed
		var ok bool
		if a.Type() == DecimalType && b.Type() == DecimalType {
			// The usual case, read without calls.
			xo, yo := asDecimal(a), asDecimal(b)
			x, y = packed{xo.ew, xo.lo}, packed{yo.ew, yo.lo}
			ok = x.ew >= finiteFloor && y.ew >= finiteFloor && (x.ew|y.ew)&2 == 0
		} else {
			x, y, ok = mixedPair(a, b)
		}
		if !ok {
			return general(a, b)
		}
		c, err := currentContext()
		if err != nil {
			return runtime.Value{}, err
		}
		var r dec
		switch op {
		case 2:
			r, ok = mulPacked(x, y, &c.p)
		case 3:
			r, ok = divPacked(x, y, &c.p)
		default:
			r, ok = addPacked(x, y, op == 1, &c.p)
		}
		if !ok {
			return general(a, b)
		}
		return runtime.ValueOf(allocDecimal(&r)), nil
	}
}

// cmpPacked compares x and y: -1, 0 or 1; ok is false when aligning the
// coefficients would overflow.
func cmpPacked(x, y packed) (int, bool) {
	xs, ys := packedSign(x), packedSign(y)
	if xs != ys || xs == 0 {
		return signCmp(xs, ys), true
	}
	a, b := x.lo, y.lo
	xe, ye := x.ew>>2, y.ew>>2
	fits := true
	if xe > ye {
		a, fits = mulPow10U(a, xe-ye)
	} else if ye > xe {
		b, fits = mulPow10U(b, ye-xe)
	}
	if !fits {
		return 0, false
	}
	r := 0
	switch {
	case a < b:
		r = -1
	case a > b:
		r = 1
	}
	return r * xs, true
}

// packedSign is x's sign: -1, 0 or 1.
func packedSign(x packed) int {
	switch {
	case x.lo == 0:
		return 0
	case x.ew&1 != 0:
		return -1
	}
	return 1
}

// signCmp compares two small ints: -1, 0 or 1.
func signCmp(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// comparePacked is decimal_richcompare for packed operands (an exact
// Decimal v and a Decimal or small int w, neither NaN nor infinite):
// ok is false for every other case.
func comparePacked(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, bool) {
	x, y, ok := mixedPair(v, w)
	if !ok {
		return runtime.Value{}, false
	}
	r, ok := cmpPacked(x, y)
	if !ok {
		return runtime.Value{}, false
	}
	return runtime.Bool(op.Result(r)), true
}
