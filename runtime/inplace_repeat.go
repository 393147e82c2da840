// This file defines CPython's quirk of the in-place multiply x *= seq:
// PyNumber_InPlaceMultiply asks the right operand's sequence repeat only
// when the left type has no sequence methods at all; a left operand whose
// type has some (every class, dict, set, range) but no repeat gets the
// "unsupported operand" error, so I(4) *= "ab" fails for an int subclass
// I while 4 * "ab" works. Krait keeps a sequence's repeat in its multiply
// slot, so BinaryOp skips that slot here.

package runtime

// inplaceRepeatBlocked reports whether a *= b must not let b's builtin
// sequence repeat run.
func inplaceRepeatBlocked(a, b Value) bool {
	at, bt := a.Type(), b.Type()
	if !isRepeatSequence(bt) || bt.pyNumber&(1<<NbMultiply) != 0 || isRepeatSequence(at) {
		return false
	}
	if at.Flags&FlagHeapType != 0 {
		return true
	}
	switch at {
	case DictType, SetType, FrozenSetType, RangeType:
		return true
	}
	return false
}

// isRepeatSequence reports whether t's instances are sequences with a
// builtin repeat (sq_repeat).
func isRepeatSequence(t *Type) bool {
	for _, m := range t.MRO {
		switch {
		case m == StrType, m == BytesType, m == ByteArrayType, m == ListType, m == TupleType:
			return true
		case m.Name == "collections.deque", m.Name == "array.array":
			return true
		}
	}
	return false
}
