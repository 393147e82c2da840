// This file gives a Decimal with a two-word coefficient (20 to 38
// digits: a money amount times a 28-digit rate, a 28-digit quotient) one
// allocation instead of two. bigFromWords, which makes every such
// coefficient, allocates the whole object it would end up in, a
// decimalWide, and marks it pending; when the next Decimal allocated is
// the one holding that very coefficient, allocDecimal uses the pending
// object's Decimal instead of a new decimalBig. A coefficient that never
// becomes a Decimal (an intermediate) just lives in a larger block, and
// one that becomes several Decimals is shared by them, as before:
// coefficients are never mutated.

package cdecimal

import "math/big"

// decimalWide is a decimalBig whose coefficient is b, with room for its
// two words.
type decimalWide struct {
	decimalBig
	b big.Int
	w [2]big.Word
}

// pendingWide is the decimalWide of the last coefficient bigFromWords
// made, until a Decimal claims it. The interpreter lock serializes its
// users, as for the Decimal slab.
var pendingWide *decimalWide

// bigFromWords returns hi * 2**64 + lo as a new big.Int, which (as every
// coefficient) is never mutated afterwards.
func bigFromWords(lo, hi uint64) *big.Int {
	t := new(decimalWide)
	t.w = [2]big.Word{big.Word(lo), big.Word(hi)}
	pendingWide = t
	return t.b.SetBits(t.w[:])
}

// claimWide returns the Decimal of the pending decimalWide when c is its
// coefficient, or nil.
func claimWide(c *big.Int) *Decimal {
	t := pendingWide
	if t == nil || c != &t.b {
		return nil
	}
	pendingWide = nil
	return &t.Decimal
}
