// This file defines UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError: their constructors' argument checks, their
// encoding/object/start/end/reason attributes and their __str__, and the
// conversion of a codec's *CodecError into such an exception.

package runtime

import (
	"fmt"
)

// The indexes of a Unicode error's attributes in Exception.extra.
const (
	uxEncoding = iota
	uxObject
	uxStart
	uxEnd
	uxReason
)

// unicodeErrorKind tells which of the three classes t derives from.
func unicodeErrorKind(t *Type) string {
	for _, name := range []string{"UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"} {
		if t.IsSubtype(exceptionTypeByName[name]) {
			return name
		}
	}
	return ""
}

// unicode_error_init checks and stores the arguments of the three classes.
func unicode_error_init(self Value, args []Value, kw []*Str) *Exception {
	if err := exc_init(self, args, kw); err != nil {
		return err
	}
	e := self.AsException()
	pos := args[:len(args)-len(kw)]
	kind := unicodeErrorKind(e.typ)
	want := 5
	if kind == "UnicodeTranslateError" {
		want = 4
		pos = append([]Value{None}, pos...)
	}
	if len(args)-len(kw) != want {
		return NewTypeError("function takes exactly %d arguments (%d given)", want, len(args)-len(kw))
	}
	argn := func(i int) int {
		if kind == "UnicodeTranslateError" {
			return i
		}
		return i + 1
	}
	if kind != "UnicodeTranslateError" {
		if _, ok := pos[uxEncoding].TryStr(); !ok {
			return NewTypeError("argument 1 must be str, not %s", pos[uxEncoding].Type().Name)
		}
	}
	obj := pos[uxObject]
	if kind == "UnicodeDecodeError" {
		b, ok := bytesLike(obj)
		if !ok {
			return NewTypeError("a bytes-like object is required, not '%s'", obj.Type().Name)
		}
		if _, isBytes := obj.TryBytes(); !isBytes {
			obj = NewBytes(append([]byte(nil), b...))
		}
	} else if _, ok := obj.TryStr(); !ok {
		return NewTypeError("argument %d must be str, not %s", argn(uxObject), obj.Type().Name)
	}
	start, err := indexToInt(pos[uxStart], "")
	if err != nil {
		return err
	}
	end, err := indexToInt(pos[uxEnd], "")
	if err != nil {
		return err
	}
	if _, ok := pos[uxReason].TryStr(); !ok {
		return NewTypeError("argument %d must be str, not %s", argn(uxReason), pos[uxReason].Type().Name)
	}
	e.extra = []Value{pos[uxEncoding], obj, Int(start), Int(end), pos[uxReason]}
	return nil
}

// unicodeErrorAttr is the getter and setter of one attribute.
func unicodeErrorAttr(name string, i int) GetSetDef {
	return GetSetDef{Name: name, Get: func(v Value) (Value, *Exception) {
		e := v.AsException()
		if len(e.extra) != 5 {
			return None, nil
		}
		return e.extra[i], nil
	}, Set: func(v, x Value) *Exception {
		e := v.AsException()
		if x.IsNull() {
			if i == uxStart || i == uxEnd {
				return NewTypeError("can't delete numeric/char attribute") // T_PYSSIZET members
			}
			return NewTypeError("can't delete %s attribute", name)
		}
		if i == uxStart || i == uxEnd {
			if _, _, ok := intValue(x); !ok {
				return NewTypeError("an integer is required")
			}
		}
		if len(e.extra) != 5 {
			e.extra = []Value{None, None, Int(0), Int(0), None}
		}
		e.extra[i] = x
		return nil
	}}
}

