// This file defines the entry points the _codecs module (modules/codecs)
// calls: the Go codecs with Python error handlers and Python exceptions,
// in the shapes of CPython's <codec>_encode/<codec>_decode functions.

package runtime

// CodecsEncode encodes s with one of the Go codecs (KnownEncoding), calling
// a handler registered with codecs.register_error for other names.
func CodecsEncode(s, encoding, errors string) ([]byte, *Exception) {
	b, ce := EncodeWith(s, encoding, errors, pyErrorHandler(errors, true))
	if ce != nil {
		return nil, codecExc(ce)
	}
	return b, nil
}

// CodecsDecode is the stateful decode of the _codecs functions: when final
// is false an incomplete sequence at the end is left, and consumed says how
// many bytes were used.
func CodecsDecode(b []byte, encoding, errors string, final bool) (string, int, *Exception) {
	id, ce := lookupCodec(encoding)
	if ce != nil {
		return "", 0, codecExc(ce)
	}
	d := decoder{id: id, b: b, errors: errors, name: codecNames[id], firstInvalid: -1, final: final,
		custom: pyErrorHandler(errors, false)}
	if ce := d.run(); ce != nil {
		return "", 0, codecExc(ce)
	}
	if w := d.escapeWarning(); w != "" {
		if err := Warn(exceptionTypeByName["DeprecationWarning"], w, 1); err != nil {
			return "", 0, err
		}
	}
	return string(d.out), d.consumed, nil
}

// CodecsDecodeUTFEx is utf_16_ex_decode (width 16) and utf_32_ex_decode
// (width 32): it also returns the byte order found.
func CodecsDecodeUTFEx(b []byte, width int, errors string, byteorder int, final bool) (string, int, int, *Exception) {
	id := codecUTF16
	if width == 32 {
		id = codecUTF32
	}
	d := decoder{id: id, b: b, errors: errors, name: codecNames[id], firstInvalid: -1, final: final,
		order: byteorder, custom: pyErrorHandler(errors, false)}
	if ce := d.run(); ce != nil {
		return "", 0, 0, codecExc(ce)
	}
	return string(d.out), d.consumed, d.order, nil
}

// CodecsCharmapDecodeTable is charmap_decode with a str decoding table.
func CodecsCharmapDecodeTable(b []byte, errors, table string) (string, *Exception) {
	d := decoder{id: codecCP1252, b: b, errors: errors, name: "charmap", firstInvalid: -1,
		final: true, table: codePoints(table), custom: pyErrorHandler(errors, false)}
	if ce := d.run(); ce != nil {
		return "", codecExc(ce)
	}
	return string(d.out), nil
}

// CodecsCharmapEncodeMap is charmap_encode with an EncodingMap.
func CodecsCharmapEncodeMap(s, errors string, m map[rune]byte) ([]byte, *Exception) {
	e := encoder{id: codecCP1252, s: s, errors: errors, out: make([]byte, 0, len(s)), cmap: m,
		custom: pyErrorHandler(errors, true)}
	b, ce := e.run()
	if ce != nil {
		return nil, codecExc(ce)
	}
	return b, nil
}

// CodecsEscapeDecode is escape_decode: the escapes of a bytes literal.
func CodecsEscapeDecode(b []byte, errors string) ([]byte, *Exception) {
	out, warning, perr := BytesEscapeDecode(b, errors)
	if perr != nil {
		return nil, fromPyErr(perr)
	}
	if warning != "" {
		if err := Warn(exceptionTypeByName["DeprecationWarning"], warning, 1); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// CodecsEscapeEncode is escape_encode.
func CodecsEscapeEncode(b []byte) []byte { return BytesEscapeEncode(b) }

// StrLength is len(s) for a str's WTF-8 text.
func StrLength(s string) int { return StrLen(s) }

// UnicodeErrorInfo returns the attributes of a UnicodeEncodeError,
// UnicodeDecodeError or UnicodeTranslateError for the standard error
// handlers: kind is the class name it derives from ("" for others).
func UnicodeErrorInfo(v Value) (kind string, ce *CodecError, ok bool) {
	e, isExc := v.TryException()
	if !isExc {
		return "", nil, false
	}
	ce, ok = codecErrorOf(e)
	if !ok {
		return unicodeErrorKind(e.typ), nil, false
	}
	return ce.Kind, ce, true
}

// CodePointAt returns the code point at index i of s and whether it exists.
func CodePointAt(s string, i int) (rune, bool) {
	if i < 0 {
		return 0, false
	}
	off := cpOffset(s, i)
	if off >= len(s) {
		return 0, false
	}
	c, _ := decodeCodePoint(s, off)
	return c, true
}

// UnicodeName returns unicodedata.name(c), if c has one.
func UnicodeName(c rune) (string, bool) { return unicodeName(c) }

// EncodeSurrogatePass encodes the surrogate c as encoding (a utf-8,
// utf-16* or utf-32* name) would with surrogatepass; ok is false for
// other encodings.
func EncodeSurrogatePass(c rune, encoding string) ([]byte, bool) {
	id, err := lookupCodec(encoding)
	if err != nil || id > codecUTF32BE {
		return nil, false
	}
	e := encoder{id: id}
	switch id {
	case codecUTF8:
		return appendCodePoint(nil, c), true
	case codecUTF16, codecUTF16LE:
		e.out = []byte{byte(c), byte(c >> 8)}
	case codecUTF16BE:
		e.out = []byte{byte(c >> 8), byte(c)}
	case codecUTF32, codecUTF32LE:
		e.out = []byte{byte(c), byte(c >> 8), 0, 0}
	case codecUTF32BE:
		e.out = []byte{0, 0, byte(c >> 8), byte(c)}
	}
	return e.out, true
}

// DecodeSurrogatePass decodes one surrogate encoded as encoding at b; n is
// the bytes used (0 when b does not start with one).
func DecodeSurrogatePass(b []byte, encoding string) (rune, int) {
	id, err := lookupCodec(encoding)
	if err != nil || id > codecUTF32BE {
		return 0, 0
	}
	d := decoder{id: id, b: b, bigEndian: id == codecUTF16BE || id == codecUTF32BE}
	return d.surrogateAt(0)
}
