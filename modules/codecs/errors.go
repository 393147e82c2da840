// This file defines the standard error handlers as the functions
// codecs.lookup_error returns (strict_errors, ignore_errors, ...): each
// takes a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError
// and returns (replacement, position to resume at), as CPython's
// PyCodec_*Errors do. The Go codecs apply the same rules themselves; these
// serve Python code that calls the handlers directly or wraps them.
package codecs

import (
	"fmt"
	"strings"

	"krait/runtime"
)

type errorHandler struct {
	name string
	m    runtime.Method
}

func handler(name, fn string, f func(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception)) errorHandler {
	return errorHandler{name, runtime.Method{Name: fn, Sig: "exception, /", Flags: runtime.MethO,
		Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			exc := a[0]
			kind, ce, ok := runtime.UnicodeErrorInfo(exc)
			if !ok {
				if kind != "" {
					return runtime.Value{}, runtime.NewTypeError("%s attribute not set", "object")
				}
				return runtime.Value{}, runtime.NewTypeError("don't know how to handle %s in error callback", exc.Type().Name)
			}
			if err := checkObject(name, kind, exc); err != nil {
				return runtime.Value{}, err
			}
			clamp(ce)
			return f(kind, ce, exc)
		}}}
}

// checkObject fails an exception whose object attribute is not the str
// (or, for UnicodeDecodeError, bytes) its class carries, as CPython's
// PyUnicode*Error_GetStart/GetEnd do before a handler reads the range;
// handlers that reject the exception's class say so first.
func checkObject(name, kind string, exc runtime.Value) *runtime.Exception {
	switch {
	case (name == "xmlcharrefreplace" || name == "namereplace") && kind != "UnicodeEncodeError",
		(name == "surrogateescape" || name == "surrogatepass") && kind == "UnicodeTranslateError":
		return nil
	}
	obj, err := runtime.GetAttrString(exc, "object")
	if err != nil {
		return err
	}
	if kind == "UnicodeDecodeError" {
		if !runtime.IsInstance(obj, runtime.BytesType) {
			return runtime.NewTypeError("object attribute must be bytes")
		}
	} else if !runtime.IsInstance(obj, runtime.StrType) {
		return runtime.NewTypeError("object attribute must be unicode")
	}
	return nil
}

// clamp limits start and end to the object, as PyUnicode*Error_GetStart/End do.
func clamp(ce *runtime.CodecError) {
	n := len(ce.Bytes)
	if ce.Kind != "UnicodeDecodeError" {
		n = runtime.StrLength(ce.Str)
	}
	if ce.Start < 0 {
		ce.Start = 0
	}
	if ce.Start >= n {
		ce.Start = max(n-1, 0)
	}
	if ce.End < 1 {
		ce.End = 1
	}
	if ce.End > n {
		ce.End = n
	}
}

var errorHandlers = []errorHandler{
	{"strict", runtime.Method{Name: "strict_errors", Sig: "exception, /", Flags: runtime.MethO, Fn: strict_errors}},
	handler("ignore", "ignore_errors", func(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
		return result(runtime.StrValue(""), ce.End), nil
	}),
	handler("replace", "replace_errors", func(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
		n := max(ce.End-ce.Start, 0)
		switch kind {
		case "UnicodeEncodeError":
			return result(runtime.StrValue(strings.Repeat("?", n)), ce.End), nil
		case "UnicodeDecodeError":
			return result(runtime.StrValue("\uFFFD"), ce.End), nil
		}
		return result(runtime.StrValue(strings.Repeat("\uFFFD", n)), ce.End), nil
	}),
	handler("backslashreplace", "backslashreplace_errors", func(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
		var b strings.Builder
		if kind == "UnicodeDecodeError" {
			for _, c := range ce.Bytes[ce.Start:ce.End] {
				fmt.Fprintf(&b, "\\x%02x", c)
			}
			return result(runtime.StrValue(b.String()), ce.End), nil
		}
		for i := ce.Start; i < ce.End; i++ {
			c, _ := runtime.CodePointAt(ce.Str, i)
			b.WriteString(escape(c))
		}
		return result(runtime.StrValue(b.String()), ce.End), nil
	}),
	handler("xmlcharrefreplace", "xmlcharrefreplace_errors", func(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
		if kind != "UnicodeEncodeError" {
			return runtime.Value{}, cannotHandle(exc)
		}
		var b strings.Builder
		for i := ce.Start; i < ce.End; i++ {
			c, _ := runtime.CodePointAt(ce.Str, i)
			fmt.Fprintf(&b, "&#%d;", c)
		}
		return result(runtime.StrValue(b.String()), ce.End), nil
	}),
	handler("namereplace", "namereplace_errors", func(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
		if kind != "UnicodeEncodeError" {
			return runtime.Value{}, cannotHandle(exc)
		}
		var b strings.Builder
		for i := ce.Start; i < ce.End; i++ {
			c, _ := runtime.CodePointAt(ce.Str, i)
			if name, ok := runtime.UnicodeName(c); ok {
				b.WriteString("\\N{" + name + "}")
			} else {
				b.WriteString(escape(c))
			}
		}
		return result(runtime.StrValue(b.String()), ce.End), nil
	}),
	handler("surrogateescape", "surrogateescape_errors", surrogateescape_errors),
	handler("surrogatepass", "surrogatepass_errors", surrogatepass_errors),
}

