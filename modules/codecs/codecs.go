// Package codecs is CPython 3.11's _codecs module: the codec registry
// (register, lookup, encode, decode), the error handler registry
// (register_error, lookup_error and the standard handlers), and the
// <codec>_encode/<codec>_decode functions that Lib/encodings/*.py call,
// with CPython's (result, consumed) tuples. The codecs themselves are the
// Go ones of krait/runtime (codecs_*.go).
package codecs

import (
	"krait/runtime"
)

// Module is the _codecs module.
var Module = &runtime.ModuleDef{
	Name:    "_codecs",
	Methods: methods,
	Exec:    exec,
}

var methods = []runtime.Method{
	{Name: "register", Sig: "search_function, /", Flags: runtime.MethO, Fn: codecs_register},
	{Name: "unregister", Sig: "search_function, /", Flags: runtime.MethO, Fn: codecs_unregister},
	{Name: "lookup", Sig: "encoding, /", Flags: runtime.MethO, Fn: codecs_lookup},
	{Name: "encode", Sig: "obj, encoding=, errors=", Fn: codecs_encode},
	{Name: "decode", Sig: "obj, encoding=, errors=", Fn: codecs_decode},
	{Name: "register_error", Sig: "errors, handler, /", Fn: codecs_register_error},
	{Name: "lookup_error", Sig: "name, /", Flags: runtime.MethO, Fn: codecs_lookup_error},
	{Name: "escape_encode", Sig: "data, errors=, /", Fn: escape_encode},
	{Name: "escape_decode", Sig: "data, errors=, /", Fn: escape_decode},
	{Name: "readbuffer_encode", Sig: "data, errors=, /", Fn: readbuffer_encode},
	simpleEncoder("utf_7_encode", "utf-7"),
	statefulDecoder("utf_7_decode", "utf-7", false),
	simpleEncoder("utf_8_encode", "utf-8"),
	statefulDecoder("utf_8_decode", "utf-8", false),
	{Name: "utf_16_encode", Sig: "str, errors=, byteorder=, /", Fn: utfEncode("utf_16_encode", "utf-16")},
	simpleEncoder("utf_16_le_encode", "utf-16-le"),
	simpleEncoder("utf_16_be_encode", "utf-16-be"),
	statefulDecoder("utf_16_decode", "utf-16", false),
	statefulDecoder("utf_16_le_decode", "utf-16-le", false),
	statefulDecoder("utf_16_be_decode", "utf-16-be", false),
	{Name: "utf_16_ex_decode", Sig: "data, errors=, byteorder=, final=, /", Fn: utfExDecode("utf_16_ex_decode", 16)},
	{Name: "utf_32_encode", Sig: "str, errors=, byteorder=, /", Fn: utfEncode("utf_32_encode", "utf-32")},
	simpleEncoder("utf_32_le_encode", "utf-32-le"),
	simpleEncoder("utf_32_be_encode", "utf-32-be"),
	statefulDecoder("utf_32_decode", "utf-32", false),
	statefulDecoder("utf_32_le_decode", "utf-32-le", false),
	statefulDecoder("utf_32_be_decode", "utf-32-be", false),
	{Name: "utf_32_ex_decode", Sig: "data, errors=, byteorder=, final=, /", Fn: utfExDecode("utf_32_ex_decode", 32)},
	simpleEncoder("unicode_escape_encode", "unicode_escape"),
	statefulDecoder("unicode_escape_decode", "unicode_escape", true),
	simpleEncoder("raw_unicode_escape_encode", "raw_unicode_escape"),
	statefulDecoder("raw_unicode_escape_decode", "raw_unicode_escape", true),
	simpleEncoder("latin_1_encode", "latin-1"),
	simpleDecoder("latin_1_decode", "latin-1"),
	simpleEncoder("ascii_encode", "ascii"),
	simpleDecoder("ascii_decode", "ascii"),
	{Name: "charmap_encode", Sig: "str, errors=, mapping=, /", Fn: charmap_encode},
	{Name: "charmap_decode", Sig: "data, errors=, mapping=, /", Fn: charmap_decode},
	{Name: "charmap_build", Sig: "map, /", Flags: runtime.MethO, Fn: charmap_build},
}

