// This file defines the text codecs of str.encode and bytes.decode that CPython implements
// in C: utf-8, utf-16 and utf-32 (with a BOM, -le and -be), ascii, latin-1, cp1252,
// unicode_escape and raw_unicode_escape, with the standard error handlers strict, ignore,
// replace, backslashreplace, xmlcharrefreplace, namereplace, surrogateescape and
// surrogatepass, and CPython's UnicodeEncodeError/UnicodeDecodeError positions and messages.
// Error handlers registered from Python (codecs.register_error) are the vm's business: it
// gets the *CodecError of the strict handler and can call them.
package runtime

import (
	"fmt"
	"strings"
)

// CodecError is an exception raised by Encode or Decode. For UnicodeEncodeError and
// UnicodeDecodeError the fields give the exception's attributes (Start and End count code
// points of Str for encoding, bytes of Bytes for decoding); other kinds (LookupError,
// TypeError) only have Msg.
type CodecError struct {
	Kind       string
	Msg        string
	Encoding   string
	Str        string
	Bytes      []byte
	Start, End int
	Reason     string
	Exc        *Exception // a Python exception raised by an error handler, passed through
}

// Error returns the exception as Python prints its last traceback line.
func (e *CodecError) Error() string { return e.Kind + ": " + e.Message() }

// Message is str(exc), as UnicodeEncodeError.__str__ and UnicodeDecodeError.__str__ make it.
func (e *CodecError) Message() string {
	switch e.Kind {
	case "UnicodeEncodeError":
		if e.End == e.Start+1 {
			c, _ := decodeCodePoint(e.Str, cpOffset(e.Str, e.Start))
			var esc string
			switch {
			case c <= 0xFF:
				esc = fmt.Sprintf("\\x%02x", c)
			case c <= 0xFFFF:
				esc = fmt.Sprintf("\\u%04x", c)
			default:
				esc = fmt.Sprintf("\\U%08x", c)
			}
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", e.Encoding, esc, e.Start, e.Reason)
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
	case "UnicodeDecodeError":
		if e.End == e.Start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", e.Encoding, e.Bytes[e.Start], e.Start, e.Reason)
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", e.Encoding, e.Start, e.End-1, e.Reason)
	}
	return e.Msg
}

// PyErr returns the exception as a *pyErr, losing the attributes.
func (e *CodecError) PyErr() *pyErr { return &pyErr{e.Kind, e.Message()} }

// codecID names the codecs implemented here.
type codecID uint8

const (
	codecUTF8 codecID = iota
	codecUTF16
	codecUTF16LE
	codecUTF16BE
	codecUTF32
	codecUTF32LE
	codecUTF32BE
	codecASCII
	codecLatin1
	codecCP1252
	codecUnicodeEscape
	codecRawUnicodeEscape
	codecUTF7
)

// codecAliases maps normalized encoding names to codecs, as the encodings package's
// aliases do for these codecs.
var codecAliases = map[string]codecID{
	"utf_8": codecUTF8, "utf8": codecUTF8, "u8": codecUTF8, "utf": codecUTF8,
	"utf8_ucs2": codecUTF8, "utf8_ucs4": codecUTF8, "cp65001": codecUTF8,
	"utf_16": codecUTF16, "utf16": codecUTF16, "u16": codecUTF16,
	"utf_16_le": codecUTF16LE, "utf_16le": codecUTF16LE, "unicodelittleunmarked": codecUTF16LE,
	"utf_16_be": codecUTF16BE, "utf_16be": codecUTF16BE, "unicodebigunmarked": codecUTF16BE,
	"utf_32": codecUTF32, "utf32": codecUTF32, "u32": codecUTF32,
	"utf_32_le": codecUTF32LE, "utf_32le": codecUTF32LE,
	"utf_32_be": codecUTF32BE, "utf_32be": codecUTF32BE,
	"ascii": codecASCII, "646": codecASCII, "ansi_x3.4_1968": codecASCII,
	"ansi_x3_4_1968": codecASCII, "ansi_x3.4_1986": codecASCII, "cp367": codecASCII,
	"csascii": codecASCII, "ibm367": codecASCII, "iso646_us": codecASCII,
	"iso_646.irv_1991": codecASCII, "iso_ir_6": codecASCII, "us": codecASCII,
	"us_ascii": codecASCII,
	"latin_1":  codecLatin1, "8859": codecLatin1, "cp819": codecLatin1,
	"csisolatin1": codecLatin1, "ibm819": codecLatin1, "iso8859": codecLatin1,
	"iso8859_1": codecLatin1, "iso_8859_1": codecLatin1, "iso_8859_1_1987": codecLatin1,
	"iso_ir_100": codecLatin1, "l1": codecLatin1, "latin": codecLatin1, "latin1": codecLatin1,
	"cp1252": codecCP1252, "windows_1252": codecCP1252, "1252": codecCP1252,
	"unicode_escape": codecUnicodeEscape, "raw_unicode_escape": codecRawUnicodeEscape,
	"utf_7": codecUTF7, "utf7": codecUTF7, "u7": codecUTF7, "unicode_1_1_utf_7": codecUTF7,
	"csunicode11utf7": codecUTF7,
}

// codecNames are the names CPython's codecs put in their exceptions.
var codecNames = [...]string{
	codecUTF8: "utf-8", codecUTF16: "utf-16", codecUTF16LE: "utf-16-le",
	codecUTF16BE: "utf-16-be", codecUTF32: "utf-32", codecUTF32LE: "utf-32-le",
	codecUTF32BE: "utf-32-be", codecASCII: "ascii", codecLatin1: "latin-1",
	codecCP1252: "charmap", codecUnicodeEscape: "unicodeescape",
	codecRawUnicodeEscape: "rawunicodeescape", codecUTF7: "utf7",
}

// normalizeEncoding lowers name and turns each run of characters other than letters,
// digits and '.' into one '_', as encodings.normalize_encoding and the codec registry do.
func normalizeEncoding(name string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c >= 0x80 {
			continue // non-ASCII letters are dropped; names should be ASCII
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			b.WriteByte(c)
		} else {
			pending = true
		}
	}
	return b.String()
}

