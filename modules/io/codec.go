// This file defines the incremental decoders and encoders TextIOWrapper
// uses: Go ones for the codecs the runtime implements (utf-8, latin-1,
// ascii, utf-16/32 with their BOM handling, ...) and wrappers around
// Python incremental codec objects (codecs.getincrementaldecoder) for the
// others, plus IncrementalNewlineDecoder's newline logic.

package pyio

import (
	"strings"
	"unicode/utf8"

	rt "krait/runtime"
)

// textDecoder is an incremental decoder with CPython's getstate/setstate
// protocol: the state is (pending bytes, flags).
type textDecoder interface {
	decode(input []byte, final bool) (string, *rt.Exception)
	getstate() ([]byte, int64, *rt.Exception)
	setstate(buf []byte, flags int64) *rt.Exception
	reset() *rt.Exception
}

// textEncoder is an incremental encoder.
type textEncoder interface {
	encode(s string) ([]byte, *rt.Exception)
	setstate(flags int64) *rt.Exception
	reset() *rt.Exception
}

// standardErrors are the error handlers the Go codecs implement.
var standardErrors = map[string]bool{"strict": true, "ignore": true, "replace": true,
	"backslashreplace": true, "xmlcharrefreplace": true, "namereplace": true,
	"surrogateescape": true, "surrogatepass": true}

// normEncoding lowers an encoding name and turns '-' and ' ' into '_'.
func normEncoding(enc string) string {
	return strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(enc))
}

// bomWidth returns 16 or 32 for the utf-16/utf-32 codecs that read and
// write a byte order mark, else 0.
func bomWidth(enc string) int {
	switch normEncoding(enc) {
	case "utf_16", "utf16", "u16":
		return 16
	case "utf_32", "utf32", "u32":
		return 32
	}
	return 0
}

// goDecoder decodes with the runtime's codecs.
type goDecoder struct {
	utf8    bool // enc is UTF-8: valid input needs no decoding
	enc     string
	errors  string
	pending []byte
	width   int // 16 or 32 for BOM-detecting codecs
	order   int // BOM codecs: 0 not yet known, -1 little, 1 big endian
}

func (d *goDecoder) decode(input []byte, final bool) (string, *rt.Exception) {
	data := input
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), input...)
	}
	if d.utf8 && utf8.Valid(data) {
		d.pending = d.pending[:0]
		return string(data), nil
	}
	if d.width != 0 {
		s, consumed, order, cerr := rt.DecodeUTFEx(data, d.width, d.errors, d.order, final)
		if cerr != nil {
			return "", rt.IOCodecError(cerr)
		}
		if d.order == 0 {
			if order == 0 && consumed >= 2 {
				return "", rt.NewExceptionMsg(rt.UnicodeErrorType, "UTF-"+itoa(int64(d.width))+" stream does not start with BOM")
			}
			d.order = order
		}
		d.pending = append(d.pending[:0], data[consumed:]...)
		return s, nil
	}
	s, consumed, cerr := rt.DecodeStateful(data, d.enc, d.errors, final)
	if cerr != nil {
		return "", rt.IOCodecError(cerr)
	}
	d.pending = append(d.pending[:0], data[consumed:]...)
	return s, nil
}

func (d *goDecoder) getstate() ([]byte, int64, *rt.Exception) {
	buf := append([]byte(nil), d.pending...)
	if d.width == 0 {
		return buf, 0, nil
	}
	switch d.order {
	case 0:
		return buf, 2, nil
	case 1: // big endian is the non-native order on this machine
		return buf, 1, nil
	}
	return buf, 0, nil
}

func (d *goDecoder) setstate(buf []byte, flags int64) *rt.Exception {
	d.pending = append(d.pending[:0], buf...)
	if d.width != 0 {
		switch flags {
		case 2:
			d.order = 0
		case 1:
			d.order = 1
		default:
			d.order = -1
		}
	}
	return nil
}

func (d *goDecoder) reset() *rt.Exception {
	d.pending = d.pending[:0]
	d.order = 0
	return nil
}

// goEncoder encodes with the runtime's codecs; BOM codecs write the mark
// only at the start of the stream.
type goEncoder struct {
	utf8       bool // enc is UTF-8: valid text (no lone surrogates) is its own encoding
	enc        string
	errors     string
	width      int
	bomPending bool
}

func (e *goEncoder) encode(s string) ([]byte, *rt.Exception) {
	if e.utf8 && utf8.ValidString(s) {
		return []byte(s), nil
	}
	enc := e.enc
	if e.width != 0 {
		if e.bomPending {
			e.bomPending = false
		} else if e.width == 16 {
			enc = "utf-16-le"
		} else {
			enc = "utf-32-le"
		}
	}
	b, cerr := rt.Encode(s, enc, e.errors)
	if cerr != nil {
		return nil, rt.IOCodecError(cerr)
	}
	return b, nil
}

