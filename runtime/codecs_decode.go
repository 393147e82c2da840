// This file defines Decode, bytes.decode for the codecs of codecs.go: each decoder finds
// the malformed byte ranges CPython's decoders find, with the same reasons, and hands them
// to the error handler.
package runtime

import (
	"fmt"
	"unicode/utf8"
)

// Decode is bytes.decode(encoding, errors) for the codecs of this file (see
// KnownEncoding). The result is a str in WTF-8.
func Decode(b []byte, encoding, errors string) (string, *CodecError) {
	s, _, err := DecodeWarn(b, encoding, errors)
	return s, err
}

// DecodeWarn is Decode that also returns the DeprecationWarning message CPython issues
// for the first invalid escape of unicode_escape ("invalid escape sequence '\q'" or
// "invalid octal escape sequence '\777'"), or "". The vm warns with it; when warnings are
// errors, CPython reports "decoding with 'unicode_escape' codec failed
// (DeprecationWarning: ...)".
func DecodeWarn(b []byte, encoding, errors string) (string, string, *CodecError) {
	if len(b) == 0 {
		return "", "", nil // CPython answers before looking the codec up
	}
	id, err := lookupCodec(encoding)
	if err != nil {
		return "", "", err
	}
	d := decoder{id: id, b: b, errors: errors, name: codecNames[id], firstInvalid: -1, final: true}
	if id == codecUTF8 && utf8.Valid(b) {
		return string(b), "", nil
	}
	if err := d.run(); err != nil {
		return "", "", wrapCodecError(err, encoding, "decoding")
	}
	return string(d.out), d.escapeWarning(), nil
}

// DecodeStateful is the _codecs module's <codec>_decode(data, errors, final) for the
// codecs here: like Decode, but when final is false a sequence cut off at the end of data
// is left for the next call, and consumed says how many bytes were used. Errors are not
// wrapped (the _codecs functions report them as they are).
func DecodeStateful(b []byte, encoding, errors string, final bool) (string, int, *CodecError) {
	id, err := lookupCodec(encoding)
	if err != nil {
		return "", 0, err
	}
	d := decoder{id: id, b: b, errors: errors, name: codecNames[id], firstInvalid: -1, final: final}
	if err := d.run(); err != nil {
		return "", 0, err
	}
	return string(d.out), d.consumed, nil
}

// DecodeUTFEx is _codecs.utf_16_ex_decode (width 16) or utf_32_ex_decode (width 32):
// byteorder 0 detects and skips a BOM, -1 and 1 force little- and big-endian; it returns
// the text, the bytes consumed and the byte order found (0 when none was detected).
func DecodeUTFEx(b []byte, width int, errors string, byteorder int, final bool) (string, int, int, *CodecError) {
	id := codecUTF16
	if width == 32 {
		id = codecUTF32
	}
	d := decoder{id: id, b: b, errors: errors, name: codecNames[id], firstInvalid: -1, final: final, order: byteorder}
	if err := d.run(); err != nil {
		return "", 0, 0, err
	}
	return string(d.out), d.consumed, d.order, nil
}

// run decodes d.b into d.out.
func (d *decoder) run() *CodecError {
	d.consumed = len(d.b)
	d.out = make([]byte, 0, len(d.b)+len(d.b)/4)
	switch d.id {
	case codecUTF8:
		return d.utf8()
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		return d.utf16()
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		return d.utf32()
	case codecUnicodeEscape:
		return d.unicodeEscape()
	case codecRawUnicodeEscape:
		return d.rawUnicodeEscape()
	case codecUTF7:
		return d.utf7()
	}
	return d.singleByte()
}

// decoder is the state of one Decode call.
type decoder struct {
	id        codecID
	name      string // the codec name in errors: utf-16 reports its byte order
	b         []byte
	errors    string
	out       []byte
	bigEndian bool
	// firstInvalid is the position of the first invalid escape of unicode_escape
	// (just after its backslash), or -1.
	firstInvalid int
	// final is false for an incremental decoder's chunk: a sequence cut off by the end of
	// the data is left unconsumed, and consumed says where decoding stopped.
	final    bool
	consumed int
	// custom is a Python error handler, for DecodeWith.
	custom ErrorHandler
	// table is the decoding table of CharmapDecode, nil for the built-in codecs.
	table []rune
	// order is the byte order of utf_16_ex_decode/utf_32_ex_decode: 0 detects a BOM,
	// -1 is little-endian, 1 big-endian; after decoding, the order found (0 if none).
	order int
}