// lookupCodec finds the codec for an encoding name.
func lookupCodec(encoding string) (codecID, *CodecError) {
	if err := encodingNameError(encoding); err != nil {
		return 0, err
	}
	if id, ok := codecAliases[normalizeEncoding(encoding)]; ok {
		return id, nil
	}
	return 0, &CodecError{Kind: "LookupError", Msg: "unknown encoding: " + encoding}
}

// encodingNameError is the UnicodeEncodeError of an encoding name holding
// a surrogate: CPython converts the name to UTF-8 before looking it up.
func encodingNameError(encoding string) *CodecError {
	if !hasSurrogate(encoding) {
		return nil
	}
	_, err := Encode(encoding, "utf-8", "strict")
	return err
}

// KnownEncoding reports whether Encode and Decode implement the encoding name.
func KnownEncoding(encoding string) bool {
	_, err := lookupCodec(encoding)
	return err == nil
}

// fastPathCodec reports whether CPython's str.encode and bytes.decode call the codec
// directly for this spelling of its name (utf-8, utf-16, utf-32, ascii, latin-1, after
// lowering and turning '-' and ' ' into '_'), instead of through the codec registry, which
// wraps errors other than UnicodeError in "encoding with '...' codec failed (...)".
func fastPathCodec(encoding string) bool {
	b := []byte(strings.ToLower(encoding))
	for i, c := range b {
		if c == '-' || c == ' ' {
			b[i] = '_'
		}
	}
	switch string(b) {
	case "utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32", "ascii", "us_ascii",
		"latin1", "latin_1", "iso_8859_1", "iso8859_1":
		return true
	}
	return false
}

// wrapCodecError rewrites an error of an error handler as the codec registry reports it.
func wrapCodecError(err *CodecError, encoding, verb string) *CodecError {
	if err == nil || err.Exc != nil || err.Kind == "UnicodeEncodeError" || err.Kind == "UnicodeDecodeError" || fastPathCodec(encoding) {
		return err
	}
	return &CodecError{Kind: err.Kind, Msg: fmt.Sprintf("%s with '%s' codec failed (%s: %s)", verb, encoding, err.Kind, err.Msg)}
}

func unknownHandler(errors string) *CodecError {
	return &CodecError{Kind: "LookupError", Msg: fmt.Sprintf("unknown error handler name '%s'", errors)}
}