// exec records the standard error handlers, which lookup_error returns.
func exec(m *runtime.Module) *runtime.Exception {
	for i := range errorHandlers {
		h := &errorHandlers[i]
		runtime.SetBuiltinErrorHandler(h.name, runtime.NewBuiltinFunction(&h.m, runtime.Value{}, "_codecs"))
	}
	return nil
}

func codecs_register(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := runtime.CodecRegister(a[0]); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func codecs_unregister(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	runtime.CodecUnregister(a[0])
	return runtime.None, nil
}

func codecs_lookup(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("lookup() argument must be str, not %s", a[0].Type().Name)
	}
	return runtime.CodecLookup(s.S)
}

// strOpt reads an optional str argument (argument n of fn), with dflt for
// an absent one; None is accepted when noneOK.
func strOpt(v runtime.Value, fn string, n int, dflt string, noneOK bool) (string, *runtime.Exception) {
	if v.IsNull() || (noneOK && v.IsNone()) {
		return dflt, nil
	}
	s, ok := v.TryStr()
	if !ok {
		if noneOK {
			return "", runtime.NewTypeError("%s() argument %d must be str or None, not %s", fn, n, runtime.ArgTypeName(v))
		}
		return "", runtime.NewTypeError("%s() argument '%s' must be str, not %s", fn, []string{"", "obj", "encoding", "errors"}[n], runtime.ArgTypeName(v))
	}
	return s.S, nil
}

func codecs_encode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	enc, err := strOpt(a[1], "encode", 2, "utf-8", false)
	if err != nil {
		return runtime.Value{}, err
	}
	errors, err := strOpt(a[2], "encode", 3, "strict", false)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.CodecEncode(a[0], enc, errors)
}

func codecs_decode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	enc, err := strOpt(a[1], "decode", 2, "utf-8", false)
	if err != nil {
		return runtime.Value{}, err
	}
	errors, err := strOpt(a[2], "decode", 3, "strict", false)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.CodecDecode(a[0], enc, errors)
}

func codecs_register_error(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("register_error() argument 1 must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	if err := runtime.RegisterErrorHandler(name.S, a[1]); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func codecs_lookup_error(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("lookup_error() argument must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	return runtime.LookupErrorHandler(name.S)
}

// strArg reads the str argument of an encoder.
func strArg(v runtime.Value, fn string) (string, *runtime.Exception) {
	s, ok := v.TryStr()
	if !ok {
		return "", runtime.NewTypeError("%s() argument 1 must be str, not %s", fn, runtime.ArgTypeName(v))
	}
	return s.S, nil
}

// dataArg reads the bytes-like argument of a decoder; strOK accepts a str
// as its UTF-8 bytes (the escape codecs' "s*" format).
func dataArg(v runtime.Value, strOK bool) ([]byte, *runtime.Exception) {
	if s, ok := v.TryStr(); ok && strOK {
		b, err := runtime.CodecsEncode(s.S, "utf-8", "strict")
		return b, err
	}
	b, ok := runtime.BufferBytes(v)
	if !ok {
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", runtime.ArgTypeName(v))
	}
	return b, nil
}

// boolArg reads an int-like flag (final), as CPython's "i" converter does.
func boolArg(v runtime.Value, dflt bool) (bool, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	return runtime.IsTrue(v)
}

func encodeResult(b []byte, s string) runtime.Value {
	return runtime.TupleValue(runtime.NewBytes(b), runtime.Int(int64(runtime.StrLength(s))))
}

// simpleEncoder is <codec>_encode(str, errors=None).
func simpleEncoder(name, encoding string) runtime.Method {
	return runtime.Method{Name: name, Sig: "str, errors=, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		s, err := strArg(a[0], name)
		if err != nil {
			return runtime.Value{}, err
		}
		errors, err := strOpt(a[1], name, 2, "strict", true)
		if err != nil {
			return runtime.Value{}, err
		}
		b, err := runtime.CodecsEncode(s, encoding, errors)
		if err != nil {
			return runtime.Value{}, err
		}
		return encodeResult(b, s), nil
	}}
}

