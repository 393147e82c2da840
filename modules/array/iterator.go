// This file defines array.arrayiterator, which reads the array live (as
// CPython's does), so appends during iteration are seen.
package array

import "krait/runtime"

// iterObject is an array.arrayiterator.
type iterObject struct {
	runtime.Header
	arr *arrayObject
	i   int
}

var iterType *runtime.Type

func array_iter(v value) (value, *exc) {
	return runtime.ValueOf(&iterObject{Header: runtime.HeaderFor(iterType), arr: arrayOf(v)}), nil
}

func arrayiter_next(v value) (value, *exc) {
	it := runtime.PtrOf[iterObject](v)
	if it.arr == nil || it.i >= it.arr.len() {
		it.arr = nil
		return runtime.Value{}, nil
	}
	x := it.arr.item(it.i)
	it.i++
	return x, nil
}

// initIterType creates array.arrayiterator, from initTypes.
func initIterType() {
	iterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "array.arrayiterator", Methods: iterMethods}, func(t *runtime.Type) {
		t.Iter = func(v value) (value, *exc) { return v, nil }
		t.Next = arrayiter_next
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return runtime.None, runtime.NewTypeError("cannot create 'array.arrayiterator' instances")
		}
	})
}

var iterMethods = []runtime.Method{
	{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: arrayiter_reduce, Doc: "Return state information for pickling."},
	{Name: "__setstate__", Sig: "state, /", Flags: runtime.MethO, Fn: arrayiter_setstate, Doc: "Set state information for unpickling."},
}

// arrayiter_reduce pickles the iterator as iter(array) plus its position
// (an exhausted one as iter(())).
func arrayiter_reduce(v value, _ []value) (value, *exc) {
	it := runtime.PtrOf[iterObject](v)
	iter, err := runtime.GetAttrString(runtime.BuiltinsModule().Value(), "iter")
	if err != nil {
		return runtime.None, err
	}
	if it.arr == nil {
		return runtime.TupleValue(iter, runtime.TupleValue(runtime.TupleValue())), nil
	}
	return runtime.TupleValue(iter, runtime.TupleValue(runtime.ValueOf(it.arr)), runtime.Int(int64(it.i))), nil
}

func arrayiter_setstate(v value, a []value) (value, *exc) {
	it := runtime.PtrOf[iterObject](v)
	n, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	if it.arr != nil {
		it.i = int(max(0, min(n, int64(it.arr.len()))))
	}
	return runtime.None, nil
}
