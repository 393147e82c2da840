// This file defines the arithmetic of ints up to 128 bits (the 64-bit
// random-number generators and hashes Python programs write: `(x * A + C) %
// (1 << 64)`, `x >> 33`) without math/big: operands are read as a sign and
// a two-word magnitude, the result is computed with math/bits, and a result
// beyond int64 is one allocation holding its own digits. math/big would
// allocate a big.Int for each small operand and a digit slice per result.

package runtime

import (
	"math/big"
	"math/bits"
)

// wideInt is a BigInt whose digits live in the same allocation.
type wideInt struct {
	BigInt
	w [2]big.Word
}

// wideOperand reads v as a sign and 128-bit magnitude: a small int, or an
// exact int whose magnitude has at most two words.
func wideOperand(v Value) (neg bool, hi, lo uint64, ok bool) {
	if v.IsSmallInt() {
		x := v.SmallInt()
		if x < 0 {
			return true, 0, uint64(-x), true // -MinInt64 wraps to 1<<63: right as unsigned
		}
		return false, 0, uint64(x), true
	}
	if v.IsNull() || v.Type() != IntType || bits.UintSize != 64 {
		return false, 0, 0, false
	}
	b := &ptrOf[BigInt](v).v
	ws := b.Bits()
	switch len(ws) {
	case 0:
		return false, 0, 0, true
	case 1:
		return b.Sign() < 0, 0, uint64(ws[0]), true
	case 2:
		return b.Sign() < 0, uint64(ws[1]), uint64(ws[0]), true
	}
	return false, 0, 0, false
}

// wideValue returns the int with the given sign and magnitude.
func wideValue(neg bool, hi, lo uint64) Value {
	if hi == 0 {
		if lo <= 1<<63-1 {
			if neg {
				return Int(-int64(lo))
			}
			return Int(int64(lo))
		}
		if neg && lo == 1<<63 {
			return Int(-1 << 63)
		}
	}
	o := &wideInt{BigInt: BigInt{Header: Header{IntType}}}
	o.w[0], o.w[1] = big.Word(lo), big.Word(hi)
	n := 2
	if hi == 0 {
		n = 1
	}
	o.v.SetBits(o.w[:n])
	if neg {
		o.v.Neg(&o.v)
	}
	return ValueOf(&o.BigInt)
}

// wideAdd is a + b (sb false) or a - b (sb true) when both are at most 127
// bits, so that the result fits in 128.
func wideAdd(a, b Value, sb bool) (Value, bool) {
	na, ha, la, ok1 := wideOperand(a)
	nb, hb, lb, ok2 := wideOperand(b)
	if !ok1 || !ok2 || ha>>63 != 0 || hb>>63 != 0 {
		return Value{}, false
	}
	nb = nb != sb
	if na == nb {
		lo, c := bits.Add64(la, lb, 0)
		hi, _ := bits.Add64(ha, hb, c)
		return wideValue(na, hi, lo), true
	}
	// Different signs: subtract the smaller magnitude from the larger.
	if ha < hb || ha == hb && la < lb {
		na, ha, la, hb, lb = nb, hb, lb, ha, la
	}
	lo, br := bits.Sub64(la, lb, 0)
	hi, _ := bits.Sub64(ha, hb, br)
	return wideValue(na && (hi|lo) != 0, hi, lo), true
}

// wideMul is a * b when both magnitudes fit in 64 bits.
func wideMul(a, b Value) (Value, bool) {
	na, ha, la, ok1 := wideOperand(a)
	nb, hb, lb, ok2 := wideOperand(b)
	if !ok1 || !ok2 || ha != 0 || hb != 0 {
		return Value{}, false
	}
	hi, lo := bits.Mul64(la, lb)
	return wideValue(na != nb && (hi|lo) != 0, hi, lo), true
}

// wideDivMod is Python's floor division and modulo of a by a positive b,
// for a of at most 128 bits and b of at most 64 bits or a power of two
// below 2**128.
func wideDivMod(a, b Value) (q, r Value, ok bool) {
	na, ha, la, ok1 := wideOperand(a)
	nb, hb, lb, ok2 := wideOperand(b)
	if !ok1 || !ok2 || nb || hb|lb == 0 {
		return Value{}, Value{}, false
	}
	var qh, ql, rh, rl uint64
	switch {
	case hb == 0:
		var r1 uint64
		qh, r1 = bits.Div64(0, ha, lb)
		ql, rl = bits.Div64(r1, la, lb)
	case lb == 0 && hb&(hb-1) == 0: // 2**(64+k)
		k := uint(bits.TrailingZeros64(hb))
		ql, rh, rl = ha>>k, ha&(hb-1), la
	default:
		return Value{}, Value{}, false
	}
	if na && rh|rl != 0 {
		// Floor: q = -(q+1), r = b - r.
		var c uint64
		ql, c = bits.Add64(ql, 1, 0)
		qh += c
		var br uint64
		rl, br = bits.Sub64(lb, rl, 0)
		rh, _ = bits.Sub64(hb, rh, br)
	}
	return wideValue(na && qh|ql != 0, qh, ql), wideValue(false, rh, rl), true
}

// wideRshift is a >> n for a non-negative a of at most 128 bits.
func wideRshift(a, n Value) (Value, bool) {
	na, ha, la, ok := wideOperand(a)
	if !ok || na || !n.IsSmallInt() || n.SmallInt() < 0 {
		return Value{}, false
	}
	switch s := n.SmallInt(); {
	case s >= 128:
		return Int(0), true
	case s >= 64:
		return wideValue(false, 0, ha>>(s-64)), true
	case s == 0:
		return wideValue(false, ha, la), true
	default:
		return wideValue(false, ha>>s, la>>s|ha<<(64-s)), true
	}
}
