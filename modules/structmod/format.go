// Package structmod holds the core of CPython 3.11's _struct module (struct is a Go
// keyword): parsing format strings with linux/amd64 native sizes and alignment, and
// packing and unpacking Go values.
//
// Values cross the API as Go values the binding converts to and from Python objects:
// integer codes pack int, int64, uint64, *big.Int or bool (the binding calls __index__
// first) and unpack to int64 (signed codes) or uint64 (unsigned codes and 'P'); float codes
// pack float64 (ints are converted) and unpack to float64; '?' packs and unpacks bool (the
// binding passes the argument's truth value); 'c', 's' and 'p' pack and unpack []byte.
package structmod

import (
	"fmt"
	"math"
	"strings"
)

// Error is an exception to be raised: Kind "error" means struct.error, any other Kind
// names a builtin exception ("OverflowError", "SystemError").
type Error struct {
	Kind string
	Msg  string
}

// Error formats the error as Python prints the last line of a traceback.
func (e *Error) Error() string {
	if e.Kind == "error" {
		return "struct.error: " + e.Msg
	}
	return e.Kind + ": " + e.Msg
}

func structErr(format string, args ...any) *Error {
	return &Error{"error", fmt.Sprintf(format, args...)}
}

// Code is one item of a format: Count repetitions of format character Char at Offset.
// For 's' and 'p', Count is the byte length of a single item.
type Code struct {
	Char   byte
	Count  int
	Offset int
	Size   int // size in bytes of one repetition
}

// Struct is a compiled format string, as a struct.Struct object holds it.
type Struct struct {
	Format string
	Size   int    // calcsize
	Items  int    // number of values pack takes and unpack returns
	Codes  []Code // 'x' pad codes are omitted
	Order  byte   // '@' native, '<' little, '>' big-endian ('!' and '=' are mapped)
	native bool   // '@': native sizes and alignment
}

// nativeSize gives the sizes of linux/amd64; alignment equals size for every code.
var nativeSize = map[byte]int{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
	'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8,
}

var standardSize = map[byte]int{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4,
	'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1,
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// Compile parses a format string as struct.Struct(format) does.
func Compile(format string) (*Struct, *Error) {
	if strings.IndexByte(format, 0) >= 0 {
		return nil, structErr("embedded null character")
	}
	s := &Struct{Format: format, Order: '@', native: true}
	f := format
	if len(f) > 0 {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=', '<':
			s.Order, s.native, f = '<', false, f[1:] // '=' is little-endian on amd64
		case '>', '!':
			s.Order, s.native, f = '>', false, f[1:]
		}
	}
	sizes := standardSize
	if s.native {
		sizes = nativeSize
	}
	size := 0
	for i := 0; i < len(f); {
		c := f[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if c >= '0' && c <= '9' {
			num = int(c - '0')
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				d := int(f[i] - '0')
				if num > (math.MaxInt64-d)/10 {
					return nil, structErr("total struct size too long")
				}
				num = num*10 + d
				i++
			}
			if i == len(f) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = f[i]
			i++
		}
		itemSize, ok := sizes[c]
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if s.native && size > 0 {
			size = (size + itemSize - 1) / itemSize * itemSize
		}
		if num > (math.MaxInt64-size)/itemSize {
			return nil, structErr("total struct size too long")
		}
		switch c {
		case 'x':
		case 's', 'p':
			s.Items++
			s.Codes = append(s.Codes, Code{c, num, size, num})
		default:
			s.Items += num
			if num > 0 {
				s.Codes = append(s.Codes, Code{c, num, size, itemSize})
			}
		}
		size += num * itemSize
	}
	s.Size = size
	return s, nil
}

// Calcsize is struct.calcsize.
func Calcsize(format string) (int, *Error) {
	s, err := Compile(format)
	if err != nil {
		return 0, err
	}
	return s.Size, nil
}
