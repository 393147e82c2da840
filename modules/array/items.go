// This file defines the item codecs of array.array: how each typecode
// stores a Python value in native (little-endian) bytes and reads it back,
// with CPython's conversion errors.
package array

import (
	"encoding/binary"
	"math"
	"math/big"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// typecodes lists the codes in CPython's order.
const typecodes = "bBuhHiIlLqQfd"

// itemSize returns the size of one item of typecode c (0 if invalid).
func itemSize(c byte) int {
	switch c {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'u', 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'd':
		return 8
	}
	return 0
}

// bigOverflow is the error for an int beyond 64 bits.
func bigOverflow(c byte, neg bool) *exc {
	switch c {
	case 'I', 'L':
		if neg {
			return runtime.NewOverflowError("can't convert negative value to unsigned int")
		}
		return runtime.NewOverflowError("Python int too large to convert to C unsigned long")
	case 'q':
		return runtime.NewOverflowError("int too big to convert")
	case 'Q':
		if neg {
			return runtime.NewOverflowError("can't convert negative int to unsigned")
		}
		return runtime.NewOverflowError("int too big to convert")
	}
	return runtime.NewOverflowError("Python int too large to convert to C long")
}

// intItem converts v for an integer typecode: the value as uint64 bits.
// Like CPython, the small codes first convert through a wider C type, so
// the error names the type whose range was exceeded first.
func intItem(c byte, v value) (uint64, *exc) {
	iv, err := runtime.Index(v, "")
	if err != nil {
		return 0, err
	}
	n, ok := runtime.IntOf(iv)
	if !ok {
		b, _ := runtime.BigIntOf(iv)
		if b.Sign() > 0 && b.Cmp(new(big.Int).SetUint64(math.MaxUint64)) <= 0 {
			switch c {
			case 'L', 'Q':
				return b.Uint64(), nil
			case 'I':
				return 0, runtime.NewOverflowError("unsigned int is greater than maximum")
			}
		}
		return 0, bigOverflow(c, b.Sign() < 0)
	}
	type bound struct {
		lo, hi int64
		name   string
	}
	var checks []bound
	switch c {
	case 'b':
		checks = []bound{{math.MinInt16, math.MaxInt16, "signed short integer"}, {math.MinInt8, math.MaxInt8, "signed char"}}
	case 'B':
		checks = []bound{{0, math.MaxUint8, "unsigned byte integer"}}
	case 'h':
		checks = []bound{{math.MinInt16, math.MaxInt16, "signed short integer"}}
	case 'H':
		checks = []bound{{math.MinInt32, math.MaxInt32, "signed integer"}, {0, math.MaxUint16, "unsigned short"}}
	case 'i':
		checks = []bound{{math.MinInt32, math.MaxInt32, "signed integer"}}
	case 'I', 'L', 'Q':
		if n < 0 {
			return 0, bigOverflow(c, true)
		}
		if c == 'I' && n > math.MaxUint32 {
			return 0, runtime.NewOverflowError("unsigned int is greater than maximum")
		}
	}
	for _, b := range checks {
		if n > b.hi {
			return 0, runtime.NewOverflowError("%s is greater than maximum", b.name)
		}
		if n < b.lo {
			return 0, runtime.NewOverflowError("%s is less than minimum", b.name)
		}
	}
	return uint64(n), nil
}

// pack stores v as one item of typecode c at dst.
func pack(c byte, dst []byte, v value) *exc {
	dst = dst[:itemSize(c)]
	switch c {
	case 'f', 'd':
		f, err := runtime.FloatAsDouble(v)
		if err != nil {
			return err
		}
		if c == 'f' {
			binary.LittleEndian.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			binary.LittleEndian.PutUint64(dst, math.Float64bits(f))
		}
		return nil
	case 'u':
		s, ok := v.TryStr()
		if !ok || len([]rune(s.String())) != 1 {
			return runtime.NewTypeError("array item must be unicode character")
		}
		binary.LittleEndian.PutUint32(dst, uint32([]rune(s.String())[0]))
		return nil
	}
	n, err := intItem(c, v)
	if err != nil {
		return err
	}
	putUint(dst, n)
	return nil
}

func putUint(dst []byte, n uint64) {
	switch len(dst) {
	case 1:
		dst[0] = byte(n)
	case 2:
		binary.LittleEndian.PutUint16(dst, uint16(n))
	case 4:
		binary.LittleEndian.PutUint32(dst, uint32(n))
	default:
		binary.LittleEndian.PutUint64(dst, n)
	}
}

// unpack reads one item of typecode c from src.
func unpack(c byte, src []byte) value {
	switch c {
	case 'b':
		return runtime.Int(int64(int8(src[0])))
	case 'B':
		return runtime.Int(int64(src[0]))
	case 'h':
		return runtime.Int(int64(int16(binary.LittleEndian.Uint16(src))))
	case 'H':
		return runtime.Int(int64(binary.LittleEndian.Uint16(src)))
	case 'i':
		return runtime.Int(int64(int32(binary.LittleEndian.Uint32(src))))
	case 'I':
		return runtime.Int(int64(binary.LittleEndian.Uint32(src)))
	case 'l', 'q':
		return runtime.Int(int64(binary.LittleEndian.Uint64(src)))
	case 'L', 'Q':
		n := binary.LittleEndian.Uint64(src)
		if n > math.MaxInt64 {
			return runtime.NewIntBig(new(big.Int).SetUint64(n))
		}
		return runtime.Int(int64(n))
	case 'f':
		return runtime.Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(src))))
	case 'd':
		return runtime.Float(math.Float64frombits(binary.LittleEndian.Uint64(src)))
	case 'u':
		return runtime.StrValue(string(rune(binary.LittleEndian.Uint32(src))))
	}
	return runtime.None
}
