// This file lets UNPACK_SEQUENCE read a tuple subclass's items directly
// (x, y = point for a namedtuple point), as it does an exact tuple's, when
// the class iterates as tuple does: CPython goes through tuple's iterator
// then, which yields exactly the items, so nothing observable differs.

package runtime

// tupleIterPC is the code pointer of tuple's Iter slot, read on first use
// (tuple.go's init sets the slot after this file's would run).
var tupleIterPC uintptr

// plainTupleItems returns v's items when v is an instance of a tuple
// subclass that does not override __iter__.
func plainTupleItems(v Value) ([]Value, bool) {
	t := v.Type()
	if t.Flags&FlagTupleSubclass == 0 || t.Iter == nil {
		return nil, false
	}
	if tupleIterPC == 0 {
		tupleIterPC = funcPC(TupleType.Iter)
	}
	if funcPC(t.Iter) != tupleIterPC {
		return nil, false
	}
	return ptrOf[Tuple](v).items, true
}
