// This file defines int.to_bytes, int.from_bytes and int.as_integer_ratio.

package runtime

import (
	"math/big"
	"slices"
)

// byteOrderArg reads the byteorder argument (default "big"); fn names the
// method in messages.
func byteOrderArg(v Value, fn string) (little bool, err *Exception) {
	if v.IsNull() {
		return false, nil
	}
	s, ok := v.TryStr()
	if !ok {
		return false, NewTypeError("%s() argument 'byteorder' must be str, not %s", fn, v.Type().Name)
	}
	switch s.S {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, NewValueError("byteorder must be either 'little' or 'big'")
}

// int_to_bytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func int_to_bytes(self Value, a []Value) (Value, *Exception) {
	length := int64(1)
	if !a[0].IsNull() {
		var err *Exception
		if length, err = indexToInt(a[0], ""); err != nil {
			return Value{}, err
		}
		if length < 0 {
			return Value{}, NewValueError("length argument must be non-negative")
		}
	}
	little, err := byteOrderArg(a[1], "to_bytes")
	if err != nil {
		return Value{}, err
	}
	signed := false
	if !a[2].IsNull() {
		if signed, err = IsTrue(a[2]); err != nil {
			return Value{}, err
		}
	}
	x, _ := bigOf(self)
	if x.Sign() < 0 && !signed {
		return Value{}, NewOverflowError("can't convert negative int to unsigned")
	}
	// The magnitude that must fit: x, or ~x (= -x-1) for a negative x,
	// whose bytes are then inverted (two's complement without building 2**(8*length)).
	mag, neg := x, x.Sign() < 0
	if neg {
		mag = new(big.Int).Not(x)
	}
	bits := int64(mag.BitLen())
	if signed && mag.Sign() != 0 {
		bits++ // room for the sign bit (CPython lets -1 fit in zero bytes)
	}
	if bits > length*8 {
		return Value{}, NewOverflowError("int too big to convert")
	}
	if length > maxByteCount {
		return Value{}, NewException(exceptionTypeByName["MemoryError"])
	}
	out := mag.FillBytes(make([]byte, length))
	if neg {
		for i := range out {
			out[i] = ^out[i]
		}
	}
	if little {
		slices.Reverse(out)
	}
	return NewBytes(out), nil
}

// int_from_bytes is the class method int.from_bytes(bytes, byteorder='big', *, signed=False).
func int_from_bytes(cls Value, a []Value) (Value, *Exception) {
	little, err := byteOrderArg(a[1], "from_bytes")
	if err != nil {
		return Value{}, err
	}
	signed := false
	if !a[2].IsNull() {
		if signed, err = IsTrue(a[2]); err != nil {
			return Value{}, err
		}
	}
	b, err := bytesOfObject(a[0])
	if err != nil {
		return Value{}, err
	}
	if little {
		b = slices.Clone(b)
		slices.Reverse(b)
	}
	x := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(len(b)*8)))
	}
	r := NewIntBig(x)
	if cls.AsType() == IntType {
		return r, nil
	}
	return Call(cls, []Value{r}, nil)
}

// bytesOfObject is PyObject_Bytes: a buffer's bytes, __bytes__, or an
// iterable of ints; strings are refused.
func bytesOfObject(v Value) ([]byte, *Exception) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if _, ok := v.TryStr(); ok {
		return nil, NewTypeError("cannot convert 'str' object to bytes")
	}
	f, _, err := lookupSpecial(v, strDunderBytes)
	if err != nil {
		return nil, err
	}
	if !f.IsNull() {
		return bytesSource(v, Value{}, Value{})
	}
	return bytesFromIterable(v, "bytes")
}

func int_as_integer_ratio(self Value, a []Value) (Value, *Exception) {
	v, err := int_int(self)
	if err != nil {
		return Value{}, err
	}
	return TupleValue(v, Int(1)), nil
}

func init() {
	// int.go's init has set IntType.methods; type.go's, which runs after
	// this file's, adds them to the type.
	IntType.methods = append(IntType.methods,
		Method{Name: "to_bytes", Sig: "length=, byteorder=, *, signed=", Fn: int_to_bytes},
		Method{Name: "from_bytes", Sig: "bytes, byteorder=, *, signed=", Flags: MethClass, Fn: int_from_bytes},
		Method{Name: "as_integer_ratio", Flags: MethNoArgs, Fn: int_as_integer_ratio})
}
