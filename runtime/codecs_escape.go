// This file defines the decoders of the unicode_escape and raw_unicode_escape codecs, with
// CPython's error ranges and reasons for malformed escapes, and codecs.escape_decode and
// escape_encode for bytes.
package runtime

import "fmt"

// hexValue returns the value of an ASCII hex digit, or -1.
func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// hexEscape reads count hex digits at b[i:]; on failure it returns the position of the
// first bad or missing digit and ok false.
func hexEscape(b []byte, i, count int) (rune, int, bool) {
	var v uint32
	for ; count > 0; count-- {
		if i >= len(b) {
			return 0, i, false
		}
		h := hexValue(b[i])
		if h < 0 {
			return 0, i, false
		}
		v = v<<4 | uint32(h)
		i++
	}
	if v > 0x10FFFF {
		return -1, i, false
	}
	return rune(v), i, true
}

// simpleEscapes are the one-letter escapes of unicode_escape.
var simpleEscapes = [128]byte{
	'\n': 0xFF, '\\': '\\', '\'': '\'', '"': '"', 'b': '\b', 'f': '\f', 't': '\t',
	'n': '\n', 'r': '\r', 'v': '\v', 'a': '\a',
}

func (d *decoder) unicodeEscape() *CodecError {
	b := d.b
	for i := 0; i < len(b); {
		if b[i] != '\\' {
			d.out = utf8AppendLatin1(d.out, b[i])
			i++
			continue
		}
		start := i
		i++
		if i >= len(b) {
			if d.incomplete(start) {
				return nil
			}
			next, err := d.handle(start, len(b), "\\ at end of string")
			if err != nil {
				return err
			}
			i, b = next, d.b // a Python handler may replace exc.object
			continue
		}
		c := b[i]
		i++
		if c < 0x80 && simpleEscapes[c] != 0 {
			if e := simpleEscapes[c]; e != 0xFF {
				d.out = append(d.out, e)
			}
			continue
		}
		var reason string
		switch {
		case c >= '0' && c <= '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v<<3 | rune(b[i]-'0')
				i++
			}
			if v > 0o377 && d.firstInvalid < 0 {
				d.firstInvalid = i - 3
			}
			d.out = appendCodePoint(d.out, v)
			continue
		case c == 'x' || c == 'u' || c == 'U':
			count, why := 2, "truncated \\xXX escape"
			switch c {
			case 'u':
				count, why = 4, "truncated \\uXXXX escape"
			case 'U':
				count, why = 8, "truncated \\UXXXXXXXX escape"
			}
			v, end, ok := hexEscape(b, i, count)
			if ok {
				d.out = appendCodePoint(d.out, v)
				i = end
				continue
			}
			reason = why
			if v < 0 {
				reason = "illegal Unicode character"
			} else if end == len(b) && d.incomplete(start) {
				return nil
			}
			i = end
		case c == 'N':
			var v rune
			var ok bool
			v, i, ok, reason = d.namedEscape(i)
			if ok {
				d.out = appendCodePoint(d.out, v)
				continue
			}
			if i == len(b) && reason[0] == 'm' && d.incomplete(start) {
				return nil // malformed only because the data ends
			}
		default:
			// An unknown escape stays as it is, with a warning.
			if d.firstInvalid < 0 {
				d.firstInvalid = i - 1
			}
			d.out = append(d.out, '\\')
			d.out = utf8AppendLatin1(d.out, c)
			continue
		}
		next, err := d.handle(start, i, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	return nil
}

// escapeWarning returns the DeprecationWarning message for the first invalid escape.
func (d *decoder) escapeWarning() string {
	if d.firstInvalid < 0 {
		return ""
	}
	c := d.b[d.firstInvalid]
	if c >= '4' && c <= '7' {
		return "invalid octal escape sequence '\\" + string(d.b[d.firstInvalid:d.firstInvalid+3]) + "'"
	}
	return "invalid escape sequence '\\" + string(utf8AppendLatin1(nil, c)) + "'"
}

// namedEscape reads the {NAME} of a \N escape at b[i:]; on failure it returns where the
// error range ends and the reason.
func (d *decoder) namedEscape(i int) (rune, int, bool, string) {
	b := d.b
	const malformed = "malformed \\N character escape"
	if i >= len(b) || b[i] != '{' {
		return 0, i, false, malformed
	}
	j := i + 1
	for j < len(b) && b[j] != '}' {
		j++
	}
	if j >= len(b) {
		return 0, len(b), false, malformed
	}
	if j == i+1 {
		return 0, j, false, malformed
	}
	if c, ok := lookupName(string(b[i+1 : j])); ok {
		return c, j + 1, true, ""
	}
	return 0, j + 1, false, "unknown Unicode character name"
}

// rawUnicodeEscape decodes raw_unicode_escape: only \u and \U escapes after an odd
// number of backslashes are special.
func (d *decoder) rawUnicodeEscape() *CodecError {
	b := d.b
	for i := 0; i < len(b); {
		if b[i] != '\\' {
			d.out = utf8AppendLatin1(d.out, b[i])
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == '\\' {
			j++
		}
		if (j-i)%2 == 1 && j >= len(b) && !d.final {
			d.out = append(d.out, b[i:j-1]...)
			d.incomplete(j - 1)
			return nil
		}
		if (j-i)%2 == 0 || j >= len(b) || b[j] != 'u' && b[j] != 'U' {
			d.out = append(d.out, b[i:j]...)
			i = j
			continue
		}
		d.out = append(d.out, b[i:j-1]...)
		start := j - 1
		count, reason := 4, "truncated \\uXXXX escape"
		if b[j] == 'U' {
			count, reason = 8, "truncated \\UXXXXXXXX escape"
		}
		v, end, ok := hexEscape(b, j+1, count)
		if ok {
			d.out = appendCodePoint(d.out, v)
			i = end
			continue
		}
		if v < 0 {
			reason = "\\Uxxxxxxxx out of range"
		} else if end == len(b) && d.incomplete(start) {
			return nil
		}
		next, err := d.handle(start, end, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	return nil
}

// utf8AppendLatin1 appends the code point of the Latin-1 byte c.
func utf8AppendLatin1(b []byte, c byte) []byte {
	if c < 0x80 {
		return append(b, c)
	}
	return append(b, 0xC0|c>>6, 0x80|c&0x3F)
}

// BytesEscapeDecode is codecs.escape_decode(data, errors), the bytes literal escapes that
// pickle's protocol 0 uses: \x escapes, octal escapes (truncated to a byte), the one-letter
// escapes, and any other escape kept as it is. It also returns the DeprecationWarning
// message for the first invalid escape, or "".
func BytesEscapeDecode(b []byte, errors string) ([]byte, string, *pyErr) {
	out := make([]byte, 0, len(b))
	first := -1
	for i := 0; i < len(b); {
		if b[i] != '\\' {
			out = append(out, b[i])
			i++
			continue
		}
		start := i
		i++
		if i >= len(b) {
			return nil, "", &pyErr{"ValueError", "Trailing \\ in string"}
		}
		c := b[i]
		i++
		switch {
		case c < 0x80 && simpleEscapes[c] != 0:
			if e := simpleEscapes[c]; e != 0xFF {
				out = append(out, e)
			}
		case c >= '0' && c <= '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v<<3 | int(b[i]-'0')
				i++
			}
			if v > 0o377 && first < 0 {
				first = i - 3
			}
			out = append(out, byte(v))
		case c == 'x':
			if i+1 < len(b) && hexValue(b[i]) >= 0 && hexValue(b[i+1]) >= 0 {
				out = append(out, byte(hexValue(b[i])<<4|hexValue(b[i+1])))
				i += 2
				continue
			}
			switch errors {
			case "strict":
				return nil, "", &pyErr{"ValueError", fmt.Sprintf("invalid \\x escape at position %d", start)}
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, "", &pyErr{"ValueError", "decoding error; unknown error handling code: " + errors}
			}
			if i < len(b) && hexValue(b[i]) >= 0 {
				i++
			}
		default:
			if first < 0 {
				first = i - 1
			}
			out = append(out, '\\', c)
		}
	}
	warning := ""
	if first >= 0 {
		d := decoder{b: b, firstInvalid: first}
		warning = d.escapeWarning()
	}
	return out, warning, nil
}

// BytesEscapeEncode is codecs.escape_encode(data): repr of bytes without the quotes, with
// ' escaped.
func BytesEscapeEncode(b []byte) []byte {
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(b)+len(b)/4)
	for _, c := range b {
		switch {
		case c == '\'' || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			out = append(out, '\\', 'x', hex[c>>4], hex[c&15])
		default:
			out = append(out, c)
		}
	}
	return out
}
