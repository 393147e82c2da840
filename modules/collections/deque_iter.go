// This file defines deque's iterators, _collections._deque_iterator and
// _collections._deque_reverse_iterator: they walk the deque by position and
// raise RuntimeError when the deque's state changed since they started.

package collections

import "krait/runtime"

// The deque iterator types.
var (
	dequeIterType    *runtime.Type
	dequeRevIterType *runtime.Type
)

// dequeIter is a forward or reverse iterator over a deque: counter items
// remain, starting at position pos (counting from the right end for a
// reverse iterator).
type dequeIter struct {
	runtime.Header
	d       *Deque
	pos     int
	counter int
	state   uint64
}

func initDequeIterTypes() {
	methods := []runtime.Method{
		{Name: "__length_hint__", Fn: dequeiter_len, Flags: runtime.MethNoArgs, Doc: "An estimate of the number of items left."},
		{Name: "__reduce__", Fn: dequeiter_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support."},
	}
	dequeIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_collections._deque_iterator", Methods: methods},
		func(t *runtime.Type) {
			t.Iter = selfIter
			t.Next = dequeiter_next
			t.New = func(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
				return dequeiter_new(t, args, kw, deque_iter)
			}
		})
	dequeRevIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_collections._deque_reverse_iterator", Methods: methods},
		func(t *runtime.Type) {
			t.Iter = selfIter
			t.Next = dequereviter_next
			t.New = func(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
				return dequeiter_new(t, args, kw, func(v runtime.Value) (runtime.Value, *runtime.Exception) { return deque_reviter(v, nil) })
			}
		})
}

func selfIter(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }

func newDequeIter(d *Deque, t *runtime.Type) *dequeIter {
	return &dequeIter{Header: runtime.HeaderFor(t), d: d, counter: d.n, state: d.state}
}

func deque_iter(v runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newDequeIter(asDeque(v), dequeIterType)), nil
}

func deque_reviter(v runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newDequeIter(asDeque(v), dequeRevIterType)), nil
}

// next returns the next item of a forward iterator, or null at the end;
// the state is checked before the count, as dequeiter_next does.
func (it *dequeIter) next() (runtime.Value, *runtime.Exception) {
	if it.d.state != it.state {
		it.counter = 0
		return runtime.Value{}, errMutated()
	}
	if it.counter == 0 {
		return runtime.Value{}, nil
	}
	x := it.d.at(it.pos)
	it.pos++
	it.counter--
	return x, nil
}

func dequeiter_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.PtrOf[dequeIter](v).next()
}

// dequereviter_next checks the count before the state, as CPython's
// reverse iterator does.
func dequereviter_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	it := runtime.PtrOf[dequeIter](v)
	if it.counter == 0 {
		return runtime.Value{}, nil
	}
	if it.d.state != it.state {
		it.counter = 0
		return runtime.Value{}, errMutated()
	}
	x := it.d.at(it.d.n - 1 - it.pos)
	it.pos++
	it.counter--
	return x, nil
}

// dequeiter_new is _deque_iterator(deque, index=0) (PyArg_ParseTuple
// "O!|n"): a new iterator advanced index items.
func dequeiter_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str, mk runtime.UnaryFunc) (runtime.Value, *runtime.Exception) {
	args = args[:len(args)-len(kw)]
	switch {
	case len(args) < 1:
		return runtime.Value{}, runtime.NewTypeError("function takes at least 1 argument (0 given)")
	case len(args) > 2:
		return runtime.Value{}, runtime.NewTypeError("function takes at most 2 arguments (%d given)", len(args))
	}
	if !runtime.IsInstance(args[0], DequeType) {
		return runtime.Value{}, runtime.NewTypeError("argument 1 must be collections.deque, not %s", args[0].Type().Name)
	}
	index := int64(0)
	if len(args) == 2 {
		var err *runtime.Exception
		if index, err = runtime.IndexInt64(args[1], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	it, err := mk(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	next := it.Type().Next
	for i := int64(0); i < index; i++ {
		x, err := next(it)
		if err != nil {
			return runtime.Value{}, err
		}
		if x.IsNull() {
			break
		}
	}
	return it, nil
}

func dequeiter_len(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(int64(runtime.PtrOf[dequeIter](self).counter)), nil
}

// dequeiter_reduce is (type, (deque, items consumed)).
func dequeiter_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	it := runtime.PtrOf[dequeIter](self)
	return runtime.TupleValue(self.Type().Value(),
		runtime.TupleValue(runtime.ValueOf(it.d), runtime.Int(int64(it.d.n-it.counter)))), nil
}
