// This file defines itertools.zip_longest: tuples of the items of several
// iterables, the exhausted ones filled in with fillvalue until all are.

package itertools

import "krait/runtime"

var zipLongestType *runtime.Type

type zipLongestObject struct {
	iterBase
	its       []runtime.Value // null for an exhausted iterator
	numactive int
	fillvalue runtime.Value
	slab      tupleSlab
	buf       []runtime.Value
}

func initZipLongest() {
	zipLongestType = newIterType("zip_longest",
		"zip_longest(*iterables, fillvalue=None)\n\nTuples of the i-th items of the iterables, as zip() makes them, going on\nuntil the longest is exhausted; the missing items are fillvalue.",
		false, nil, zip_longest_new, zip_longest_next, nil)
}

func zip_longest_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	fill := runtime.None
	npos := len(args) - len(kw)
	if len(kw) > 0 {
		if len(kw) > 1 || kw[0].S != "fillvalue" {
			return runtime.Value{}, runtime.NewTypeError("zip_longest() got an unexpected keyword argument")
		}
		fill = args[npos]
	}
	its := make([]runtime.Value, npos)
	for i, a := range args[:npos] {
		it, err := runtime.Iter(a)
		if err != nil {
			return runtime.Value{}, err
		}
		its[i] = it
	}
	return runtime.ValueOf(&zipLongestObject{iterBase: newBase(t), its: its, numactive: npos, fillvalue: fill}), nil
}

func zip_longest_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	z := runtime.PtrOf[zipLongestObject](v)
	if len(z.its) == 0 || z.numactive == 0 {
		return runtime.Value{}, nil
	}
	// The items are gathered in a scratch slice: the tuple must not be
	// taken from the slab before the iteration is known to succeed.
	out := z.scratch()
	for i, it := range z.its {
		if it.IsNull() {
			out[i] = z.fillvalue
			continue
		}
		x, err := next(it)
		if x.IsNull() {
			z.numactive--
			if z.numactive == 0 || err != nil {
				z.numactive = 0
				return runtime.Value{}, err
			}
			z.its[i] = runtime.Value{}
			x = z.fillvalue
		}
		out[i] = x
	}
	return z.slab.tupleOfItems(out), nil
}

// scratch returns a reusable slice of one item per iterator.
func (z *zipLongestObject) scratch() []runtime.Value {
	if len(z.buf) != len(z.its) {
		z.buf = make([]runtime.Value, len(z.its))
	}
	return z.buf
}