// incomplete stops a non-final decode before the sequence at i, reporting whether it did.
func (d *decoder) incomplete(i int) bool {
	if d.final {
		return false
	}
	d.consumed = i
	return true
}

func (d *decoder) fail(start, end int, reason string) *CodecError {
	return &CodecError{Kind: "UnicodeDecodeError", Encoding: d.name, Bytes: d.b,
		Start: start, End: end, Reason: reason}
}

// handle applies the error handler to the malformed bytes b[start:end] and returns where
// decoding resumes.
func (d *decoder) handle(start, end int, reason string) (int, *CodecError) {
	switch d.errors {
	case "strict":
		return 0, d.fail(start, end, reason)
	case "ignore":
		return end, nil
	case "replace":
		d.out = append(d.out, "\uFFFD"...)
		return end, nil
	case "backslashreplace":
		for _, c := range d.b[start:end] {
			d.out = fmt.Appendf(d.out, "\\x%02x", c)
		}
		return end, nil
	case "surrogateescape":
		// Up to four bytes from start, stopping at the first ASCII byte.
		i := start
		for ; i < end && i < start+4 && d.b[i] >= 0x80; i++ {
			d.out = appendCodePoint(d.out, 0xDC00+rune(d.b[i]))
		}
		if i == start {
			return 0, d.fail(start, end, reason)
		}
		return i, nil
	case "surrogatepass":
		if c, n := d.surrogateAt(start); n > 0 {
			d.out = appendCodePoint(d.out, c)
			return start + n, nil
		}
		return 0, d.fail(start, end, reason)
	case "xmlcharrefreplace", "namereplace":
		return 0, &CodecError{Kind: "TypeError", Msg: "don't know how to handle UnicodeDecodeError in error callback"}
	}
	if d.custom != nil {
		return d.callCustom(start, end, reason)
	}
	return 0, unknownHandler(d.errors)
}

// callCustom calls a Python error handler for the bytes start..end, appends its str
// replacement and returns where to resume.
func (d *decoder) callCustom(start, end int, reason string) (int, *CodecError) {
	exc := d.fail(start, end, reason)
	rep, _, next, err := d.custom(exc)
	if err != nil {
		return 0, err
	}
	// The handler may have set exc.object: decoding goes on in the new
	// bytes, as CPython's unicode_decode_call_errorhandler_writer does.
	d.b = exc.Bytes
	if next < 0 {
		next += len(d.b)
	}
	if next < 0 || next > len(d.b) {
		return 0, &CodecError{Kind: "IndexError", Msg: fmt.Sprintf("position %d from error handler out of bounds", next)}
	}
	d.out = append(d.out, rep...)
	return next, nil
}

// DecodeWith is Decode with a Python error handler for names other than the built-in ones
// (nil h makes an unknown name a LookupError, as in Decode).
func DecodeWith(b []byte, encoding, errors string, h ErrorHandler) (string, *CodecError) {
	s, _, err := decodeWithWarn(b, encoding, errors, h)
	return s, err
}

// decodeWithWarn is DecodeWith that also returns unicode_escape's warning, as DecodeWarn.
func decodeWithWarn(b []byte, encoding, errors string, h ErrorHandler) (string, string, *CodecError) {
	if h == nil || builtinHandler(errors) || len(b) == 0 {
		return DecodeWarn(b, encoding, errors)
	}
	id, err := lookupCodec(encoding)
	if err != nil {
		return "", "", err
	}
	d := decoder{id: id, b: b, errors: errors, name: codecNames[id], firstInvalid: -1, final: true, custom: h}
	if err := d.run(); err != nil {
		return "", "", wrapCodecError(err, encoding, "decoding")
	}
	return string(d.out), d.escapeWarning(), nil
}

