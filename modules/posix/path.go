// This file defines the conversion of path arguments (CPython's path_t
// converter): str, bytes or os.PathLike objects, optionally a file
// descriptor or None, into the bytes handed to the system call, and the
// conversions of names coming back (str for str arguments, bytes for bytes).

package posix

import (
	"fmt"
	"strings"

	"krait/runtime"
)

// pathArg is a converted path argument.
type pathArg struct {
	name    string        // the bytes passed to the system (no NUL)
	obj     runtime.Value // the object reported as OSError.filename
	isBytes bool          // the argument was bytes: return bytes names
	fd      int           // the descriptor when isFD
	isFD    bool          // the argument was a file descriptor
	none    bool          // the argument was None (or omitted)
}

// pathOpts says which kinds of argument a function accepts.
type pathOpts struct {
	allowFD   bool
	nullable  bool
	fn        string // the function name used in messages
	paramName string // the parameter's name ("path", "src", ...)
}

// convertPath converts v as path_converter does.
func convertPath(v runtime.Value, o pathOpts) (*pathArg, *runtime.Exception) {
	if o.paramName == "" {
		o.paramName = "path"
	}
	if v.IsNull() || (v.IsNone() && o.nullable) {
		return &pathArg{name: ".", obj: runtime.None, fd: -1, none: true}, nil
	}
	if o.allowFD && v.Type() != runtime.BoolType && v.Type().Flags&runtime.FlagIntSubclass != 0 {
		n, err := runtime.IndexInt64(v, "")
		if err != nil {
			return nil, err
		}
		if n < -1<<31 || n >= 1<<31 {
			if n < 0 {
				return nil, runtime.NewOverflowError("fd is less than minimum")
			}
			return nil, runtime.NewOverflowError("fd is greater than maximum")
		}
		return &pathArg{obj: v, fd: int(n), isFD: true}, nil
	}
	p := v
	if _, ok := v.TryStr(); !ok {
		if b, ok := runtime.BytesLike(v); ok && v.Type() != runtime.BytesType && !runtime.IsInstance(v, runtime.BytesType) {
			// Other bytes-like objects are accepted with CPython's
			// DeprecationWarning.
			msg := fmt.Sprintf("%s: %s should be %s, not %s", o.fn, o.paramName, pathKinds(o), v.Type().Name)
			if err := runtime.Warn(runtime.ExceptionTypeByName("DeprecationWarning"), msg, 1); err != nil {
				return nil, err
			}
			p = runtime.NewBytes(append([]byte(nil), b...))
		} else if _, ok := v.TryBytes(); !ok {
			m := v.Type().LookupString("__fspath__")
			if m.IsNull() {
				return nil, runtime.NewTypeError("%s: %s should be %s, not %s", o.fn, o.paramName, pathKinds(o), v.Type().Name)
			}
			r, err := runtime.Call(m, []runtime.Value{v}, nil)
			if err != nil {
				return nil, err
			}
			_, isStr := r.TryStr()
			_, isBytes := r.TryBytes()
			if !isStr && !isBytes {
				return nil, runtime.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
			}
			p = r
		}
	}
	if s, ok := p.TryStr(); ok {
		b, err := fsencode(s.S)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(b, 0) >= 0 {
			return nil, runtime.NewValueError("embedded null byte")
		}
		return &pathArg{name: b, obj: p, fd: -1}, nil
	}
	b, _ := p.TryBytes()
	if strings.IndexByte(string(b), 0) >= 0 {
		return nil, runtime.NewValueError("%s: embedded null character in %s", o.fn, o.paramName)
	}
	if _, ok := v.TryBytes(); !ok && p != v && v.Type().LookupString("__fspath__").IsNull() {
		p = v // a bytearray or other buffer is OSError.filename itself, as in CPython
	}
	return &pathArg{name: string(b), obj: p, isBytes: true, fd: -1}, nil
}

// pathKinds is the list of accepted kinds in the TypeError message.
func pathKinds(o pathOpts) string {
	switch {
	case o.allowFD && o.nullable:
		return "string, bytes, os.PathLike, integer or None"
	case o.allowFD:
		return "string, bytes, os.PathLike or integer"
	case o.nullable:
		return "string, bytes, os.PathLike or None"
	}
	return "string, bytes or os.PathLike"
}

// fsencode encodes a str as the file system encoding does (UTF-8 with
// surrogateescape).
func fsencode(s string) (string, *runtime.Exception) {
	if isPlainUTF8(s) {
		return s, nil
	}
	b, err := runtime.Encode(s, "utf-8", "surrogateescape")
	if err != nil {
		return "", runtime.CodecErrorException(err)
	}
	return string(b), nil
}

// isPlainUTF8 reports whether s (WTF-8) holds no surrogate code points, so
// that its bytes are already its UTF-8 encoding.
func isPlainUTF8(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xED && i+1 < len(s) && s[i+1] >= 0xA0 {
			return false
		}
	}
	return true
}

// fsdecode decodes a name from the system as os.fsdecode: UTF-8 with
// surrogateescape.
func fsdecode(b string) runtime.Value {
	if ascii(b) {
		return runtime.StrValue(b)
	}
	s, err := runtime.Decode([]byte(b), "utf-8", "surrogateescape")
	if err != nil {
		return runtime.StrValue(b)
	}
	return runtime.StrValue(s)
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// nameValue returns a name from the system as the kind the caller passed:
// bytes when the path argument was bytes, str otherwise.
func (p *pathArg) nameValue(name string) runtime.Value {
	if p.isBytes {
		return runtime.NewBytes([]byte(name))
	}
	return fsdecode(name)
}

// fspath implements os.fspath(path).
func fspath(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, ok := v.TryStr(); ok {
		return v, nil
	}
	if _, ok := v.TryBytes(); ok {
		return v, nil
	}
	m := v.Type().LookupString("__fspath__")
	if m.IsNull() || m.IsNone() {
		return runtime.Value{}, runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
	}
	r, err := runtime.Call(m, []runtime.Value{v}, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	if _, ok := r.TryStr(); ok {
		return r, nil
	}
	if _, ok := r.TryBytes(); ok {
		return r, nil
	}
	return runtime.Value{}, runtime.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
}
