// This file defines itertools.cycle: the items of an iterable, saved on
// the first pass, then repeated forever.

package itertools

import "krait/runtime"

var cycleType *runtime.Type

// cycleObject reads it until exhausted, saving the items, then walks saved.
type cycleObject struct {
	iterBase
	it    runtime.Value // null once exhausted
	saved []runtime.Value
	index int
	// firstpass is set only by __setstate__: items read from it are then
	// not saved (the saved ones were restored with it).
	firstpass bool
}

var cycleArgs = runtime.Method{Name: "cycle", Sig: "iterable, /"}

func initCycle() {
	cycleType = newIterType("cycle", "cycle(iterable, /)\n\nThe items of iterable, then the same items again, endlessly.",
		false, nil, cycle_new, cycle_next, nil)
}

func cycle_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := cycleArgs.BindArgs(args, kw, "cycle")
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&cycleObject{iterBase: newBase(t), it: it}), nil
}

func cycle_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[cycleObject](v)
	if !c.it.IsNull() {
		x, err := next(c.it)
		if err != nil {
			return runtime.Value{}, err
		}
		if !x.IsNull() {
			if !c.firstpass {
				c.saved = append(c.saved, x)
			}
			return x, nil
		}
		c.it = runtime.Value{}
	}
	if len(c.saved) == 0 {
		return runtime.Value{}, nil
	}
	x := c.saved[c.index]
	c.index++
	if c.index >= len(c.saved) {
		c.index = 0
	}
	return x, nil
}
