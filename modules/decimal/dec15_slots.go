// This file is the fast path of +, - and * on two exact Decimals with
// uint64 coefficients under a context of at least 20 digits, the whole
// of money arithmetic: the result is computed straight from the packed
// operands and packed again when it is exact and finalize would keep it
// (a uint64 coefficient, an exponent within [Emin, Etop]), without
// unpacking either operand into a dec or calling the general
// arithmetic. Zeros in sums (whose exponent has its own rule), carries
// past 64 bits and everything else take binarySlot's general path.

package cdecimal

import (
	"math/bits"

	"krait/runtime"
)

// smallPair returns a and b as Decimals when both are exact Decimals,
// finite with uint64 coefficients.
func smallPair(a, b runtime.Value) (x, y *Decimal, ok bool) {
	if a.Type() != DecimalType || b.Type() != DecimalType {
		return nil, nil, false
	}
	x, y = asDecimal(a), asDecimal(b)
	return x, y, x.ew >= finiteFloor && y.ew >= finiteFloor && (x.ew|y.ew)&2 == 0
}

// keeps reports whether finalize under p returns a finite number with a
// uint64 coefficient and exponent e unchanged.
func (p *params) keeps(e int64) bool {
	return p.prec >= 20 && e >= p.emin && e <= p.emax-p.prec+1
}

// addPacked is x + y, with y's sign flipped when sub is set; ok is false
// when the general path is needed.
func addPacked(x, y *Decimal, sub bool, p *params) (dec, bool) {
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
func mulPacked(x, y *Decimal, p *params) (dec, bool) {
	hi, lo := bits.Mul64(x.lo, y.lo)
	e := x.ew>>2 + y.ew>>2
	if hi != 0 || !p.keeps(e) {
		return dec{}, false
	}
	return dec{neg: (x.ew^y.ew)&1 != 0, exp: e, lo: lo}, true
}

// packedSlot is a number slot trying op (0 add, 1 subtract, 2 multiply)
// on packed operands before general, the binarySlot of the same
// operation.
func packedSlot(op int, general runtime.BinaryFunc) runtime.BinaryFunc {
	return func(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
		x, y, ok := smallPair(a, b)
		if !ok {
			return general(a, b)
		}
		c, err := currentContext()
		if err != nil {
			return runtime.Value{}, err
		}
		var r dec
		if op == 2 {
			r, ok = mulPacked(x, y, &c.p)
		} else {
			r, ok = addPacked(x, y, op == 1, &c.p)
		}
		if !ok {
			return general(a, b)
		}
		return runtime.ValueOf(allocDecimal(&r)), nil
	}
}
