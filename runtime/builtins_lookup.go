// This file defines the slow name lookups for frames whose globals or
// builtins are not exact dicts: CPython 3.11 then goes through
// PyObject_GetItem, so a dict subclass's __getitem__ (or a mapping used
// as __builtins__) is honoured and its errors propagate.

package runtime

// foreignBuiltins stands for a __builtins__ that is neither a dict nor a
// module (any object: a mapping, or 123). Frames and functions keep a
// *Dict, so they hold this empty, never-written dict and the lookups
// below fetch the real object from globals['__builtins__'].
var foreignBuiltins = NewDict()

// builtinsValue returns the object a frame or function with these
// globals and builtins uses as its builtins namespace.
func builtinsValue(globals, builtins *Dict) Value {
	if builtins == foreignBuiltins {
		if b, ok := globals.GetStr(Intern("__builtins__")); ok {
			return b
		}
	}
	return ValueOf(builtins)
}

// exactNamespaces reports whether f's globals and builtins are both
// exact dicts, so the cached LOAD_GLOBAL path may be used.
func exactNamespaces(f *frame) bool {
	return f.globals.typ == DictType && f.builtins.typ == DictType && f.builtins != foreignBuiltins
}

// builtinsGet looks name up in f's builtins: a plain lookup for an exact
// dict, else through __getitem__ (a KeyError means "not found").
func builtinsGet(f *frame, name *Str) (Value, bool, *Exception) {
	if f.builtins.typ == DictType && f.builtins != foreignBuiltins {
		v, ok := f.builtins.GetStr(name)
		return v, ok, nil
	}
	return mappingGet(builtinsValue(f.globals, f.builtins), name)
}

// loadGlobalSlow is LOAD_GLOBAL when globals or builtins is not an exact
// dict: globals[name], then builtins[name], never cached.
func loadGlobalSlow(f *frame, name *Str) (Value, *Exception) {
	if v, ok, err := mappingGet(f.globals.Value(), name); err != nil || ok {
		return v, err
	}
	if v, ok, err := builtinsGet(f, name); err != nil || ok {
		return v, err
	}
	return Value{}, nameError(name, f)
}
