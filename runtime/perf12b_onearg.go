// This file defines the one-argument forms of min, max and sorted that
// CALL_BUILTIN calls directly (Method.One): min(s), max(s), sorted(s) are
// the common calls, and going through the *args binder (signature checks,
// a lent tuple, slab registers for key=, default=, **kw) cost more than
// scanning a small set.

package runtime

func minOne(_, x Value) (Value, *Exception) { return minMaxOf(x, Value{}, Value{}, Lt, "min") }
func maxOne(_, x Value) (Value, *Exception) { return minMaxOf(x, Value{}, Value{}, Gt, "max") }

func sortedOne(_, x Value) (Value, *Exception) { return sortedOf(x, Value{}, Value{}, Value{}) }

// minMaxOf is min or max (op) of the iterable it with key (null for none)
// and default dflt (null for none).
func minMaxOf(it, key, dflt Value, op CompareOp, name string) (Value, *Exception) {
	st := minMaxState{key: key, op: op}
	// Stream the iterable as CPython does: no copy, and the key is
	// called between the iterator's steps.
	done, err := st.addAll(it) // perf12b_iterfast.go
	if err == nil && !done {
		err = st.addIter(it)
	}
	if err != nil {
		return Value{}, err
	}
	if !st.found {
		if !dflt.IsNull() {
			return dflt, nil
		}
		return Value{}, NewValueError("%s() arg is an empty sequence", name)
	}
	return st.best, nil
}
