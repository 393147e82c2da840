// This file defines itertools.pairwise: overlapping pairs of consecutive
// items.

package itertools

import "krait/runtime"

var pairwiseType *runtime.Type

type pairwiseObject struct {
	iterBase
	it   runtime.Value // null once exhausted
	old  runtime.Value // the previous item, null before the first
	slab tupleSlab
}

var pairwiseArgs = runtime.Method{Name: "pairwise", Sig: "iterable, /"}

func initPairwise() {
	pairwiseType = newIterType("pairwise", "pairwise(iterable, /)\n\nThe pairs (s0, s1), (s1, s2), (s2, s3), ... of the items of iterable.",
		false, nil, pairwise_new, pairwise_next, nil)
}

func pairwise_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := pairwiseArgs.BindArgs(args, kw, "pairwise")
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&pairwiseObject{iterBase: newBase(t), it: it}), nil
}

func pairwise_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[pairwiseObject](v)
	if p.it.IsNull() {
		return runtime.Value{}, nil
	}
	if p.old.IsNull() {
		x, err := next(p.it)
		if err != nil || x.IsNull() {
			p.it = runtime.Value{}
			return x, err
		}
		p.old = x
	}
	x, err := next(p.it)
	if err != nil || x.IsNull() {
		p.it, p.old = runtime.Value{}, runtime.Value{}
		return x, err
	}
	r, w := p.slab.take(2)
	w[0], w[1] = p.old, x
	p.old = x
	return r, nil
}
