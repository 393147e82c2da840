// This file is quantize's fast path for money: a number whose
// coefficient fits a uint64 rounded to an exponent such as CENT's, under
// a context of at least 20 digits where that exponent is normal. Every
// check quantizeDec makes is then settled in advance (see quantizeSmall),
// so the result is one division by a power of ten and a rounding
// decision, without building decs, counting digits or finalizing.
// quantize(exp) and quantize(exp, rounding) also skip argument binding
// through Method.One and Method.Two.

package cdecimal

import (
	"math/big"

	"krait/runtime"
)

// quantizeSmall returns x quantized to the exponent e under mode and the
// conditions raised, when x is finite with a uint64 coefficient and
// p.prec >= 20, p.emin <= e <= Etop. ok is false for anything else, and
// for a scaled-up coefficient that would not fit a uint64: the caller
// takes the general path.
//
// Why the general checks cannot fire: a uint64 has at most 20 digits,
// so x's digits above e (at most its own count) never exceed prec; the
// result's adjusted exponent lies in [e, e+19], which is at least Emin
// (no Subnormal) and at most Etop+19 <= Emax (no InvalidOperation) since
// prec >= 20; and an exponent within [Emin, Etop] is one finalize keeps.
func quantizeSmall(x *Decimal, e int64, mode int, p *params) (d dec, st uint32, ok bool) {
	if x.ew < finiteFloor || p.prec < 20 || e < p.emin || e > p.etop() {
		return dec{}, 0, false
	}
	neg, xe, c := x.ew&1 != 0, x.ew>>2, x.lo
	switch {
	case x.ew&2 != 0:
		return quantizeTwoWords(x.bc().Bits(), neg, xe, e, mode)
	case c == 0:
		// quantizeDec returns a zero without conditions.
	case xe >= e:
		u, fits := mulPow10U(c, xe-e)
		if !fits {
			return dec{}, 0, false
		}
		c = u
	default:
		n := e - xe
		inexact := true
		if n >= 20 {
			// Every digit is dropped, all below half a unit (a uint64 is
			// below 5 * 10**19).
			c = 0
			if roundIncrements64(mode, neg, -1, 0) {
				c = 1
			}
		} else {
			c, inexact = shiftRoundU(c, n, neg, mode)
		}
		st = condRounded
		if inexact {
			st |= condInexact
		}
	}
	return dec{neg: neg, exp: e, lo: c}, st, true
}

// quantizeTwoWords is quantizeSmall for a coefficient ws of up to two
// words (a 28-digit product or quotient quantized to cents) whose
// rounded result fits a uint64: the same argument applies, as the
// digits kept never outnumber the result's.
func quantizeTwoWords(ws []big.Word, neg bool, xe, e int64, mode int) (dec, uint32, bool) {
	n := e - xe
	if len(ws) > 2 || n < 1 || n >= 39 {
		return dec{}, 0, false
	}
	var c uint64
	var inexact bool
	if n < 20 {
		var hi uint64
		c, hi, inexact = shiftRound128(ws, n, neg, mode)
		if hi != 0 {
			return dec{}, 0, false
		}
	} else {
		c, inexact = dropLong128(ws, n, neg, mode)
	}
	st := uint32(condRounded)
	if inexact {
		st |= condInexact
	}
	return dec{neg: neg, exp: e, lo: c}, st, true
}

// quantizeVia quantizes self to y under mode and c: the fast path when
// it applies, quantizeDec otherwise.
func quantizeVia(self runtime.Value, y *dec, mode int, c *Context) (runtime.Value, *runtime.Exception) {
	if y.form == formFinite {
		if r, st, ok := quantizeSmall(asDecimal(self), y.exp, mode, &c.p); ok {
			return finish(r, c, st)
		}
	}
	var st uint32
	xd := decOf(self)
	r := quantizeDec(&xd, y, mode, &c.p, &st)
	return finish(r, c, st)
}

// decimal_quantize_one is quantize(exp): Method.One's entry.
func decimal_quantize_one(self, exp runtime.Value) (runtime.Value, *runtime.Exception) {
	return decimal_quantize(self, []runtime.Value{exp, {}, {}})
}

// decimal_quantize_two is quantize(exp, rounding): Method.Two's entry.
func decimal_quantize_two(self, exp, rounding runtime.Value) (runtime.Value, *runtime.Exception) {
	return decimal_quantize(self, []runtime.Value{exp, rounding, {}})
}

// roundStrs are the interned names the module exports as ROUND_*, in
// mode order: a rounding argument that is one of them (by far the usual
// case) is recognised by a pointer comparison. The module's exec fills
// it (no quantize runs before).
var roundStrs [8]*runtime.Str

// roundingIdentity returns the mode of v when v is one of roundStrs.
func roundingIdentity(v runtime.Value) (int, bool) {
	for i, s := range &roundStrs {
		if v == runtime.ValueOf(s) {
			return i, true
		}
	}
	return 0, false
}
