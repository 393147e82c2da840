// This file defines the BytesWarning that -b turns on: comparing bytes or
// bytearray with str or int for equality, as CPython's bytes_richcompare.

package runtime

// bytesCompareWarning issues "Comparison between bytes and string" (or
// int) when -b is given and op is == or != with a non-bytes operand w; it
// returns the error when -bb (or a filter) makes the warning an error.
func bytesCompareWarning(w Value, op CompareOp) *Exception {
	if SysConfig.Flags.BytesWarning == 0 || (op != Eq && op != Ne) {
		return nil
	}
	what := ""
	switch {
	case IsInstance(w, StrType):
		what = "string"
	case IsInstance(w, IntType):
		what = "int"
	default:
		return nil
	}
	return Warn(exceptionTypeByName["BytesWarning"], "Comparison between bytes and "+what, 1)
}

// bytearrayCompare is bytearray's rich comparison: bytesLikeCompare with
// -b's warning for a str operand.
func bytearrayCompare(v, w Value, op CompareOp) (Value, *Exception) {
	if SysConfig.Flags.BytesWarning != 0 && (op == Eq || op == Ne) && IsInstance(w, StrType) {
		if err := Warn(exceptionTypeByName["BytesWarning"], "Comparison between bytearray and string", 1); err != nil {
			return Value{}, err
		}
	}
	return bytesLikeCompare(v, w, op)
}

// bytesStrWarning is str() of bytes and bytearray: their repr, with -b's
// "str() on a bytes instance" warning first.
func bytesStrWarning(v Value) (Value, *Exception) {
	name, repr := "bytes", BytesType.Repr
	if IsInstance(v, ByteArrayType) {
		name, repr = "bytearray", ByteArrayType.Repr
	}
	if SysConfig.Flags.BytesWarning != 0 {
		if err := Warn(exceptionTypeByName["BytesWarning"], "str() on a "+name+" instance", 1); err != nil {
			return Value{}, err
		}
	}
	return repr(v) // the base repr even when a subclass defines __repr__
}
