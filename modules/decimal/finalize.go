// This file defines the conditions an operation can raise (libmpdec's
// status bits) and finalize, which fits a result to a context: rounding
// to the precision, overflow, underflow, subnormal results and clamping,
// as the specification's rounding rules (_pydecimal's _fix) say.

package cdecimal

import "math/big"

// The conditions, with libmpdec's bit values: a context's flags and traps
// are sets of them.
const (
	condClamped        uint32 = 1 << iota
	condConvSyntax            // ConversionSyntax
	condDivByZero             // DivisionByZero
	condDivImpossible         // DivisionImpossible
	condDivUndefined          // DivisionUndefined
	condFpuError              // (unused)
	condInexact               // Inexact
	condInvalidContext        // InvalidContext
	condInvalidOp             // InvalidOperation
	condMallocError           // (unused)
	condFloatOp               // FloatOperation (libmpdec's Not_implemented)
	condOverflow              // Overflow
	condRounded               // Rounded
	condSubnormal             // Subnormal
	condUnderflow             // Underflow
)

// condIEEEInvalid is every condition the InvalidOperation signal covers.
const condIEEEInvalid = condConvSyntax | condDivImpossible | condDivUndefined | condFpuError |
	condInvalidContext | condInvalidOp | condMallocError

// condAll is every condition.
const condAll = condUnderflow<<1 - 1

// params are the arithmetic settings of a context.
type params struct {
	prec, emax, emin int64
	round            int
	clamp            int
}

func (p *params) etiny() int64 { return p.emin - p.prec + 1 }
func (p *params) etop() int64  { return p.emax - p.prec + 1 }

// overflowResult is the result of an overflow with sign neg: an infinity
// or the largest finite number, depending on the rounding mode.
func (p *params) overflowResult(neg bool) dec {
	switch p.round {
	case roundHalfUp, roundHalfEven, roundHalfDown, roundUp:
		return infinity(neg)
	case roundCeiling:
		if !neg {
			return infinity(false)
		}
	case roundFloor:
		if neg {
			return infinity(true)
		}
	}
	c := new(big.Int).Sub(pow10(p.prec), bigOne)
	return finite(neg, c, p.emax-p.prec+1)
}

// finalize fits d to the context p, adding the conditions raised to st.
// The common case is checked first: a uint64 has at most 20 digits, so it
// fits a precision of 20 or more, and an exponent within [Emin, Etop] is
// neither subnormal, clamped nor overflowing.
func finalize(d dec, p *params, st *uint32) dec {
	if d.form == formFinite && d.bc == nil && p.prec >= 20 && d.exp >= p.emin && d.exp <= p.emax-p.prec+1 {
		return d
	}
	return finalizeSlow(d, p, st)
}

// finalizeSlow is finalize for every other number.
func finalizeSlow(d dec, p *params, st *uint32) dec {
	if d.isSpecial() {
		if d.isNaN() {
			return fixNaN(d, p)
		}
		return d
	}
	etiny, etop := p.etiny(), p.etop()
	if d.coefZero() {
		expMax := p.emax
		if p.clamp != 0 {
			expMax = etop
		}
		e := d.exp
		if e < etiny {
			e = etiny
		}
		if e > expMax {
			e = expMax
		}
		if e != d.exp {
			*st |= condClamped
			return finiteU(d.neg, 0, e)
		}
		return d
	}
	nd := int64(d.digits())
	if d.exp > 2*maxEmax {
		*st |= condOverflow | condInexact | condRounded
		return p.overflowResult(d.neg)
	}
	if d.exp < 4*minEmin {
		// Every digit lies far below Etiny: any such exponent rounds
		// alike, and this one keeps the arithmetic below from overflowing.
		d.exp = etiny - nd - 2
	}
	expMin := nd + d.exp - p.prec
	if expMin > etop {
		*st |= condOverflow | condInexact | condRounded
		return p.overflowResult(d.neg)
	}
	subnormal := expMin < etiny
	if subnormal {
		expMin = etiny
	}
	if d.exp < expMin {
		q, inexact := roundCoef(&d, expMin-d.exp, p.round)
		if int64(q.digits()) > p.prec {
			q = dropDigit(q) // the carry made it 10**prec
			expMin++
		}
		var ans dec
		if expMin > etop {
			*st |= condOverflow | condInexact | condRounded
			ans = p.overflowResult(d.neg)
		} else {
			ans = withExp(q, expMin)
		}
		if inexact && subnormal {
			*st |= condUnderflow
		}
		if subnormal {
			*st |= condSubnormal
		}
		if inexact {
			*st |= condInexact
		}
		*st |= condRounded
		if ans.isZero() {
			*st |= condClamped
		}
		return ans
	}
	if subnormal {
		*st |= condSubnormal
	}
	if p.clamp != 0 && d.exp > etop {
		*st |= condClamped
		return withExp(scaleCoef(&d, d.exp-etop), etop)
	}
	return d
}

// fixNaN cuts a NaN's payload to the digits the context allows.
func fixNaN(d dec, p *params) dec {
	maxLen := p.prec - int64(p.clamp)
	if !d.coefZero() && int64(d.digits()) > maxLen {
		c := new(big.Int).Rem(d.coefBig(), pow10(maxLen))
		return withPayload(d.neg, d.form, c)
	}
	return d
}
