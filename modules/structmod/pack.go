// This file defines packing: Struct.Pack, PackInto and the per-code conversions with
// CPython's struct.error messages.

package structmod

import (
	"math"
	"math/big"
)

// Pack is struct.pack: it packs args (one per item) into a new buffer.
func (s *Struct) Pack(args []any) ([]byte, *Error) {
	if len(args) != s.Items {
		return nil, s.countErr(len(args))
	}
	if s.Size > maxPackSize {
		return nil, &Error{"OverflowError", "byte string is too large"}
	}
	buf := make([]byte, s.Size)
	if err := s.packTo(buf, args); err != nil {
		return nil, err
	}
	return buf, nil
}

// PackInto is struct.pack_into, including its handling of negative offsets.
func (s *Struct) PackInto(buf []byte, offset int, args []any) *Error {
	if len(args) != s.Items {
		return structErr("pack_into expected %d items for packing (got %d)", s.Items, len(args))
	}
	n := len(buf)
	if offset < 0 {
		if offset+s.Size > 0 {
			return structErr("no space to pack %d bytes at offset %d", s.Size, offset)
		}
		if offset+n < 0 {
			return structErr("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < s.Size {
		return structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
			uint64(s.Size)+uint64(offset), s.Size, offset, n) // the sum may pass MaxInt64
	}
	return s.packTo(buf[offset:offset+s.Size], args)
}

// maxPackSize bounds the buffer Pack allocates; CPython refuses sizes beyond
// PY_SSIZE_T_MAX minus its bytes header, and Go cannot allocate more than this anyway.
const maxPackSize = 1 << 46

func (s *Struct) countErr(got int) *Error {
	return structErr("pack expected %d items for packing (got %d)", s.Items, got)
}

// packTo writes the items into buf, which is exactly s.Size bytes; padding is zeroed.
func (s *Struct) packTo(buf []byte, args []any) *Error {
	if len(args) != s.Items {
		return s.countErr(len(args))
	}
	for i := range buf {
		buf[i] = 0
	}
	a := 0
	for _, c := range s.Codes {
		if c.Char == 's' || c.Char == 'p' {
			if err := packString(buf[c.Offset:c.Offset+c.Size], c.Char, args[a]); err != nil {
				return err
			}
			if c.Char == 'p' && c.Size == 0 && c.Offset < len(buf) {
				buf[c.Offset] = 0xff // CPython stores a length of -1 for "0p"
			}
			a++
			continue
		}
		for k := 0; k < c.Count; k++ {
			off := c.Offset + k*c.Size
			if err := s.packOne(buf[off:off+c.Size], c.Char, args[a]); err != nil {
				return err
			}
			a++
		}
	}
	return nil
}

func packString(dst []byte, code byte, v any) *Error {
	b, ok := v.([]byte)
	if !ok {
		return structErr("argument for '%c' must be a bytes object", code)
	}
	if code == 's' {
		copy(dst, b)
		return nil
	}
	if len(dst) == 0 {
		return nil
	}
	n := copy(dst[1:], b)
	if n > 255 {
		n = 255
	}
	dst[0] = byte(n)
	return nil
}

func (s *Struct) packOne(dst []byte, code byte, v any) *Error {
	switch code {
	case 'c':
		b, ok := v.([]byte)
		if !ok || len(b) != 1 {
			return structErr("char format requires a bytes object of length 1")
		}
		dst[0] = b[0]
		return nil
	case '?':
		if !isZero(v) {
			dst[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		return s.packFloat(dst, code, v)
	case 'P':
		n, ok := toBig(v)
		if !ok {
			return structErr("required argument is not an integer")
		}
		if n.Cmp(minInt64) < 0 || n.Cmp(maxUint64) > 0 {
			return structErr("int too large to convert")
		}
		u := n.Uint64()
		if n.Sign() < 0 {
			u = uint64(n.Int64()) // two's complement, as a C pointer cast gives
		}
		s.putUint(dst, u)
		return nil
	}
	return s.packInt(dst, code, v)
}

var (
	minInt64  = big.NewInt(math.MinInt64)
	maxInt64  = big.NewInt(math.MaxInt64)
	maxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// isZero is the truth test '?' applies; the binding normally passes a bool already.
func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case bool:
		return !x
	case int:
		return x == 0
	case int64:
		return x == 0
	case uint64:
		return x == 0
	case float64:
		return x == 0
	case *big.Int:
		return x.Sign() == 0
	case []byte:
		return len(x) == 0
	}
	return false
}

func toBig(v any) (*big.Int, bool) {
	switch x := v.(type) {
	case int:
		return big.NewInt(int64(x)), true
	case int64:
		return big.NewInt(x), true
	case uint64:
		return new(big.Int).SetUint64(x), true
	case *big.Int:
		return x, true
	case bool:
		if x {
			return big.NewInt(1), true
		}
		return new(big.Int), true
	}
	return nil, false
}

// unsignedFetch tells whether CPython reads the argument as a C unsigned integer, which
// makes a negative argument "out of range" rather than a format range error. 'B' (and
// 'H' outside big-endian formats) are read signed and range-checked.
func (s *Struct) unsignedFetch(code byte) bool {
	switch code {
	case 'I', 'L', 'Q', 'N':
		return true
	case 'H':
		return s.Order == '>'
	}
	return false
}

func (s *Struct) packInt(dst []byte, code byte, v any) *Error {
	n, ok := toBig(v)
	if !ok {
		return structErr("required argument is not an integer")
	}
	size := len(dst)
	unsigned := s.unsignedFetch(code)
	lo, hi := minInt64, maxInt64
	if unsigned {
		lo, hi = zero, maxUint64
	}
	if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
		if size == 8 && s.Order == '>' {
			// bp_longlong converts through _PyLong_AsByteArray, with its message.
			return structErr("int too large to convert")
		}
		return structErr("argument out of range")
	}
	var u uint64
	if unsigned {
		u = n.Uint64()
		if size < 8 && u>>(8*size) != 0 {
			return s.rangeErr(code, size)
		}
	} else {
		x := n.Int64()
		if size < 8 {
			lo, hi := int64(-1)<<(8*size-1), int64(1)<<(8*size-1)-1
			if code == 'B' || code == 'H' {
				lo, hi = 0, int64(1)<<(8*size)-1
			}
			if x < lo || x > hi {
				return s.rangeErr(code, size)
			}
		}
		u = uint64(x)
	}
	s.putUint(dst, u)
	return nil
}

var zero = new(big.Int)

// rangeErr is the message for an argument that fits a C long but not the format: the
// native byte and short packers (also used for '<' and, for bytes, '>') name the type.
func (s *Struct) rangeErr(code byte, size int) *Error {
	bits := 8 * size
	switch {
	case code == 'b':
		return structErr("byte format requires -128 <= number <= 127")
	case code == 'B':
		return structErr("ubyte format requires 0 <= number <= 255")
	case code == 'h' && s.Order != '>':
		return structErr("short format requires -32768 <= number <= 32767")
	case code == 'H' && s.Order != '>':
		return structErr("ushort format requires 0 <= number <= 65535")
	case code == 'B' || code == 'H' || code == 'I' || code == 'L':
		return structErr("'%c' format requires 0 <= number <= %d", code, uint64(1)<<bits-1)
	}
	return structErr("'%c' format requires %d <= number <= %d", code, int64(-1)<<(bits-1), int64(1)<<(bits-1)-1)
}

// putUint stores the low len(dst) bytes of u in the struct's byte order.
func (s *Struct) putUint(dst []byte, u uint64) {
	for i := range dst {
		b := byte(u >> (8 * i))
		if s.Order == '>' {
			dst[len(dst)-1-i] = b
		} else {
			dst[i] = b
		}
	}
}

// toFloat converts as PyFloat_AsDouble does; an int too large for a float fails.
func toFloat(v any) (float64, bool) {
	if x, ok := v.(float64); ok {
		return x, true
	}
	n, ok := toBig(v)
	if !ok {
		return 0, false
	}
	f, _ := new(big.Float).SetInt(n).Float64()
	return f, !math.IsInf(f, 0)
}

func (s *Struct) packFloat(dst []byte, code byte, v any) *Error {
	x, ok := toFloat(v)
	if !ok {
		return structErr("required argument is not a float")
	}
	// CPython reports an OverflowError from packing an int argument as struct.error.
	overflow := &Error{"OverflowError", "float too large to pack with " + string(code) + " format"}
	if _, isFloat := v.(float64); !isFloat {
		overflow = structErr("int too large to convert")
	}
	switch code {
	case 'e':
		h, err := packHalf(x)
		if err != nil {
			return overflow
		}
		s.putUint(dst, uint64(h))
	case 'f':
		f := float32(x)
		if !s.native && math.IsInf(float64(f), 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return overflow
		}
		s.putUint(dst, uint64(math.Float32bits(f)))
	default:
		s.putUint(dst, math.Float64bits(x))
	}
	return nil
}
