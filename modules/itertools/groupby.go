// This file defines itertools.groupby and its _grouper: runs of items with
// equal keys, each run an iterator that shares the groupby's source.

package itertools

import "krait/runtime"

var (
	groupbyType *runtime.Type
	grouperType *runtime.Type
)

// groupbyObject holds the current item and its key (read ahead from it),
// the key of the current group, and the group iterator handed out last:
// only that one may advance the source.
type groupbyObject struct {
	iterBase
	it, keyfunc      runtime.Value // keyfunc None: the item is its key
	tgtkey           runtime.Value
	currkey, currval runtime.Value
	currgrouper      *grouperObject
	slab             tupleSlab
}

type grouperObject struct {
	runtime.Header
	parent *groupbyObject
	tgtkey runtime.Value
}

var (
	groupbyArgs = runtime.Method{Name: "groupby", Sig: "iterable, key="}
	grouperArgs = runtime.Method{Name: "_grouper", Sig: "parent, tgtkey, /"}
)

func initGroupby() {
	groupbyType = newIterType("groupby",
		"groupby(iterable, key=None)\n\nPairs (key, group) for the runs of consecutive items of iterable with\nequal key(item) (the item itself when key is None); group iterates over\nthe run.",
		false, nil, groupby_new, groupby_next, nil)
	grouperType = runtime.NewNativeType(&runtime.TypeSpec{Name: "itertools._grouper", Methods: []runtime.Method{
		{Name: "__reduce__", Fn: grouper_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support: (callable, args[, state])."},
	}}, func(t *runtime.Type) {
		t.New = grouper_new
		t.Iter = selfIter
		t.Next = grouper_next
	})
}

func groupby_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := groupbyArgs.BindClinic(args, kw, "groupby")
	if err != nil {
		return runtime.Value{}, err
	}
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	key := a[1]
	if key.IsNull() {
		key = runtime.None
	}
	return runtime.ValueOf(&groupbyObject{iterBase: newBase(t), it: it, keyfunc: key}), nil
}

// step reads the next item and its key; ok is false at exhaustion.
func (g *groupbyObject) step() (ok bool, err *runtime.Exception) {
	x, err := next(g.it)
	if err != nil || x.IsNull() {
		return false, err
	}
	key := x
	if !g.keyfunc.IsNone() {
		if key, err = runtime.Call1(g.keyfunc, x); err != nil {
			return false, err
		}
	}
	g.currval, g.currkey = x, key
	return true, nil
}

// groupby_next skips the rest of the current group, then starts the next.
func groupby_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[groupbyObject](v)
	g.currgrouper = nil
	for {
		if !g.currkey.IsNull() {
			if g.tgtkey.IsNull() {
				break
			}
			eq, err := runtime.RichCompareBool(g.tgtkey, g.currkey, runtime.Eq)
			if err != nil {
				return runtime.Value{}, err
			}
			if !eq {
				break
			}
		}
		if ok, err := g.step(); !ok {
			return runtime.Value{}, err
		}
	}
	g.tgtkey = g.currkey
	gr := &grouperObject{Header: runtime.HeaderFor(grouperType), parent: g, tgtkey: g.tgtkey}
	g.currgrouper = gr
	r, w := g.slab.take(2)
	w[0], w[1] = g.currkey, runtime.ValueOf(gr)
	return r, nil
}

// grouper_new is _grouper(parent, tgtkey), the constructor pickling uses.
func grouper_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := grouperArgs.BindArgs(args, kw, "_grouper")
	if err != nil {
		return runtime.Value{}, err
	}
	if !runtime.IsInstance(a[0], groupbyType) {
		return runtime.Value{}, runtime.NewTypeError("_grouper() argument 1 must be itertools.groupby, not %s", a[0].Type().Name)
	}
	g := runtime.PtrOf[groupbyObject](a[0])
	gr := &grouperObject{Header: runtime.HeaderFor(t), parent: g, tgtkey: a[1]}
	g.currgrouper = gr
	return runtime.ValueOf(gr), nil
}

// grouper_next yields the items of its run while it is the parent's
// current group.
func grouper_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	gr := runtime.PtrOf[grouperObject](v)
	g := gr.parent
	if g.currgrouper != gr {
		return runtime.Value{}, nil
	}
	if g.currval.IsNull() {
		if ok, err := g.step(); !ok {
			return runtime.Value{}, err
		}
	}
	eq, err := runtime.RichCompareBool(gr.tgtkey, g.currkey, runtime.Eq)
	if err != nil || !eq {
		return runtime.Value{}, err
	}
	x := g.currval
	g.currval = runtime.Value{}
	return x, nil
}
