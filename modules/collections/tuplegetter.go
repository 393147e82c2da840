// This file defines _collections._tuplegetter, the data descriptor that
// collections.namedtuple puts on its classes: field i of the tuple.

package collections

import (
	"strconv"

	"krait/runtime"
)

// tupleGetterType is _collections._tuplegetter.
var tupleGetterType *runtime.Type

type tupleGetter struct {
	runtime.Header
	index int64
	doc   runtime.Value
}

var tupleGetterNew = runtime.Method{Name: "_tuplegetter", Sig: "index, doc, /"}

func initTupleGetterType() {
	tupleGetterType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_collections._tuplegetter",
		Methods: []runtime.Method{
			{Name: "__reduce__", Fn: tuplegetter_reduce, Flags: runtime.MethNoArgs},
		},
		GetSets: []runtime.GetSetDef{{Name: "__doc__", Get: tuplegetter_get_doc, Set: tuplegetter_set_doc}},
	}, func(t *runtime.Type) {
		t.New = tuplegetter_new
		t.DescrGet = tuplegetter_descr_get
		t.DescrSet = tuplegetter_descr_set
		t.Repr = tuplegetter_repr
	})
}

func tuplegetter_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := tupleGetterNew.BindArgs(args, kw, "_tuplegetter")
	if err != nil {
		return runtime.Value{}, err
	}
	i, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&tupleGetter{Header: runtime.HeaderFor(t), index: i, doc: a[1]}), nil
}

// tuplegetter_descr_get returns item index of a tuple instance; looked up
// on the class (or given None) it returns the descriptor itself.
func tuplegetter_descr_get(descr, obj runtime.Value, _ *runtime.Type) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[tupleGetter](descr)
	if obj.IsNull() || obj.IsNone() {
		return descr, nil
	}
	tup, ok := obj.TryTuple()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, obj.Type().Name)
	}
	if g.index < 0 || g.index >= int64(tup.Len()) {
		return runtime.Value{}, runtime.NewIndexError("tuple index out of range")
	}
	return tup.Items()[g.index], nil
}

// tuplegetter_descr_set makes the fields read-only.
func tuplegetter_descr_set(_, _, val runtime.Value) *runtime.Exception {
	if val.IsNull() {
		return runtime.NewAttributeError("can't delete attribute")
	}
	return runtime.NewAttributeError("can't set attribute")
}

func tuplegetter_get_doc(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if d := runtime.PtrOf[tupleGetter](v).doc; !d.IsNull() {
		return d, nil
	}
	return runtime.None, nil
}

func tuplegetter_set_doc(v, x runtime.Value) *runtime.Exception {
	runtime.PtrOf[tupleGetter](v).doc = x
	return nil
}

func tuplegetter_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[tupleGetter](v)
	doc, err := runtime.Repr(g.doc)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(typeShortName(v.Type()) + "(" + strconv.FormatInt(g.index, 10) + ", " + doc.S + ")"), nil
}

func tuplegetter_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[tupleGetter](self)
	doc, _ := tuplegetter_get_doc(self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(runtime.Int(g.index), doc)), nil
}
