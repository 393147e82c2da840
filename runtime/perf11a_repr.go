// This file defines repr() of the exact builtin values an f-string's !r and
// a %r most often meet (small ints, floats, plain ASCII strs) without the
// generic Repr path: no recursion guard around the type's slot, and a plain
// ASCII str's repr is written straight into one str block instead of being
// grown byte by byte, copied into a Go string and given a header.

package runtime

// reprFast returns repr(v) for an exact small int, float or str whose repr
// is its text in single quotes; ok is false for anything else.
func reprFast(v Value) (Value, bool) {
	switch {
	case v.IsSmallInt():
		return strSmallInt(v.SmallInt()), true
	case v.IsFloat():
		return floatReprValue(v.AsFloat()), true
	case v.Type() == StrType:
		return strReprPlain(ptrOf[Str](v))
	}
	return Value{}, false
}

// strReprPlain returns repr(s) when s is printable ASCII without a quote
// or backslash; ok is false when the repr needs escapes or double quotes.
func strReprPlain(s *Str) (Value, bool) {
	if !plainReprASCII(s.S) {
		return Value{}, false
	}
	n := len(s.S) + 2
	r, buf := newStrSpace(n)
	buf[0] = '\''
	copy(buf[1:], s.S)
	buf[n-1] = '\''
	if n <= 1<<31-1 {
		r.n, r.ascii = int32(n), 1
	}
	return ValueOf(r), true
}

// formatKnown is format(v, spec) for a non-empty spec and an exact small
// int, float or str, calling the layout functions of their __format__
// directly (these types cannot be patched); ok is false for anything else.
func formatKnown(v Value, spec *Str) (r Value, ok bool, err *Exception) {
	var perr *pyErr
	switch {
	case spec.S == "":
		return Value{}, false, nil
	case v.IsSmallInt():
		r, perr = formatInt64Value(v.SmallInt(), spec.S, "int", intMaxStrDigits)
	case v.IsFloat():
		r, perr = formatFloatValue(v.AsFloat(), spec.S, "float")
	case v.Type() == StrType:
		r, perr = formatStrValue(v, spec.S, "str")
	default:
		return Value{}, false, nil
	}
	if perr != nil {
		return Value{}, true, fromPyErr(perr)
	}
	return r, true, nil
}