// unicode_error_str is str() of the three classes.
func unicode_error_str(v Value) (Value, *Exception) {
	e := v.AsException()
	if len(e.extra) != 5 {
		return exc_str(v)
	}
	reason, err := StrOf(e.extra[uxReason])
	if err != nil {
		return Value{}, err
	}
	// The attributes may have been set to other types since.
	encStr, err := StrOf(e.extra[uxEncoding])
	if err != nil {
		return Value{}, err
	}
	enc := encStr.S
	start, _ := indexToInt(e.extra[uxStart], "")
	end, _ := indexToInt(e.extra[uxEnd], "")
	switch unicodeErrorKind(e.typ) {
	case "UnicodeDecodeError":
		b, _ := bytesLike(e.extra[uxObject])
		if start >= 0 && start < int64(len(b)) && end == start+1 {
			return StrValue(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b[start], start, reason.S)), nil
		}
		return StrValue(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason.S)), nil
	case "UnicodeEncodeError", "UnicodeTranslateError":
		s, _ := e.extra[uxObject].TryStr()
		prefix := fmt.Sprintf("'%s' codec can't encode", enc)
		if unicodeErrorKind(e.typ) == "UnicodeTranslateError" {
			prefix = "can't translate"
		}
		if s != nil && start >= 0 && start < int64(s.Len()) && end == start+1 {
			c, _ := decodeCodePoint(s.S, cpOffset(s.S, int(start)))
			var esc string
			switch {
			case c <= 0xFF:
				esc = fmt.Sprintf("\\x%02x", c)
			case c <= 0xFFFF:
				esc = fmt.Sprintf("\\u%04x", c)
			default:
				esc = fmt.Sprintf("\\U%08x", c)
			}
			return StrValue(fmt.Sprintf("%s character '%s' in position %d: %s", prefix, esc, start, reason.S)), nil
		}
		return StrValue(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason.S)), nil
	}
	return exc_str(v)
}

// CodecException converts a codec's error into the Python exception.
func CodecException(ce *CodecError) *Exception {
	switch ce.Kind {
	case "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError":
		t := exceptionTypeByName[ce.Kind]
		var obj Value
		if ce.Kind == "UnicodeDecodeError" {
			obj = NewBytes(ce.Bytes)
		} else {
			obj = StrValue(ce.Str)
		}
		extra := []Value{StrValue(ce.Encoding), obj, Int(int64(ce.Start)), Int(int64(ce.End)), StrValue(ce.Reason)}
		args := extra
		if ce.Kind == "UnicodeTranslateError" {
			extra[uxEncoding] = None
			args = extra[1:]
		}
		e := NewException(t, args...)
		e.extra = extra
		return e
	}
	if t := exceptionTypeByName[ce.Kind]; t != nil {
		return NewExceptionMsg(t, ce.Msg)
	}
	return NewExceptionMsg(SystemErrorType, ce.Msg)
}

// codecErrorOf is the inverse of CodecException for the three Unicode
// error classes: what a Go codec needs to report an error raised by a
// Python error handler or codec. ok is false for other exceptions.
func codecErrorOf(e *Exception) (*CodecError, bool) {
	kind := unicodeErrorKind(e.typ)
	if kind == "" || len(e.extra) != 5 {
		return nil, false
	}
	ce := &CodecError{Kind: kind}
	if s, ok := e.extra[uxEncoding].TryStr(); ok {
		ce.Encoding = s.S
	}
	if s, ok := e.extra[uxObject].TryStr(); ok {
		ce.Str = s.S
	} else if b, ok := bytesLike(e.extra[uxObject]); ok {
		ce.Bytes = b
	}
	s, _ := indexToInt(e.extra[uxStart], "")
	n, _ := indexToInt(e.extra[uxEnd], "")
	ce.Start, ce.End = int(s), int(n)
	if r, ok := e.extra[uxReason].TryStr(); ok {
		ce.Reason = r.S
	}
	return ce, true
}

// setupUnicodeErrors fills the slots of the three classes, which
// exceptionTypes creates just before finishing them.
func setupUnicodeErrors() {
	getsets := []GetSetDef{unicodeErrorAttr("encoding", uxEncoding), unicodeErrorAttr("object", uxObject),
		unicodeErrorAttr("start", uxStart), unicodeErrorAttr("end", uxEnd), unicodeErrorAttr("reason", uxReason)}
	for _, name := range []string{"UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"} {
		t := exceptionTypeByName[name]
		t.Init = unicode_error_init
		t.Str = unicode_error_str
		t.getsets = getsets
	}
}
