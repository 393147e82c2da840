// This file defines the unbound zero-, one- and two-argument entries
// (Method.Zero, One, Two) of the str methods whose signatures have optional
// trailing parameters: s.replace(a, b), s.find(sub), s.find(sub, start),
// s.startswith(p), s.split(), s.split(sep), s.split(None, n), s.strip().
// Without them
// callBuiltinFast binds the omitted parameters as null Values in slab
// registers (a copy in and a clear out around every call) whenever the
// caller's register window ends at the arguments, which it usually does.
// Each entry runs the same body as Fn, so errors and results are the same.

package runtime

// withOneTwo returns the method name(sig) with flags whose Fn, One and Two
// run call, which takes the first argument and the two optional ones (null
// when omitted).
func withOneTwo(name, sig string, flags MethodFlags, call func(self, x, a1, a2 Value) (Value, *Exception)) Method {
	return Method{Name: name, Sig: sig, Flags: flags,
		Fn:  func(self Value, a []Value) (Value, *Exception) { return call(self, a[0], a[1], a[2]) },
		One: func(self, x Value) (Value, *Exception) { return call(self, x, Value{}, Value{}) },
		Two: func(self, x, y Value) (Value, *Exception) { return call(self, x, y, Value{}) }}
}

// strReplaceTwo is s.replace(old, new): every occurrence.
func strReplaceTwo(self, old, new Value) (Value, *Exception) {
	return strReplaceCall(self, old, new, Value{})
}

// strReplaceCall is str.replace with its count argument null when omitted.
func strReplaceCall(self, old, new, cnt Value) (Value, *Exception) {
	o, ok1 := old.TryStr()
	n, ok2 := new.TryStr()
	if !ok1 {
		return Value{}, NewTypeError("replace() argument 1 must be str, not %s", old.Type().Name)
	}
	if !ok2 {
		return Value{}, NewTypeError("replace() argument 2 must be str, not %s", new.Type().Name)
	}
	count := int64(-1)
	if !cnt.IsNull() {
		var err *Exception
		if count, err = indexToInt(cnt, ""); err != nil {
			return Value{}, err
		}
	}
	if o.S != "" && len(self.AsStr().S) <= 1<<31-1 {
		return strReplaceValue(self, o, n, int(count)), nil
	}
	return strUnchanged(self, StrReplace(self.AsStr().S, o.S, n.S, int(count))), nil
}

// builtinIsInstanceTwo is isinstance(obj, cls) called from CALL_BUILTIN
// (skipping fastArgsFit's signature lookup: isinstance runs per item in
// many loops).
func builtinIsInstanceTwo(_, obj, cls Value) (Value, *Exception) {
	r, err := IsInstanceOf(obj, cls)
	return Bool(r), err
}
