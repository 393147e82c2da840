// This file defines the codec registry behind str.encode, bytes.decode and
// the _codecs module: search functions (the encodings package registers
// one), the lookup cache, the error handlers registered with
// codecs.register_error, and EncodeStr/DecodeBytes, which use the Go codecs
// of codecs_*.go for the encodings they implement and the registry for the
// others.

package runtime

import (
	"bytes"
	"strings"
	"sync"
)

var codecRegistry struct {
	sync.Mutex
	initialized bool // the encodings package was imported
	search      []Value
	cache       map[string]Value
	handlers    map[string]Value
}

// CodecRegister is codecs.register(search_function).
func CodecRegister(fn Value) *Exception {
	if fn.Type().Call == nil {
		return NewTypeError("argument must be callable")
	}
	codecRegistry.Lock()
	codecRegistry.search = append(codecRegistry.search, fn)
	codecRegistry.Unlock()
	return nil
}

// CodecUnregister is codecs.unregister(search_function).
func CodecUnregister(fn Value) {
	codecRegistry.Lock()
	defer codecRegistry.Unlock()
	for i, f := range codecRegistry.search {
		if f.Is(fn) {
			codecRegistry.search = append(codecRegistry.search[:i:i], codecRegistry.search[i+1:]...)
			codecRegistry.cache = nil
			return
		}
	}
}

// CodecForget is _codecs._forget_codec: drops the cached lookup of encoding.
func CodecForget(encoding string) {
	codecRegistry.Lock()
	delete(codecRegistry.cache, normalizeCodecName(encoding))
	codecRegistry.Unlock()
}

// normalizeCodecName is the registry's normalizestring (_Py_normalize_encoding):
// ASCII letters and digits lowered, '.' kept, and each run of other bytes
// (spaces, hyphens, underscores, non-ASCII text) between them made one
// underscore; runs at either end are dropped.
func normalizeCodecName(s string) string {
	b := make([]byte, 0, len(s))
	punct := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '.':
		default:
			punct = true
			continue
		}
		if punct && len(b) > 0 {
			b = append(b, '_')
		}
		punct = false
		b = append(b, c)
	}
	return string(b)
}

// CodecLookup is codecs.lookup(encoding): the CodecInfo a search function
// returned, cached by normalized name.
func CodecLookup(encoding string) (Value, *Exception) {
	if strings.IndexByte(encoding, 0) >= 0 {
		return Value{}, NewValueError("embedded null character")
	}
	if err := encodingNameError(encoding); err != nil {
		return Value{}, codecExc(err)
	}
	name := normalizeCodecName(encoding)
	codecRegistry.Lock()
	if r, ok := codecRegistry.cache[name]; ok {
		codecRegistry.Unlock()
		return r, nil
	}
	search := append([]Value(nil), codecRegistry.search...)
	initDone := codecRegistry.initialized
	codecRegistry.initialized = true
	codecRegistry.Unlock()
	if !initDone && len(search) == 0 {
		// As CPython's _PyCodecRegistry_Init: the first lookup imports
		// the encodings package, which registers its search function.
		if _, err := ImportModule("encodings"); err != nil {
			return Value{}, err
		}
		codecRegistry.Lock()
		search = append([]Value(nil), codecRegistry.search...)
		codecRegistry.Unlock()
	}
	for _, f := range search {
		r, err := Call(f, []Value{StrValue(name)}, nil)
		if err != nil {
			return Value{}, err
		}
		if r.IsNone() {
			continue
		}
		if t, ok := r.TryTuple(); !ok || len(t.items) != 4 {
			return Value{}, NewTypeError("codec search functions must return 4-tuples")
		}
		codecRegistry.Lock()
		if codecRegistry.cache == nil {
			codecRegistry.cache = map[string]Value{}
		}
		codecRegistry.cache[name] = r
		codecRegistry.Unlock()
		return r, nil
	}
	return Value{}, NewExceptionMsg(LookupErrorType, "unknown encoding: "+encoding)
}

// RegisterErrorHandler is codecs.register_error(name, handler).
func RegisterErrorHandler(name string, fn Value) *Exception {
	if fn.Type().Call == nil {
		return NewTypeError("handler must be callable")
	}
	codecRegistry.Lock()
	if codecRegistry.handlers == nil {
		codecRegistry.handlers = map[string]Value{}
	}
	codecRegistry.handlers[name] = fn
	codecRegistry.Unlock()
	return nil
}

// builtinErrorHandlers holds the functions codecs.lookup_error returns for
// the standard handlers; the _codecs module fills it.
var builtinErrorHandlers = map[string]Value{}

