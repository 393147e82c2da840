// This file carries the uint64 fast paths one step further, to
// intermediates of up to three words: the product of a short coefficient
// and one of up to two words (money times a 28-digit rate), and the
// prec-digit quotient of a short division (at the default precision 28,
// the quotient needs two words). The result is rounded to the context in
// place, so no big.Int is built for the intermediate; only a rounded
// result that still needs two words becomes one.

package cdecimal

import (
	"math/bits"
)

// wide is a three-word unsigned integer, least significant word first.
type wide [3]uint64

// pow10w are 10**0 ... 10**38 as two words (lo, hi).
var pow10w = func() (t [39][2]uint64) {
	t[0] = [2]uint64{1, 0}
	for i := 1; i < len(t); i++ {
		carry, lo := bits.Mul64(t[i-1][0], 10)
		t[i] = [2]uint64{lo, t[i-1][1]*10 + carry}
	}
	return
}()

// bitLen is the number of significant bits of w.
func (w *wide) bitLen() int {
	switch {
	case w[2] != 0:
		return 128 + bits.Len64(w[2])
	case w[1] != 0:
		return 64 + bits.Len64(w[1])
	}
	return bits.Len64(w[0])
}

// divSmall divides w by d in place and returns the remainder.
func (w *wide) divSmall(d uint64) uint64 {
	var r uint64
	w[2], r = w[2]/d, w[2]%d
	w[1], r = bits.Div64(r, w[1], d)
	w[0], r = bits.Div64(r, w[0], d)
	return r
}

// mulSmall multiplies w by m in place; ok is false on overflow.
func (w *wide) mulSmall(m uint64) bool {
	h0, l0 := bits.Mul64(w[0], m)
	h1, l1 := bits.Mul64(w[1], m)
	h2, l2 := bits.Mul64(w[2], m)
	var c uint64
	w[0] = l0
	w[1], c = bits.Add64(l1, h0, 0)
	w[2], c = bits.Add64(l2, h1, c)
	return h2 == 0 && c == 0
}

// geq2 reports whether w >= the two-word p.
func (w *wide) geq2(p [2]uint64) bool {
	if w[2] != 0 {
		return true
	}
	if w[1] != p[1] {
		return w[1] > p[1]
	}
	return w[0] >= p[0]
}

// wideOf returns the coefficient of d as a wide; ok is false when it
// has more than three words.
func wideOf(d *dec) (wide, bool) {
	if d.bc == nil {
		return wide{d.lo}, true
	}
	ws := d.bc.Bits()
	if len(ws) > 3 || bits.UintSize != 64 {
		return wide{}, false
	}
	var w wide
	for i, x := range ws {
		w[i] = uint64(x)
	}
	return w, true
}

// roundWide is finalize for a finite coefficient w * 10**exp: it rounds
// w to the precision when the result lies in the normal range (neither
// overflowing, subnormal nor clamped) and the precision is at most 37
// digits; ok is false otherwise, and the caller takes the general path.
func roundWide(neg bool, w wide, exp int64, p *params, st *uint32) (dec, bool) {
	if w[2] == 0 && w[1] == 0 {
		return finalize(finiteU(neg, w[0], exp), p, st), true
	}
	if p.prec > 37 {
		return dec{}, false
	}
	// The estimate never exceeds the digit count (1233/4096 < log10 2).
	nd0 := int64((w.bitLen()-1)*1233>>12) + 1
	drop := max(0, nd0-p.prec)
	if drop >= 20 {
		return dec{}, false
	}
	cmpHalf, inexact := 0, false
	if drop > 0 {
		r := w.divSmall(u64pow10[drop])
		cmpHalf, inexact = cmpHalfUnit(r, drop), r != 0
	}
	top := pow10w[p.prec]
	for w.geq2(top) {
		d := w.divSmall(10)
		switch {
		case d > 5 || d == 5 && inexact:
			cmpHalf = 1
		case d == 5:
			cmpHalf = 0
		default:
			cmpHalf = -1
		}
		inexact = inexact || d != 0
		drop++
	}
	e := exp + drop
	if inexact {
		last := (w[1]%10*6 + w[0]%10) % 10
		if roundIncrements64(p.round, neg, cmpHalf, last) {
			var c uint64
			w[0], c = bits.Add64(w[0], 1, 0)
			w[1] += c
			if !w.geq2(top) {
				goto rounded
			}
			w.divSmall(10) // 10**prec: one more (zero) digit
			e++
		}
	}
rounded:
	if e < p.emin || e > p.etop() {
		return dec{}, false
	}
	if drop > 0 {
		*st |= condRounded
		if inexact {
			*st |= condInexact
		}
	}
	if w[1] == 0 {
		return finiteU(neg, w[0], e), true
	}
	c := bigFromWords(w[0], w[1])
	return dec{neg: neg, exp: e, bc: c}, true
}

// mulWide is mulDec for finite operands when one coefficient has one
// word and the other at most two; ok is false to take the general path.
func mulWide(x, y *dec, neg bool, p *params, st *uint32) (dec, bool) {
	if x.bc != nil {
		x, y = y, x
	}
	if x.bc != nil {
		return dec{}, false
	}
	w, ok := wideOf(y)
	if !ok || w[2] != 0 || !w.mulSmall(x.lo) {
		return dec{}, false
	}
	return roundWide(neg, w, x.exp+y.exp, p, st)
}

// divWide is divDec's inexact path for a one-word divisor and a
// dividend of at most two words: the prec+1-digit quotient of
// x * 10**shift by y in three-word arithmetic, with the sticky digit,
// rounded in place. ok is false when the quotient is exact (its
// trailing zeros are stripped on the general path) or anything does not
// fit.
func divWide(x, y *dec, neg bool, p *params, st *uint32) (dec, bool) {
	if y.bc != nil || p.prec > 37 {
		return dec{}, false
	}
	w, ok := wideOf(x)
	if !ok || w[2] != 0 {
		return dec{}, false
	}
	shift := int64(u64Digits(y.lo)) - int64(x.digits()) + p.prec + 1
	if shift < 0 {
		return dec{}, false
	}
	for s := shift; s > 0; s -= 19 {
		if !w.mulSmall(u64pow10[min(s, 19)]) {
			return dec{}, false
		}
	}
	if w.divSmall(y.lo) == 0 || w[2] != 0 {
		// Exact, or a quotient of prec+2 digits beyond two words (prec
		// 37): the sticky digit below needs two words.
		return dec{}, false
	}
	// A sticky digit: make the inexact quotient end in neither 0 nor 5.
	if (w[1]%10*6+w[0]%10)%5 == 0 {
		var c uint64
		w[0], c = bits.Add64(w[0], 1, 0)
		w[1] += c
	}
	return roundWide(neg, w, x.exp-y.exp-shift, p, st)
}
