// This file defines odict_iterator, the iterator over an OrderedDict's
// keys, values or items, forwards or reversed. Like CPython's it remembers
// the next key rather than trusting a node across calls, and raises
// RuntimeError when the order list or the size changed meanwhile.

package collections

import "krait/runtime"

// The kinds of odict iterator (bits).
const (
	odIterReversed = 1
	odIterKeys     = 2
	odIterValues   = 4
)

var odictIterType = runtime.NewNativeType(&runtime.TypeSpec{
	Name: "odict_iterator",
	Methods: []runtime.Method{
		{Name: "__reduce__", Fn: odictiter_reduce, Flags: runtime.MethNoArgs, Doc: "Return state information for pickling"},
	},
}, func(t *runtime.Type) {
	t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }
	t.Next = odictiter_iternext
})

// odictIter is an odict_iterator. od is nil once the iterator is done;
// current is the key it yields next (null at the end), looked up again
// (hash included) at each step, as CPython does; size is -1 after a size
// change, so that the error repeats.
type odictIter struct {
	runtime.Header
	dv      runtime.Value
	od      *odict
	current runtime.Value
	size    int
	state   uint64
	kind    uint8
}

// newODictIter returns an iterator of the given kind over the OrderedDict
// (or subclass instance) dv.
func newODictIter(dv runtime.Value, kind uint8) runtime.Value {
	od := asODict(dv)
	it := &odictIter{Header: runtime.HeaderFor(odictIterType), dv: dv, od: od, size: od.Len(), state: od.state, kind: kind}
	n := od.first
	if kind&odIterReversed != 0 {
		n = od.last
	}
	if n != nil {
		it.current = n.key
	}
	return runtime.ValueOf(it)
}

// finish marks the iterator exhausted.
func (it *odictIter) finish() {
	it.od, it.dv, it.current = nil, runtime.Value{}, runtime.Value{}
}

// nextKey returns the next key, or a null key at the end.
func (it *odictIter) nextKey() (runtime.Value, *runtime.Exception) {
	od := it.od
	if od == nil {
		return runtime.Value{}, nil
	}
	if it.current.IsNull() {
		it.finish()
		return runtime.Value{}, nil
	}
	if od.state != it.state {
		it.finish()
		return runtime.Value{}, runtime.NewRuntimeError("OrderedDict mutated during iteration")
	}
	if it.size != od.Len() {
		it.size = -1
		return runtime.Value{}, runtime.NewRuntimeError("OrderedDict changed size during iteration")
	}
	key := it.current
	h, err := runtime.Hash(key)
	var n *odictNode
	if err == nil {
		n, err = od.findNode(key, h)
	}
	if err != nil || n == nil {
		it.current = runtime.Value{}
		if err == nil {
			err = runtime.NewKeyError(key)
		}
		return runtime.Value{}, err
	}
	if it.kind&odIterReversed != 0 {
		n = n.prev
	} else {
		n = n.next
	}
	if n == nil {
		it.current = runtime.Value{}
	} else {
		it.current = n.key
	}
	return key, nil
}

// odictiter_iternext yields the key, the value or the (key, value) pair.
func odictiter_iternext(self runtime.Value) (runtime.Value, *runtime.Exception) {
	it := runtime.PtrOf[odictIter](self)
	key, err := it.nextKey()
	if err != nil || key.IsNull() || it.kind&odIterValues == 0 {
		return key, err
	}
	value, found, err := it.od.GetItem(key)
	if err == nil && !found {
		err = runtime.NewKeyError(key)
	}
	if err != nil {
		it.finish()
		return runtime.Value{}, err
	}
	if it.kind&odIterKeys == 0 {
		return value, nil
	}
	return runtime.TupleValue(key, value), nil
}

// odictiter_reduce is (iter, (list,)) with what a copy of the iterator
// has left to produce.
func odictiter_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	tmp := *runtime.PtrOf[odictIter](self)
	items, err := listOf(runtime.ValueOf(&tmp))
	if err != nil {
		return runtime.Value{}, err
	}
	iter, _ := runtime.BuiltinsModule().Dict.GetStr(runtime.Intern("iter"))
	return runtime.TupleValue(iter, runtime.TupleValue(items)), nil
}
