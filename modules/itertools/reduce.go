// This file defines the pickling support of the itertools types that
// CPython 3.11 gives it: __reduce__ returns (type, args[, state]) and
// __setstate__ restores the state, with CPython's checks. pairwise has
// none, as in CPython.

package itertools

import "krait/runtime"

// stateMethods lists the __reduce__ and __setstate__ methods of each type
// by name (and __sizeof__ where CPython has one); newIterType adds them to
// the type.
var stateMethods = map[string][]runtime.Method{
	"accumulate":                    reduceAndSetstate(accumulate_reduce, accumulate_setstate),
	"chain":                         reduceAndSetstate(chain_reduce, chain_setstate),
	"combinations":                  reduceAndSetstate(combinations_reduce, combinations_setstate, sizeofMethod(combinations_sizeof)),
	"combinations_with_replacement": reduceAndSetstate(combinations_reduce, cwr_setstate, sizeofMethod(combinations_sizeof)),
	"compress":                      reduceAndSetstate(compress_reduce, nil),
	"cycle":                         reduceAndSetstate(cycle_reduce, cycle_setstate),
	"dropwhile":                     reduceAndSetstate(pred_reduce_flag, pred_setstate),
	"filterfalse":                   reduceAndSetstate(pred_reduce, nil),
	"groupby":                       reduceAndSetstate(groupby_reduce, groupby_setstate),
	"islice":                        reduceAndSetstate(islice_reduce, islice_setstate),
	"permutations":                  reduceAndSetstate(permutations_reduce, permutations_setstate, sizeofMethod(permutations_sizeof)),
	"product":                       reduceAndSetstate(product_reduce, product_setstate, sizeofMethod(product_sizeof)),
	"starmap":                       reduceAndSetstate(starmap_reduce, nil),
	"takewhile":                     reduceAndSetstate(pred_reduce_flag, pred_setstate),
	"zip_longest":                   reduceAndSetstate(zip_longest_reduce, zip_longest_setstate),
}

// reduceAndSetstate returns the __reduce__ and (unless nil) __setstate__
// methods, followed by extra ones.
func reduceAndSetstate(reduce, setstate runtime.MethodFunc, extra ...runtime.Method) []runtime.Method {
	ms := []runtime.Method{{Name: "__reduce__", Fn: reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support: (callable, args[, state])."}}
	if setstate != nil {
		ms = append(ms, runtime.Method{Name: "__setstate__", Fn: setstate, Sig: "state, /", Flags: runtime.MethO, Doc: "Restore the state that __reduce__ gave."})
	}
	return append(ms, extra...)
}

// sizeofMethod is a __sizeof__ method.
func sizeofMethod(fn runtime.MethodFunc) runtime.Method {
	return runtime.Method{Name: "__sizeof__", Fn: fn, Flags: runtime.MethNoArgs, Doc: "Size in memory, in bytes."}
}

// The __sizeof__ of the combinatoric iterators are CPython's: the object
// struct plus its index arrays of 8-byte integers.
func product_sizeof(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(int64(48 + 8*len(runtime.PtrOf[productObject](self).pools))), nil
}

func combinations_sizeof(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(int64(56 + 8*runtime.PtrOf[combObject](self).r)), nil
}

func permutations_sizeof(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](self)
	return runtime.Int(int64(64 + 8*len(c.pool) + 8*c.r)), nil
}

// orNone returns v, or None for the null Value.
func orNone(v runtime.Value) runtime.Value {
	if v.IsNull() {
		return runtime.None
	}
	return v
}

// stateTuple returns the items of a __setstate__ argument that must be a
// tuple.
func stateTuple(state runtime.Value) ([]runtime.Value, *runtime.Exception) {
	t, ok := state.TryTuple()
	if !ok {
		return nil, runtime.NewTypeError("state is not a tuple")
	}
	return t.Items(), nil
}

// tupleArity checks a PyArg_ParseTuple-style state of min to max items.
func tupleArity(items []runtime.Value, min, max int) *runtime.Exception {
	switch {
	case len(items) < min && min == max:
		return runtime.NewTypeError("function takes exactly %d arguments (%d given)", min, len(items))
	case len(items) < min:
		return runtime.NewTypeError("function takes at least %d argument%s (%d given)", min, plural(min), len(items))
	case len(items) > max && min == max:
		return runtime.NewTypeError("function takes exactly %d arguments (%d given)", max, len(items))
	case len(items) > max:
		return runtime.NewTypeError("function takes at most %d argument%s (%d given)", max, plural(max), len(items))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func intsTuple(xs []int) runtime.Value {
	items := make([]runtime.Value, len(xs))
	for i, x := range xs {
		items[i] = runtime.Int(int64(x))
	}
	return runtime.TupleValue(items...)
}

func valuesTuple(xs []runtime.Value) runtime.Value {
	return runtime.TupleValue(append([]runtime.Value(nil), xs...)...)
}

// accumulate_reduce: a pending initial value is put back in front of the
// source with chain().
func accumulate_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	o := runtime.PtrOf[accumulateObject](self)
	t := self.Type().Value()
	if !o.initial.IsNull() {
		c := &chainObject{iterBase: newBase(chainType), args: []runtime.Value{runtime.TupleValue(o.initial), o.it}}
		return runtime.TupleValue(t, runtime.TupleValue(runtime.ValueOf(c), orNone(o.fn)), runtime.None), nil
	}
	if !o.total.IsNull() && o.total.IsNone() {
		// A None total would read as "not started": CPython rebuilds it as
		// islice(accumulate(chain((None,), it), fn), 1, None).
		c := &chainObject{iterBase: newBase(chainType), args: []runtime.Value{runtime.TupleValue(o.total), o.it}}
		acc, err := runtime.Call(t, []runtime.Value{runtime.ValueOf(c), orNone(o.fn)}, nil)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.TupleValue(isliceType.Value(), runtime.TupleValue(acc, runtime.Int(1), runtime.None)), nil
	}
	return runtime.TupleValue(t, runtime.TupleValue(o.it, orNone(o.fn)), orNone(o.total)), nil
}

func accumulate_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	runtime.PtrOf[accumulateObject](self).total = a[0]
	return runtime.None, nil
}

// chain_reduce gives (type, (), (source[, active])); a chain(*args) turns
// its remaining arguments into the tuple iterator CPython keeps.
func chain_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[chainObject](self)
	t := self.Type().Value()
	if c.done {
		return runtime.TupleValue(t, runtime.TupleValue()), nil
	}
	if c.source.IsNull() {
		src, err := runtime.Iter(runtime.TupleValue(c.args...))
		if err != nil {
			return runtime.Value{}, err
		}
		c.source, c.args = src, nil
	}
	state := runtime.TupleValue(c.source)
	if !c.active.IsNull() {
		state = runtime.TupleValue(c.source, c.active)
	}
	return runtime.TupleValue(t, runtime.TupleValue(), state), nil
}

