// This file defines Encode, str.encode for the codecs of codecs.go: each codec encodes
// what it can, and a run of characters it cannot encode goes to the error handler.
package runtime

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Encode is str.encode(encoding, errors) for the codecs of this file (see KnownEncoding).
func Encode(s, encoding, errors string) ([]byte, *CodecError) {
	id, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	switch id {
	case codecUnicodeEscape:
		return encodeUnicodeEscape(s, false), nil
	case codecUTF7:
		return encodeUTF7(s), nil
	case codecRawUnicodeEscape:
		return encodeUnicodeEscape(s, true), nil
	case codecUTF8:
		if !hasSurrogate(s) {
			return []byte(s), nil
		}
	case codecASCII:
		if StrIsASCII(s) {
			return []byte(s), nil
		}
	}
	e := encoder{id: id, s: s, errors: errors, out: make([]byte, 0, len(s)+4)}
	out, err := e.run()
	return out, wrapCodecError(err, encoding, "encoding")
}

// hasSurrogate reports whether the WTF-8 string s holds a surrogate code point.
func hasSurrogate(s string) bool {
	for i := strings.IndexByte(s, 0xED); i >= 0 && i+1 < len(s); {
		if s[i+1] >= 0xA0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xED)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

func isSurrogate(c rune) bool { return c >= 0xD800 && c <= 0xDFFF }

// encoder is the state of one Encode call.
type encoder struct {
	id     codecID
	s      string
	errors string
	out    []byte
	cmap   map[rune]byte // the encoding map of CharmapEncode; nil for cp1252
	custom ErrorHandler  // a Python error handler, for EncodeWith
}

// charmap returns the byte of c in a charmap codec.
func (e *encoder) charmap(c rune) (byte, bool) {
	if e.cmap == nil {
		return cp1252Encode(c)
	}
	b, ok := e.cmap[c]
	return b, ok
}

// put appends c in the codec's encoding, or reports that the codec cannot encode it.
func (e *encoder) put(c rune) bool {
	switch e.id {
	case codecUTF8:
		if isSurrogate(c) {
			return false
		}
		e.out = utf8.AppendRune(e.out, c)
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		if isSurrogate(c) {
			return false
		}
		if c >= 0x10000 {
			c -= 0x10000
			e.putUnit16(0xD800 | c>>10)
			c = 0xDC00 | c&0x3FF
		}
		e.putUnit16(c)
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		if isSurrogate(c) {
			return false
		}
		e.putUnit32(c)
	case codecASCII:
		if c >= 0x80 {
			return false
		}
		e.out = append(e.out, byte(c))
	case codecLatin1:
		if c >= 0x100 {
			return false
		}
		e.out = append(e.out, byte(c))
	case codecCP1252:
		b, ok := e.charmap(c)
		if !ok {
			return false
		}
		e.out = append(e.out, b)
	}
	return true
}

func (e *encoder) putUnit16(u rune) {
	if e.id == codecUTF16BE {
		e.out = append(e.out, byte(u>>8), byte(u))
	} else {
		e.out = append(e.out, byte(u), byte(u>>8))
	}
}

func (e *encoder) putUnit32(u rune) {
	if e.id == codecUTF32BE {
		e.out = append(e.out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
	} else {
		e.out = append(e.out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
}

// putASCII appends an ASCII replacement, reporting whether the codec could encode it
// (every codec can but a charmap without some ASCII character).
func (e *encoder) putASCII(r string) bool {
	for i := 0; i < len(r); i++ {
		if !e.put(rune(r[i])) {
			return false
		}
	}
	return true
}

func (e *encoder) reason() string {
	switch e.id {
	case codecASCII:
		return "ordinal not in range(128)"
	case codecLatin1:
		return "ordinal not in range(256)"
	case codecCP1252:
		return "character maps to <undefined>"
	}
	return "surrogates not allowed"
}

// perChar reports whether the codec reports unencodable characters one at a time, as
// CPython's UTF-16 and UTF-32 encoders do; the others report runs.
func (e *encoder) perChar() bool {
	return e.id >= codecUTF16 && e.id <= codecUTF32BE
}

func (e *encoder) fail(start, end int) *CodecError {
	return &CodecError{Kind: "UnicodeEncodeError", Encoding: codecNames[e.id], Str: e.s,
		Start: start, End: end, Reason: e.reason()}
}

func (e *encoder) run() ([]byte, *CodecError) {
	switch e.id {
	case codecUTF16:
		e.out = append(e.out, 0xFF, 0xFE)
	case codecUTF32:
		e.out = append(e.out, 0xFF, 0xFE, 0, 0)
	}
	s := e.s
	pos := 0 // code point index of s[i]
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		if e.put(c) {
			i += size
			pos++
			continue
		}
		// Collect the run of characters the codec cannot encode.
		j, end := i+size, pos+1
		for !e.perChar() && j < len(s) {
			c2, size2 := decodeCodePoint(s, j)
			if e.canEncode(c2) {
				break
			}
			j += size2
			end++
		}
		if e.custom != nil && !builtinHandler(e.errors) {
			next, err := e.callCustom(pos, end)
			if err != nil {
				return nil, err
			}
			i, pos = cpOffset(s, next), next
			continue
		}
		if err := e.handle(s[i:j], pos, end); err != nil {
			return nil, err
		}
		i, pos = j, end
	}
	return e.out, nil
}

// callCustom calls a Python error handler for the code points start..end and appends its
// replacement: bytes as they are (whole code units for UTF-16 and UTF-32), a str encoded
// by the codec, which for the UTF codecs must be ASCII. It returns where to resume.
func (e *encoder) callCustom(start, end int) (int, *CodecError) {
	exc := e.fail(start, end)
	rep, isBytes, next, err := e.custom(exc)
	if err != nil {
		return 0, err
	}
	n := StrLen(e.s)
	if next < 0 {
		next += n
	}
	if next < 0 || next > n {
		return 0, &CodecError{Kind: "IndexError", Msg: fmt.Sprintf("position %d from error handler out of bounds", next)}
	}
	utf := e.id <= codecUTF32BE
	if isBytes {
		unit := 4
		if e.id <= codecUTF16BE {
			unit = 2
		}
		if e.id >= codecUTF16 && e.id <= codecUTF32BE && len(rep)%unit != 0 {
			return 0, exc
		}
		e.out = append(e.out, rep...)
		return next, nil
	}
	if utf && !StrIsASCII(rep) {
		return 0, exc
	}
	for i := 0; i < len(rep); {
		c, size := decodeCodePoint(rep, i)
		if !e.put(c) {
			return 0, exc
		}
		i += size
	}
	return next, nil
}

// ErrorHandler is an error handler registered from Python with codecs.register_error,
// called by EncodeWith and DecodeWith for a handler name they do not know. It gets the
// exception the strict handler would raise (its Start and End say what failed) and returns
// the replacement, as bytes (isBytes, encoding only) or as a str, and the position to
// resume at (code points when encoding, bytes when decoding; negative counts from the
// end), or the exception it raises.
type ErrorHandler func(exc *CodecError) (rep string, isBytes bool, newpos int, err *CodecError)

// builtinHandler reports whether the error handler name is one this file implements.
func builtinHandler(name string) bool {
	switch name {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
		"namereplace", "surrogateescape", "surrogatepass":
		return true
	}
	return false
}

// EncodeWith is Encode with a Python error handler for names other than the built-in ones
// (nil h makes an unknown name a LookupError, as in Encode).
func EncodeWith(s, encoding, errors string, h ErrorHandler) ([]byte, *CodecError) {
	if h == nil || builtinHandler(errors) {
		return Encode(s, encoding, errors)
	}
	id, err := lookupCodec(encoding)
	if err != nil {
		return nil, err
	}
	if id == codecUnicodeEscape || id == codecRawUnicodeEscape {
		return Encode(s, encoding, errors)
	}
	e := encoder{id: id, s: s, errors: errors, out: make([]byte, 0, len(s)+4), custom: h}
	out, err := e.run()
	return out, wrapCodecError(err, encoding, "encoding")
}

// canEncode reports whether put would succeed for c, without writing.
func (e *encoder) canEncode(c rune) bool {
	switch e.id {
	case codecASCII:
		return c < 0x80
	case codecLatin1:
		return c < 0x100
	case codecCP1252:
		_, ok := e.charmap(c)
		return ok
	}
	return !isSurrogate(c)
}

// handle applies the error handler to the unencodable run (code points start..end).
func (e *encoder) handle(run string, start, end int) *CodecError {
	switch e.errors {
	case "strict":
		return e.fail(start, end)
	case "ignore":
	case "replace":
		for range end - start {
			if !e.put('?') {
				return e.fail(start, end)
			}
		}
	case "backslashreplace", "xmlcharrefreplace", "namereplace":
		for i := 0; i < len(run); {
			c, size := decodeCodePoint(run, i)
			i += size
			var rep string
			switch e.errors {
			case "backslashreplace":
				rep = backslashEscape(c)
			case "xmlcharrefreplace":
				rep = fmt.Sprintf("&#%d;", c)
			default:
				if name, ok := unicodeName(c); ok {
					rep = `\N{` + name + "}"
				} else {
					rep = backslashEscape(c)
				}
			}
			if !e.putASCII(rep) {
				return e.fail(start, end)
			}
		}
	case "surrogateescape":
		if e.perChar() {
			return e.fail(start, end)
		}
		pos := start
		for i := 0; i < len(run); pos++ {
			c, size := decodeCodePoint(run, i)
			if c < 0xDC80 || c > 0xDCFF {
				// CPython's utf-8, ascii and latin-1 encoders escape what they can
				// first; the charmap codec fails on the whole run.
				if e.id == codecCP1252 {
					return e.fail(start, end)
				}
				return e.fail(pos, end)
			}
			e.out = append(e.out, byte(c-0xDC00))
			i += size
		}
	case "surrogatepass":
		return e.surrogatePass(run, start, end)
	default:
		return unknownHandler(e.errors)
	}
	return nil
}

// surrogatePass encodes surrogates as if they were characters, for the UTF codecs only.
func (e *encoder) surrogatePass(run string, start, end int) *CodecError {
	if e.id > codecUTF32BE {
		return e.fail(start, end)
	}
	for i := 0; i < len(run); {
		c, size := decodeCodePoint(run, i)
		i += size
		switch {
		case !isSurrogate(c):
			return e.fail(start, end)
		case e.id == codecUTF8:
			e.out = appendCodePoint(e.out, c)
		case e.id <= codecUTF16BE:
			e.putUnit16(c)
		default:
			e.putUnit32(c)
		}
	}
	return nil
}

// backslashEscape returns \xNN, \uNNNN or \UNNNNNNNN for c.
func backslashEscape(c rune) string {
	switch {
	case c <= 0xFF:
		return fmt.Sprintf("\\x%02x", c)
	case c <= 0xFFFF:
		return fmt.Sprintf("\\u%04x", c)
	}
	return fmt.Sprintf("\\U%08x", c)
}

// encodeUnicodeEscape is the unicode_escape codec's encoder, or raw_unicode_escape's,
// which keeps Latin-1 characters (and backslashes) as they are.
func encodeUnicodeEscape(s string, raw bool) []byte {
	out := make([]byte, 0, len(s)+len(s)/4)
	const hex = "0123456789abcdef"
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		switch {
		case raw && c < 0x100:
			out = append(out, byte(c))
		case !raw && c == '\\':
			out = append(out, '\\', '\\')
		case !raw && c == '\t':
			out = append(out, '\\', 't')
		case !raw && c == '\n':
			out = append(out, '\\', 'n')
		case !raw && c == '\r':
			out = append(out, '\\', 'r')
		case !raw && c >= ' ' && c < 0x7F:
			out = append(out, byte(c))
		case c < 0x100:
			out = append(out, '\\', 'x', hex[c>>4], hex[c&15])
		case c < 0x10000:
			out = append(out, '\\', 'u', hex[c>>12], hex[c>>8&15], hex[c>>4&15], hex[c&15])
		default:
			out = append(out, '\\', 'U', '0', '0', hex[c>>20&15], hex[c>>16&15], hex[c>>12&15], hex[c>>8&15], hex[c>>4&15], hex[c&15])
		}
	}
	return out
}

// cp1252High maps the bytes 0x80..0x9F of cp1252 to code points; 0 marks the five
// undefined bytes. The other bytes map to the code point of the same value.
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// cp1252Encode returns the cp1252 byte of c.
func cp1252Encode(c rune) (byte, bool) {
	if c < 0x80 || c >= 0xA0 && c <= 0xFF {
		return byte(c), true
	}
	for i, r := range cp1252High {
		if r == c && r != 0 {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

// CharmapBuild is codecs.charmap_build: the encoding map of a decoding table of 256
// characters, without the undefined bytes (U+FFFE); a later byte wins when a character
// repeats, as in CPython's EncodingMap.
// For a table of another length CPython returns a dict {char: index}, which encodes the
// same way; entries past index 255 are left out here.
func CharmapBuild(table string) map[rune]byte {
	m := make(map[rune]byte, 256)
	for i, k := 0, 0; i < len(table) && k < 256; k++ {
		c, size := decodeCodePoint(table, i)
		if c != 0xFFFE { // U+FFFE marks an undefined byte
			m[c] = byte(k)
		}
		i += size
	}
	return m
}

// CharmapEncode is _codecs.charmap_encode(str, errors, mapping) for an encoding map made
// by CharmapBuild, the path of the single-byte codecs of Lib/encodings (cp437, koi8_r...).
func CharmapEncode(s, errors string, m map[rune]byte) ([]byte, *CodecError) {
	e := encoder{id: codecCP1252, s: s, errors: errors, out: make([]byte, 0, len(s)), cmap: m}
	return e.run()
}
