// This file defines array.array's sequence protocol: indexing, slicing,
// slice assignment, deletion, membership, comparison, + and *.
package array

import (
	"bytes"

	"krait/runtime"
)

// index resolves an integer index, -1 when out of range.
func (a *arrayObject) index(key value) (int, *exc) {
	i, err := runtime.IndexInt64(key, "array indices must be integers%.0s")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return -1, nil
		}
		return 0, err
	}
	n := int64(a.len())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return -1, nil
	}
	return int(i), nil
}

func array_subscript(v, key value) (value, *exc) {
	a := arrayOf(v)
	if sl, ok := key.TrySlice(); ok {
		start, _, step, n, err := sl.Indices(a.len())
		if err != nil {
			return runtime.None, err
		}
		r := newArray(ArrayType, a.code)
		r.data = make([]byte, 0, n*a.size)
		for i := 0; i < n; i++ {
			j := (start + i*step) * a.size
			r.data = append(r.data, a.data[j:j+a.size]...)
		}
		return runtime.ValueOf(r), nil
	}
	i, err := a.index(key)
	if err != nil {
		return runtime.None, err
	}
	if i < 0 {
		return runtime.None, runtime.NewIndexError("array index out of range")
	}
	return a.item(i), nil
}

func array_ass_subscript(v, key, val value) *exc {
	a := arrayOf(v)
	if sl, ok := key.TrySlice(); ok {
		return a.assignSlice(sl, val)
	}
	i, err := a.index(key)
	if err != nil {
		return err
	}
	if i < 0 {
		return runtime.NewIndexError("array assignment index out of range")
	}
	if val.IsNull() {
		if err := a.checkResize(); err != nil {
			return err
		}
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return nil
	}
	return pack(a.code, a.data[i*a.size:], val)
}

func (a *arrayObject) assignSlice(sl *runtime.Slice, val value) *exc {
	start, stop, step, n, err := sl.Indices(a.len())
	if err != nil {
		return err
	}
	var src []byte
	if !val.IsNull() {
		o, ok := tryArray(val)
		if !ok {
			return runtime.NewTypeError("can only assign array (not \"%s\") to array slice", val.Type().Name)
		}
		if o.code != a.code {
			return runtime.NewTypeError("bad argument type for built-in operation")
		}
		src = bytes.Clone(o.data)
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(src) != (stop-start)*a.size {
			if err := a.checkResize(); err != nil {
				return err
			}
		}
		tail := bytes.Clone(a.data[stop*a.size:])
		a.data = append(append(a.data[:start*a.size], src...), tail...)
		return nil
	}
	if val.IsNull() {
		if n == 0 {
			return nil
		}
		if err := a.checkResize(); err != nil {
			return err
		}
		drop := make(map[int]bool, n)
		for i := 0; i < n; i++ {
			drop[start+i*step] = true
		}
		out := a.data[:0:0]
		for i := 0; i < a.len(); i++ {
			if !drop[i] {
				out = append(out, a.data[i*a.size:(i+1)*a.size]...)
			}
		}
		a.data = out
		return nil
	}
	if len(src) != n*a.size {
		return runtime.NewValueError("attempt to assign array of size %d to extended slice of size %d", len(src)/a.size, n)
	}
	for i := 0; i < n; i++ {
		j := (start + i*step) * a.size
		copy(a.data[j:j+a.size], src[i*a.size:])
	}
	return nil
}

