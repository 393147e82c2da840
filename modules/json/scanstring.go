// This file defines the JSON string literal decoder: scanstring and the
// Scanner's string case.

package json

import "krait/runtime"

func json_scanstring(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	end, err := runtime.IndexAsInt(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	strict := true
	if !a[2].IsNull() {
		if strict, err = runtime.IsTrue(a[2]); err != nil {
			return runtime.Value{}, err
		}
	}
	text := runtime.CodePoints(s.S)
	if end < 0 || end > int64(len(text)) {
		return runtime.Value{}, runtime.NewValueError("end is out of bounds")
	}
	r, next, err := scanString(a[0], text, int(end), strict)
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
func hex4(text []rune, i int) rune {
	var c rune
	for _, d := range text[i : i+4] {
		h := hexDigit(d)
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
func scanString(doc runtime.Value, text []rune, end int, strict bool) (runtime.Value, int, *runtime.Exception) {
	begin := end - 1
	var out []byte
	for {
		next := end
		var c rune
		for ; next < len(text); next++ {
			c = text[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				return runtime.Value{}, 0, decodeError("Invalid control character at", doc, text, next)
			}
		}
		if next >= len(text) {
			return runtime.Value{}, 0, decodeError("Unterminated string starting at", doc, text, begin)
		}
		for _, r := range text[end:next] {
			out = runtime.AppendCodePoint(out, r)
		}
		next++
		if c == '"' {
			return runtime.StrValue(string(out)), next, nil
		}
		if next == len(text) {
			return runtime.Value{}, 0, decodeError("Unterminated string starting at", doc, text, begin)
		}
		c = text[next]
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
				return runtime.Value{}, 0, decodeError("Invalid \\escape", doc, text, end-2)
			}
		} else {
			next++
			end = next + 4
			if end >= len(text) {
				return runtime.Value{}, 0, decodeError("Invalid \\uXXXX escape", doc, text, next-1)
			}
			if c = hex4(text, next); c < 0 {
				return runtime.Value{}, 0, decodeError("Invalid \\uXXXX escape", doc, text, end-5)
			}
			// A high surrogate followed by an escaped low one is a pair.
			if c >= 0xD800 && c <= 0xDBFF && end+6 < len(text) && text[end] == '\\' && text[end+1] == 'u' {
				c2 := hex4(text, end+2)
				if c2 < 0 {
					return runtime.Value{}, 0, decodeError("Invalid \\uXXXX escape", doc, text, end+1)
				}
				if c2 >= 0xDC00 && c2 <= 0xDFFF {
					c = 0x10000 + (c-0xD800)<<10 + (c2 - 0xDC00)
					end += 6
				}
			}
		}
		out = runtime.AppendCodePoint(out, c)
	}
}
