// This file defines the collections.deque type: construction and the
// methods that add, remove and search items. Sequence behaviour (indexing,
// comparison, +, *, repr) is in deque_seq.go, the iterators in
// deque_iter.go.

package collections

import (
	"krait/runtime"
)

// DequeType is collections.deque.
var DequeType *runtime.Type

var dequeInitMethod = runtime.Method{Name: "deque", Sig: "iterable=, maxlen="}

func initDequeType() {
	DequeType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "collections.deque",
		Flags:   runtime.FlagBaseType | runtime.FlagSequence,
		Doc:     "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence with fast appends and pops at both ends.",
		Methods: dequeMethods,
		GetSets: []runtime.GetSetDef{{Name: "maxlen", Get: deque_get_maxlen}},
	}, func(t *runtime.Type) {
		t.New = deque_new
		t.Init = deque_init
		t.Repr = deque_repr
		t.Len = func(v runtime.Value) (int, *runtime.Exception) { return asDeque(v).n, nil }
		t.Bool = func(v runtime.Value) (bool, *runtime.Exception) { return asDeque(v).n != 0, nil }
		t.GetItem = deque_subscript
		t.SetItem = deque_ass_subscript
		t.Contains = deque_contains
		t.RichCompare = deque_richcompare
		t.Iter = deque_iter
		t.Number[runtime.NbAdd] = deque_concat
		t.Inplace[runtime.NbAdd] = deque_inplace_concat
		t.Number[runtime.NbMultiply] = deque_repeat
		t.Inplace[runtime.NbMultiply] = deque_inplace_repeat
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return asDeque(v).attrs }
		runtime.MarkUnhashable(t)
	})
}

// asDeque returns the Deque behind v, an instance of deque or a subclass.
func asDeque(v runtime.Value) *Deque { return runtime.PtrOf[Deque](v) }

// tryDeque returns the Deque behind v if v is a deque.
func tryDeque(v runtime.Value) (*Deque, bool) {
	if !runtime.IsInstance(v, DequeType) {
		return nil, false
	}
	return asDeque(v), true
}

// newDeque returns an empty unbounded deque of type t.
func newDeque(t *runtime.Type) *Deque {
	d := &Deque{Header: runtime.HeaderFor(t), maxlen: -1}
	if t != DequeType {
		d.attrs = &runtime.Attrs{}
	}
	return d
}

// deque_new ignores its arguments: __init__ reads them.
func deque_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newDeque(t)), nil
}

// deque_init is deque.__init__(iterable=(), maxlen=None): it empties a
// deque being re-initialized, then extends it.
func deque_init(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) *runtime.Exception {
	a, err := dequeInitMethod.BindClinic(args, kwnames, "deque")
	if err != nil {
		return err
	}
	d := asDeque(self)
	maxlen := -1
	if m := a[1]; !m.IsNull() && !m.IsNone() {
		if !runtime.IsInstance(m, runtime.IntType) {
			return runtime.NewTypeError("an integer is required")
		}
		n, err := runtime.IndexInt64(m, "")
		if err != nil {
			return err
		}
		if n < 0 {
			return runtime.NewValueError("maxlen must be non-negative")
		}
		maxlen = int(n)
	}
	d.maxlen = maxlen
	d.clear()
	if !a[0].IsNull() {
		return d.extend(self, a[0])
	}
	return nil
}

func deque_get_maxlen(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(v)
	if d.maxlen < 0 {
		return runtime.None, nil
	}
	return runtime.Int(int64(d.maxlen)), nil
}