// surrogateAt decodes an encoded surrogate at b[i:] for the surrogatepass handler of the
// UTF codecs, returning its length, or 0.
func (d *decoder) surrogateAt(i int) (rune, int) {
	b := d.b[i:]
	var c rune
	var n int
	switch {
	case d.id == codecUTF8:
		if len(b) < 3 || b[0]&0xF0 != 0xE0 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80 {
			return 0, 0
		}
		c, n = rune(b[0]&0x0F)<<12|rune(b[1]&0x3F)<<6|rune(b[2]&0x3F), 3
	case d.id >= codecUTF16 && d.id <= codecUTF16BE:
		if len(b) < 2 {
			return 0, 0
		}
		c, n = d.unit16(b), 2
	case d.id >= codecUTF32 && d.id <= codecUTF32BE:
		if len(b) < 4 {
			return 0, 0
		}
		c, n = d.unit32(b), 4
	default:
		return 0, 0
	}
	if !isSurrogate(c) {
		return 0, 0
	}
	return c, n
}

// utf8 decodes UTF-8 as CPython's decoder does, reporting "invalid start byte",
// "invalid continuation byte" over the valid prefix of a sequence, or "unexpected end of
// data" over a valid but truncated last sequence.
func (d *decoder) utf8() *CodecError {
	b := d.b
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			d.out = append(d.out, c)
			i++
			continue
		}
		n, lo, hi := utf8Shape(c)
		if n == 0 {
			next, err := d.handle(i, i+1, "invalid start byte")
			if err != nil {
				return err
			}
			i, b = next, d.b // a Python handler may replace exc.object
			continue
		}
		k := 1
		for ; k < n && i+k < len(b); k++ {
			cb := b[i+k]
			if k == 1 && (cb < lo || cb > hi) || k > 1 && cb&0xC0 != 0x80 {
				break
			}
		}
		// A cut-off sequence waits for more data; so does an encoded surrogate's start,
		// which surrogatepass may accept once complete.
		if i+k == len(b) && k < n || c == 0xED && k == 1 && i+2 == len(b) && b[i+1] >= 0xA0 {
			if d.incomplete(i) {
				return nil
			}
		}
		if k == n {
			d.out = append(d.out, b[i:i+n]...)
			i += n
			continue
		}
		end, reason := i+k, "invalid continuation byte"
		if i+k == len(b) {
			end, reason = len(b), "unexpected end of data"
		}
		next, err := d.handle(i, end, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	return nil
}

// utf8Shape returns the length of the sequence a lead byte starts, and the range its
// second byte must be in (which excludes overlong forms, surrogates and values past
// U+10FFFF); n is 0 for a byte that cannot start a sequence.
func utf8Shape(c byte) (n int, lo, hi byte) {
	switch {
	case c >= 0xC2 && c <= 0xDF:
		return 2, 0x80, 0xBF
	case c == 0xE0:
		return 3, 0xA0, 0xBF
	case c == 0xED:
		return 3, 0x80, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		return 3, 0x80, 0xBF
	case c == 0xF0:
		return 4, 0x90, 0xBF
	case c >= 0xF1 && c <= 0xF3:
		return 4, 0x80, 0xBF
	case c == 0xF4:
		return 4, 0x80, 0x8F
	}
	return 0, 0, 0
}

func (d *decoder) unit16(b []byte) rune {
	if d.bigEndian {
		return rune(b[0])<<8 | rune(b[1])
	}
	return rune(b[1])<<8 | rune(b[0])
}

func (d *decoder) unit32(b []byte) rune {
	if d.bigEndian {
		return rune(uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]))
	}
	return rune(uint32(b[3])<<24 | uint32(b[2])<<16 | uint32(b[1])<<8 | uint32(b[0]))
}

// byteOrder sets the byte order of a UTF-16 or UTF-32 decoder from its codec or BOM and
// returns where the data starts.
func (d *decoder) byteOrder(generic, be codecID, bomLE, bomBE string) int {
	d.bigEndian = d.id == be || d.order > 0
	start := 0
	if d.id == generic && d.order == 0 {
		switch {
		case len(d.b) >= len(bomLE) && string(d.b[:len(bomLE)]) == bomLE:
			d.order, start = -1, len(bomLE)
		case len(d.b) >= len(bomBE) && string(d.b[:len(bomBE)]) == bomBE:
			d.bigEndian, d.order, start = true, 1, len(bomBE)
		}
	}
	d.name = codecNames[generic+1]
	if d.bigEndian {
		d.name = codecNames[generic+2]
	}
	return start
}