// utfEncode is utf_16_encode/utf_32_encode(str, errors=None, byteorder=0):
// 0 writes a BOM in native (little-endian) order, -1 little-endian, 1 big-endian.
func utfEncode(name, encoding string) runtime.MethodFunc {
	return func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		s, err := strArg(a[0], name)
		if err != nil {
			return runtime.Value{}, err
		}
		errors, err := strOpt(a[1], name, 2, "strict", true)
		if err != nil {
			return runtime.Value{}, err
		}
		order, err := intArg(a[2], 0)
		if err != nil {
			return runtime.Value{}, err
		}
		enc := encoding
		switch {
		case order < 0:
			enc += "-le"
		case order > 0:
			enc += "-be"
		}
		b, err := runtime.CodecsEncode(s, enc, errors)
		if err != nil {
			return runtime.Value{}, err
		}
		return encodeResult(b, s), nil
	}
}

func intArg(v runtime.Value, dflt int64) (int64, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	return runtime.IndexInt64(v, "")
}

// simpleDecoder is <codec>_decode(data, errors=None).
func simpleDecoder(name, encoding string) runtime.Method {
	return runtime.Method{Name: name, Sig: "data, errors=, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		b, err := dataArg(a[0], false)
		if err != nil {
			return runtime.Value{}, err
		}
		errors, err := strOpt(a[1], name, 2, "strict", true)
		if err != nil {
			return runtime.Value{}, err
		}
		s, n, err := runtime.CodecsDecode(b, encoding, errors, true)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.TupleValue(runtime.StrValue(s), runtime.Int(int64(n))), nil
	}}
}

// statefulDecoder is <codec>_decode(data, errors=None, final=False) (final
// defaults to True for the escape codecs).
func statefulDecoder(name, encoding string, finalDefault bool) runtime.Method {
	escape := finalDefault
	return runtime.Method{Name: name, Sig: "data, errors=, final=, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		b, err := dataArg(a[0], escape)
		if err != nil {
			return runtime.Value{}, err
		}
		errors, err := strOpt(a[1], name, 2, "strict", true)
		if err != nil {
			return runtime.Value{}, err
		}
		final, err := boolArg(a[2], finalDefault)
		if err != nil {
			return runtime.Value{}, err
		}
		s, n, err := runtime.CodecsDecode(b, encoding, errors, final)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.TupleValue(runtime.StrValue(s), runtime.Int(int64(n))), nil
	}}
}

// utfExDecode is utf_16_ex_decode/utf_32_ex_decode(data, errors=None, byteorder=0, final=False).
func utfExDecode(name string, width int) runtime.MethodFunc {
	return func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		b, err := dataArg(a[0], false)
		if err != nil {
			return runtime.Value{}, err
		}
		errors, err := strOpt(a[1], name, 2, "strict", true)
		if err != nil {
			return runtime.Value{}, err
		}
		order, err := intArg(a[2], 0)
		if err != nil {
			return runtime.Value{}, err
		}
		final, err := boolArg(a[3], false)
		if err != nil {
			return runtime.Value{}, err
		}
		s, n, found, err := runtime.CodecsDecodeUTFEx(b, width, errors, int(order), final)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.TupleValue(runtime.StrValue(s), runtime.Int(int64(n)), runtime.Int(int64(found))), nil
	}
}

func escape_encode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, ok := a[0].TryBytes()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("escape_encode() argument 1 must be bytes, not %s", runtime.ArgTypeName(a[0]))
	}
	if _, err := strOpt(a[1], "escape_encode", 2, "strict", true); err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.NewBytes(runtime.CodecsEscapeEncode(b)), runtime.Int(int64(len(b)))), nil
}

func escape_decode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dataArg(a[0], true)
	if err != nil {
		return runtime.Value{}, err
	}
	errors, err := strOpt(a[1], "escape_decode", 2, "strict", true)
	if err != nil {
		return runtime.Value{}, err
	}
	out, err := runtime.CodecsEscapeDecode(b, errors)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.NewBytes(out), runtime.Int(int64(len(b)))), nil
}

func readbuffer_encode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dataArg(a[0], true)
	if err != nil {
		return runtime.Value{}, err
	}
	if _, err := strOpt(a[1], "readbuffer_encode", 2, "strict", true); err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.NewBytes(append([]byte(nil), b...)), runtime.Int(int64(len(b)))), nil
}
