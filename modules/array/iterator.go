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

func init() {
	iterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "array.arrayiterator"}, func(t *runtime.Type) {
		t.Iter = func(v value) (value, *exc) { return v, nil }
		t.Next = arrayiter_next
		t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return runtime.None, runtime.NewTypeError("cannot create 'array.arrayiterator' instances")
		}
	})
}
