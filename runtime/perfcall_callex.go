// This file defines how CALL_EX takes the mapping of a call f(..., **m)
// whose only keyword part is m: the compiler passes m itself instead of a
// fresh merged dict, and the callee reads it without a copy when it is a
// dict of str keys (no callee keeps it: keywords are bound or flattened).

package runtime

// callerKwargs returns the keyword mapping m of CALL_EX (b == 2) as a dict
// of str keys: m itself when it is an exact dict whose keys are all exact
// strs, else a new dict merged from m with DICT_MERGE's errors naming fn.
func callerKwargs(fn, m Value) (Value, *Exception) {
	if m.Type() == DictType && !m.AsDict().general {
		return m, nil
	}
	d := NewDict()
	if err := interpDictUpdate(d, m, fn); err != nil {
		return Value{}, err
	}
	return d.Value(), nil
}
