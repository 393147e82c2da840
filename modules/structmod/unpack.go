// This file defines unpacking: Struct.Unpack, UnpackFrom and IterUnpack.

package structmod

import "math"

// Unpack is struct.unpack: buf must be exactly s.Size bytes.
func (s *Struct) Unpack(buf []byte) ([]any, *Error) {
	if len(buf) != s.Size {
		return nil, structErr("unpack requires a buffer of %d bytes", s.Size)
	}
	return s.unpack(buf)
}

// UnpackFrom is struct.unpack_from, including negative offsets.
func (s *Struct) UnpackFrom(buf []byte, offset int) ([]any, *Error) {
	n := len(buf)
	if offset < 0 {
		if offset+s.Size > 0 {
			return nil, structErr("not enough data to unpack %d bytes at offset %d", s.Size, offset)
		}
		if offset+n < 0 {
			return nil, structErr("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < s.Size {
		return nil, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			uint64(s.Size)+uint64(offset), s.Size, offset, n) // the sum may pass MaxInt64
	}
	return s.unpack(buf[offset : offset+s.Size])
}

// IterUnpack checks a buffer for struct.iter_unpack and returns how many records it
// holds; record i is then UnpackFrom(buf, i*s.Size).
func (s *Struct) IterUnpack(buf []byte) (int, *Error) {
	if s.Size == 0 {
		return 0, structErr("cannot iteratively unpack with a struct of length 0")
	}
	if len(buf)%s.Size != 0 {
		return 0, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", s.Size)
	}
	return len(buf) / s.Size, nil
}

func (s *Struct) unpack(buf []byte) ([]any, *Error) {
	out := make([]any, 0, s.Items)
	for _, c := range s.Codes {
		switch c.Char {
		case 's':
			out = append(out, append([]byte{}, buf[c.Offset:c.Offset+c.Size]...))
			continue
		case 'p':
			v, err := unpackPascal(buf[c.Offset : c.Offset+c.Size])
			if err != nil {
				return nil, err
			}
			out = append(out, v)
			continue
		}
		for k := 0; k < c.Count; k++ {
			off := c.Offset + k*c.Size
			out = append(out, s.unpackOne(buf[off:off+c.Size], c.Char))
		}
	}
	return out, nil
}

func unpackPascal(b []byte) ([]byte, *Error) {
	if len(b) == 0 {
		// CPython asks for a bytes object of length -1 here.
		return nil, &Error{"SystemError", "Negative size passed to PyBytes_FromStringAndSize"}
	}
	n := int(b[0])
	if n >= len(b) {
		n = len(b) - 1
	}
	return append([]byte{}, b[1:1+n]...), nil
}

func (s *Struct) getUint(b []byte) uint64 {
	var u uint64
	for i := range b {
		if s.Order == '>' {
			u = u<<8 | uint64(b[i])
		} else {
			u |= uint64(b[i]) << (8 * i)
		}
	}
	return u
}

func (s *Struct) unpackOne(b []byte, code byte) any {
	u := s.getUint(b)
	switch code {
	case 'c':
		return []byte{b[0]}
	case '?':
		return u != 0
	case 'e':
		return unpackHalf(uint16(u))
	case 'f':
		return float64(math.Float32frombits(uint32(u)))
	case 'd':
		return math.Float64frombits(u)
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return u
	}
	shift := 64 - 8*len(b)
	return int64(u<<shift) >> shift
}
