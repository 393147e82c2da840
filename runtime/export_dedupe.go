// This file defines argument converters that several native modules share,
// exported for them as CPython exports its _PyLong_*_Converter functions.

package runtime

// UnsignedLongConverter converts v as CPython's _PyLong_UnsignedLong_Converter:
// only ints (TypeError otherwise), a negative one a ValueError, one beyond
// 64 bits the OverflowError of PyLong_AsUnsignedLong. Callers with a
// narrower C type check the range of the result themselves.
func UnsignedLongConverter(v Value) (uint64, *Exception) {
	n, bg, ok := intValue(v)
	if !ok {
		return 0, NewTypeError("an integer is required")
	}
	if n < 0 || (bg != nil && bg.Sign() < 0) {
		return 0, NewValueError("value must be positive")
	}
	if bg == nil {
		return uint64(n), nil
	}
	if bg.BitLen() > 64 {
		return 0, NewOverflowError("Python int too large to convert to C unsigned long")
	}
	return bg.Uint64(), nil
}

// CIntConverter converts v as an argument CPython declares as C int ('i'
// or Argument Clinic's int): __index__, then the range of a 32-bit int,
// with _PyLong_AsInt's OverflowError for every int outside it, however big.
func CIntConverter(v Value) (int, *Exception) {
	i, err := Index(v, "")
	if err != nil {
		return 0, err
	}
	n, bg, _ := intValue(i)
	if bg != nil || n != int64(int32(n)) {
		return 0, NewOverflowError("Python int too large to convert to C int")
	}
	return int(n), nil
}