// forEach calls fn with each item of the iterable v.
func forEach(v runtime.Value, fn func(runtime.Value) *runtime.Exception) *runtime.Exception {
	it, err := runtime.Iter(v)
	if err != nil {
		return err
	}
	next := it.Type().Next
	for {
		x, err := next(it)
		if err != nil {
			if err.Matches(runtime.StopIterationType) {
				return nil
			}
			return err
		}
		if x.IsNull() {
			return nil
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// extend appends the items of src on the right (deque_extend); self is d
// as a Value, for the extend-by-itself check.
func (d *Deque) extend(self, src runtime.Value) *runtime.Exception {
	if src == self {
		for _, x := range d.items() {
			d.pushRight(x)
		}
		return nil
	}
	if d.maxlen == 0 {
		return forEach(src, func(runtime.Value) *runtime.Exception { return nil })
	}
	return forEach(src, func(x runtime.Value) *runtime.Exception {
		d.pushRight(x)
		return nil
	})
}

// extendLeft appends the items of src on the left, one by one.
func (d *Deque) extendLeft(self, src runtime.Value) *runtime.Exception {
	if src == self {
		for _, x := range d.items() {
			d.pushLeft(x)
		}
		return nil
	}
	if d.maxlen == 0 {
		return forEach(src, func(runtime.Value) *runtime.Exception { return nil })
	}
	return forEach(src, func(x runtime.Value) *runtime.Exception {
		d.pushLeft(x)
		return nil
	})
}

// errMutated is the error of an iteration or search that saw the deque change.
func errMutated() *runtime.Exception {
	return runtime.NewRuntimeError("deque mutated during iteration")
}

func deque_append(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	asDeque(self).pushRight(a[0])
	return runtime.None, nil
}

func deque_appendleft(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	asDeque(self).pushLeft(a[0])
	return runtime.None, nil
}

func deque_pop(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	if d.n == 0 {
		return runtime.Value{}, runtime.NewIndexError("pop from an empty deque")
	}
	return d.popRight(), nil
}

func deque_popleft(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	if d.n == 0 {
		return runtime.Value{}, runtime.NewIndexError("pop from an empty deque")
	}
	return d.popLeft(), nil
}

func deque_extend(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.None, asDeque(self).extend(self, a[0])
}

func deque_extendleft(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.None, asDeque(self).extendLeft(self, a[0])
}

func deque_clearmethod(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	asDeque(self).clear()
	return runtime.None, nil
}

func deque_reverse(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	asDeque(self).reverse()
	return runtime.None, nil
}

// deque_rotate is rotate(n=1, /), n converted as the "n" format does. It
// counts its arguments itself: CPython's message names it "deque.rotate".
func deque_rotate(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	args := a[0].AsTuple().Items()
	if len(args) > 1 {
		return runtime.Value{}, runtime.NewTypeError("deque.rotate expected at most 1 argument, got %d", len(args))
	}
	k := int64(1)
	if len(args) == 1 {
		var err *runtime.Exception
		if k, err = runtime.IndexInt64(args[0], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	asDeque(self).rotate(k)
	return runtime.None, nil
}

// deque_count counts the items equal to a[0]; a comparison that mutates
// the deque is an error.
func deque_count(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	state, n := d.state, d.n
	count := int64(0)
	for i := 0; i < n; i++ {
		eq, err := runtime.RichCompareBool(d.at(i), a[0], runtime.Eq)
		if err != nil {
			return runtime.Value{}, err
		}
		if eq {
			count++
		}
		if d.state != state {
			return runtime.Value{}, errMutated()
		}
	}
	return runtime.Int(count), nil
}

// deque_contains is `x in d`.
func deque_contains(self, x runtime.Value) (bool, *runtime.Exception) {
	d := asDeque(self)
	state, n := d.state, d.n
	for i := 0; i < n; i++ {
		eq, err := runtime.RichCompareBool(d.at(i), x, runtime.Eq)
		if err != nil || eq {
			return eq, err
		}
		if d.state != state {
			return false, errMutated()
		}
	}
	return false, nil
}

// sliceIndexNotNone converts an index()-style bound as
// _PyEval_SliceIndexNotNone: through __index__, huge values clamped.
func sliceIndexNotNone(v runtime.Value) (int64, *runtime.Exception) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	if v.Type().Index == nil {
		return 0, runtime.NewTypeError("slice indices must be integers or have an __index__ method")
	}
	r, err := runtime.Index(v, "")
	if err != nil {
		return 0, err
	}
	if r.IsSmallInt() {
		return r.SmallInt(), nil
	}
	neg, err := runtime.RichCompareBool(r, runtime.Int(0), runtime.Lt)
	if err != nil {
		return 0, err
	}
	if neg {
		return -1 << 63, nil
	}
	return 1<<63 - 1, nil
}

// deque_index is index(value, [start, [stop]]).
func deque_index(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	size := int64(d.n)
	start, stop := int64(0), size
	var err *runtime.Exception
	if !a[1].IsNull() {
		if start, err = sliceIndexNotNone(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	if !a[2].IsNull() {
		if stop, err = sliceIndexNotNone(a[2]); err != nil {
			return runtime.Value{}, err
		}
	}
	if start < 0 {
		start = max(start+size, 0)
	}
	if stop < 0 {
		stop = max(stop+size, 0)
	}
	stop = min(stop, size)
	start = min(start, stop)
	state := d.state
	for i := start; i < stop; i++ {
		eq, err := runtime.RichCompareBool(d.at(int(i)), a[0], runtime.Eq)
		if err != nil {
			return runtime.Value{}, err
		}
		if eq {
			return runtime.Int(i), nil
		}
		if d.state != state {
			return runtime.Value{}, errMutated()
		}
	}
	return runtime.Value{}, notInDeque(a[0])
}

// notInDeque is the ValueError "%R is not in deque".
func notInDeque(v runtime.Value) *runtime.Exception {
	r, err := runtime.Repr(v)
	if err != nil {
		return err
	}
	return runtime.NewValueError("%s is not in deque", r.S)
}

// deque_remove removes the first item equal to a[0]. A comparison that
// mutates the deque raises IndexError, as CPython 3.11 does.
func deque_remove(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	state, n := d.state, d.n
	for i := 0; i < n; i++ {
		eq, err := runtime.RichCompareBool(d.at(i), a[0], runtime.Eq)
		if err != nil {
			return runtime.Value{}, err
		}
		if d.state != state {
			return runtime.Value{}, runtime.NewIndexError("deque mutated during iteration")
		}
		if eq {
			d.delAt(i)
			return runtime.None, nil
		}
	}
	return runtime.Value{}, notInDeque(a[0])
}

// deque_insert is insert(index, object), with the "n" conversion of index.
func deque_insert(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	i, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	d := asDeque(self)
	n := int64(d.n)
	if int64(d.maxlen) == n {
		return runtime.Value{}, runtime.NewIndexError("deque already at its maximum size")
	}
	switch {
	case i >= n:
		d.pushRight(a[1])
	case i <= -n || i == 0:
		d.pushLeft(a[1])
	default:
		if i < 0 {
			i += n
		}
		d.insertAt(int(i), a[1])
	}
	return runtime.None, nil
}

// deque_copy is copy() and __copy__: an exact deque is copied directly; a
// subclass is called as type(d)(d) or type(d)(d, maxlen).
func deque_copy(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	t := self.Type()
	if t == DequeType {
		nd := newDeque(DequeType)
		nd.maxlen = d.maxlen
		for i := 0; i < d.n; i++ {
			nd.pushRight(d.at(i))
		}
		return runtime.ValueOf(nd), nil
	}
	args := []runtime.Value{self}
	if d.maxlen >= 0 {
		args = append(args, runtime.Int(int64(d.maxlen)))
	}
	r, err := runtime.Call(t.Value(), args, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	if !runtime.IsInstance(r, DequeType) {
		return runtime.Value{}, runtime.NewTypeError("%s() must return a deque, not %s", t.Name, r.Type().Name)
	}
	return r, nil
}

// deque_reduce is __reduce__: (type, () or ((), maxlen), __dict__ or None,
// iterator over the items).
func deque_reduce(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	state, err := runtime.GetState(self) // the __dict__ and __slots__ values
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(self) // a subclass's own __iter__, as CPython
	if err != nil {
		return runtime.Value{}, err
	}
	args := runtime.TupleValue()
	if d.maxlen >= 0 {
		args = runtime.TupleValue(runtime.TupleValue(), runtime.Int(int64(d.maxlen)))
	}
	return runtime.TupleValue(self.Type().Value(), args, state, it), nil
}

// deque_sizeof reports what CPython 3.11 reports for a deque filled from
// its left end: the 216-byte object plus the 528-byte blocks of 64 items
// that hold its items after one unused slot. (A CPython deque's first
// item can sit elsewhere in its block; this storage has no blocks.)
func deque_sizeof(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	blocks := (d.n + 64) / 64
	return runtime.Int(int64(216 + blocks*528)), nil
}

// dequeMethods are deque's methods, in CPython's order.
var dequeMethods = []runtime.Method{
	{Name: "append", Fn: deque_append, Sig: "x, /", Flags: runtime.MethO, Doc: "Add x at the right end."},
	{Name: "appendleft", Fn: deque_appendleft, Sig: "x, /", Flags: runtime.MethO, Doc: "Add x at the left end."},
	{Name: "clear", Fn: deque_clearmethod, Flags: runtime.MethNoArgs, Doc: "Remove every item."},
	{Name: "__copy__", Fn: deque_copy, Flags: runtime.MethNoArgs, Doc: "A shallow copy of the deque."},
	{Name: "copy", Fn: deque_copy, Flags: runtime.MethNoArgs, Doc: "A shallow copy of the deque."},
	{Name: "count", Fn: deque_count, Sig: "x, /", Flags: runtime.MethO, Doc: "Number of items equal to value."},
	{Name: "extend", Fn: deque_extend, Sig: "x, /", Flags: runtime.MethO, Doc: "Add the items of an iterable at the right end."},
	{Name: "extendleft", Fn: deque_extendleft, Sig: "x, /", Flags: runtime.MethO, Doc: "Add the items of an iterable at the left end, each one leftmost in turn."},
	{Name: "index", Fn: deque_index, Sig: "value, start=, stop=, /", Flags: runtime.MethOld, Doc: "Position of the first item equal to value, in [start, stop); ValueError when none."},
	{Name: "insert", Fn: deque_insert, Sig: "index, object, /", Flags: runtime.MethOld, Doc: "Put object before position index."},
	{Name: "pop", Fn: deque_pop, Flags: runtime.MethNoArgs, Doc: "Remove the rightmost item and return it."},
	{Name: "popleft", Fn: deque_popleft, Flags: runtime.MethNoArgs, Doc: "Remove the leftmost item and return it."},
	{Name: "__reduce__", Fn: deque_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support."},
	{Name: "remove", Fn: deque_remove, Sig: "x, /", Flags: runtime.MethO, Doc: "Remove the first item equal to value."},
	{Name: "__reversed__", Fn: deque_reviter, Flags: runtime.MethNoArgs, Doc: "An iterator over the items from right to left."},
	{Name: "reverse", Fn: deque_reverse, Flags: runtime.MethNoArgs, Doc: "Reverse the items in place."},
	{Name: "rotate", Fn: deque_rotate, Sig: "*args", Doc: "Move the items n steps to the right (to the left when n is negative)."},
	{Name: "__sizeof__", Fn: deque_sizeof, Flags: runtime.MethNoArgs, Doc: "Approximate size in memory, in bytes."},
	{Name: "__class_getitem__", Fn: runtime.ClassGetItem, Sig: "item, /", Flags: runtime.MethO | runtime.MethClass, Doc: "Parameterize the class (PEP 585)."},
}
