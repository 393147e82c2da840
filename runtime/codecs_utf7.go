// This file defines the UTF-7 codec (RFC 2152) as CPython 3.11 implements
// it: the encoder writes Set D, Set O and white space directly and
// everything else as base64 UTF-16 in +...- sections; the decoder reports
// CPython's errors ("unexpected special character", "partial character in
// shift sequence", ...) with the "utf7" codec name.

package runtime

const utf7Base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// utf7Category classifies ASCII for the encoder: 0 Set D, 1 Set O,
// 2 white space, 3 special (encoded in base64).
func utf7Category(c rune) int {
	switch {
	case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		return 0
	}
	switch c {
	case '\'', '(', ')', ',', '-', '.', '/', ':', '?':
		return 0
	case '!', '"', '#', '$', '%', '&', '*', ';', '<', '=', '>', '@', '[', ']', '^', '_', '`', '{', '|', '}':
		return 1
	case ' ', '\t', '\r', '\n':
		return 2
	}
	return 3
}

func utf7EncodeDirect(c rune) bool { return c > 0 && c < 128 && utf7Category(c) != 3 }

func utf7IsBase64(c rune) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

func utf7FromBase64(c byte) uint64 {
	switch {
	case c >= 'A' && c <= 'Z':
		return uint64(c - 'A')
	case c >= 'a' && c <= 'z':
		return uint64(c-'a') + 26
	case c >= '0' && c <= '9':
		return uint64(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

// encodeUTF7 never fails: every code point, lone surrogates included,
// has a UTF-16 form.
func encodeUTF7(s string) []byte {
	out := make([]byte, 0, len(s)+8)
	inShift := false
	var bits uint
	var buf uint64
	push := func(u rune) {
		bits += 16
		buf = buf<<16 | uint64(u)
		for bits >= 6 {
			out = append(out, utf7Base64[(buf>>(bits-6))&63])
			bits -= 6
		}
		buf &= 1<<bits - 1
	}
	encodeChar := func(c rune) {
		if c >= 0x10000 {
			c -= 0x10000
			push(0xD800 + c>>10)
			c = 0xDC00 + c&0x3FF
		}
		push(c)
	}
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		switch {
		case inShift && utf7EncodeDirect(c):
			if bits > 0 {
				out = append(out, utf7Base64[(buf<<(6-bits))&63])
				buf, bits = 0, 0
			}
			inShift = false
			if utf7IsBase64(c) || c == '-' {
				out = append(out, '-')
			}
			out = append(out, byte(c))
		case inShift:
			encodeChar(c)
		case c == '+':
			out = append(out, '+', '-')
		case utf7EncodeDirect(c):
			out = append(out, byte(c))
		default:
			out = append(out, '+')
			inShift = true
			encodeChar(c)
		}
	}
	if bits > 0 {
		out = append(out, utf7Base64[(buf<<(6-bits))&63])
	}
	if inShift {
		out = append(out, '-')
	}
	return out
}

// utf7 decodes d.b as CPython's PyUnicode_DecodeUTF7Stateful.
func (d *decoder) utf7() *CodecError {
	b := d.b
	inShift := false
	var bits uint
	var buf uint64
	var surrogate rune
	startIn, shiftOut := 0, 0 // where the shift began in the input and in d.out
	for i := 0; i < len(b); {
		c := rune(b[i])
		var reason string
		switch {
		case inShift && utf7IsBase64(c):
			buf = buf<<6 | utf7FromBase64(b[i])
			bits += 6
			i++
			if bits < 16 {
				continue
			}
			out := rune(buf>>(bits-16)) & 0xFFFF
			bits -= 16
			buf &= 1<<bits - 1
			if surrogate != 0 {
				if out >= 0xDC00 && out <= 0xDFFF {
					d.out = appendCodePoint(d.out, 0x10000+(surrogate-0xD800)<<10+(out-0xDC00))
					surrogate = 0
					continue
				}
				d.out = appendCodePoint(d.out, surrogate)
				surrogate = 0
			}
			if out >= 0xD800 && out <= 0xDBFF {
				surrogate = out
			} else {
				d.out = appendCodePoint(d.out, out)
			}
			continue
		case inShift:
			inShift = false
			if bits >= 6 {
				i++
				reason = "partial character in shift sequence"
			} else if bits > 0 && buf != 0 {
				i++
				reason = "non-zero padding bits in shift sequence"
			} else {
				if surrogate != 0 && c < 0x80 && c != '+' {
					d.out = appendCodePoint(d.out, surrogate)
				}
				surrogate = 0
				if c == '-' {
					i++ // the '-' ending a shift is absorbed
				}
				continue
			}
		case c == '+':
			startIn = i
			i++
			if i < len(b) && b[i] == '-' {
				i++
				d.out = append(d.out, '+')
				continue
			}
			if i < len(b) && !utf7IsBase64(rune(b[i])) {
				i++
				reason = "ill-formed sequence"
				break
			}
			inShift, surrogate, shiftOut, bits, buf = true, 0, len(d.out), 0, 0
			continue
		case c < 0x80:
			d.out = append(d.out, byte(c))
			i++
			continue
		default:
			startIn = i
			i++
			reason = "unexpected special character"
		}
		next, err := d.handle(startIn, i, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	if inShift && d.final {
		if surrogate != 0 || bits >= 6 || bits > 0 && buf != 0 {
			// The standard handlers resume at the end; CPython would
			// decode again from an earlier position a custom one returns.
			if _, err := d.handle(startIn, len(b), "unterminated shift sequence"); err != nil {
				return err
			}
		}
	} else if inShift {
		d.consumed = startIn
		d.out = d.out[:shiftOut]
	}
	return nil
}
