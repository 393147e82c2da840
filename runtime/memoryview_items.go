// This file defines how memoryview reads and writes one item of its native
// single-character struct formats (c b B ? h H i I l L q Q n N f d P), with
// CPython's "invalid type"/"invalid value" errors.

package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
)

// castItemSize is the size of a native format memoryview.cast accepts, or 0.
func castItemSize(f string) int {
	if len(f) != 1 {
		return 0
	}
	switch f[0] {
	case 'c', 'b', 'B', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

// checkUnpackFormat rejects formats memoryview cannot unpack (e.g. an
// array's 'w').
func checkUnpackFormat(f string) *Exception {
	g := f
	if len(g) == 2 && g[0] == '@' {
		g = g[1:]
	}
	if castItemSize(g) == 0 && g != "e" {
		return NewNotImplementedError("memoryview: format %s not supported", f)
	}
	return nil
}

// unpackItem converts the bytes b of one item of format f to a value.
func unpackItem(f string, b []byte) (Value, *Exception) {
	if err := checkUnpackFormat(f); err != nil {
		return Value{}, err
	}
	ne := binary.NativeEndian
	switch f[len(f)-1] {
	case 'c':
		return NewBytes([]byte{b[0]}), nil
	case 'b':
		return Int(int64(int8(b[0]))), nil
	case 'B':
		return Int(int64(b[0])), nil
	case '?':
		return Bool(b[0] != 0), nil
	case 'h':
		return Int(int64(int16(ne.Uint16(b)))), nil
	case 'H':
		return Int(int64(ne.Uint16(b))), nil
	case 'i':
		return Int(int64(int32(ne.Uint32(b)))), nil
	case 'I':
		return Int(int64(ne.Uint32(b))), nil
	case 'l', 'q', 'n':
		return Int(int64(ne.Uint64(b))), nil
	case 'f':
		return Float(float64(math.Float32frombits(ne.Uint32(b)))), nil
	case 'd':
		return Float(math.Float64frombits(ne.Uint64(b))), nil
	case 'e':
		return Float(halfToFloat(ne.Uint16(b))), nil
	}
	return NewIntBig(new(big.Int).SetUint64(ne.Uint64(b))), nil // L Q N P
}

// packItem stores v as one item of format f into b.
func packItem(f string, v Value, b []byte) *Exception {
	invalidType := func() *Exception { return NewTypeError("memoryview: invalid type for format '%s'", f) }
	invalidValue := func() *Exception { return NewValueError("memoryview: invalid value for format '%s'", f) }
	if err := checkUnpackFormat(f); err != nil {
		return err
	}
	ne := binary.NativeEndian
	c := f[len(f)-1]
	switch c {
	case 'c':
		x, ok := v.TryBytes()
		if !ok {
			return invalidType()
		}
		if len(x) != 1 {
			return invalidValue()
		}
		b[0] = x[0]
		return nil
	case '?':
		t, err := IsTrue(v)
		if err != nil {
			return err
		}
		b[0] = 0
		if t {
			b[0] = 1
		}
		return nil
	case 'f', 'd':
		x, err := floatArg(v)
		if err != nil {
			if err.Matches(TypeErrorType) {
				return invalidType()
			}
			return invalidValue()
		}
		if c == 'f' {
			ne.PutUint32(b, math.Float32bits(float32(x)))
		} else {
			ne.PutUint64(b, math.Float64bits(x))
		}
		return nil
	}
	if v.Type().Index == nil {
		return invalidType()
	}
	iv, err := Index(v, "")
	if err != nil {
		return err
	}
	n, _ := bigOf(iv)
	lo, hi := intFormatRange(c, len(b))
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		return invalidValue()
	}
	u := n.Uint64()
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	}
	switch len(b) {
	case 1:
		b[0] = byte(u)
	case 2:
		ne.PutUint16(b, uint16(u))
	case 4:
		ne.PutUint32(b, uint32(u))
	default:
		ne.PutUint64(b, u)
	}
	return nil
}

// intFormatRange is the range of values of an integer format of size bytes.
func intFormatRange(c byte, size int) (lo, hi *big.Int) {
	bits := uint(size * 8)
	one := big.NewInt(1)
	if c >= 'a' && c <= 'z' { // signed: b h i l q n
		hi = new(big.Int).Sub(new(big.Int).Lsh(one, bits-1), one)
		lo = new(big.Int).Neg(new(big.Int).Lsh(one, bits-1))
		return lo, hi
	}
	return new(big.Int), new(big.Int).Sub(new(big.Int).Lsh(one, bits), one)
}

// floatArg is PyFloat_AsDouble: floats, __float__ and __index__ objects.
func floatArg(v Value) (float64, *Exception) {
	if f, ok := floatValue(v); ok {
		return f, nil
	}
	t := v.Type()
	if t.Float == nil && t.Index == nil {
		return 0, NewTypeError("must be real number, not %s", t.Name)
	}
	r, err := floatFromObject(v)
	if err != nil {
		return 0, err
	}
	return r.AsFloat(), nil
}

// halfToFloat decodes an IEEE 754 binary16 value.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}
