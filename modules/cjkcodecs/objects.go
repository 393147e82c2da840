// This file defines _multibytecodec's types: MultibyteCodec (a codec's
// stateless encode and decode), MultibyteIncrementalEncoder and Decoder,
// MultibyteStreamReader and Writer. The encodings/*.py modules subclass the
// last four and name their codec in a "codec" class attribute.
package cjkcodecs

import (
	"encoding/binary"
	"sync"

	"krait/runtime"
)

// codecObject is a MultibyteCodec.
type codecObject struct {
	runtime.Header
	c *codec
}

// stateful is the part the incremental coders and the streams share.
type stateful struct {
	runtime.Header
	attrs   *runtime.Attrs
	c       *codec
	errors  string
	st      int
	pendDec []byte // undecoded bytes (decoders, readers)
	pendEnc []rune // unencoded code points (encoders, writers)
	stream  value
}

// The _multibytecodec classes, created by initTypes through typesOnce when
// _multibytecodec is first imported or getcodec first makes a codec, rather
// than at process start-up.
var (
	codecType, incEncType, incDecType, readerType, writerType *runtime.Type
	typesOnce                                                 sync.Once
	createTypes                                               func() // initTypes, set by init (the types' methods reach newCodecObject)
)

func init() { createTypes = initTypes }

func newCodecObject(c *codec) value {
	typesOnce.Do(createTypes)
	return runtime.ValueOf(&codecObject{Header: runtime.HeaderFor(codecType), c: c})
}

func errorsArg(v value, fn string) (string, *exc) {
	if v.IsNull() || v == runtime.None {
		return "strict", nil
	}
	s, ok := v.TryStr()
	if !ok {
		return "", runtime.NewTypeError("%s() argument 'errors' must be str or None, not %s", fn, v.Type().Name)
	}
	return s.S, nil
}

// strInput converts an encode argument as CPython does (str(obj)).
func strInput(v value) (string, *exc) {
	if s, ok := v.TryStr(); ok {
		return s.S, nil
	}
	s, err := runtime.StrOf(v)
	if err != nil {
		return "", err
	}
	return s.S, nil
}

func codec_encode(self value, a []value) (value, *exc) {
	c := runtime.PtrOf[codecObject](self).c
	errors, err := errorsArg(a[1], "encode")
	if err != nil {
		return runtime.None, err
	}
	src, err := strInput(a[0])
	if err != nil {
		return runtime.None, err
	}
	in := wtf8Runes(src)
	st := c.impl.initEnc()
	out, _, err := c.encodeRun(&st, src, in, errors, true)
	if err != nil {
		return runtime.None, err
	}
	return runtime.NewTuple([]value{runtime.NewBytes(out), runtime.Int(int64(len(in)))}).Value(), nil
}

func codec_decode(self value, a []value) (value, *exc) {
	c := runtime.PtrOf[codecObject](self).c
	errors, err := errorsArg(a[1], "decode")
	if err != nil {
		return runtime.None, err
	}
	b, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	st := c.impl.initDec()
	s, _, err := c.decodeRun(&st, b, errors, true)
	if err != nil {
		return runtime.None, err
	}
	return runtime.NewTuple([]value{runtime.StrValue(s), runtime.Int(int64(len(b)))}).Value(), nil
}

// newStateful creates an instance of the subclass t of a coder type,
// taking the codec from t's "codec" attribute.
func newStateful(t *runtime.Type, errorsV value, fn string) (*stateful, *exc) {
	encoder := t.IsSubtype(incEncType) || t.IsSubtype(writerType)
	cv, err := runtime.GetAttrString(t.Value(), "codec")
	if err != nil {
		return nil, err
	}
	if !runtime.IsInstance(cv, codecType) {
		return nil, runtime.NewTypeError("codec is unexpected type")
	}
	errors, err := errorsArg(errorsV, fn)
	if err != nil {
		return nil, err
	}
	o := &stateful{Header: runtime.HeaderFor(t), c: runtime.PtrOf[codecObject](cv).c, errors: errors}
	if encoder {
		o.st = o.c.impl.initEnc()
	} else {
		o.st = o.c.impl.initDec()
	}
	if t.Flags&runtime.FlagHeapType != 0 {
		o.attrs = &runtime.Attrs{}
	}
	return o, nil
}

