// This file defines the one-allocation tuples that BUILD_TUPLE makes: the
// Tuple header and its items in one Go object instead of two, for the small
// tuples that multiple returns, unpacking and dict items build all the time.

package runtime

// tuple1..tuple4 hold a Tuple whose items slice points into arr.
type (
	tuple1 struct {
		Tuple
		arr [1]Value
	}
	tuple2 struct {
		Tuple
		arr [2]Value
	}
	tuple3 struct {
		Tuple
		arr [3]Value
	}
	tuple4 struct {
		Tuple
		arr [4]Value
	}
)

// buildTuple returns a new tuple of copies of items.
func buildTuple(items []Value) Value {
	var t *Tuple
	switch len(items) {
	case 0:
		return ValueOf(emptyTuple)
	case 1:
		o := &tuple1{arr: [1]Value{items[0]}} // elements, not copy: no typedslicecopy call
		o.items, t = o.arr[:], &o.Tuple
	case 2:
		o := &tuple2{arr: [2]Value{items[0], items[1]}}
		o.items, t = o.arr[:], &o.Tuple
	case 3:
		o := &tuple3{arr: [3]Value{items[0], items[1], items[2]}}
		o.items, t = o.arr[:], &o.Tuple
	case 4:
		o := &tuple4{arr: [4]Value{items[0], items[1], items[2], items[3]}}
		o.items, t = o.arr[:], &o.Tuple
	default:
		return buildTupleLong(items) // nq18_tupleinline.go
	}
	t.typ = TupleType
	return ValueOf(t)
}
