// This file defines the JSON string literal decoder: scanstring and the
// Scanner's string case.

package json

import (
	"unicode/utf8"

	"krait/runtime"
)

func json_scanstring(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	// PyArg_ParseTuple converts end before scanstring checks the string.
	end, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	s, err := strArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	strict := true
	if !a[2].IsNull() {
		if strict, err = runtime.IsTrue(a[2]); err != nil {
			return runtime.Value{}, err
		}
	}
	n := int64(s.Len())
	if end < 0 || end > n {
		return runtime.Value{}, runtime.NewValueError("end is out of bounds")
	}
	var r runtime.Value
	var next int
	if s.IsASCII() {
		r, next, err = scanString(a[0], []byte(s.S), int(end), strict)
	} else {
		r, next, err = scanString(a[0], runtime.CodePoints(s.S), int(end), strict)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(r, runtime.Int(int64(next))), nil
}

func hexDigit(c rune) rune {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10
	}
	return -1
}

// hex4 decodes the four hex digits at text[i:i+4], or returns -1.
func hex4[E char](text []E, i int) rune {
	var c rune
	for _, d := range text[i : i+4] {
		h := hexDigit(rune(d))
		if h < 0 {
			return -1
		}
		c = c<<4 | h
	}
	return c
}

// scanString decodes the string literal whose opening quote is at
// end-1; it returns the string and the index after the closing quote.
// Errors are CPython's, at CPython's positions.
func scanString[E char](doc runtime.Value, text []E, end int, strict bool) (runtime.Value, int, *runtime.Exception) {
	begin := end - 1
	var out []byte
	for {
		next := end
		var c rune
		for ; next < len(text); next++ {
			c = rune(text[next])
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				return runtime.Value{}, 0, decodeError("Invalid control character at", doc, next)
			}
		}
		if next >= len(text) {
			return runtime.Value{}, 0, decodeError("Unterminated string starting at", doc, begin)
		}
		if c == '"' && out == nil {
			if ds := doc.AsStr(); ds.IsASCII() {
				// No escape at all in an ASCII document: code point and
				// byte indexes agree, so copy the text out in one piece.
				return runtime.StrValueCopy(ds.S[end:next], true), next + 1, nil
			}
		}
		out = appendRunes(out, text[end:next])
		next++
		if c == '"' {
			return runtime.StrValueBytes(out), next, nil
		}
		if next == len(text) {
			return runtime.Value{}, 0, decodeError("Unterminated string starting at", doc, begin)
		}
		c = rune(text[next])
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				return runtime.Value{}, 0, decodeError("Invalid \\escape", doc, end-2)
			}
		} else {
			next++
			end = next + 4
			if end >= len(text) {
				return runtime.Value{}, 0, decodeError("Invalid \\uXXXX escape", doc, next-1)
			}
			if c = hex4(text, next); c < 0 {
				return runtime.Value{}, 0, decodeError("Invalid \\uXXXX escape", doc, end-5)
			}
			// A high surrogate followed by an escaped low one is a pair.
			if c >= 0xD800 && c <= 0xDBFF && end+6 < len(text) && text[end] == '\\' && text[end+1] == 'u' {
				c2 := hex4(text, end+2)
				if c2 < 0 {
					return runtime.Value{}, 0, decodeError("Invalid \\uXXXX escape", doc, end+1)
				}
				if c2 >= 0xDC00 && c2 <= 0xDFFF {
					c = 0x10000 + (c-0xD800)<<10 + (c2 - 0xDC00)
					end += 6
				}
			}
		}
		out = appendCodePoint(out, c)
	}
}

// appendCodePoint appends c in WTF-8, the encoding of str text: as UTF-8,
// except that a lone surrogate (which UTF-8 cannot hold) gets the
// three-byte form UTF-8 would give it.
func appendCodePoint(b []byte, c rune) []byte {
	if c >= 0xD800 && c <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(c>>6)&0x3F), byte(0x80|c&0x3F))
	}
	return utf8.AppendRune(b, c)
}

// appendRunes appends code points in WTF-8, ASCII without a call.
func appendRunes[E char](out []byte, rs []E) []byte {
	for _, r := range rs {
		if r < 0x80 {
			out = append(out, byte(r))
		} else {
			out = appendCodePoint(out, rune(r))
		}
	}
	return out
}
