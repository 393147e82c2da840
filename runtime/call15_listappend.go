package runtime

// listAppendOne is list.append as a Method.One: CALL_METHOD_DESCR calls it
// with the argument register directly, skipping the positional binder
// (fastArgsFit and the argument window) that append's one required
// argument never needs.
func listAppendOne(self, x Value) (Value, *Exception) {
	l := ptrOf[List](self)
	old := l.items
	l.items = listAppend(old, x)
	dropOldItems(l, old) // leak19_inline.go
	return None, nil
}
