// This file defines odict_keys, odict_values and odict_items: dict's views
// (length, membership and set operations are dict_keys' and dict_items')
// that iterate, reverse and print in the OrderedDict's order.

package collections

import (
	"strings"

	"krait/runtime"
)

// The view types.
var (
	odictKeysType   = newODictViewType("odict_keys", runtime.DictKeysType, odIterKeys)
	odictValuesType = newODictViewType("odict_values", runtime.DictValuesType, odIterValues)
	odictItemsType  = newODictViewType("odict_items", runtime.DictItemsType, odIterKeys|odIterValues)
)

// newODictViewType makes the view type over base whose iterators have the
// given kind.
func newODictViewType(name string, base *runtime.Type, kind uint8) *runtime.Type {
	reversed := func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		return newODictIter(runtime.DictViewMapping(self), kind|odIterReversed), nil
	}
	return runtime.NewNativeType(&runtime.TypeSpec{
		Name:    name,
		Base:    base,
		Methods: []runtime.Method{{Name: "__reversed__", Fn: reversed, Flags: runtime.MethNoArgs}},
	}, func(t *runtime.Type) {
		t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return newODictIter(runtime.DictViewMapping(v), kind), nil
		}
		t.Repr = odictview_repr
	})
}

// odictview_repr is e.g. odict_keys(['a', 'b']), "..." inside itself.
func odictview_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if !runtime.ReprEnter(v) {
		return runtime.StrValue("..."), nil
	}
	defer runtime.ReprLeave()
	items, err := listOf(v)
	if err != nil {
		return runtime.Value{}, err
	}
	r, err := runtime.Repr(items)
	if err != nil {
		return runtime.Value{}, err
	}
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteByte('(')
	b.WriteString(r.S)
	b.WriteByte(')')
	return runtime.StrValue(b.String()), nil
}