func array_contains(v, x value) (bool, *exc) {
	a := arrayOf(v)
	for i := 0; i < a.len(); i++ {
		eq, err := runtime.RichCompareBool(a.item(i), x, runtime.Eq)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func array_richcompare(v, w value, op runtime.CompareOp) (value, *exc) {
	a := arrayOf(v)
	b, ok := tryArray(w)
	if !ok {
		return runtime.NotImplemented, nil
	}
	na, nb := a.len(), b.len()
	if na != nb && (op == runtime.Eq || op == runtime.Ne) {
		return runtime.Bool(op == runtime.Ne), nil
	}
	i := 0
	for ; i < na && i < nb; i++ {
		eq, err := itemsEqual(a.item(i), b.item(i))
		if err != nil {
			return runtime.None, err
		}
		if !eq {
			break
		}
	}
	if i < na && i < nb {
		if op == runtime.Eq {
			return runtime.False, nil
		}
		if op == runtime.Ne {
			return runtime.True, nil
		}
		return runtime.RichCompare(a.item(i), b.item(i), op)
	}
	var r bool
	switch op {
	case runtime.Lt:
		r = na < nb
	case runtime.Le:
		r = na <= nb
	case runtime.Eq:
		r = na == nb
	case runtime.Ne:
		r = na != nb
	case runtime.Gt:
		r = na > nb
	case runtime.Ge:
		r = na >= nb
	}
	return runtime.Bool(r), nil
}

func array_concat(v, w value) (value, *exc) {
	a, ok := tryArray(v)
	if !ok {
		return runtime.NotImplemented, nil
	}
	b, ok := tryArray(w)
	if !ok {
		return runtime.None, runtime.NewTypeError("can only append array (not \"%s\") to array", w.Type().Name)
	}
	if a.code != b.code {
		return runtime.None, runtime.NewTypeError("bad argument type for built-in operation")
	}
	r := newArray(ArrayType, a.code)
	r.data = append(bytes.Clone(a.data), b.data...)
	return runtime.ValueOf(r), nil
}

func array_inplace_concat(v, w value) (value, *exc) {
	a := arrayOf(v)
	b, ok := tryArray(w)
	if !ok {
		return runtime.None, runtime.NewTypeError("can only extend array with array (not \"%s\")", w.Type().Name)
	}
	if err := a.extendArray(b); err != nil {
		return runtime.None, err
	}
	return v, nil
}

func (a *arrayObject) extendArray(b *arrayObject) *exc {
	if a.code != b.code {
		return runtime.NewTypeError("can only extend with array of same kind")
	}
	if len(b.data) > 0 {
		if err := a.checkResize(); err != nil {
			return err
		}
	}
	a.data = append(a.data, bytes.Clone(b.data)...)
	return nil
}

func repeatCount(n value) (int, *exc) {
	k, err := runtime.IndexInt64(n, "can't multiply sequence by non-int of type '%s'")
	if err != nil {
		return 0, err
	}
	return int(max(k, 0)), nil
}

func array_repeat(v, n value) (value, *exc) {
	a, ok := tryArray(v)
	if !ok {
		a, n = arrayOf(n), v
	}
	if _, isArr := tryArray(n); isArr {
		return runtime.NotImplemented, nil
	}
	k, err := repeatCount(n)
	if err != nil {
		return runtime.None, err
	}
	if k > 0 && len(a.data) > (1<<31)/k {
		return runtime.None, runtime.NewException(runtime.ExceptionTypeByName("MemoryError"))
	}
	r := newArray(ArrayType, a.code)
	r.data = bytes.Repeat(a.data, k)
	return runtime.ValueOf(r), nil
}

func array_inplace_repeat(v, n value) (value, *exc) {
	a := arrayOf(v)
	k, err := repeatCount(n)
	if err != nil {
		return runtime.None, err
	}
	if k != 1 && len(a.data) > 0 {
		if err := a.checkResize(); err != nil {
			return runtime.None, err
		}
	}
	if k > 0 && len(a.data) > (1<<31)/k {
		return runtime.None, runtime.NewException(runtime.ExceptionTypeByName("MemoryError"))
	}
	a.data = bytes.Repeat(a.data, k)
	return v, nil
}

// itemsEqual is == of two items as CPython compares them: each item is a
// new object, so identity never decides (unboxed NaNs with equal bits are
// identical Values in Krait but must compare unequal).
func itemsEqual(x, y value) (bool, *exc) {
	if x.IsFloat() && y.IsFloat() {
		return x.AsFloat() == y.AsFloat(), nil
	}
	return runtime.RichCompareBool(x, y, runtime.Eq)
}