func (e *goEncoder) setstate(flags int64) *rt.Exception {
	e.bomPending = e.width != 0 && flags != 0
	return nil
}

func (e *goEncoder) reset() *rt.Exception {
	e.bomPending = e.width != 0
	return nil
}

// pyDecoder wraps a Python incremental decoder object.
type pyDecoder struct{ obj rt.Value }

func (d *pyDecoder) decode(input []byte, final bool) (string, *rt.Exception) {
	r, err := rt.Call(mustAttr(d.obj, "decode"), []rt.Value{rt.NewBytes(input), rt.Bool(final)}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.TryStr()
	if !ok {
		return "", rt.NewTypeError("decoder should return a string result, not '%s'", r.Type().Name)
	}
	return s.S, nil
}

func (d *pyDecoder) getstate() ([]byte, int64, *rt.Exception) {
	r, err := rt.IOCallMethod(d.obj, "getstate")
	if err != nil {
		return nil, 0, err
	}
	t, ok := r.TryTuple()
	if !ok || t.Len() != 2 {
		return nil, 0, rt.NewTypeError("illegal decoder state")
	}
	b, ok := t.Items()[0].TryBytes()
	if !ok {
		return nil, 0, rt.NewTypeError("illegal decoder state: the first item must be bytes, not '%s'", t.Items()[0].Type().Name)
	}
	flags, err := rt.IndexInt(t.Items()[1], "")
	if err != nil {
		return nil, 0, err
	}
	return b, flags, nil
}

func (d *pyDecoder) setstate(buf []byte, flags int64) *rt.Exception {
	_, err := rt.IOCallMethod(d.obj, "setstate", rt.TupleValue(rt.NewBytes(buf), rt.Int(flags)))
	return err
}

func (d *pyDecoder) reset() *rt.Exception {
	_, err := rt.IOCallMethod(d.obj, "reset")
	return err
}

// pyEncoder wraps a Python incremental encoder object.
type pyEncoder struct{ obj rt.Value }

func (e *pyEncoder) encode(s string) ([]byte, *rt.Exception) {
	r, err := rt.IOCallMethod(e.obj, "encode", rt.StrValue(s))
	if err != nil {
		return nil, err
	}
	b, ok := r.TryBytes()
	if !ok {
		return nil, rt.NewTypeError("encoder should return a bytes object, not '%s'", r.Type().Name)
	}
	return b, nil
}

func (e *pyEncoder) setstate(flags int64) *rt.Exception {
	_, err := rt.IOCallMethod(e.obj, "setstate", rt.Int(flags))
	return err
}

func (e *pyEncoder) reset() *rt.Exception {
	_, err := rt.IOCallMethod(e.obj, "reset")
	return err
}

func mustAttr(v rt.Value, name string) rt.Value {
	f, err := rt.GetAttrString(v, name)
	if err != nil {
		return rt.None
	}
	return f
}

// importModule imports a module through builtins.__import__.
func importModule(name string) (rt.Value, *rt.Exception) {
	imp, ok := rt.BuiltinsModule().Dict.GetStr(rt.Intern("__import__"))
	if !ok {
		return rt.Value{}, rt.NewExceptionMsg(rt.ImportErrorType, "__import__ not found")
	}
	return rt.Call(imp, []rt.Value{rt.StrValue(name)}, nil)
}

// lookupCodecInfo returns codecs.lookup(enc), checking that it is a text
// encoding as TextIOWrapper does.
func lookupCodecInfo(enc string) (rt.Value, *rt.Exception) {
	codecs, err := importModule("codecs")
	if err != nil {
		return rt.Value{}, rt.NewExceptionMsg(rt.LookupErrorType, "unknown encoding: "+enc)
	}
	info, err := rt.IOCallMethod(codecs, "lookup", rt.StrValue(enc))
	if err != nil {
		return rt.Value{}, err
	}
	if it, err := rt.GetAttrString(info, "_is_text_encoding"); err == nil {
		if ok, _ := rt.IsTrue(it); !ok {
			return rt.Value{}, rt.NewExceptionMsg(rt.LookupErrorType, "'"+enc+"' is not a text encoding; use codecs.open() to handle arbitrary codecs")
		}
	}
	return info, nil
}

// newDecoder returns the incremental decoder for enc and errors.
func newDecoder(enc, errors string) (textDecoder, *rt.Exception) {
	if rt.KnownEncoding(enc) && standardErrors[errors] && !isEscapeCodec(enc) {
		return &goDecoder{enc: enc, errors: errors, width: bomWidth(enc), utf8: isUTF8(enc)}, nil
	}
	info, err := lookupCodecInfo(enc)
	if err != nil {
		return nil, err
	}
	obj, err := rt.IOCallMethod(info, "incrementaldecoder", rt.StrValue(errors))
	if err != nil {
		return nil, err
	}
	return &pyDecoder{obj}, nil
}

// newEncoder returns the incremental encoder for enc and errors.
func newEncoder(enc, errors string) (textEncoder, *rt.Exception) {
	if rt.KnownEncoding(enc) && standardErrors[errors] && !isEscapeCodec(enc) {
		w := bomWidth(enc)
		return &goEncoder{enc: enc, errors: errors, width: w, bomPending: w != 0, utf8: isUTF8(enc)}, nil
	}
	info, err := lookupCodecInfo(enc)
	if err != nil {
		return nil, err
	}
	obj, err := rt.IOCallMethod(info, "incrementalencoder", rt.StrValue(errors))
	if err != nil {
		return nil, err
	}
	return &pyEncoder{obj}, nil
}

// isUTF8 reports the names of the UTF-8 codec.
func isUTF8(enc string) bool {
	switch normEncoding(enc) {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return true
	}
	return false
}

// isEscapeCodec reports the escape codecs, whose incremental forms the Go
// side does not implement.
func isEscapeCodec(enc string) bool {
	n := normEncoding(enc)
	return n == "unicode_escape" || n == "raw_unicode_escape"
}

// Newline kinds seen by a newline decoder.
const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

// nlState is the state of IncrementalNewlineDecoder.
type nlState struct {
	translate bool
	pendingcr bool
	seennl    int
}

// process applies the newline logic to freshly decoded output.
func (n *nlState) process(output string, final bool) string {
	if n.pendingcr && (output != "" || final) {
		output = "\r" + output
		n.pendingcr = false
	}
	if !final && strings.HasSuffix(output, "\r") {
		output = output[:len(output)-1]
		n.pendingcr = true
	}
	if n.seennl != seenLF|seenCR|seenCRLF && strings.ContainsAny(output, "\r\n") {
		crlf := strings.Count(output, "\r\n")
		cr := strings.Count(output, "\r") - crlf
		lf := strings.Count(output, "\n") - crlf
		if lf > 0 {
			n.seennl |= seenLF
		}
		if cr > 0 {
			n.seennl |= seenCR
		}
		if crlf > 0 {
			n.seennl |= seenCRLF
		}
	}
	if n.translate && strings.IndexByte(output, '\r') >= 0 {
		output = strings.ReplaceAll(output, "\r\n", "\n")
		output = strings.ReplaceAll(output, "\r", "\n")
	}
	return output
}

// newlines is the decoder's newlines attribute.
func (n *nlState) newlines() rt.Value {
	s := func(x string) rt.Value { return rt.StrValue(x) }
	switch n.seennl {
	case seenCR:
		return s("\r")
	case seenLF:
		return s("\n")
	case seenCR | seenLF:
		return rt.TupleValue(s("\r"), s("\n"))
	case seenCRLF:
		return s("\r\n")
	case seenCR | seenCRLF:
		return rt.TupleValue(s("\r"), s("\r\n"))
	case seenLF | seenCRLF:
		return rt.TupleValue(s("\n"), s("\r\n"))
	case seenLF | seenCR | seenCRLF:
		return rt.TupleValue(s("\r"), s("\n"), s("\r\n"))
	}
	return rt.None
}

// nlDecoder is a textDecoder followed by the newline logic, as
// TextIOWrapper wraps its decoder in an IncrementalNewlineDecoder.
type nlDecoder struct {
	inner textDecoder
	nl    nlState
}

func (d *nlDecoder) decode(input []byte, final bool) (string, *rt.Exception) {
	s, err := d.inner.decode(input, final)
	if err != nil {
		return "", err
	}
	return d.nl.process(s, final), nil
}

func (d *nlDecoder) getstate() ([]byte, int64, *rt.Exception) {
	buf, flags, err := d.inner.getstate()
	if err != nil {
		return nil, 0, err
	}
	flags <<= 1
	if d.nl.pendingcr {
		flags |= 1
	}
	return buf, flags, nil
}

func (d *nlDecoder) setstate(buf []byte, flags int64) *rt.Exception {
	d.nl.pendingcr = flags&1 != 0
	return d.inner.setstate(buf, flags>>1)
}

func (d *nlDecoder) reset() *rt.Exception {
	d.nl.seennl = 0
	d.nl.pendingcr = false
	return d.inner.reset()
}
