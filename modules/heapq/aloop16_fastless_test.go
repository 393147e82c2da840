package heapq

import (
	"math"
	"testing"

	"krait/runtime"
)

// TestLessValueMatchesRichCompare checks the native comparison against
// RichCompareBool on numbers and tuples of them, NaNs and mixed kinds
// included.
func TestLessValueMatchesRichCompare(t *testing.T) {
	nan := runtime.Float(math.NaN())
	tup := func(vs ...runtime.Value) runtime.Value { return runtime.TupleValue(vs...) }
	vals := []runtime.Value{
		runtime.Int(1), runtime.Int(2), runtime.Int(-5), runtime.Float(1), runtime.Float(1.5),
		nan, runtime.Float(math.Inf(-1)),
		tup(), tup(runtime.Int(1)), tup(runtime.Int(1), runtime.Int(2)), tup(runtime.Float(1), runtime.Int(3)),
		tup(nan, runtime.Int(0)), tup(nan, runtime.Int(1)), tup(runtime.Float(0.5), runtime.None),
		tup(runtime.Int(1), runtime.StrValue("a")),
	}
	for _, a := range vals {
		for _, b := range vals {
			want, err1 := runtime.RichCompareBool(a, b, runtime.Lt)
			got, err2 := lessValue(a, b)
			if (err1 == nil) != (err2 == nil) || got != want {
				ra, _ := runtime.Repr(a)
				rb, _ := runtime.Repr(b)
				t.Errorf("%s < %s: got %v (err %v), want %v (err %v)", ra, rb, got, err2, want, err1)
			}
		}
	}
}
