// This file defines the input decoders: expat parses UTF-8 internally, so
// documents in its other built-in encodings (UTF-16, ISO-8859-1,
// US-ASCII) and in single-byte encodings that Python's codecs provide are
// converted to UTF-8 as they arrive. Each decoder also says how many input
// bytes one character took, for CurrentByteIndex.

package pyexpat

import (
	"strings"
	"unicode/utf8"
)

// Decoder kinds.
const (
	encUTF8 = iota
	encLatin1
	encASCII
	encUTF16LE
	encUTF16BE
	encTable // a single-byte map from an unknown-encoding handler
)

// badRune stands for an input byte sequence that has no character in
// the document's encoding; it is not an XML character, so the scanner
// reports "not well-formed (invalid token)" where it appears.
const badRune = 0xFFFF

// decoder converts one document's bytes to UTF-8.
type decoder struct {
	kind    int
	table   *[256]rune
	pending []byte // an incomplete UTF-16 unit or surrogate pair
}

// builtinEncoding maps the encoding names expat knows itself (compared
// without regard to case) to decoder kinds; "UTF-16" picks its byte
// order from a byte order mark.
func builtinEncoding(name string) (int, bool) {
	switch strings.ToUpper(name) {
	case "UTF-8":
		return encUTF8, true
	case "ISO-8859-1":
		return encLatin1, true
	case "US-ASCII":
		return encASCII, true
	case "UTF-16", "UTF-16BE":
		return encUTF16BE, true
	case "UTF-16LE":
		return encUTF16LE, true
	}
	return 0, false
}

// mustConvert reports whether expat converts this encoding to UTF-8, in
// which case character data reaches handlers in pieces of at most
// convertChunk bytes.
func (d *decoder) mustConvert() bool { return d.kind != encUTF8 && d.kind != encASCII }

// convertChunk is expat's INIT_DATA_BUF_SIZE.
const convertChunk = 1024

// width is the number of input bytes character r took.
func (d *decoder) width(r rune, n int) int {
	switch d.kind {
	case encUTF8:
		return n
	case encUTF16LE, encUTF16BE:
		if r >= 0x10000 && r != utf8.RuneError {
			return 4
		}
		return 2
	}
	return 1
}

// decode appends the UTF-8 form of src to dst. A UTF-16 unit split
// across calls is kept until the next call.
func (d *decoder) decode(dst, src []byte) []byte {
	switch d.kind {
	case encUTF8:
		return append(dst, src...)
	case encLatin1:
		for _, b := range src {
			dst = utf8.AppendRune(dst, rune(b))
		}
	case encASCII:
		for _, b := range src {
			if b >= 0x80 {
				dst = utf8.AppendRune(dst, badRune)
			} else {
				dst = append(dst, b)
			}
		}
	case encTable:
		for _, b := range src {
			r := d.table[b]
			if r < 0 {
				r = badRune
			}
			dst = utf8.AppendRune(dst, r)
		}
	default:
		dst = d.decodeUTF16(dst, src)
	}
	return dst
}

func (d *decoder) unit(b []byte) rune {
	if d.kind == encUTF16LE {
		return rune(b[0]) | rune(b[1])<<8
	}
	return rune(b[0])<<8 | rune(b[1])
}

func (d *decoder) decodeUTF16(dst, src []byte) []byte {
	if len(d.pending) > 0 {
		src = append(d.pending, src...)
		d.pending = nil
	}
	i := 0
	for ; i+1 < len(src); i += 2 {
		u := d.unit(src[i:])
		switch {
		case u >= 0xD800 && u < 0xDC00:
			if i+3 >= len(src) {
				d.pending = append([]byte(nil), src[i:]...)
				return dst
			}
			lo := d.unit(src[i+2:])
			if lo < 0xDC00 || lo >= 0xE000 {
				dst = utf8.AppendRune(dst, badRune)
				continue
			}
			dst = utf8.AppendRune(dst, 0x10000+(u-0xD800)<<10+(lo-0xDC00))
			i += 2
		case u >= 0xDC00 && u < 0xE000:
			dst = utf8.AppendRune(dst, badRune)
		default:
			dst = utf8.AppendRune(dst, u)
		}
	}
	if i < len(src) {
		d.pending = append([]byte(nil), src[i:]...)
	}
	return dst
}

// validMap checks a single-byte map as expat's XmlInitUnknownEncoding:
// the ASCII characters that mean something to XML must map to
// themselves, and no other byte may map to one of them.
func validMap(table *[256]rune) bool {
	for i, c := range table {
		if c < 0 {
			continue
		}
		if c > 0xFFFF {
			return false
		}
		if c < 0x80 && xmlSignificant(byte(c)) && int(c) != i {
			return false
		}
		if i < 0x80 && xmlSignificant(byte(i)) && int(c) != i {
			return false
		}
	}
	return true
}

// xmlSignificant reports whether ASCII character c has a role in XML
// syntax (expat's byte types other than BT_OTHER and BT_NONXML).
func xmlSignificant(c byte) bool {
	switch {
	case c == '\t' || c == '\n' || c == '\r':
		return true
	case c < 0x20 || c == 0x7F:
		return false
	}
	return !strings.ContainsRune("$@\\^`{}~", rune(c))
}

// utf16Bytes encodes UTF-8 text back to UTF-16 (the input bytes it was
// decoded from), for a document that switches to an 8-bit encoding.
func utf16Bytes(b []byte, le bool) []byte {
	out := make([]byte, 0, 2*len(b))
	put := func(u rune) {
		if le {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		b = b[n:]
		if r >= 0x10000 {
			r -= 0x10000
			put(0xD800 + r>>10)
			put(0xDC00 + r&0x3FF)
			continue
		}
		put(r)
	}
	return out
}
