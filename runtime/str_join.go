// This file defines str.join: the items of a list or tuple are read in
// place (checking them runs no Python code, so the list cannot change
// meanwhile), the result's size is computed first, and the text is copied
// once into a str allocated with its header.

package runtime

func str_join(self Value, a []Value) (Value, *Exception) {
	var items []Value
	switch a[0].Type() {
	case ListType:
		items = ptrOf[List](a[0]).items
	case TupleType:
		items = ptrOf[Tuple](a[0]).items
	default:
		var err *Exception
		items, err = collectIter(a[0])
		if err != nil {
			if err.Matches(TypeErrorType) && a[0].Type().Iter == nil {
				return Value{}, NewTypeError("can only join an iterable")
			}
			return Value{}, err
		}
	}
	switch len(items) {
	case 0:
		return ValueOf(emptyStr), nil
	case 1:
		if items[0].Type() == StrType {
			return items[0], nil // CPython returns a lone exact str itself
		}
	}
	sep := self.AsStr()
	n, ascii := len(sep.S)*(len(items)-1), sep.IsASCII()
	for i, x := range items {
		s, ok := x.TryStr()
		if !ok {
			return Value{}, NewTypeError("sequence item %d: expected str instance, %s found", i, x.Type().Name)
		}
		n += len(s.S)
		ascii = ascii && s.ascii == 1
	}
	if n <= 1 {
		if n == 0 {
			return ValueOf(emptyStr), nil
		}
		for _, x := range items {
			if s := x.AsStr(); len(s.S) == 1 {
				return StrValue(s.S), nil
			}
		}
		return StrValue(sep.S), nil
	}
	r, buf := newStrSpace(n)
	// Every item was checked to be a str above, and nothing since ran
	// Python code, so the copies read the text unchecked (str18_join.go).
	if sep.S == "" {
		// "".join(parts), the common case: no separator copy (a call of
		// memmove even when empty) between the parts.
		joinCopy(buf, items)
	} else {
		joinCopySep(buf, items, sep.S)
	}
	if ascii && n <= 1<<31-1 {
		r.n, r.ascii = int32(n), 1
	}
	return ValueOf(r), nil
}
