// This file defines collections.OrderedDict: a dict subclass that keeps its
// own order in a doubly linked list of nodes, so that move_to_end and
// popitem(last=False) take constant time. As in CPython's odictobject.c,
// the values live in the dict itself and the node of a key is found
// through an array parallel to the dict's entries (od_fast_nodes), rebuilt
// whenever the dict replaces its entry array.

package collections

import (
	"strings"

	"krait/runtime"
)

// OrderedDictType is collections.OrderedDict.
var OrderedDictType *runtime.Type

// odictNode is one key of the order list, with its hash.
type odictNode struct {
	key        runtime.Value
	hash       int64
	prev, next *odictNode
}

// odict is the object of OrderedDict and its subclasses: the dict table
// first (so dict's own code can use it), then the order list. state
// changes whenever the list does, which iterators check. Every instance
// has a __dict__ (attrs), as CPython's od_inst_dict.
type odict struct {
	runtime.Dict
	first, last *odictNode
	fast        []*odictNode // the node of each dict entry, by entry number
	fastGen     uint32       // the dict's TableGen when fast was built
	fastOK      bool
	state       uint64
	attrs       runtime.Attrs
}

func init() {
	OrderedDictType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "collections.OrderedDict",
		Base:    runtime.DictType,
		Flags:   runtime.FlagBaseType,
		Doc:     "Dictionary that remembers insertion order",
		Methods: odictMethods,
		GetSets: []runtime.GetSetDef{runtime.DictGetSet},
	}, func(t *runtime.Type) {
		// dict.__new__ is safe on OrderedDict, as in CPython, whose
		// OrderedDict inherits dict's tp_new.
		t.New = runtime.DictType.New
		runtime.SetDictAlloc(t, newODict)
		t.Init = odict_init
		t.Repr = odict_repr
		t.RichCompare = odict_richcompare
		t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return newODictIter(v, odIterKeys), nil
		}
		t.SetItem = odict_ass_sub
		t.Number[runtime.NbOr] = odict_or
		t.Inplace[runtime.NbOr] = odict_inplace_or
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return &asODict(v).attrs }
		runtime.MarkUnhashable(t)
	})
}

func asODict(v runtime.Value) *odict { return runtime.PtrOf[odict](v) }

// newODict returns an empty instance of t (OrderedDict or a subclass).
func newODict(t *runtime.Type) runtime.Value {
	return runtime.ValueOf(&odict{Dict: runtime.Dict{Header: runtime.HeaderFor(t)}})
}

// odict_init takes at most one positional argument and updates the new
// dict from it and the keywords, as update() does.
func odict_init(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) *runtime.Exception {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return runtime.NewTypeError("expected at most 1 arguments, got %d", npos)
	}
	return mutablemappingUpdate(self, args[:npos], kwnames, args[npos:])
}

// index returns the entry number of key in the dict (-1 if absent),
// first rebuilding the node array if the dict replaced its entries.
func (od *odict) index(key runtime.Value, h int64) (int, *runtime.Exception) {
	if !od.fastOK || od.fastGen != od.TableGen() {
		if err := od.resize(); err != nil {
			return -1, err
		}
	}
	return od.LookupIndex(key, h)
}

// resize is _odict_resize: it places every node at its key's entry number.
func (od *odict) resize() *runtime.Exception {
	od.fast, od.fastOK = nil, false
	fast := make([]*odictNode, od.EntryCount())
	for n := od.first; n != nil; n = n.next {
		ix, err := od.LookupIndex(n.key, n.hash)
		if err != nil {
			return err
		}
		if ix >= len(fast) {
			fast = append(fast, make([]*odictNode, ix+1-len(fast))...)
		}
		if ix >= 0 {
			fast[ix] = n
		}
	}
	od.fast, od.fastGen, od.fastOK = fast, od.TableGen(), true
	return nil
}

// findNode returns the node of key, or nil if key has none.
func (od *odict) findNode(key runtime.Value, h int64) (*odictNode, *runtime.Exception) {
	if od.first == nil {
		return nil, nil
	}
	ix, err := od.index(key, h)
	if ix < 0 || ix >= len(od.fast) {
		return nil, err
	}
	return od.fast[ix], nil
}

func (od *odict) addHead(n *odictNode) {
	n.prev, n.next = nil, od.first
	if od.first == nil {
		od.last = n
	} else {
		od.first.prev = n
	}
	od.first = n
	od.state++
}

func (od *odict) addTail(n *odictNode) {
	n.prev, n.next = od.last, nil
	if od.last == nil {
		od.first = n
	} else {
		od.last.next = n
	}
	od.last = n
	od.state++
}

// removeNode unlinks n; repeating it on the same node changes nothing
// but the state.
func (od *odict) removeNode(n *odictNode) {
	if od.first == n {
		od.first = n.next
	} else if n.prev != nil {
		n.prev.next = n.next
	}
	if od.last == n {
		od.last = n.prev
	} else if n.next != nil {
		n.next.prev = n.prev
	}
	n.prev, n.next = nil, nil
	od.state++
}

// addNewNode appends a node for key, which the dict already holds, unless
// it has one.
func (od *odict) addNewNode(key runtime.Value, h int64) *runtime.Exception {
	ix, err := od.index(key, h)
	if err != nil {
		return err
	}
	if ix < 0 {
		return runtime.NewKeyError(key)
	}
	if ix >= len(od.fast) {
		od.fast = append(od.fast, make([]*odictNode, ix+1-len(od.fast))...)
	}
	if od.fast[ix] != nil {
		return nil
	}
	n := &odictNode{key: key, hash: h}
	od.addTail(n)
	od.fast[ix] = n
	return nil
}