func chain_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := stateTuple(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if err := tupleArity(items, 1, 2); err != nil {
		return runtime.Value{}, err
	}
	for _, x := range items {
		if x.Type().Next == nil {
			return runtime.Value{}, runtime.NewTypeError("Arguments must be iterators.")
		}
	}
	c := runtime.PtrOf[chainObject](self)
	c.source, c.args, c.done, c.active = items[0], nil, false, runtime.Value{}
	if len(items) == 2 {
		c.active = items[1]
	}
	return runtime.None, nil
}

func compress_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[compressObject](self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(c.data, c.selectors)), nil
}

// cycle_reduce: once the source is exhausted, an iterator over the saved
// items (advanced to the current position) replaces it.
func cycle_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[cycleObject](self)
	t := self.Type().Value()
	saved := runtime.NewList(append([]runtime.Value(nil), c.saved...))
	if c.it.IsNull() {
		it, err := runtime.Iter(saved)
		if err != nil {
			return runtime.Value{}, err
		}
		for i := 0; i < c.index; i++ {
			if _, err := runtime.Next(it); err != nil {
				return runtime.Value{}, err
			}
		}
		return runtime.TupleValue(t, runtime.TupleValue(it), runtime.TupleValue(saved, runtime.True)), nil
	}
	return runtime.TupleValue(t, runtime.TupleValue(c.it), runtime.TupleValue(saved, runtime.Bool(c.firstpass))), nil
}

func cycle_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := stateTuple(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if err := tupleArity(items, 2, 2); err != nil {
		return runtime.Value{}, err
	}
	l, ok := items[0].TryList()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("argument 1 must be list, not %s", items[0].Type().Name)
	}
	first, err := runtime.IndexInt64(items[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	c := runtime.PtrOf[cycleObject](self)
	c.saved, c.firstpass, c.index = append([]runtime.Value(nil), l.Items()...), first != 0, 0
	return runtime.None, nil
}

func pred_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[predObject](self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(p.fn, p.it)), nil
}

// pred_reduce_flag is dropwhile's and takewhile's: the switch as 0 or 1.
func pred_reduce_flag(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[predObject](self)
	flag := int64(0)
	if p.switched {
		flag = 1
	}
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(p.fn, p.it), runtime.Int(flag)), nil
}

func pred_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	on, err := runtime.IsTrue(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	runtime.PtrOf[predObject](self).switched = on
	return runtime.None, nil
}

func starmap_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := runtime.PtrOf[starmapObject](self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(s.fn, s.it)), nil
}

