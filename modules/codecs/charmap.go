// This file defines the charmap functions of _codecs: charmap_build and
// its EncodingMap, and charmap_encode/charmap_decode over an EncodingMap or
// decoding table (the single-byte codecs of Lib/encodings, done by the Go
// codec) or over any mapping (done here, calling the error handler).
package codecs

import (
	"krait/runtime"
)

// EncodingMapType is the type of the maps charmap_build returns.
var EncodingMapType = runtime.NewNativeType(&runtime.TypeSpec{
	Name: "EncodingMap",
	Methods: []runtime.Method{{Name: "size", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Int(int64(len(runtime.PtrOf[encodingMap](self).m))), nil
	}}},
}, nil)

type encodingMap struct {
	runtime.Header
	m map[rune]byte
}

const undefinedReason = "character maps to <undefined>"

func charmap_build(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("charmap_build() argument must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	n := runtime.StrLength(s.S)
	fits := n == 256
	for i := 0; fits && i < n; i++ {
		if c, _ := runtime.CodePointAt(s.S, i); c > 0xFFFF {
			fits = false
		}
	}
	if fits {
		return runtime.ValueOf(&encodingMap{runtime.HeaderOf(EncodingMapType), runtime.CharmapBuild(s.S)}), nil
	}
	d := runtime.NewDict()
	for i := 0; i < n && i < 256; i++ {
		c, _ := runtime.CodePointAt(s.S, i)
		if err := d.SetItem(runtime.Int(int64(c)), runtime.Int(int64(i))); err != nil {
			return runtime.Value{}, err
		}
	}
	return d.Value(), nil
}

func charmap_encode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0], "charmap_encode")
	if err != nil {
		return runtime.Value{}, err
	}
	errors, err := strOpt(a[1], "charmap_encode", 2, "strict", true)
	if err != nil {
		return runtime.Value{}, err
	}
	var out []byte
	switch m := a[2]; {
	case m.IsNull() || m.IsNone():
		out, err = runtime.CodecsEncode(s, "latin-1", errors)
	case runtime.IsInstance(m, EncodingMapType):
		out, err = runtime.CodecsCharmapEncodeMap(s, errors, runtime.PtrOf[encodingMap](m).m)
	default:
		out, err = charmapEncodeMapping(s, errors, m)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	return encodeResult(out, s), nil
}

// mapChar looks c up in an encoding mapping: its bytes, or ok false.
func mapChar(m runtime.Value, c rune) ([]byte, bool, *runtime.Exception) {
	r, err := runtime.GetItem(m, runtime.Int(int64(c)))
	if err != nil {
		if err.Matches(runtime.LookupErrorType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	if r.IsNone() {
		return nil, false, nil
	}
	if n, ok := runtime.IntOf(r); ok {
		if n < 0 || n > 255 {
			return nil, false, runtime.NewTypeError("character mapping must be in range(256)")
		}
		return []byte{byte(n)}, true, nil
	}
	if b, ok := r.TryBytes(); ok {
		return b, true, nil
	}
	return nil, false, runtime.NewTypeError("character mapping must return integer, bytes or None, not %s", r.Type().Name)
}

// charmapEncodeMapping encodes s through any mapping of ordinals.
func charmapEncodeMapping(s, errors string, m runtime.Value) ([]byte, *runtime.Exception) {
	n := runtime.StrLength(s)
	var out []byte
	for i := 0; i < n; {
		c, _ := runtime.CodePointAt(s, i)
		b, ok, err := mapChar(m, c)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, b...)
			i++
			continue
		}
		end := i + 1
		for ; end < n; end++ {
			c2, _ := runtime.CodePointAt(s, end)
			if _, ok2, err := mapChar(m, c2); err != nil || ok2 {
				break
			}
		}
		ce := &runtime.CodecError{Kind: "UnicodeEncodeError", Encoding: "charmap", Str: s, Start: i, End: end, Reason: undefinedReason}
		rep, next, err := callHandler(errors, ce, n)
		if err != nil {
			return nil, err
		}
		if rb, ok := rep.TryBytes(); ok {
			out = append(out, rb...)
		} else {
			rs := rep.AsStr().S
			for k := 0; k < runtime.StrLength(rs); k++ {
				rc, _ := runtime.CodePointAt(rs, k)
				b, ok, err := mapChar(m, rc)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, runtime.CodecException(ce)
				}
				out = append(out, b...)
			}
		}
		i = next
	}
	return out, nil
}

