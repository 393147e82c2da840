// This file defines operator.itemgetter: a callable fetching one item (or
// a tuple of items) from its operand.

package operator

import (
	"strings"

	"krait/runtime"
)

// itemGetter is an operator.itemgetter instance.
type itemGetter struct {
	runtime.Header
	items []runtime.Value
}

// ItemGetterType is operator.itemgetter.
var ItemGetterType *runtime.Type

func initItemGetterType() {
	ItemGetterType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "operator.itemgetter",
		Doc:     "itemgetter(item, ...) --> itemgetter object\n\nA callable returning obj[item] for one item, or a tuple of obj[item]\nfor several.",
		Methods: []runtime.Method{{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: itemgetter_reduce, Doc: "Return state information for pickling"}},
	}, func(t *runtime.Type) {
		t.New = itemgetter_new
		t.Call = itemgetter_call
		t.Repr = itemgetter_repr
	})
}

// checkCall reports the errors of a getter called with other than exactly
// one positional argument, as CPython's _PyArg_NoKeywords and
// _PyArg_CheckPositional do.
func checkCall(name string, args []runtime.Value, kwnames []*runtime.Str) *runtime.Exception {
	if len(kwnames) > 0 {
		return runtime.NewTypeError("%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return runtime.NewTypeError("%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

func itemgetter_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(kwnames) > 0 {
		return runtime.Value{}, runtime.NewTypeError("itemgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return runtime.Value{}, runtime.NewTypeError("itemgetter expected 1 argument, got 0")
	}
	return runtime.ValueOf(&itemGetter{Header: runtime.HeaderFor(t), items: append([]runtime.Value(nil), args...)}), nil
}

func itemgetter_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if err := checkCall("itemgetter", args, kwnames); err != nil {
		return runtime.Value{}, err
	}
	g := runtime.PtrOf[itemGetter](callable)
	obj := args[0]
	if len(g.items) == 1 {
		return runtime.GetItem(obj, g.items[0])
	}
	out := make([]runtime.Value, len(g.items))
	for i, it := range g.items {
		r, err := runtime.GetItem(obj, it)
		if err != nil {
			return runtime.Value{}, err
		}
		out[i] = r
	}
	return runtime.TupleValue(out...), nil
}

// reprArgs renders "name(a, b)" for the getters' reprs, with "name(...)"
// for a recursive one.
func reprArgs(self runtime.Value, name string, items []runtime.Value) (runtime.Value, *runtime.Exception) {
	if !runtime.ReprEnter(self) {
		return runtime.StrValue(name + "(...)"), nil
	}
	defer runtime.ReprLeave()
	parts := make([]string, len(items))
	for i, it := range items {
		r, err := runtime.Repr(it)
		if err != nil {
			return runtime.Value{}, err
		}
		parts[i] = r.S
	}
	return runtime.StrValue(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

func itemgetter_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	return reprArgs(v, v.Type().Name, runtime.PtrOf[itemGetter](v).items)
}

func itemgetter_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[itemGetter](self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(append([]runtime.Value(nil), g.items...)...)), nil
}
