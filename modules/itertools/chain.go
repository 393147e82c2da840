// This file defines itertools.chain: the items of several iterables, one
// after the other, and chain.from_iterable for a lazy iterable of them.

package itertools

import "krait/runtime"

var chainType *runtime.Type

// chainObject takes its iterables from args (chain(*args)) or, for
// from_iterable, from the iterator source; active is the current one.
type chainObject struct {
	iterBase
	args   []runtime.Value
	source runtime.Value
	active runtime.Value
	done   bool
}

var chainArgs = runtime.Method{Name: "chain", Sig: "*iterables"}

func initChain() {
	chainType = newIterType("chain",
		"chain(*iterables)\n\nThe items of the first iterable, then those of the second, and so on.",
		false, []runtime.Method{
			{Name: "from_iterable", Fn: chain_from_iterable, Sig: "iterable, /", Flags: runtime.MethO | runtime.MethClass,
				Doc: "chain.from_iterable(iterable)\n\nLike chain(*iterable), reading iterable lazily."},
			{Name: "__class_getitem__", Fn: runtime.ClassGetItem, Sig: "item, /", Flags: runtime.MethO | runtime.MethClass, Doc: "Parameterize the class (PEP 585)."},
		}, chain_new, chain_next, nil)
}

func chain_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(kw) > 0 {
		return runtime.Value{}, runtime.NewTypeError("chain() takes no keyword arguments")
	}
	c := &chainObject{iterBase: newBase(t), args: append([]runtime.Value(nil), args...)}
	return runtime.ValueOf(c), nil
}

func chain_from_iterable(cls runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	src, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&chainObject{iterBase: newBase(cls.AsType()), source: src}), nil
}

// nextIterable returns the next iterable to chain, or null when none is left.
func (c *chainObject) nextIterable() (runtime.Value, *runtime.Exception) {
	if c.source.IsNull() {
		if len(c.args) == 0 {
			return runtime.Value{}, nil
		}
		x := c.args[0]
		c.args[0] = runtime.Value{}
		c.args = c.args[1:]
		return x, nil
	}
	return next(c.source)
}

func chain_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[chainObject](v)
	for !c.done {
		if c.active.IsNull() {
			src, err := c.nextIterable()
			if err == nil && !src.IsNull() {
				c.active, err = runtime.Iter(src)
			}
			if err != nil || c.active.IsNull() {
				c.done, c.source, c.args = true, runtime.Value{}, nil
				return runtime.Value{}, err
			}
		}
		x, err := next(c.active)
		if err != nil || !x.IsNull() {
			return x, err
		}
		c.active = runtime.Value{}
	}
	return runtime.Value{}, nil
}