func result(rep runtime.Value, pos int) runtime.Value {
	return runtime.TupleValue(rep, runtime.Int(int64(pos)))
}

func cannotHandle(exc runtime.Value) *runtime.Exception {
	return runtime.NewTypeError("don't know how to handle %s in error callback", exc.Type().Name)
}

// escape is the backslash escape of one code point.
func escape(c rune) string {
	switch {
	case c < 0x100:
		return fmt.Sprintf("\\x%02x", c)
	case c < 0x10000:
		return fmt.Sprintf("\\u%04x", c)
	}
	return fmt.Sprintf("\\U%08x", c)
}

func strict_errors(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if e, ok := a[0].TryException(); ok {
		return runtime.Value{}, e
	}
	return runtime.Value{}, runtime.NewTypeError("codec must pass exception instance")
}

func raiseExc(exc runtime.Value) *runtime.Exception {
	e, _ := exc.TryException()
	return e
}

func surrogateescape_errors(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
	switch kind {
	case "UnicodeDecodeError":
		var out []byte
		i := ce.Start
		for ; i < ce.End && i < ce.Start+4 && ce.Bytes[i] >= 0x80; i++ {
			out = runtime.AppendCodePoint(out, 0xDC00+rune(ce.Bytes[i]))
		}
		if i == ce.Start {
			return runtime.Value{}, raiseExc(exc)
		}
		return result(runtime.StrValue(string(out)), i), nil
	case "UnicodeEncodeError":
		out := make([]byte, 0, ce.End-ce.Start)
		for i := ce.Start; i < ce.End; i++ {
			c, _ := runtime.CodePointAt(ce.Str, i)
			if c < 0xDC80 || c > 0xDCFF {
				return runtime.Value{}, raiseExc(exc)
			}
			out = append(out, byte(c-0xDC00))
		}
		return result(runtime.NewBytes(out), ce.End), nil
	}
	return runtime.Value{}, cannotHandle(exc)
}

func surrogatepass_errors(kind string, ce *runtime.CodecError, exc runtime.Value) (runtime.Value, *runtime.Exception) {
	switch kind {
	case "UnicodeDecodeError":
		c, n := runtime.DecodeSurrogatePass(ce.Bytes[ce.Start:], ce.Encoding)
		if n == 0 {
			return runtime.Value{}, raiseExc(exc)
		}
		return result(runtime.StrValue(string(runtime.AppendCodePoint(nil, c))), ce.Start+n), nil
	case "UnicodeEncodeError":
		var out []byte
		for i := ce.Start; i < ce.End; i++ {
			c, _ := runtime.CodePointAt(ce.Str, i)
			if c < 0xD800 || c > 0xDFFF {
				return runtime.Value{}, raiseExc(exc)
			}
			b, ok := runtime.EncodeSurrogatePass(c, ce.Encoding)
			if !ok {
				return runtime.Value{}, raiseExc(exc)
			}
			out = append(out, b...)
		}
		return result(runtime.NewBytes(out), ce.End), nil
	}
	return runtime.Value{}, cannotHandle(exc)
}