// clearNode removes the node of key (n, or the one found) from the list
// before the key leaves the dict: afterwards its entry number could be
// found for another key.
func (od *odict) clearNode(n *odictNode, key runtime.Value, h int64) *runtime.Exception {
	if od.first == nil {
		return nil
	}
	ix, err := od.index(key, h)
	if ix < 0 || ix >= len(od.fast) {
		return err
	}
	if n == nil {
		n = od.fast[ix]
	}
	if n == nil {
		return nil
	}
	od.fast[ix] = nil
	od.removeNode(n)
	return nil
}

// clearNodes drops the whole list (clear() and friends); like CPython it
// leaves state alone, iterators see the size change.
func (od *odict) clearNodes() {
	od.first, od.last = nil, nil
	od.fast, od.fastOK = nil, false
}

// setItemHash is PyODict_SetItem: the dict first, then the node; a failed
// node insertion takes the key out of the dict again.
func setItemHash(self runtime.Value, key runtime.Value, h int64, value runtime.Value) *runtime.Exception {
	od := asODict(self)
	if err := od.SetItemHash(key, h, value); err != nil {
		return err
	}
	if err := od.addNewNode(key, h); err != nil {
		od.DelItemHash(key, h)
		return err
	}
	return nil
}

// odict_ass_sub is od[key] = value and del od[key].
func odict_ass_sub(self, key, value runtime.Value) *runtime.Exception {
	h, err := runtime.Hash(key)
	if err != nil {
		return err
	}
	if !value.IsNull() {
		return setItemHash(self, key, h, value)
	}
	od := asODict(self)
	if err := od.clearNode(nil, key, h); err != nil {
		return err
	}
	_, found, err := od.DelItemHash(key, h)
	if err == nil && !found {
		err = runtime.NewKeyError(key)
	}
	return err
}

// keysEqual compares the keys of two OrderedDicts in order.
func keysEqual(a, b *odict) (bool, *runtime.Exception) {
	na, nb := a.first, b.first
	for na != nil && nb != nil {
		eq, err := runtime.RichCompareBool(na.key, nb.key, runtime.Eq)
		if err != nil || !eq {
			return false, err
		}
		na, nb = na.next, nb.next
	}
	return na == nil && nb == nil, nil
}

// odict_richcompare is == and !=: dict's comparison, and between two
// OrderedDicts also the order of the keys.
func odict_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if _, ok := w.TryDict(); !ok || !runtime.IsInstance(v, OrderedDictType) || (op != runtime.Eq && op != runtime.Ne) {
		return runtime.NotImplemented, nil
	}
	cmp, err := runtime.DictType.RichCompare(v, w, op)
	if err != nil || !runtime.IsInstance(w, OrderedDictType) {
		return cmp, err
	}
	if cmp == runtime.Bool(op == runtime.Ne) {
		return cmp, nil
	}
	eq, err := keysEqual(asODict(v), asODict(w))
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Bool(eq == (op == runtime.Eq)), nil
}

// odict_repr is "OrderedDict([(k, v), ...])", "OrderedDict()" when empty
// and "..." inside itself. A subclass's pairs come from its items().
func odict_repr(self runtime.Value) (runtime.Value, *runtime.Exception) {
	name := typeShortName(self.Type())
	od := asODict(self)
	if od.Len() == 0 {
		return runtime.StrValue(name + "()"), nil
	}
	if !runtime.ReprEnter(self) {
		return runtime.StrValue("..."), nil
	}
	defer runtime.ReprLeave()
	var pieces runtime.Value
	if self.Type() == OrderedDictType {
		var pairs []runtime.Value
		for n := od.first; n != nil; n = n.next {
			v, found, err := od.GetItem(n.key)
			if err != nil {
				return runtime.Value{}, err
			}
			if !found {
				return runtime.Value{}, runtime.NewKeyError(n.key)
			}
			pairs = append(pairs, runtime.TupleValue(n.key, v))
		}
		pieces = runtime.NewList(pairs)
	} else {
		items, err := runtime.CallMethod(self, "items")
		if err != nil {
			return runtime.Value{}, err
		}
		if pieces, err = listOf(items); err != nil {
			return runtime.Value{}, err
		}
	}
	r, err := runtime.Repr(pieces)
	if err != nil {
		return runtime.Value{}, err
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	b.WriteString(r.S)
	b.WriteByte(')')
	return runtime.StrValue(b.String()), nil
}

// listOf is list(iterable).
func listOf(iterable runtime.Value) (runtime.Value, *runtime.Exception) {
	var items []runtime.Value
	err := forEach(iterable, func(x runtime.Value) *runtime.Exception {
		items = append(items, x)
		return nil
	})
	return runtime.NewList(items), err
}

// odict_or is OrderedDict | dict and dict | OrderedDict: a copy of the
// left operand, of the OrderedDict operand's type, updated from the right.
func odict_or(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	t, other := a.Type(), b
	if !runtime.IsInstance(a, OrderedDictType) {
		t, other = b.Type(), a
	}
	if _, ok := other.TryDict(); !ok {
		return runtime.NotImplemented, nil
	}
	r, err := runtime.Call(t.Value(), []runtime.Value{a}, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	return r, mutablemappingUpdateArg(r, b)
}

// odict_inplace_or is od |= other: update() from any mapping or iterable
// of pairs.
func odict_inplace_or(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := mutablemappingUpdateArg(a, b); err != nil {
		return runtime.Value{}, err
	}
	return a, nil
}