var incNewSig = runtime.Method{Name: "IncrementalCoder", Sig: "errors="}

func incNew(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
	a, err := incNewSig.BindClinic(args, kw, t.Name)
	if err != nil {
		return runtime.None, err
	}
	o, err := newStateful(t, a[0], t.Name)
	if err != nil {
		return runtime.None, err
	}
	return runtime.ValueOf(o), nil
}

var streamNewSig = runtime.Method{Name: "Stream", Sig: "stream, errors="}

func streamNew(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
	a, err := streamNewSig.BindClinic(args, kw, t.Name)
	if err != nil {
		return runtime.None, err
	}
	o, err := newStateful(t, a[1], t.Name)
	if err != nil {
		return runtime.None, err
	}
	o.stream = a[0]
	return runtime.ValueOf(o), nil
}

func sOf(v value) *stateful { return runtime.PtrOf[stateful](v) }

// encodeMore encodes the pending code points and src.
func (o *stateful) encodeMore(src string, final bool) ([]byte, *exc) {
	in := append(append([]rune(nil), o.pendEnc...), wtf8Runes(src)...)
	full := src
	if len(o.pendEnc) > 0 {
		full = runesWTF8(in)
	}
	out, n, err := o.c.encodeRun(&o.st, full, in, o.errors, final)
	if err != nil {
		return nil, err
	}
	o.pendEnc = in[n:]
	if len(o.pendEnc) > 2 {
		o.pendEnc = nil
		return nil, runtime.NewExceptionMsg(runtime.BuiltinExceptionType("UnicodeError"), "pending buffer overflow")
	}
	return out, nil
}

// decodeMore decodes the pending bytes and b.
func (o *stateful) decodeMore(b []byte, final bool) (string, *exc) {
	in := append(append([]byte(nil), o.pendDec...), b...)
	s, n, err := o.c.decodeRun(&o.st, in, o.errors, final)
	if err != nil {
		return "", err
	}
	o.pendDec = in[n:]
	if len(o.pendDec) > 8 {
		o.pendDec = nil
		return "", runtime.NewExceptionMsg(runtime.BuiltinExceptionType("UnicodeError"), "pending buffer overflow")
	}
	return s, nil
}

func finalArg(v value) (bool, *exc) {
	if v.IsNull() {
		return false, nil
	}
	return runtime.IsTrue(v)
}

func incenc_encode(self value, a []value) (value, *exc) {
	src, err := strInput(a[0])
	if err != nil {
		return runtime.None, err
	}
	final, err := finalArg(a[1])
	if err != nil {
		return runtime.None, err
	}
	out, err := sOf(self).encodeMore(src, final)
	if err != nil {
		return runtime.None, err
	}
	return runtime.NewBytes(out), nil
}

func incenc_reset(self value, _ []value) (value, *exc) {
	o := sOf(self)
	o.c.impl.reset(&o.st, nil)
	o.pendEnc, o.st = nil, o.c.impl.initEnc()
	return runtime.None, nil
}

// incenc_getstate packs the pending text (UTF-8, after its length) and
// the codec state into an int, as CPython does.
func incenc_getstate(self value, _ []value) (value, *exc) {
	o := sOf(self)
	p := []byte(runesWTF8(o.pendEnc))
	buf := append([]byte{byte(len(p))}, p...)
	buf = binary.LittleEndian.AppendUint64(buf, uint64(o.st))
	return runtime.IntFromBytesLE(buf), nil
}

func incenc_setstate(self value, a []value) (value, *exc) {
	o := sOf(self)
	b, err := runtime.IntToBytesLE(a[0], 1+4+8)
	if err != nil {
		return runtime.None, err
	}
	n := int(b[0])
	if n > 4*2 {
		return runtime.None, runtime.NewExceptionMsg(runtime.BuiltinExceptionType("UnicodeError"), "pending buffer too large")
	}
	pending, cerr := runtime.Decode(b[1:1+n], "utf-8", "strict")
	if cerr != nil {
		return runtime.None, runtime.CodecException(cerr)
	}
	o.pendEnc = wtf8Runes(pending)
	o.st = int(binary.LittleEndian.Uint64(b[1+n:]))
	return runtime.None, nil
}

