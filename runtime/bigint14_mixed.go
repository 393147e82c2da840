// This file defines the arithmetic of ints where at least one operand is
// beyond int64 (the pi spigot's `10 * q`, `q * k`, `(...) // t`, gcd's
// `a % b`) with as few allocations as math/big allows: the result object
// carries one spare word that a small operand borrows as its digits, so the
// small operand costs no big.Int of its own (big.NewInt is two allocations),
// and floor division keeps its unused half on the stack.

package runtime

import "math/big"

// mixedInt is a BigInt result with room for the digit of a small operand.
type mixedInt struct {
	BigInt
	w [1]big.Word
}

func newMixedInt() *mixedInt {
	return &mixedInt{BigInt: BigInt{Header: Header{IntType}}}
}

// borrow makes t the int64 s, with o.w as its digits. o.w belongs to the
// result object, never to a math/big receiver, so t may stay on the stack.
func (o *mixedInt) borrow(t *big.Int, s int64) *big.Int {
	if s == 0 {
		return t // the zero big.Int
	}
	u := uint64(s)
	if s < 0 {
		u = -u // -MinInt64 wraps to 1<<63: right as unsigned
	}
	o.w[0] = big.Word(u)
	t.SetBits(o.w[:])
	if s < 0 {
		t.Neg(t)
	}
	return t
}

// The operations of bigArith.
const (
	mixAdd = iota
	mixSub
	mixMul
)

// bigArith is a + b, a - b or a * b when a and b are ints and at least one
// is beyond int64; ok is false otherwise (the caller's paths decide).
func bigArith(a, b Value, op int) (r Value, ok bool) {
	xs, xb, ok1 := intValue(a)
	ys, yb, ok2 := intValue(b)
	if !ok1 || !ok2 || (xb == nil && yb == nil) {
		return Value{}, false
	}
	var t big.Int
	var z *BigInt
	switch {
	case xb == nil:
		o := newMixedInt()
		xb, z = o.borrow(&t, xs), &o.BigInt
	case yb == nil:
		o := newMixedInt()
		yb, z = o.borrow(&t, ys), &o.BigInt
	default:
		z = newBigInt() // no spare word needed
	}
	switch op {
	case mixAdd:
		z.v.Add(xb, yb)
	case mixSub:
		z.v.Sub(xb, yb)
	default:
		z.v.Mul(xb, yb)
	}
	return z.value(), true
}

// bigDivMod is Python's floor division and modulo of ints a and b when at
// least one is beyond int64, computing only the results asked for into
// objects of their own; ok is false when the operands are not both ints or
// both fit in int64. A zero b is reported by zero true.
func bigDivMod(a, b Value, wantQ, wantR bool) (q, r Value, zero, ok bool) {
	xs, xb, ok1 := intValue(a)
	ys, yb, ok2 := intValue(b)
	if !ok1 || !ok2 || (xb == nil && yb == nil) {
		return Value{}, Value{}, false, false
	}
	if yb == nil && ys == 0 {
		return Value{}, Value{}, true, true
	}
	// Only the wanted results get objects; the spare word of one of them is
	// lent to a small operand.
	var qs, rs, t big.Int
	var qo, ro, lender *mixedInt
	qv, rv := &qs, &rs
	if wantQ {
		qo = newMixedInt()
		qv, lender = &qo.v, qo
	}
	if wantR {
		ro = newMixedInt()
		rv, lender = &ro.v, ro
	}
	if xb == nil {
		xb = lender.borrow(&t, xs)
	} else if yb == nil {
		yb = lender.borrow(&t, ys)
	}
	qv.QuoRem(xb, yb, rv)
	if rv.Sign() != 0 && rv.Sign() != yb.Sign() {
		// Truncation rounded toward zero: floor is one lower, and the
		// remainder takes b's sign.
		if wantQ {
			qv.Sub(qv, bigOne)
		}
		if wantR {
			rv.Add(rv, yb)
		}
	}
	if wantQ {
		q = qo.BigInt.value()
	}
	if wantR {
		r = ro.BigInt.value()
	}
	return q, r, false, true
}

// bigCompareSmall is the three-way comparison of ints when exactly one is
// beyond int64: that one's sign decides, without converting the other.
func bigCompareSmall(xb, yb *big.Int) int {
	if xb != nil {
		return xb.Sign()
	}
	return -yb.Sign()
}