// callHandler applies the error handler named errors to ce and returns the
// replacement (str, or bytes when encoding) and where to resume; n is the
// length of the object, for negative and out-of-range positions.
func callHandler(errors string, ce *runtime.CodecError, n int) (runtime.Value, int, *runtime.Exception) {
	exc := runtime.CodecException(ce)
	if errors == "strict" {
		return runtime.Value{}, 0, exc
	}
	h, err := runtime.LookupErrorHandler(errors)
	if err != nil {
		return runtime.Value{}, 0, err
	}
	r, err := runtime.Call(h, []runtime.Value{exc.Value()}, nil)
	if err != nil {
		return runtime.Value{}, 0, err
	}
	msg := "decoding error handler must return (str, int) tuple"
	if ce.Kind == "UnicodeEncodeError" {
		msg = "encoding error handler must return (str/bytes, int) tuple"
	}
	t, ok := r.TryTuple()
	if !ok || t.Len() != 2 {
		return runtime.Value{}, 0, runtime.NewTypeError("%s", msg)
	}
	rep, posV := t.Items()[0], t.Items()[1]
	_, isStr := rep.TryStr()
	_, isBytes := rep.TryBytes()
	pos, isInt := runtime.IntOf(posV)
	if !isInt || !(isStr || isBytes && ce.Kind == "UnicodeEncodeError") {
		return runtime.Value{}, 0, runtime.NewTypeError("%s", msg)
	}
	if pos < 0 {
		pos += int64(n)
	}
	if pos < 0 || pos > int64(n) {
		return runtime.Value{}, 0, runtime.NewIndexError("position %d from error handler out of bounds", pos)
	}
	return rep, int(pos), nil
}

func charmap_decode(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dataArg(a[0], false)
	if err != nil {
		return runtime.Value{}, err
	}
	errors, err := strOpt(a[1], "charmap_decode", 2, "strict", true)
	if err != nil {
		return runtime.Value{}, err
	}
	var s string
	switch m := a[2]; {
	case m.IsNull() || m.IsNone():
		s, _, err = runtime.CodecsDecode(b, "latin-1", errors, true)
	default:
		if t, ok := m.TryStr(); ok {
			s, err = runtime.CodecsCharmapDecodeTable(b, errors, t.S)
		} else {
			s, err = charmapDecodeMapping(b, errors, m)
		}
	}
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.StrValue(s), runtime.Int(int64(len(b)))), nil
}

// charmapDecodeMapping decodes b through any mapping of byte values.
func charmapDecodeMapping(b []byte, errors string, m runtime.Value) (string, *runtime.Exception) {
	var out []byte
	for i := 0; i < len(b); {
		r, err := runtime.GetItem(m, runtime.Int(int64(b[i])))
		defined := true
		if err != nil {
			if !err.Matches(runtime.LookupErrorType) {
				return "", err
			}
			defined = false
		} else if r.IsNone() {
			defined = false
		} else if n, ok := runtime.IntOf(r); ok {
			if n < 0 || n > 0x10FFFF {
				return "", runtime.NewTypeError("character mapping must be in range(0x110000)")
			}
			if n == 0xFFFE {
				defined = false
			} else {
				out = runtime.AppendCodePoint(out, rune(n))
			}
		} else if s, ok := r.TryStr(); ok {
			if s.S == "\uFFFE" {
				defined = false
			} else {
				out = append(out, s.S...)
			}
		} else {
			return "", runtime.NewTypeError("character mapping must return integer, None or str")
		}
		if defined {
			i++
			continue
		}
		ce := &runtime.CodecError{Kind: "UnicodeDecodeError", Encoding: "charmap", Bytes: b, Start: i, End: i + 1, Reason: undefinedReason}
		rep, next, err := callHandler(errors, ce, len(b))
		if err != nil {
			return "", err
		}
		out = append(out, rep.AsStr().S...)
		i = next
	}
	return string(out), nil
}
