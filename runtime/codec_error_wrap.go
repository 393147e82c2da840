// This file defines the wrapping of an error a codec function raises
// ("encoding with 'idna' codec failed (UnicodeError: ...)"), as CPython's
// wrap_codec_error and _PyErr_TrySetFromCause do.

package runtime

// codecInitOverriders are the builtin exception classes with their own
// __init__ or __new__ (and C-level state): CPython leaves those unwrapped.
var codecInitOverriders = map[string]bool{
	"OSError": true, "UnicodeEncodeError": true, "UnicodeDecodeError": true, "UnicodeTranslateError": true,
	"SyntaxError": true, "ImportError": true, "StopIteration": true, "SystemExit": true, "NameError": true,
	"AttributeError": true, "BaseExceptionGroup": true,
}

// wrapCodecCallError returns err re-raised as a new exception of the same type
// whose message names the operation ("encoding"/"decoding") and the
// codec, chained to err as its cause; err itself when it carries more
// than a message (other arguments, attributes, or a class with its own
// __init__/__new__).
func wrapCodecCallError(err *Exception, op, encoding string) *Exception {
	t := err.Type()
	for _, c := range t.MRO {
		if c == BaseExceptionType {
			break
		}
		if c.Flags&FlagHeapType != 0 {
			_, hasInit := c.Dict().GetStr(Intern("__init__"))
			_, hasNew := c.Dict().GetStr(Intern("__new__"))
			if hasInit || hasNew {
				return err
			}
		} else if codecInitOverriders[c.Name] || exceptionTypeByName[c.Name] != c {
			return err
		}
	}
	if err.Args != nil && (len(err.Args.items) > 1 || len(err.Args.items) == 1 && err.Args.items[0].Type() != StrType) {
		return err
	}
	if !attrsEmpty(&err.Attrs) {
		return err
	}
	s, serr := StrOf(err.Value())
	if serr != nil {
		return err
	}
	w := NewException(t, StrValue(op+" with '"+encoding+"' codec failed ("+t.Name+": "+s.S+")"))
	w.Cause = err
	w.SuppressContext = true
	return w
}

// attrsEmpty reports whether an instance has no attributes in its dict.
func attrsEmpty(a *Attrs) bool {
	if a.dict != nil {
		return a.dict.Len() == 0
	}
	for _, v := range a.values {
		if !v.IsNull() {
			return false
		}
	}
	return true
}