func incdec_decode(self value, a []value) (value, *exc) {
	b, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	final, err := finalArg(a[1])
	if err != nil {
		return runtime.None, err
	}
	s, err := sOf(self).decodeMore(b, final)
	if err != nil {
		return runtime.None, err
	}
	return runtime.StrValue(s), nil
}

func incdec_reset(self value, _ []value) (value, *exc) {
	o := sOf(self)
	o.pendDec = nil
	if _, iso := o.c.impl.(*iso2022Codec); iso {
		// ISO-2022 decoders keep their G1 and G2 designations.
		o.st = o.st&0xffff00 | markASCII
	} else {
		o.st = o.c.impl.initDec()
	}
	return runtime.None, nil
}

func incdec_getstate(self value, _ []value) (value, *exc) {
	o := sOf(self)
	return runtime.NewTuple([]value{runtime.NewBytes(append([]byte(nil), o.pendDec...)), runtime.Int(int64(o.st))}).Value(), nil
}

func incdec_setstate(self value, a []value) (value, *exc) {
	o := sOf(self)
	t, ok := a[0].TryTuple()
	if !ok || t.Len() != 2 {
		return runtime.None, runtime.NewTypeError("setstate() argument must be tuple, not %s", a[0].Type().Name)
	}
	b, ok := t.Items()[0].TryBytes()
	if !ok {
		return runtime.None, runtime.NewTypeError("setstate() argument 1 must be bytes, not %s", t.Items()[0].Type().Name)
	}
	if len(b) > 8 {
		return runtime.None, runtime.NewExceptionMsg(runtime.BuiltinExceptionType("UnicodeError"), "pending buffer too large")
	}
	n, err := runtime.IndexInt64(t.Items()[1], "")
	if err != nil {
		return runtime.None, err
	}
	o.pendDec, o.st = append([]byte(nil), b...), int(n)
	return runtime.None, nil
}

// readChunks reads through the stream's method until some text is
// decoded or the stream ends, as mbstreamreader_iread does.
func (o *stateful) readChunks(method string, size int64) (string, *exc) {
	if size == 0 {
		return "", nil
	}
	var text string
	for {
		var r value
		var err *exc
		if size < 0 {
			r, err = runtime.CallMethod(o.stream, method)
		} else {
			r, err = runtime.CallMethod(o.stream, method, runtime.Int(size))
		}
		if err != nil {
			return "", err
		}
		b, ok := r.TryBytes()
		if !ok {
			return "", runtime.NewTypeError("stream function returned a non-bytes object (%s)", r.Type().Name)
		}
		eof := len(b) == 0
		s, derr := o.decodeMore(b, eof)
		if derr != nil {
			return "", derr
		}
		text += s
		if eof || size < 0 || text != "" {
			return text, nil
		}
		size = 1
	}
}

func reader_read(self value, a []value) (value, *exc) { return readText(self, a[0], "read") }

func reader_readline(self value, a []value) (value, *exc) { return readText(self, a[0], "readline") }

func reader_readlines(self value, a []value) (value, *exc) {
	s, err := readText(self, a[0], "read")
	if err != nil {
		return runtime.None, err
	}
	return runtime.CallMethod(s, "splitlines", runtime.True)
}

// readText reads up to size (None or absent: all) through method.
func readText(self, size value, method string) (value, *exc) {
	n, err := runtime.OptionalIndex(size, -1)
	if err != nil {
		return runtime.None, err
	}
	s, err := sOf(self).readChunks(method, n)
	if err != nil {
		return runtime.None, err
	}
	return runtime.StrValue(s), nil
}

func (o *stateful) writeText(v value) *exc {
	src, err := strInput(v)
	if err != nil {
		return err
	}
	out, err := o.encodeMore(src, false)
	if err != nil {
		return err
	}
	_, err = runtime.CallMethod(o.stream, "write", runtime.NewBytes(out))
	return err
}

func writer_write(self value, a []value) (value, *exc) {
	if err := sOf(self).writeText(a[0]); err != nil {
		return runtime.None, err
	}
	return runtime.None, nil
}

func writer_writelines(self value, a []value) (value, *exc) {
	lines, err := runtime.IterItems(a[0])
	if err != nil {
		return runtime.None, err
	}
	for _, line := range lines {
		if err := sOf(self).writeText(line); err != nil {
			return runtime.None, err
		}
	}
	return runtime.None, nil
}