// SetBuiltinErrorHandler records the function object of a standard error
// handler ("strict", "ignore", ...), for LookupErrorHandler.
func SetBuiltinErrorHandler(name string, fn Value) {
	codecRegistry.Lock()
	builtinErrorHandlers[name] = fn
	codecRegistry.Unlock()
}

// LookupErrorHandler is codecs.lookup_error(name).
func LookupErrorHandler(name string) (Value, *Exception) {
	codecRegistry.Lock()
	fn, ok := codecRegistry.handlers[name]
	if !ok {
		fn, ok = builtinErrorHandlers[name]
	}
	codecRegistry.Unlock()
	if !ok {
		return Value{}, NewExceptionMsg(LookupErrorType, "unknown error handler name '"+name+"'")
	}
	return fn, nil
}

// registeredHandler returns the Python error handler registered as name,
// or nil for a standard name (the Go codecs implement those themselves).
func registeredHandler(name string) (Value, bool) {
	codecRegistry.Lock()
	defer codecRegistry.Unlock()
	fn, ok := codecRegistry.handlers[name]
	return fn, ok
}

// pyErrorHandler adapts the handler registered as errors to the Go
// codecs' ErrorHandler, looked up only when an error occurs, as CPython
// does. encoding says whether bytes replacements are allowed.
func pyErrorHandler(errors string, encoding bool) ErrorHandler {
	if builtinHandler(errors) {
		return nil
	}
	return func(exc *CodecError) (string, bool, int, *CodecError) {
		fn, ok := registeredHandler(errors)
		if !ok {
			return "", false, 0, unknownHandler(errors)
		}
		ev := CodecException(exc).Value()
		r, err := Call(fn, []Value{ev}, nil)
		if err != nil {
			return "", false, 0, carryException(err)
		}
		if !encoding {
			// A decoding handler may replace exc.object (the input).
			if obj, err := GetAttrString(ev, "object"); err == nil {
				b, ok := obj.TryBytes()
				if !ok {
					return "", false, 0, &CodecError{Kind: "TypeError", Msg: "object attribute must be bytes"}
				}
				if !bytes.Equal(b, exc.Bytes) {
					exc.Bytes = b
				}
			}
		}
		msg := "decoding error handler must return (str, int) tuple"
		if encoding {
			msg = "encoding error handler must return (str/bytes, int) tuple"
		}
		t, ok := r.TryTuple()
		if !ok || len(t.items) != 2 {
			return "", false, 0, &CodecError{Kind: "TypeError", Msg: msg}
		}
		pos, _, isInt := intValue(t.items[1])
		if !isInt {
			return "", false, 0, &CodecError{Kind: "TypeError", Msg: msg}
		}
		if s, ok := t.items[0].TryStr(); ok {
			return s.S, false, int(pos), nil
		}
		if b, ok := t.items[0].TryBytes(); ok && encoding {
			return string(b), true, int(pos), nil
		}
		return "", false, 0, &CodecError{Kind: "TypeError", Msg: msg}
	}
}

// carryException wraps a Python exception raised inside a Go codec.
func carryException(e *Exception) *CodecError {
	return &CodecError{Kind: e.typ.Name, Msg: exceptionStr(e), Exc: e}
}

// codecExc converts a Go codec's error to the exception to raise.
func codecExc(ce *CodecError) *Exception {
	if ce.Exc != nil {
		return ce.Exc
	}
	return CodecException(ce)
}

// checkEncodingErrors looks the codec and the error handler up in
// development mode (-X dev), as CPython's unicode_check_encoding_errors,
// so that a bad name fails even when no data needs it.
func checkEncodingErrors(encoding, errors string) *Exception {
	if !SysConfig.Flags.DevMode {
		return nil
	}
	if _, err := CodecLookup(encoding); err != nil {
		return err
	}
	_, err := LookupErrorHandler(errors)
	return err
}

// EncodeStr is str.encode(encoding, errors).
func EncodeStr(s *Str, encoding, errors string) (Value, *Exception) {
	if err := checkEncodingErrors(encoding, errors); err != nil {
		return Value{}, err
	}
	if KnownEncoding(encoding) {
		b, ce := EncodeWith(s.S, encoding, errors, pyErrorHandler(errors, true))
		if ce != nil {
			return Value{}, codecExc(ce)
		}
		return NewBytes(b), nil
	}
	info, err := textCodec(encoding, "codecs.encode()")
	if err != nil {
		return Value{}, err
	}
	r, err := callCodec(info, 0, ValueOf(s), errors, encoding)
	if err != nil {
		return Value{}, err
	}
	if _, ok := r.TryBytes(); !ok {
		return Value{}, NewTypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, r.Type().Name)
	}
	return r, nil
}

