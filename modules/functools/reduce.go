// This file defines functools.reduce.

package functools

import "krait/runtime"

func functools_reduce(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fn, seq, result := a[0], a[1], a[2]
	it, err := runtime.Iter(seq)
	if err != nil {
		if err.Matches(runtime.TypeErrorType) {
			return runtime.Value{}, runtime.NewTypeError("reduce() arg 2 must support iteration")
		}
		return runtime.Value{}, err
	}
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return runtime.Value{}, err
		}
		if x.IsNull() {
			break
		}
		if result.IsNull() {
			result = x
			continue
		}
		result, err = runtime.Call2(fn, result, x) // no argument slice
		if err != nil {
			return runtime.Value{}, err
		}
	}
	if result.IsNull() {
		return runtime.Value{}, runtime.NewTypeError("reduce() of empty iterable with no initial value")
	}
	return result, nil
}
