// Package bisect implements _bisect, binary search and insertion in
// sorted sequences, with the lo/hi bounds and key function of Python 3.10+.
package bisect

import "krait/runtime"

// Module is the _bisect module definition.
var Module = &runtime.ModuleDef{
	Name: "_bisect",
	Doc:  "Bisection algorithms.\n\nBinary search and insertion that keep a sorted list sorted.",
	Methods: []runtime.Method{
		runtime.ClinicMethod("bisect_right", "a, x, lo=, hi=, *, key=", bisect_bisect_right),
		runtime.ClinicMethod("insort_right", "a, x, lo=, hi=, *, key=", bisect_insort_right),
		runtime.ClinicMethod("bisect_left", "a, x, lo=, hi=, *, key=", bisect_bisect_left),
		runtime.ClinicMethod("insort_left", "a, x, lo=, hi=, *, key=", bisect_insort_left),
	},
}

// bounds converts the lo and hi arguments: lo through __index__ (default
// 0), hi through __index__ or None (default and None: len(a)), with
// Argument Clinic's conversion errors.
func bounds(a, loArg, hiArg runtime.Value) (lo, hi int64, err *runtime.Exception) {
	if !loArg.IsNull() {
		if lo, err = toSsize(loArg); err != nil {
			return 0, 0, err
		}
	}
	if lo < 0 {
		return 0, 0, runtime.NewValueError("lo must be non-negative")
	}
	hi = -1
	if !hiArg.IsNull() && !hiArg.IsNone() {
		if hiArg.Type().Index == nil && !hiArg.IsSmallInt() {
			return 0, 0, runtime.NewTypeError("argument should be integer or None, not '%s'", hiArg.Type().Name)
		}
		if hi, err = toSsize(hiArg); err != nil {
			if err.Matches(runtime.OverflowErrorType) {
				return 0, 0, runtime.NewOverflowError("cannot fit 'int' into an index-sized integer")
			}
			return 0, 0, err
		}
	}
	if hi == -1 {
		n, err := seqLen(a)
		if err != nil {
			return 0, 0, err
		}
		hi = int64(n)
	}
	return lo, hi, nil
}

func toSsize(v runtime.Value) (int64, *runtime.Exception) { return runtime.IndexInt64(v, "") }

// seqLen is PySequence_Size: a dict is no sequence.
func seqLen(a runtime.Value) (int, *runtime.Exception) {
	if _, ok := a.TryDict(); ok {
		return 0, runtime.NewTypeError("%s is not a sequence", a.Type().Name)
	}
	return runtime.Len(a)
}

// seqItem is PySequence_GetItem: a mapping or an object without item
// access is no sequence.
func seqItem(a runtime.Value, i int64) (runtime.Value, *runtime.Exception) {
	if _, ok := a.TryDict(); ok {
		return runtime.Value{}, runtime.NewTypeError("%s is not a sequence", a.Type().Name)
	}
	if a.Type().GetItem == nil {
		return runtime.Value{}, runtime.NewTypeError("'%s' object does not support indexing", a.Type().Name)
	}
	return runtime.GetItem(a, runtime.Int(i))
}

// item returns a[i] (PySequence_GetItem) with the key applied.
func item(a runtime.Value, i int64, key runtime.Value) (runtime.Value, *runtime.Exception) {
	var v runtime.Value
	if l, ok := a.TryList(); ok && a.Type() == runtime.ListType {
		items := l.Items()
		if i >= int64(len(items)) {
			return runtime.Value{}, runtime.NewIndexError("list index out of range")
		}
		v = items[i]
	} else {
		var err *runtime.Exception
		if v, err = seqItem(a, i); err != nil {
			return runtime.Value{}, err
		}
	}
	if key.IsNull() || key.IsNone() {
		return v, nil
	}
	return runtime.Call(key, []runtime.Value{v}, nil)
}

// search returns the insertion point of x in a[lo:hi]: the leftmost one
// (all items before it < x) when left, else the rightmost.
func search(a, x runtime.Value, lo, hi int64, key runtime.Value, left bool) (int64, *runtime.Exception) {
	for lo < hi {
		mid := int64((uint64(lo) + uint64(hi)) / 2)
		v, err := item(a, mid, key)
		if err != nil {
			return 0, err
		}
		var below bool
		if left {
			below, err = runtime.RichCompareBool(v, x, runtime.Lt)
		} else {
			var above bool
			above, err = runtime.RichCompareBool(x, v, runtime.Lt)
			below = !above
		}
		if err != nil {
			return 0, err
		}
		if below {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

func bisect(a []runtime.Value, left bool) (runtime.Value, *runtime.Exception) {
	lo, hi, err := bounds(a[0], a[2], a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	i, err := search(a[0], a[1], lo, hi, a[4], left)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(i), nil
}

func insort(a []runtime.Value, left bool) (runtime.Value, *runtime.Exception) {
	lo, hi, err := bounds(a[0], a[2], a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	x, key := a[1], a[4]
	if !key.IsNull() && !key.IsNone() {
		if x, err = runtime.Call(key, []runtime.Value{x}, nil); err != nil {
			return runtime.Value{}, err
		}
	}
	i, err := search(a[0], x, lo, hi, key, left)
	if err != nil {
		return runtime.Value{}, err
	}
	if l, ok := a[0].TryList(); ok && a[0].Type() == runtime.ListType {
		ref := l.ItemsRef()
		i = min(i, int64(len(*ref)))
		*ref = append(*ref, runtime.Value{})
		copy((*ref)[i+1:], (*ref)[i:])
		(*ref)[i] = a[1]
		return runtime.None, nil
	}
	insert, err := runtime.GetAttrString(a[0], "insert")
	if err != nil {
		return runtime.Value{}, err
	}
	if _, err := runtime.Call(insert, []runtime.Value{runtime.Int(i), a[1]}, nil); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func bisect_bisect_right(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return bisect(a, false)
}

func bisect_bisect_left(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return bisect(a, true)
}

func bisect_insort_right(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return insort(a, false)
}

func bisect_insort_left(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return insort(a, true)
}
