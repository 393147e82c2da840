// This file defines Python's repr of the constant values an AST holds (str,
// bytes, float, complex), exactly as CPython 3.11 writes them, for Dump.

package syntax

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReprStr returns Python's repr of a str held as WTF-8 (lone surrogates
// encoded like other code points): the quote is ' unless the text contains '
// and no ", and non-printable code points are escaped as \xhh, \uhhhh or
// \Uhhhhhhhh.
func ReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		writeStrChar(&b, r, quote, s[i:i+n])
		i += n
	}
	b.WriteByte(quote)
	return b.String()
}

// decodeWTF8 decodes one code point, accepting encoded surrogates; a byte
// that starts no valid sequence decodes as the surrogate U+DC80+byte, as
// Python's surrogateescape would have produced it.
func decodeWTF8(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError || n > 1 {
		return r, n
	}
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return 0xDC00 | rune(s[0]), 1
}

const hexDigits = "0123456789abcdef"

func writeStrChar(b *strings.Builder, r rune, quote byte, raw string) {
	switch {
	case r == rune(quote) || r == '\\':
		b.WriteByte('\\')
		b.WriteByte(byte(r))
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < ' ' || r == 0x7f:
		writeHex(b, 'x', uint32(r), 2)
	case r < 0x7f:
		b.WriteByte(byte(r))
	case IsPrintable(r):
		b.WriteString(raw)
	case r <= 0xff:
		writeHex(b, 'x', uint32(r), 2)
	case r <= 0xffff:
		writeHex(b, 'u', uint32(r), 4)
	default:
		writeHex(b, 'U', uint32(r), 8)
	}
}

func writeHex(b *strings.Builder, kind byte, v uint32, digits int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b.WriteByte(hexDigits[v>>uint(shift)&0xf])
	}
}

// IsPrintable reports whether str.isprintable() is true for the code point in
// CPython 3.11 (Unicode 14.0): every category but Cc, Cf, Cs, Co, Cn, Zl, Zp
// and Zs other than the space. Go's unicode.IsPrint has the same definition
// but a newer Unicode version, so the code points assigned since 14.0 are
// excluded here.
func IsPrintable(r rune) bool {
	if !unicode.IsPrint(r) {
		return false
	}
	if r < 0xCF3 {
		return true
	}
	return !unicode.Is(newSince14, r)
}

// newSince14 lists the code points that Go's unicode.IsPrint accepts but
// python3.11's str.isprintable rejects (assigned after Unicode 14.0).
// TestIsPrintable checks it against python3.11 over all code points.
var newSince14 = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x0CF3, 0x0CF3, 1}, {0x0ECE, 0x0ECE, 1},
	},
	R32: []unicode.Range32{
		{0x10EFD, 0x10EFF, 1}, {0x1123F, 0x11241, 1}, {0x11B00, 0x11B09, 1},
		{0x11F00, 0x11F10, 1}, {0x11F12, 0x11F3A, 1}, {0x11F3E, 0x11F59, 1},
		{0x1342F, 0x1342F, 1}, {0x13440, 0x13455, 1}, {0x1B132, 0x1B132, 1},
		{0x1B155, 0x1B155, 1}, {0x1D2C0, 0x1D2D3, 1}, {0x1DF25, 0x1DF2A, 1},
		{0x1E030, 0x1E06D, 1}, {0x1E08F, 0x1E08F, 1}, {0x1E4D0, 0x1E4F9, 1},
		{0x1F6DC, 0x1F6DC, 1}, {0x1F774, 0x1F776, 1}, {0x1F77B, 0x1F77F, 1},
		{0x1F7D9, 0x1F7D9, 1}, {0x1FA75, 0x1FA77, 1}, {0x1FA87, 0x1FA88, 1},
		{0x1FAAD, 0x1FAAF, 1}, {0x1FABB, 0x1FABD, 1}, {0x1FABF, 0x1FABF, 1},
		{0x1FACE, 0x1FACF, 1}, {0x1FADA, 0x1FADB, 1}, {0x1FAE8, 0x1FAE8, 1},
		{0x1FAF7, 0x1FAF8, 1}, {0x2B739, 0x2B739, 1}, {0x31350, 0x323AF, 1},
	},
}

// ReprBytes returns Python's repr of a bytes value: b'...' with the same
// quote choice as str and \xhh for bytes outside printable ASCII.
func ReprBytes(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHex(&b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// ReprFloat returns Python's repr of a float: the shortest digits that round
// trip, in positional notation when the decimal exponent is in [-4, 16) and
// as d.ddde±XX otherwise, with ".0" added to integral positional values.
func ReprFloat(f float64) string { return formatFloatRepr(f, true) }

func formatFloatRepr(f float64, addDot0 bool) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	sign := ""
	if e[0] == '-' {
		sign, e = "-", e[1:]
	}
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1 // digits are 0.DDDD × 10^decpt
	if decpt <= -4 || decpt > 16 {
		return sign + mant + "e" + expStr
	}
	var s string
	switch {
	case decpt <= 0:
		s = "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		s = digits + strings.Repeat("0", decpt-len(digits))
		if addDot0 {
			s += ".0"
		}
	default:
		s = digits[:decpt] + "." + digits[decpt:]
	}
	return sign + s
}

// ReprComplex returns Python's repr of a complex: "1.5j" when the real part
// is +0, "(re+imj)" otherwise, with float parts written without ".0".
func ReprComplex(c complex128) string {
	re, im := real(c), imag(c)
	ims := formatFloatRepr(im, false)
	if re == 0 && !math.Signbit(re) {
		return ims + "j"
	}
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + formatFloatRepr(re, false) + ims + "j)"
}