// DecodeBytes is bytes.decode(encoding, errors) (and str(b, encoding)).
func DecodeBytes(b []byte, encoding, errors string) (Value, *Exception) {
	if err := checkEncodingErrors(encoding, errors); err != nil {
		return Value{}, err
	}
	if KnownEncoding(encoding) {
		s, warning, ce := decodeWithWarn(b, encoding, errors, pyErrorHandler(errors, false))
		if ce != nil {
			return Value{}, codecExc(ce)
		}
		if warning != "" {
			if err := Warn(exceptionTypeByName["DeprecationWarning"], warning, 1); err != nil {
				return Value{}, wrapCodecCallError(err, "decoding", encoding)
			}
		}
		return StrValue(s), nil
	}
	info, err := textCodec(encoding, "codecs.decode()")
	if err != nil {
		return Value{}, err
	}
	// CPython hands the decoder a memoryview of the buffer, not the object.
	view, err := NewMemoryView(NewBytes(b))
	if err != nil {
		return Value{}, err
	}
	r, err := callCodec(info, 1, view, errors, encoding)
	if err != nil {
		return Value{}, err
	}
	if _, ok := r.TryStr(); !ok {
		return Value{}, NewTypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, r.Type().Name)
	}
	return r, nil
}

// textCodec looks encoding up and refuses codecs that are not text
// encodings (bytes-to-bytes ones such as hex_codec).
func textCodec(encoding, alt string) (Value, *Exception) {
	info, err := CodecLookup(encoding)
	if err != nil {
		return Value{}, err
	}
	if f, err := GetAttrString(info, "_is_text_encoding"); err == nil {
		if t, err := IsTrue(f); err == nil && !t {
			return Value{}, NewExceptionMsg(LookupErrorType, "'"+encoding+"' is not a text encoding; use "+alt+" to handle arbitrary codecs")
		}
	}
	return info, nil
}

// callCodec calls item i (0 encode, 1 decode) of a CodecInfo and returns
// the first item of the (result, consumed) tuple it must return.
func callCodec(info Value, i int, obj Value, errors, encoding string) (Value, *Exception) {
	f, err := GetItem(info, Int(int64(i)))
	if err != nil {
		return Value{}, err
	}
	r, err := Call(f, []Value{obj, StrValue(errors)}, nil)
	if err != nil {
		op := "encoding"
		if i == 1 {
			op = "decoding"
		}
		return Value{}, wrapCodecCallError(err, op, encoding)
	}
	t, ok := r.TryTuple()
	if !ok || len(t.items) != 2 {
		if i == 0 {
			return Value{}, NewTypeError("encoder must return a tuple (object, integer)")
		}
		return Value{}, NewTypeError("decoder must return a tuple (object,integer)")
	}
	return t.items[0], nil
}

// CodecEncode is codecs.encode(obj, encoding, errors): any object, any codec.
func CodecEncode(obj Value, encoding, errors string) (Value, *Exception) {
	if s, ok := obj.TryStr(); ok && KnownEncoding(encoding) {
		return EncodeStr(s, encoding, errors)
	}
	info, err := CodecLookup(encoding)
	if err != nil {
		return Value{}, err
	}
	return callCodec(info, 0, obj, errors, encoding)
}

// CodecDecode is codecs.decode(obj, encoding, errors).
func CodecDecode(obj Value, encoding, errors string) (Value, *Exception) {
	if b, ok := bytesLike(obj); ok && KnownEncoding(encoding) {
		return DecodeBytes(b, encoding, errors)
	}
	info, err := CodecLookup(encoding)
	if err != nil {
		return Value{}, err
	}
	return callCodec(info, 1, obj, errors, encoding)
}

// codecArgs reads the encoding= and errors= arguments of encode, decode
// and the str/bytes constructors (fn names the function in messages).
func codecArgs(enc, errs Value, fn string) (string, string, *Exception) {
	encoding, errors := "utf-8", "strict"
	if !enc.IsNull() {
		s, ok := enc.TryStr()
		if !ok {
			return "", "", NewTypeError("%s() argument 'encoding' must be str, not %s", fn, typeNameOrNone(enc))
		}
		encoding = s.S
	}
	if !errs.IsNull() {
		s, ok := errs.TryStr()
		if !ok {
			return "", "", NewTypeError("%s() argument 'errors' must be str, not %s", fn, typeNameOrNone(errs))
		}
		errors = s.S
	}
	return encoding, errors, nil
}

func typeNameOrNone(v Value) string {
	if v.IsNone() {
		return "None"
	}
	return v.Type().Name
}
