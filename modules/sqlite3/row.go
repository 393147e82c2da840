// This file defines sqlite3.Row, the row_factory whose rows index by
// position or by case-insensitive column name.
package sqlite3mod

import (
	"krait/runtime"
)

// row is a sqlite3.Row: the cursor's description and the row's values.
type row struct {
	runtime.Header
	attrs       *runtime.Attrs
	data        *runtime.Tuple
	description value
}

func rowOf(v value) *row { return runtime.PtrOf[row](v) }

var rowNewMethod = &runtime.Method{Name: "Row", Sig: "cursor, data, /"}

func row_new(t *runtime.Type, args []value, kwnames []*runtime.Str) (value, *exc) {
	if len(kwnames) > 0 {
		return runtime.None, runtime.NewTypeError("Row() takes no keyword arguments")
	}
	if len(args) != 2 {
		return runtime.None, runtime.NewTypeError("Row expected 2 arguments, got %d", len(args))
	}
	if !runtime.IsInstance(args[0], state.CursorType) {
		return runtime.None, runtime.NewTypeError("Row() argument 1 must be sqlite3.Cursor, not %s", args[0].Type().Name)
	}
	data, ok := args[1].TryTuple()
	if !ok {
		return runtime.None, runtime.NewTypeError("Row() argument 2 must be tuple, not %s", runtime.ArgTypeName(args[1]))
	}
	r := &row{Header: runtime.HeaderFor(t), data: data, description: cursorOf(args[0]).description}
	if t != state.RowType {
		r.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(r), nil
}

func row_len(v value) (int, *exc) { return rowOf(v).data.Len(), nil }

// row_getitem indexes by int, by slice or by column name.
func row_getitem(v, key value) (value, *exc) {
	r := rowOf(v)
	if runtime.IsInstance(key, runtime.IntType) {
		return runtime.GetItem(r.data.Value(), key)
	}
	if s, ok := key.TryStr(); ok {
		names, err := r.names()
		if err != nil {
			return runtime.None, err
		}
		for i, n := range names {
			if asciiFoldEqual(n, s.S) {
				return r.data.Items()[i], nil
			}
		}
		return runtime.None, runtime.NewIndexError("No item with that key")
	}
	if _, ok := key.TrySlice(); ok {
		return runtime.GetItem(r.data.Value(), key)
	}
	return runtime.None, runtime.NewIndexError("Index must be int or string")
}

// asciiFoldEqual compares ignoring ASCII case only, as CPython's Row does.
func asciiFoldEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// names returns the column names from the description.
func (r *row) names() ([]string, *exc) {
	d, ok := r.description.TryTuple()
	if !ok {
		return nil, nil
	}
	out := make([]string, 0, d.Len())
	for _, item := range d.Items() {
		name, err := runtime.GetItem(item, runtime.Int(0))
		if err != nil {
			return nil, err
		}
		s, _ := name.TryStr()
		if s == nil {
			out = append(out, "")
			continue
		}
		out = append(out, s.S)
	}
	return out, nil
}

func row_keys(self value, _ []value) (value, *exc) {
	r := rowOf(self)
	d, ok := r.description.TryTuple()
	if !ok {
		return runtime.NewList([]value{}), nil
	}
	keys := make([]value, 0, d.Len())
	for _, item := range d.Items() {
		name, err := runtime.GetItem(item, runtime.Int(0))
		if err != nil {
			return runtime.None, err
		}
		keys = append(keys, name)
	}
	return runtime.NewList(keys), nil
}

func row_hash(v value) (int64, *exc) {
	r := rowOf(v)
	h1, err := runtime.Hash(r.description)
	if err != nil {
		return 0, err
	}
	h2, err := runtime.Hash(r.data.Value())
	if err != nil {
		return 0, err
	}
	h := h1 ^ h2
	if h == -1 {
		h = -2
	}
	return h, nil
}

func row_richcompare(v, w value, op runtime.CompareOp) (value, *exc) {
	if (op != runtime.Eq && op != runtime.Ne) || !runtime.IsInstance(w, state.RowType) {
		return runtime.NotImplemented, nil
	}
	a, b := rowOf(v), rowOf(w)
	eq, err := runtime.RichCompareBool(a.description, b.description, runtime.Eq)
	if err != nil {
		return runtime.None, err
	}
	if eq {
		if eq, err = runtime.RichCompareBool(a.data.Value(), b.data.Value(), runtime.Eq); err != nil {
			return runtime.None, err
		}
	}
	return runtime.Bool(eq == (op == runtime.Eq)), nil
}

// newRowType builds sqlite3.Row.
func newRowType() *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "sqlite3.Row", Flags: runtime.FlagBaseType,
		Methods: []runtime.Method{{Name: "keys", Flags: runtime.MethNoArgs, Fn: row_keys, Doc: "Returns the keys of the row."}}},
		func(t *runtime.Type) {
			heapTypeModule(t)
			t.New = row_new
			t.Len = row_len
			t.GetItem = row_getitem
			t.Hash = row_hash
			t.RichCompare = row_richcompare
			t.Iter = func(v value) (value, *exc) { return runtime.Iter(rowOf(v).data.Value()) }
			t.InstAttrs = func(v value) *runtime.Attrs { return rowOf(v).attrs }
		})
}
