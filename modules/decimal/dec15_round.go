// This file rounds off fewer than 20 digits of a coefficient of any
// length (finalizing to a precision above 38 digits: every result in
// a localcontext(prec=50)) by one pass of word divisions by 10**n, with
// the remainder deciding the rounding, instead of big.Int's QuoRem with
// its quotient, remainder and scratch allocations and a comparison with
// half a unit.

package cdecimal

import (
	"math/big"
	"math/bits"
)

// shiftRoundWords is shiftRound for a positive coef and 1 <= n < 20.
func shiftRoundWords(coef *big.Int, n int64, neg bool, mode int) (*big.Int, bool) {
	qw := append([]big.Word(nil), coef.Bits()...)
	r, last := divWordsInPlace(qw, u64pow10[n])
	q := new(big.Int).SetBits(qw)
	if r == 0 {
		return q, false
	}
	if roundIncrements64(mode, neg, cmpHalfUnit(r, n), last) {
		q.Add(q, bigOne)
	}
	return q, true
}

// divWordsInPlace divides the words ws (least significant first) by d in
// place, returning the remainder and the quotient's last decimal digit.
func divWordsInPlace(ws []big.Word, d uint64) (rem, last uint64) {
	for i := len(ws) - 1; i >= 0; i-- {
		var q uint64
		q, rem = bits.Div64(rem, uint64(ws[i]), d)
		ws[i] = big.Word(q)
		if i > 0 {
			last += q % 10 * 6
		} else {
			last += q % 10
		}
	}
	return rem, last % 10
}

// divByWord is divDec's prec+1-digit division (shift >= 0) for a
// divisor d that fits a word: x's scaled coefficient, a new big.Int the
// division may overwrite, is divided in place.
func divByWord(x *dec, d uint64, neg bool, shift, exp, ideal int64, p *params, st *uint32) dec {
	num := mulPow10(x.coefBig(), shift)
	if shift == 0 {
		num = new(big.Int).Set(num) // x's own coefficient: never mutated
	}
	ws := num.Bits()
	rem, last := divWordsInPlace(ws, d)
	q := num.SetBits(ws)
	if rem != 0 {
		// A sticky digit: make an inexact quotient end in neither 0 nor 5.
		if last%5 == 0 {
			q.Add(q, bigOne)
		}
		return finalize(finite(neg, q, exp), p, st)
	}
	c, e := stripToIdeal(q, exp, ideal)
	return finalize(finite(neg, c, e), p, st)
}
