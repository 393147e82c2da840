// This file defines array pickling as CPython's arraymodule.c does it:
// __reduce_ex__ gives (array, (typecode, list)) for protocols below 3 and
// otherwise array._array_reconstructor with the machine format of the
// items and their bytes, which the reconstructor converts when the
// unpickling machine's types differ.

package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf16"

	"krait/runtime"
)

// Machine format codes (arraymodule.c's enum machine_format_code).
const (
	fmtUint8 = iota
	fmtInt8
	fmtUint16LE
	fmtUint16BE
	fmtInt16LE
	fmtInt16BE
	fmtUint32LE
	fmtUint32BE
	fmtInt32LE
	fmtInt32BE
	fmtUint64LE
	fmtUint64BE
	fmtInt64LE
	fmtInt64BE
	fmtFloatLE
	fmtFloatBE
	fmtDoubleLE
	fmtDoubleBE
	fmtUTF16LE
	fmtUTF16BE
	fmtUTF32LE
	fmtUTF32BE
)

// nativeFormat is the machine format of typecode c on this (little-endian,
// LP64, 4-byte wchar_t) machine.
var nativeFormat = map[byte]int{
	'b': fmtInt8, 'B': fmtUint8, 'u': fmtUTF32LE, 'h': fmtInt16LE, 'H': fmtUint16LE,
	'i': fmtInt32LE, 'I': fmtUint32LE, 'l': fmtInt64LE, 'L': fmtUint64LE,
	'q': fmtInt64LE, 'Q': fmtUint64LE, 'f': fmtFloatLE, 'd': fmtDoubleLE,
}

// intFormat describes an integer machine format.
type intFormat struct {
	size              int
	signed, bigEndian bool
}

func intFormatOf(code int) intFormat {
	size := 1 << ((code - fmtUint8 + 2) / 4) // 0,1 -> 1; 2..5 -> 2; 6..9 -> 4; 10..13 -> 8
	if code <= fmtInt8 {
		return intFormat{size: 1, signed: code == fmtInt8}
	}
	rel := (code - fmtUint16LE) % 4
	return intFormat{size: size, signed: rel >= 2, bigEndian: rel%2 == 1}
}

var reconstructorMethod = runtime.Method{Name: "_array_reconstructor",
	Sig: "arraytype, typecode, mformat_code, items, /", Fn: array_reconstructor,
	Doc: "Internal. Used for pickling support."}

var reconstructorFn value

// reconstructor is array._array_reconstructor (one object, as pickle
// memoizes it by identity).
func reconstructor() value {
	if reconstructorFn.IsNull() {
		reconstructorFn = runtime.NewBuiltinFunction(&reconstructorMethod, runtime.Value{}, "array")
	}
	return reconstructorFn
}

func array_reduce_ex(v value, a []value) (value, *exc) {
	o := self(v)
	protocol, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	dict, err := runtime.GetAttrString(v, "__dict__")
	if err != nil {
		dict = runtime.None
	}
	typ := v.Type().Value()
	code := runtime.StrValue(string(o.code))
	if protocol < 3 {
		return runtime.TupleValue(typ, runtime.TupleValue(code, o.toList()), dict), nil
	}
	rec := reconstructor()
	args := runtime.TupleValue(typ, code, runtime.Int(int64(nativeFormat[o.code])),
		runtime.NewBytes(append([]byte(nil), o.data...)))
	return runtime.TupleValue(rec, args, dict), nil
}

func array_reconstructor(_ value, a []value) (value, *exc) {
	if a[0].Type() != runtime.TypeType || !a[0].AsType().IsSubtype(ArrayType) {
		return runtime.None, runtime.NewTypeError("%s is not a subtype of array.array", typeName(a[0]))
	}
	t := a[0].AsType()
	s, ok := a[1].TryStr()
	if !ok || len(s.S) != 1 || itemSize(s.S[0]) == 0 {
		if !ok {
			return runtime.None, runtime.NewTypeError("array_reconstructor() argument 2 must be a unicode character, not %s", a[1].Type().Name)
		}
		return runtime.None, runtime.NewValueError("second argument must be a valid type code")
	}
	code := s.S[0]
	mf, err := runtime.IndexInt64(a[2], "")
	if err != nil {
		return runtime.None, err
	}
	if mf < fmtUint8 || mf > fmtUTF32BE {
		return runtime.None, runtime.NewValueError("third argument must be a valid machine format code.")
	}
	items, ok := a[3].TryBytes()
	if !ok {
		return runtime.None, runtime.NewTypeError("fourth argument should be bytes, not %s", a[3].Type().Name)
	}
	if int(mf) == nativeFormat[code] {
		o := newArray(t, code)
		if err := o.fromBytes(items); err != nil {
			return runtime.None, err
		}
		return runtime.ValueOf(o), nil
	}
	return convertFormat(t, code, int(mf), items)
}