// groupby_reduce adds (currkey, currvalue, tgtkey) once a group started.
func groupby_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[groupbyObject](self)
	t := self.Type().Value()
	args := runtime.TupleValue(g.it, g.keyfunc)
	if !g.tgtkey.IsNull() && !g.currkey.IsNull() && !g.currval.IsNull() {
		return runtime.TupleValue(t, args, runtime.TupleValue(g.currkey, g.currval, g.tgtkey)), nil
	}
	return runtime.TupleValue(t, args), nil
}

func groupby_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := stateTuple(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if err := tupleArity(items, 3, 3); err != nil {
		return runtime.Value{}, err
	}
	g := runtime.PtrOf[groupbyObject](self)
	g.currkey, g.currval, g.tgtkey = items[0], items[1], items[2]
	return runtime.None, nil
}

// grouper_reduce: a group that is no longer current pickles as iter(()).
func grouper_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	gr := runtime.PtrOf[grouperObject](self)
	if gr.parent.currgrouper != gr {
		iter, _ := runtime.BuiltinsModule().Dict.GetStr(runtime.Intern("iter"))
		return runtime.TupleValue(iter, runtime.TupleValue(runtime.TupleValue())), nil
	}
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(runtime.ValueOf(gr.parent), gr.tgtkey)), nil
}

func islice_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s := runtime.PtrOf[isliceObject](self)
	t := self.Type().Value()
	if s.it.IsNull() {
		empty, err := runtime.Iter(runtime.NewList(nil))
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.TupleValue(t, runtime.TupleValue(empty, runtime.Int(0)), runtime.Int(0)), nil
	}
	stop := runtime.None
	if s.stop != -1 {
		stop = runtime.Int(s.stop)
	}
	args := runtime.TupleValue(s.it, runtime.Int(s.nextPos), stop, runtime.Int(s.step))
	return runtime.TupleValue(t, args, runtime.Int(s.cnt)), nil
}

func islice_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := stateIndex(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	runtime.PtrOf[isliceObject](self).cnt = int64(n)
	return runtime.None, nil
}

// zip_longest_reduce puts () in place of the exhausted iterators.
func zip_longest_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	z := runtime.PtrOf[zipLongestObject](self)
	args := make([]runtime.Value, len(z.its))
	for i, it := range z.its {
		if it.IsNull() {
			it = runtime.TupleValue()
		}
		args[i] = it
	}
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(args...), z.fillvalue), nil
}

func zip_longest_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	runtime.PtrOf[zipLongestObject](self).fillvalue = a[0]
	return runtime.None, nil
}

func product_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[productObject](self)
	t := self.Type().Value()
	if p.stopped {
		return runtime.TupleValue(t, runtime.TupleValue(runtime.TupleValue())), nil
	}
	pools := make([]runtime.Value, len(p.pools))
	for i, pool := range p.pools {
		pools[i] = valuesTuple(pool)
	}
	if p.result == nil {
		return runtime.TupleValue(t, runtime.TupleValue(pools...)), nil
	}
	return runtime.TupleValue(t, runtime.TupleValue(pools...), intsTuple(p.indices)), nil
}

// stateIndex converts one index of a combinatoric __setstate__.
func stateIndex(v runtime.Value) (int, *runtime.Exception) {
	if !runtime.IsInstance(v, runtime.IntType) {
		return 0, runtime.NewTypeError("an integer is required")
	}
	n, err := runtime.IndexInt64(v, "")
	return int(n), err
}

// clamp limits i to [lo, hi], checking hi first as CPython does where hi
// may be below lo.
func clamp(i, lo, hi int) int {
	if i > hi {
		i = hi
	}
	if i < lo {
		i = lo
	}
	return i
}

func product_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := runtime.PtrOf[productObject](self)
	t, ok := a[0].TryTuple()
	if !ok || t.Len() != len(p.pools) {
		return runtime.Value{}, runtime.NewValueError("invalid arguments")
	}
	for i, v := range t.Items() {
		idx, err := stateIndex(v)
		if err != nil {
			return runtime.Value{}, err
		}
		if len(p.pools[i]) == 0 {
			p.stopped = true
			return runtime.None, nil
		}
		p.indices[i] = clamp(idx, 0, len(p.pools[i])-1)
	}
	p.result = make([]runtime.Value, len(p.pools))
	for i, pool := range p.pools {
		p.result[i] = pool[p.indices[i]]
	}
	return runtime.None, nil
}

