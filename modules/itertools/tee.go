// This file defines itertools.tee and its objects: _tee iterators that
// share a linked list of _tee_dataobject blocks read once from the source,
// so each item is fetched once whatever the number of copies.

package itertools

import "krait/runtime"

// teeLinkCells is the number of items per data block (CPython's LINKCELLS).
const teeLinkCells = 57

var (
	teeType     *runtime.Type
	teeDataType *runtime.Type
)

// teeData is one block of items read from the shared source it; next is
// the following block, made when a reader first needs it.
type teeData struct {
	runtime.Header
	it      runtime.Value
	values  [teeLinkCells]runtime.Value
	numread int
	running bool
	next    *teeData
}

// teeObject reads block data from position index.
type teeObject struct {
	runtime.Header
	data  *teeData
	index int
}

var (
	teeArgs     = runtime.Method{Name: "_tee", Sig: "iterable, /"}
	teeDataArgs = runtime.Method{Name: "teedataobject", Sig: "iterable, values, next, /"}
)

func initTee() {
	teeType = runtime.NewNativeType(&runtime.TypeSpec{Name: "itertools._tee",
		Doc: "An iterator over a shared buffer of another iterator's items; __copy__ makes another.",
		Methods: []runtime.Method{
			{Name: "__copy__", Fn: tee_copy, Flags: runtime.MethNoArgs, Doc: "An independent iterator over the same remaining items."},
			{Name: "__reduce__", Fn: tee_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support: (callable, args[, state])."},
			{Name: "__setstate__", Fn: tee_setstate, Sig: "state, /", Flags: runtime.MethO, Doc: "Restore the state that __reduce__ gave."},
		}}, func(t *runtime.Type) {
		t.New = tee_new
		t.Iter = selfIter
		t.Next = tee_next
	})
	teeDataType = runtime.NewNativeType(&runtime.TypeSpec{Name: "itertools._tee_dataobject",
		Doc:     "teedataobject(iterable, values, next, /)\n\nOne block of the items that tee iterators share.",
		Methods: []runtime.Method{{Name: "__reduce__", Fn: teedata_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support: (callable, args[, state])."}}},
		func(t *runtime.Type) { t.New = teedata_new })
}

func newTeeData(it runtime.Value) *teeData {
	return &teeData{Header: runtime.HeaderFor(teeDataType), it: it}
}

// jumplink returns the block after d, creating it on first use.
func (d *teeData) jumplink() *teeData {
	if d.next == nil {
		d.next = newTeeData(d.it)
	}
	return d.next
}

// item returns item i of the block, reading it from the source when the
// caller is the lead reader; null at exhaustion.
func (d *teeData) item(i int) (runtime.Value, *runtime.Exception) {
	if i < d.numread {
		return d.values[i], nil
	}
	if d.running {
		return runtime.Value{}, runtime.NewRuntimeError("cannot re-enter the tee iterator")
	}
	d.running = true
	x, err := next(d.it)
	d.running = false
	if err != nil || x.IsNull() {
		return runtime.Value{}, err
	}
	d.values[i] = x
	d.numread++
	return x, nil
}

func tee_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	t := runtime.PtrOf[teeObject](v)
	if t.index >= teeLinkCells {
		t.data, t.index = t.data.jumplink(), 0
	}
	x, err := t.data.item(t.index)
	if err != nil || x.IsNull() {
		return x, err
	}
	t.index++
	return x, nil
}

func tee_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	t := runtime.PtrOf[teeObject](self)
	return runtime.ValueOf(&teeObject{Header: runtime.HeaderFor(teeType), data: t.data, index: t.index}), nil
}

// teeFromIterable is tee_fromiterable: a copy of iterable's iterator when
// that is already a _tee, else a new _tee over it.
func teeFromIterable(iterable runtime.Value) (runtime.Value, *runtime.Exception) {
	it, err := runtime.Iter(iterable)
	if err != nil {
		return runtime.Value{}, err
	}
	if it.Type() == teeType {
		return tee_copy(it, nil)
	}
	return runtime.ValueOf(&teeObject{Header: runtime.HeaderFor(teeType), data: newTeeData(it)}), nil
}

func tee_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := teeArgs.BindArgs(args, kw, "_tee")
	if err != nil {
		return runtime.Value{}, err
	}
	return teeFromIterable(a[0])
}

// teedata_new is _tee_dataobject(iterable, values, next), the constructor
// pickling uses: a block holding values, followed by next (a block or None).
func teedata_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := teeDataArgs.BindArgs(args, kw, "teedataobject")
	if err != nil {
		return runtime.Value{}, err
	}
	values, ok := a[1].TryList()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("teedataobject() argument 2 must be list, not %s", a[1].Type().Name)
	}
	d := newTeeData(a[0])
	items := values.Items()
	if len(items) > teeLinkCells {
		return runtime.Value{}, runtime.NewValueError("too many values")
	}
	d.numread = copy(d.values[:], items)
	switch {
	case a[2].IsNone():
	case a[2].Type() == teeDataType && len(items) == teeLinkCells:
		d.next = runtime.PtrOf[teeData](a[2])
	case a[2].Type() == teeDataType:
		return runtime.Value{}, runtime.NewValueError("_tee_dataobject next link can't be set unless the node is full")
	default:
		return runtime.Value{}, runtime.NewTypeError("_tee_dataobject next link must be a teedataobject")
	}
	return runtime.ValueOf(d), nil
}

// itertools_tee is tee(iterable, n=2, /): n independent iterators. The
// source's own __copy__ is used when it has one.
func itertools_tee(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	args := a[0].AsTuple().Items()
	if !a[1].IsNull() && a[1].AsDict().Len() > 0 {
		return runtime.Value{}, runtime.NewTypeError("itertools.tee() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return runtime.Value{}, runtime.NewTypeError("tee expected at least 1 argument, got %d", len(args))
	case len(args) > 2:
		return runtime.Value{}, runtime.NewTypeError("tee expected at most 2 arguments, got %d", len(args))
	}
	n := int64(2)
	if len(args) == 2 {
		var err *runtime.Exception
		if n, err = runtime.IndexInt64(args[1], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	if n < 0 {
		return runtime.Value{}, runtime.NewValueError("n must be >= 0")
	}
	if n == 0 {
		return runtime.TupleValue(), nil
	}
	if n > maxAlloc {
		return runtime.Value{}, memoryError()
	}
	it, err := runtime.Iter(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	copyFn, err := runtime.GetAttrString(it, "__copy__")
	if err != nil {
		if !err.Matches(runtime.AttributeErrorType) {
			return runtime.Value{}, err
		}
		if it, err = teeFromIterable(it); err != nil {
			return runtime.Value{}, err
		}
		if copyFn, err = runtime.GetAttrString(it, "__copy__"); err != nil {
			return runtime.Value{}, err
		}
	}
	out := make([]runtime.Value, n)
	out[0] = it
	for i := 1; i < int(n); i++ {
		if out[i], err = runtime.Call(copyFn, nil, nil); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.TupleValue(out...), nil
}
