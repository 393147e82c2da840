// Package json implements _json, the accelerator of the json package:
// scanstring, the Scanner (make_scanner) that decodes a document, the
// Encoder (make_encoder) that encodes one in a single pass, and the two
// string escapers. Positions are code point indexes, as in CPython, so the
// decoder works on the document's code points.
package json

import (
	"fmt"
	"strings"

	"krait/runtime"
)

// Module is the _json module definition.
var Module = &runtime.ModuleDef{
	Name: "_json",
	Doc:  "json speedups\n",
	Methods: []runtime.Method{
		{Name: "scanstring", Sig: "string, end, strict=, /", Flags: runtime.MethOld, Fn: json_scanstring,
			Doc: "scanstring(string, end, strict=True) -> (string, end)\n\nDecode the JSON string literal that starts after the quote at end - 1;\nreturn it with the index after its closing quote."},
		{Name: "encode_basestring_ascii", Flags: runtime.MethO, Fn: json_encode_basestring_ascii,
			Doc: "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"},
		{Name: "encode_basestring", Flags: runtime.MethO, Fn: json_encode_basestring,
			Doc: "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		lazyTypes()
		m.SetAttr("make_scanner", ScannerType.Value())
		m.SetAttr("make_encoder", EncoderType.Value())
		return nil
	},
}

// decodeError returns json.decoder.JSONDecodeError(msg, doc, pos), the
// exception every decoding error is. Like CPython it takes the class from
// sys.modules (json.decoder imports _json, so it is there when json is
// used); a bare _json without it raises the same message as ValueError.
func decodeError(msg string, doc runtime.Value, pos int) *runtime.Exception {
	if mod, ok := runtime.SysModulesGet("json.decoder"); ok {
		cls, err := runtime.GetAttrString(mod, "JSONDecodeError")
		if err != nil {
			return err
		}
		exc, err := runtime.Call(cls, []runtime.Value{runtime.StrValue(msg), doc, runtime.Int(int64(pos))}, nil)
		if err != nil {
			return err
		}
		if e, ok := exc.TryException(); ok {
			return e
		}
		return runtime.NewTypeError("exceptions must derive from BaseException")
	}
	line, col := lineCol(runtime.CodePoints(doc.AsStr().S), pos)
	return runtime.NewValueError("%s", fmt.Sprintf("%s: line %d column %d (char %d)", msg, line, col, pos))
}

// lineCol is JSONDecodeError's line and column of pos.
func lineCol(text []rune, pos int) (int, int) {
	pos = min(pos, len(text))
	line := 1 + strings.Count(string(text[:pos]), "\n")
	last := -1
	for i := pos - 1; i >= 0; i-- {
		if text[i] == '\n' {
			last = i
			break
		}
	}
	return line, pos - last
}

// stopIteration is StopIteration(idx): no JSON value starts at idx.
func stopIteration(idx int) *runtime.Exception {
	return runtime.NewStopIteration(runtime.Int(int64(idx)))
}

// strArg returns the str argument of the module functions.
func strArg(v runtime.Value) (*runtime.Str, *runtime.Exception) {
	s, ok := v.TryStr()
	if !ok {
		return nil, runtime.NewTypeError("first argument must be a string, not %s", v.Type().Name)
	}
	return s, nil
}