// combinations_reduce serves combinations and combinations_with_replacement.
func combinations_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](self)
	t := self.Type().Value()
	r := runtime.Int(int64(c.r))
	switch {
	case c.result == nil:
		return runtime.TupleValue(t, runtime.TupleValue(valuesTuple(c.pool), r)), nil
	case c.stopped:
		return runtime.TupleValue(t, runtime.TupleValue(runtime.TupleValue(), r)), nil
	}
	return runtime.TupleValue(t, runtime.TupleValue(valuesTuple(c.pool), r), intsTuple(c.indices)), nil
}

// setIndices reads a tuple of r indices, clamping index i to [0, hi(i)].
func (c *combObject) setIndices(state runtime.Value, hi func(i int) int) *runtime.Exception {
	t, ok := state.TryTuple()
	if !ok || t.Len() != c.r {
		return runtime.NewValueError("invalid arguments")
	}
	if c.indices == nil {
		c.indices = make([]int, c.r)
	}
	for i, v := range t.Items() {
		idx, err := stateIndex(v)
		if err != nil {
			return err
		}
		c.indices[i] = clamp(idx, 0, hi(i))
		if c.indices[i] < 0 || c.indices[i] >= len(c.pool) {
			// CPython reads past an empty pool here; refuse instead.
			return runtime.NewValueError("invalid arguments")
		}
	}
	c.result = make([]runtime.Value, c.r)
	for i := range c.result {
		c.result[i] = c.pool[c.indices[i]]
	}
	return nil
}

func combinations_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](self)
	n := len(c.pool)
	return runtime.None, c.setIndices(a[0], func(i int) int { return i + n - c.r })
}

func cwr_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](self)
	n := len(c.pool)
	return runtime.None, c.setIndices(a[0], func(int) int { return n - 1 })
}

func permutations_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](self)
	t := self.Type().Value()
	r := runtime.Int(int64(c.r))
	switch {
	case c.result == nil:
		return runtime.TupleValue(t, runtime.TupleValue(valuesTuple(c.pool), r)), nil
	case c.stopped:
		return runtime.TupleValue(t, runtime.TupleValue(runtime.TupleValue(), r)), nil
	}
	state := runtime.TupleValue(intsTuple(c.indices), intsTuple(c.cycles))
	return runtime.TupleValue(t, runtime.TupleValue(valuesTuple(c.pool), r), state), nil
}

func permutations_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := stateTuple(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if err := tupleArity(items, 2, 2); err != nil {
		return runtime.Value{}, err
	}
	for i, x := range items {
		if _, ok := x.TryTuple(); !ok {
			return runtime.Value{}, runtime.NewTypeError("argument %d must be tuple, not %s", i+1, x.Type().Name)
		}
	}
	c := runtime.PtrOf[combObject](self)
	n := len(c.pool)
	indices, cycles := items[0].AsTuple().Items(), items[1].AsTuple().Items()
	if len(indices) != n || len(cycles) != c.r || c.indices == nil {
		return runtime.Value{}, runtime.NewValueError("invalid arguments")
	}
	for i, v := range indices {
		idx, err := stateIndex(v)
		if err != nil {
			return runtime.Value{}, err
		}
		c.indices[i] = clamp(idx, 0, n-1)
	}
	for i, v := range cycles {
		idx, err := stateIndex(v)
		if err != nil {
			return runtime.Value{}, err
		}
		c.cycles[i] = clamp(idx, 1, n-i)
	}
	c.result = make([]runtime.Value, c.r)
	for i := range c.result {
		c.result[i] = c.pool[c.indices[i]]
	}
	return runtime.None, nil
}

// tee_reduce gives (type, ((),), (dataobject, index)).
func tee_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	t := runtime.PtrOf[teeObject](self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(runtime.TupleValue()),
		runtime.TupleValue(runtime.ValueOf(t.data), runtime.Int(int64(t.index)))), nil
}

func tee_setstate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := stateTuple(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if err := tupleArity(items, 2, 2); err != nil {
		return runtime.Value{}, err
	}
	if items[0].Type() != teeDataType {
		return runtime.Value{}, runtime.NewTypeError("argument 1 must be itertools._tee_dataobject, not %s", items[0].Type().Name)
	}
	idx, err := runtime.IndexInt64(items[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if idx < 0 || idx > teeLinkCells {
		return runtime.Value{}, runtime.NewValueError("Index out of range")
	}
	t := runtime.PtrOf[teeObject](self)
	t.data, t.index = runtime.PtrOf[teeData](items[0]), int(idx)
	return runtime.None, nil
}

// teedata_reduce gives (type, (source, values read, next block or None)).
func teedata_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := runtime.PtrOf[teeData](self)
	next := runtime.None
	if d.next != nil {
		next = runtime.ValueOf(d.next)
	}
	values := runtime.NewList(append([]runtime.Value(nil), d.values[:d.numread]...))
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(d.it, values, next)), nil
}
