// This file is the hot path from a number slot or a comparison to the
// arithmetic: operands are unpacked in place (no dec returned by value
// through two call levels), an exact Decimal or an unboxed int is
// recognised by one pointer comparison before any isinstance walk, and
// comparisons of numbers that are not NaN skip the context lookup, which
// they only need to signal InvalidOperation.

package cdecimal

import "krait/runtime"

// unpackInto stores o's dec in d.
func (o *Decimal) unpackInto(d *dec) {
	d.neg, d.lo, d.bc = o.ew&1 != 0, o.lo, o.bc()
	if o.ew >= finiteFloor {
		d.form, d.exp = formFinite, o.ew>>2
	} else {
		d.form, d.exp = uint8((o.ew-specialTag)>>2), 0
	}
}

// loadOperand stores the arithmetic operand v in d: a Decimal or an int
// (exactly). It reports false for any other type.
func loadOperand(v runtime.Value, d *dec) bool {
	if v.Type() == DecimalType {
		asDecimal(v).unpackInto(d)
		return true
	}
	if v.IsSmallInt() {
		n := v.SmallInt()
		u := uint64(n)
		if n < 0 {
			u = -u
		}
		*d = dec{neg: n < 0, lo: u}
		return true
	}
	if isDecimal(v) {
		asDecimal(v).unpackInto(d)
		return true
	}
	if runtime.IsInstance(v, runtime.IntType) {
		*d = decFromInt(v)
		return true
	}
	return false
}

// operand converts an arithmetic operand: a Decimal or an int (exactly).
// ok is false for any other type (the operation returns NotImplemented).
func operand(v runtime.Value) (dec, bool) {
	var d dec
	ok := loadOperand(v, &d)
	return d, ok
}

// binarySlot adapts arithmetic on decs to a number slot.
func binarySlot(f func(x, y *dec, p *params, st *uint32) dec) runtime.BinaryFunc {
	return func(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
		var x, y dec
		if a.Type() == DecimalType && b.Type() == DecimalType {
			asDecimal(a).unpackInto(&x) // the common case, without calls
			asDecimal(b).unpackInto(&y)
		} else if !loadOperand(a, &x) || !loadOperand(b, &y) {
			return runtime.NotImplemented, nil
		}
		c, err := currentContext()
		if err != nil {
			return runtime.Value{}, err
		}
		var st uint32
		r := f(&x, &y, &c.p, &st)
		if st != 0 {
			if err := c.raise(st); err != nil {
				return runtime.Value{}, err
			}
		}
		return runtime.ValueOf(allocDecimal(&r)), nil
	}
}

// quickCompare compares v, a Decimal, with w when w is a Decimal or an
// int and neither is a NaN: ok is false for every other case, which
// decimal_richcompare handles with the context.
func quickCompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, bool) {
	var x, y dec
	asDecimal(v).unpackInto(&x)
	if x.isNaN() || !loadOperand(w, &y) || y.isNaN() {
		return runtime.Value{}, false
	}
	return runtime.Bool(op.Result(cmpDec(&x, &y))), true
}