// writer_reset flushes pending text; like CPython 3.11 it writes nothing
// (not even a return to the initial shift state) when none is pending.
func writer_reset(self value, _ []value) (value, *exc) {
	o := sOf(self)
	if len(o.pendEnc) == 0 {
		return runtime.None, nil
	}
	out, err := o.encodeMore("", true)
	if err != nil {
		return runtime.None, err
	}
	if len(out) > 0 {
		if _, err := runtime.CallMethod(o.stream, "write", runtime.NewBytes(out)); err != nil {
			return runtime.None, err
		}
	}
	return runtime.None, nil
}

var errorsGetSet = runtime.GetSetDef{Name: "errors",
	Get: func(v value) (value, *exc) { return runtime.StrValue(sOf(v).errors), nil },
	Set: func(v, val value) *exc {
		if val.IsNull() {
			return runtime.NewExceptionMsg(runtime.AttributeErrorType, "cannot delete attribute")
		}
		s, ok := val.TryStr()
		if !ok {
			return runtime.NewTypeError("errors must be a string")
		}
		sOf(v).errors = s.S
		return nil
	}}

var streamGetSet = runtime.GetSetDef{Name: "stream", Member: true, Get: func(v value) (value, *exc) { return sOf(v).stream, nil }}

func coderType(name string, methods []runtime.Method, getsets []runtime.GetSetDef, newFn func(*runtime.Type, []value, []*runtime.Str) (value, *exc)) *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "_multibytecodec." + name, Flags: runtime.FlagBaseType,
		Methods: methods, GetSets: getsets}, func(t *runtime.Type) {
		t.New = newFn
		t.Init = func(value, []value, []*runtime.Str) *exc { return nil }
		t.InstAttrs = func(v value) *runtime.Attrs { return sOf(v).attrs }
	})
}

func initTypes() {
	codecType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_multibytecodec.MultibyteCodec", Methods: []runtime.Method{
		runtime.ClinicMethod("encode", "input, errors=", codec_encode),
		runtime.ClinicMethod("decode", "input, errors=", codec_decode),
	}}, nil)
	incEncType = coderType("MultibyteIncrementalEncoder", []runtime.Method{
		runtime.ClinicMethod("encode", "input, final=", incenc_encode),
		{Name: "reset", Flags: runtime.MethNoArgs, Fn: incenc_reset},
		{Name: "getstate", Flags: runtime.MethNoArgs, Fn: incenc_getstate},
		{Name: "setstate", Sig: "state, /", Flags: runtime.MethO, Fn: incenc_setstate},
	}, []runtime.GetSetDef{errorsGetSet}, incNew)
	incDecType = coderType("MultibyteIncrementalDecoder", []runtime.Method{
		runtime.ClinicMethod("decode", "input, final=", incdec_decode),
		{Name: "reset", Flags: runtime.MethNoArgs, Fn: incdec_reset},
		{Name: "getstate", Flags: runtime.MethNoArgs, Fn: incdec_getstate},
		{Name: "setstate", Sig: "state, /", Flags: runtime.MethO, Fn: incdec_setstate},
	}, []runtime.GetSetDef{errorsGetSet}, incNew)
	readerType = coderType("MultibyteStreamReader", []runtime.Method{
		{Name: "read", Sig: "sizeobj=, /", Fn: reader_read},
		{Name: "readline", Sig: "sizeobj=, /", Fn: reader_readline},
		{Name: "readlines", Sig: "sizehintobj=, /", Fn: reader_readlines},
		{Name: "reset", Flags: runtime.MethNoArgs, Fn: incdec_reset},
	}, []runtime.GetSetDef{errorsGetSet, streamGetSet}, streamNew)
	writerType = coderType("MultibyteStreamWriter", []runtime.Method{
		{Name: "write", Sig: "strobj, /", Flags: runtime.MethO, Fn: writer_write},
		{Name: "writelines", Sig: "lines, /", Flags: runtime.MethO, Fn: writer_writelines},
		{Name: "reset", Flags: runtime.MethNoArgs, Fn: writer_reset},
	}, []runtime.GetSetDef{errorsGetSet, streamGetSet}, streamNew)
}