func typeName(v value) string {
	if v.Type() == runtime.TypeType {
		return v.AsType().Name
	}
	return v.Type().Name
}

// convertFormat builds an array of type t from items in machine format mf
// that differs from the native one of the requested typecode.
func convertFormat(t *runtime.Type, code byte, mf int, items []byte) (value, *exc) {
	// CPython's descriptor table gives the UTF formats sizes 4 and 8.
	unit := map[int]int{fmtUTF16LE: 4, fmtUTF16BE: 4, fmtUTF32LE: 8, fmtUTF32BE: 8}[mf]
	if unit == 0 && mf >= fmtFloatLE {
		unit = 4 << ((mf - fmtFloatLE) / 2)
	} else if unit == 0 {
		unit = intFormatOf(mf).size
	}
	if len(items)%unit != 0 {
		return runtime.None, runtime.NewValueError("string length not a multiple of item size")
	}
	switch {
	case mf >= fmtFloatLE && mf <= fmtDoubleBE:
		return convertFloats(t, code, mf, items)
	case mf >= fmtUTF16LE:
		return convertUnicode(t, code, mf, items)
	}
	f := intFormatOf(mf)
	order := byteOrder(f.bigEndian)
	// As CPython: the last typecode of that size and signedness.
	for i := 0; i < len(typecodes); i++ {
		c := typecodes[i]
		if c != 'u' && c != 'f' && c != 'd' && itemSize(c) == f.size && isSigned(c) == f.signed {
			code = c
		}
	}
	vals := make([]value, len(items)/f.size)
	for i := range vals {
		vals[i] = decodeInt(items[i*f.size:(i+1)*f.size], f, order)
	}
	o := newArray(t, code)
	if err := o.appendValues(vals); err != nil {
		return runtime.None, err
	}
	return runtime.ValueOf(o), nil
}

func isSigned(c byte) bool { return c >= 'a' && c <= 'z' }

func decodeInt(b []byte, f intFormat, order binary.ByteOrder) value {
	var u uint64
	switch f.size {
	case 1:
		u = uint64(b[0])
	case 2:
		u = uint64(order.Uint16(b))
	case 4:
		u = uint64(order.Uint32(b))
	default:
		u = order.Uint64(b)
	}
	if !f.signed {
		if u > math.MaxInt64 {
			return runtime.NewIntBig(new(big.Int).SetUint64(u))
		}
		return runtime.Int(int64(u))
	}
	shift := 64 - 8*f.size
	return runtime.Int(int64(u<<shift) >> shift)
}

func convertFloats(t *runtime.Type, code byte, mf int, items []byte) (value, *exc) {
	size := 4
	if mf >= fmtDoubleLE {
		size = 8
	}
	order := byteOrder(mf == fmtFloatBE || mf == fmtDoubleBE)
	vals := make([]value, len(items)/size)
	for i := range vals {
		b := items[i*size:]
		if size == 4 {
			vals[i] = runtime.Float(float64(math.Float32frombits(order.Uint32(b))))
		} else {
			vals[i] = runtime.Float(math.Float64frombits(order.Uint64(b)))
		}
	}
	// The typecode asked for stays, as CPython's make_array(typecode, list).
	return runtime.Call(t.Value(), []value{runtime.StrValue(string(code)), runtime.NewList(vals)}, nil)
}

func convertUnicode(t *runtime.Type, code byte, mf int, items []byte) (value, *exc) {
	var rs []rune
	if mf <= fmtUTF16BE {
		order := byteOrder(mf == fmtUTF16BE)
		u := make([]uint16, len(items)/2)
		for i := range u {
			u[i] = order.Uint16(items[2*i:])
		}
		rs = utf16.Decode(u)
	} else {
		order := byteOrder(mf == fmtUTF32BE)
		for i := 0; i+4 <= len(items); i += 4 {
			rs = append(rs, rune(order.Uint32(items[i:])))
		}
	}
	return runtime.Call(t.Value(), []value{runtime.StrValue(string(code)), runtime.StrValue(string(rs))}, nil)
}

func byteOrder(big bool) binary.ByteOrder {
	if big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}
