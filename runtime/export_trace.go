// This file exports what the profiler module (_lsprof, modules/lsprof)
// needs from the frames and builtin functions its Go profile hook sees.

package runtime

// FrameCode returns the code object of a frame object.
func FrameCode(fo *Frame) *Code { return fo.code }

// BuiltinProfileKey returns what cProfile keys a builtin call by (its
// method definition, shared by every bound instance, as CPython's
// PyMethodDef pointer) and how it names it, as _lsprof's
// normalizeUserObj: "<built-in method builtins.len>" for a module's
// function, the repr of the method found on the receiver's type
// ("<method 'append' of 'list' objects>") for a bound method.
func BuiltinProfileKey(fn Value) (key any, label Value) {
	if fn.Type() != BuiltinFunctionType {
		return nil, Value{}
	}
	bf := ptrOf[BuiltinFunction](fn)
	name := bf.m.Name
	if bf.self.IsNull() || bf.self.Type() == ModuleType {
		mod := bf.mod
		if !bf.self.IsNull() && bf.self.Type() == ModuleType {
			if n, ok := ptrOf[Module](bf.self).Dict.GetStr(Intern("__name__")); ok {
				if s, ok := n.TryStr(); ok {
					mod = s.S
				}
			}
		}
		if mod == "" {
			return bf.m, StrValue("<built-in method " + name + ">")
		}
		return bf.m, StrValue("<built-in method " + mod + "." + name + ">")
	}
	if mo := bf.self.Type().Lookup(Intern(name)); !mo.IsNull() {
		if r, err := Repr(mo); err == nil {
			return bf.m, ValueOf(r)
		}
	}
	if bf.mod != "" {
		return bf.m, StrValue("<built-in method " + bf.mod + "." + name + ">")
	}
	return bf.m, StrValue("<built-in method " + name + ">")
}
