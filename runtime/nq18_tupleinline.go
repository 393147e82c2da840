// This file defines one-allocation tuples of 5 to tupleInlineMax items
// (specialize_tuple.go has tuple1..tuple4): the Tuple header and its items
// array in one Go object, as list_alloc.go does for lists. A tuple of n
// items is then 32+16n bytes in one allocation instead of a 32-byte header
// plus a 16n-byte array (`tuple(x for x in range(5))`, BUILD_TUPLE of 5+).

package runtime

import "unsafe"

// tupleInlineMax is the longest tuple allocated with its items inline.
const tupleInlineMax = 16

// tupleInline is a Tuple followed by its items array A ([n]Value).
type tupleInline[A any] struct {
	Tuple
	arr A
}

// newTupleInline returns a tuple of n null items in one allocation of
// type tupleInline[A], where A is [n]Value; the caller fills it before it
// is published.
func newTupleInline[A any](n int) *Tuple {
	o := &tupleInline[A]{Tuple: Tuple{Header: Header{TupleType}}}
	o.items = unsafe.Slice((*Value)(unsafe.Pointer(&o.arr)), n)
	return &o.Tuple
}

// tupleInlineMakers[n] makes a tuple of n items inline.
var tupleInlineMakers = [tupleInlineMax + 1]func(int) *Tuple{
	1: newTupleInline[[1]Value], 2: newTupleInline[[2]Value], 3: newTupleInline[[3]Value],
	4: newTupleInline[[4]Value],
	5: newTupleInline[[5]Value], 6: newTupleInline[[6]Value], 7: newTupleInline[[7]Value],
	8: newTupleInline[[8]Value], 9: newTupleInline[[9]Value], 10: newTupleInline[[10]Value],
	11: newTupleInline[[11]Value], 12: newTupleInline[[12]Value], 13: newTupleInline[[13]Value],
	14: newTupleInline[[14]Value], 15: newTupleInline[[15]Value], 16: newTupleInline[[16]Value],
}

// buildTupleLong is buildTuple for more than four items: inline up to
// tupleInlineMax, else a header and a copied array.
func buildTupleLong(items []Value) Value {
	n := len(items)
	if n > tupleInlineMax {
		return TupleValue(append([]Value(nil), items...)...)
	}
	t := tupleInlineMakers[n](n)
	copy(t.items, items)
	return ValueOf(t)
}

// tupleConcat is x + y for two tuples: one allocation when the sum is
// short.
func tupleConcat(x, y []Value) Value {
	n := len(x) + len(y)
	if n == 0 || n > tupleInlineMax {
		out := make([]Value, 0, n)
		return TupleValue(append(append(out, x...), y...)...)
	}
	t := tupleInlineMakers[n](n)
	copy(t.items[copy(t.items, x):], y)
	return ValueOf(t)
}
