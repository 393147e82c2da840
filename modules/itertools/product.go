// This file defines itertools.product: the Cartesian product of the input
// iterables (each read into a tuple first), optionally repeated.

package itertools

import "krait/runtime"

var productType *runtime.Type

// productObject advances indices like an odometer, rightmost fastest;
// result holds the items of the last tuple produced (nil before the first).
type productObject struct {
	iterBase
	pools   [][]runtime.Value
	indices []int
	result  []runtime.Value
	stopped bool
	slab    tupleSlab
}

var productArgs = runtime.Method{Name: "product", Sig: "*, repeat="}

func initProduct() {
	productType = newIterType("product",
		"product(*iterables, repeat=1)\n\nThe Cartesian product of the iterables, as tuples in the order of nested\nfor-loops over them (the rightmost varying fastest); repeat=n uses the\niterables n times over.",
		false, nil, product_new, product_next, nil)
}

func product_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	npos := len(args) - len(kw)
	repeat := int64(1)
	if len(kw) > 0 {
		kwArgs := args[npos:]
		a, err := productArgs.BindClinic(kwArgs, kw, "product")
		if err != nil {
			return runtime.Value{}, err
		}
		if repeat, err = runtime.IndexInt64(a[0], ""); err != nil {
			return runtime.Value{}, err
		}
		if repeat < 0 {
			return runtime.Value{}, runtime.NewValueError("repeat argument cannot be negative")
		}
	}
	nargs := int64(npos)
	if repeat == 0 {
		nargs = 0
	} else if nargs > (1<<60)/repeat {
		return runtime.Value{}, runtime.NewOverflowError("repeat argument too large")
	} else if nargs*repeat > maxAlloc {
		return runtime.Value{}, memoryError()
	}
	pools := make([][]runtime.Value, nargs*repeat)
	for i := int64(0); i < nargs; i++ {
		p, err := tupleOf(args[i])
		if err != nil {
			return runtime.Value{}, err
		}
		pools[i] = p
	}
	for i := nargs; i < int64(len(pools)); i++ {
		pools[i] = pools[i-nargs]
	}
	o := &productObject{iterBase: newBase(t), pools: pools, indices: make([]int, len(pools))}
	return runtime.ValueOf(o), nil
}

func product_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[productObject](v)
	if p.stopped {
		return runtime.Value{}, nil
	}
	if p.result == nil {
		p.result = make([]runtime.Value, len(p.pools))
		for i, pool := range p.pools {
			if len(pool) == 0 {
				p.stopped = true
				return runtime.Value{}, nil
			}
			p.result[i] = pool[0]
		}
	} else {
		i := len(p.pools) - 1
		for ; i >= 0; i-- {
			pool := p.pools[i]
			p.indices[i]++
			if p.indices[i] < len(pool) {
				p.result[i] = pool[p.indices[i]]
				break
			}
			p.indices[i] = 0
			p.result[i] = pool[0]
		}
		if i < 0 {
			p.stopped = true
			return runtime.Value{}, nil
		}
	}
	return p.slab.tupleOfItems(p.result), nil
}
