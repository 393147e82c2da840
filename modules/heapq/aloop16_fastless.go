// This file defines the comparison the sifts use. Heap items are mostly
// numbers or tuples starting with a number (priority, counter, payload):
// those are compared here without the generic rich-compare dispatch, with
// the same result as tuple's richcompare (the first items that are not
// equal decide, identical items are equal). Anything else goes through
// RichCompareBool as before.

package heapq

import "krait/runtime"

// lessValue reports a < b.
func lessValue(a, b runtime.Value) (bool, *runtime.Exception) {
	if lt, ok := numLess(a, b); ok {
		return lt, nil
	}
	if a.Type() != runtime.TupleType || b.Type() != runtime.TupleType {
		return runtime.RichCompareBool(a, b, runtime.Lt)
	}
	x, y := a.AsTuple().Items(), b.AsTuple().Items()
	for i := 0; i < len(x) && i < len(y); i++ {
		p, q := x[i], y[i]
		if p.Is(q) {
			continue
		}
		if eq, ok := numEqual(p, q); ok {
			if eq {
				continue
			}
			lt, _ := numLess(p, q)
			return lt, nil
		}
		eq, err := runtime.RichCompareBool(p, q, runtime.Eq)
		if err != nil {
			return false, err
		}
		if !eq {
			return runtime.RichCompareBool(p, q, runtime.Lt)
		}
	}
	return len(x) < len(y), nil
}

// numLess compares two floats or two small ints; ok is false for other
// operands (mixed kinds included: an int converted to float may round).
func numLess(a, b runtime.Value) (lt, ok bool) {
	switch {
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() < b.AsFloat(), true
	case a.IsSmallInt() && b.IsSmallInt():
		return a.SmallInt() < b.SmallInt(), true
	}
	return false, false
}

// numEqual is numLess for ==: a NaN equals nothing, as float's __eq__.
func numEqual(a, b runtime.Value) (eq, ok bool) {
	switch {
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() == b.AsFloat(), true
	case a.IsSmallInt() && b.IsSmallInt():
		return a.SmallInt() == b.SmallInt(), true
	}
	return false, false
}