func (d *decoder) utf16() *CodecError {
	b := d.b
	for i := d.byteOrder(codecUTF16, codecUTF16BE, "\xFF\xFE", "\xFE\xFF"); i < len(b); {
		var end int
		var reason string
		switch u := d.unit16pos(i); {
		case len(b)-i < 2:
			if d.incomplete(i) {
				return nil
			}
			end, reason = len(b), "truncated data"
		case !isSurrogate(u):
			d.out = appendCodePoint(d.out, u)
			i += 2
			continue
		case u >= 0xDC00:
			end, reason = i+2, "illegal encoding"
		case len(b)-i < 4:
			if d.incomplete(i) {
				return nil
			}
			end, reason = len(b), "unexpected end of data"
		default:
			u2 := d.unit16(b[i+2:])
			if u2 < 0xDC00 || u2 > 0xDFFF {
				end, reason = i+2, "illegal UTF-16 surrogate"
				break
			}
			d.out = utf8.AppendRune(d.out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
			i += 4
			continue
		}
		next, err := d.handle(i, end, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	return nil
}

// unit16pos returns the UTF-16 unit at b[i:], or 0 when fewer than two bytes remain.
func (d *decoder) unit16pos(i int) rune {
	if len(d.b)-i < 2 {
		return 0
	}
	return d.unit16(d.b[i:])
}

func (d *decoder) utf32() *CodecError {
	b := d.b
	for i := d.byteOrder(codecUTF32, codecUTF32BE, "\xFF\xFE\x00\x00", "\x00\x00\xFE\xFF"); i < len(b); {
		var end int
		var reason string
		if len(b)-i < 4 {
			if d.incomplete(i) {
				return nil
			}
			end, reason = len(b), "truncated data"
		} else {
			u := d.unit32(b[i:])
			switch {
			case uint32(u) > 0x10FFFF:
				end, reason = i+4, "code point not in range(0x110000)"
			case isSurrogate(u):
				end, reason = i+4, "code point in surrogate code point range(0xd800, 0xe000)"
			default:
				d.out = appendCodePoint(d.out, u)
				i += 4
				continue
			}
		}
		next, err := d.handle(i, end, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	return nil
}

// singleByte decodes ascii, latin-1 and cp1252.
func (d *decoder) singleByte() *CodecError {
	b := d.b
	if d.table != nil {
		return d.charmapTable()
	}
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			j := i + 1
			for j < len(b) && b[j] < 0x80 {
				j++
			}
			d.out = append(d.out, b[i:j]...)
			i = j
			continue
		}
		c := rune(b[i])
		reason := ""
		switch {
		case c < 0x80 || d.id == codecLatin1:
		case d.id == codecASCII:
			reason = "ordinal not in range(128)"
		case c < 0xA0:
			if c = cp1252High[c-0x80]; c == 0 {
				reason = "character maps to <undefined>"
			}
		}
		if reason == "" {
			d.out = utf8.AppendRune(d.out, c)
			i++
			continue
		}
		next, err := d.handle(i, i+1, reason)
		if err != nil {
			return err
		}
		i, b = next, d.b // a Python handler may replace exc.object
	}
	return nil
}

// CharmapDecode is _codecs.charmap_decode(data, errors, mapping) for a str mapping (the
// decoding_table of the single-byte codecs of Lib/encodings): byte b decodes as table[b],
// and a byte past the table or mapped to U+FFFE is undefined.
func CharmapDecode(b []byte, errors, table string) (string, *CodecError) {
	d := decoder{id: codecCP1252, b: b, errors: errors, name: "charmap", firstInvalid: -1,
		final: true, table: codePoints(table)}
	if err := d.run(); err != nil {
		return "", err
	}
	return string(d.out), nil
}

func (d *decoder) charmapTable() *CodecError {
	for i := 0; i < len(d.b); {
		c := d.b[i]
		if int(c) < len(d.table) && d.table[c] != 0xFFFE {
			d.out = appendCodePoint(d.out, d.table[c])
			i++
			continue
		}
		next, err := d.handle(i, i+1, "character maps to <undefined>")
		if err != nil {
			return err
		}
		i = next
	}
	return nil
}
