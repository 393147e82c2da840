// This file defines _contextvars.Context: a mapping of context variables
// to values that run() makes current, and its keys/values/items views.

package contextvars

import "krait/runtime"

// contextObject is a Context. data is replaced (never modified) by sets.
type contextObject struct {
	runtime.Header
	data    *ctxData
	prev    *contextObject
	entered bool
}

// ContextType is _contextvars.Context.
var ContextType *runtime.Type

func newContext(t *runtime.Type, d *ctxData) *contextObject {
	return &contextObject{Header: runtime.HeaderFor(t), data: d}
}

func contextOf(v runtime.Value) *contextObject { return runtime.PtrOf[contextObject](v) }

func init() {
	ContextType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_contextvars.Context",
		Methods: []runtime.Method{
			{Name: "run", Sig: "*args, **kwargs", Fn: context_run, Vec: context_run_vec},
			{Name: "copy", Flags: runtime.MethNoArgs, Fn: context_copy, Doc: "Return a new context with the same variables and values."},
			{Name: "get", Sig: "key, default=, /", Fn: context_get, Doc: "Return the value of the variable key in this context, or default\n(None when not given)."},
			{Name: "keys", Flags: runtime.MethNoArgs, Fn: context_keys, Doc: "Return a view of the variables set in this context."},
			{Name: "values", Flags: runtime.MethNoArgs, Fn: context_values, Doc: "Return a view of the values of the variables set in this context."},
			{Name: "items", Flags: runtime.MethNoArgs, Fn: context_items, Doc: "Return a view of the (variable, value) pairs of this context."},
		},
	}, func(t *runtime.Type) {
		t.New = context_new
		t.Len = func(v runtime.Value) (int, *runtime.Exception) { return len(contextOf(v).data.vars), nil }
		t.GetItem = context_getitem
		t.Contains = context_contains
		t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return newView(viewKeys, contextOf(v).data).iter(), nil
		}
		t.RichCompare = context_richcompare
	})
	ContextType.SetStaticAttr("__hash__", runtime.None)
	ContextType.Hash = nil
}

func context_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(args) > 0 {
		return runtime.Value{}, runtime.NewTypeError("Context() does not accept any arguments")
	}
	return runtime.ValueOf(newContext(t, emptyData)), nil
}

// keyVar returns the ContextVar a mapping key must be.
func keyVar(k runtime.Value) (*contextVar, *runtime.Exception) {
	if k.Type() != ContextVarType {
		r, err := runtime.Repr(k)
		if err != nil {
			return nil, err
		}
		return nil, runtime.NewTypeError("a ContextVar key was expected, got %s", r.S)
	}
	return runtime.PtrOf[contextVar](k), nil
}

func context_getitem(v, key runtime.Value) (runtime.Value, *runtime.Exception) {
	cv, err := keyVar(key)
	if err != nil {
		return runtime.Value{}, err
	}
	x := contextOf(v).data.get(cv)
	if x.IsNull() {
		return runtime.Value{}, runtime.NewKeyError(key)
	}
	return x, nil
}

func context_contains(v, key runtime.Value) (bool, *runtime.Exception) {
	cv, err := keyVar(key)
	if err != nil {
		return false, err
	}
	return contextOf(v).data.find(cv) >= 0, nil
}

func context_get(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cv, err := keyVar(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if x := contextOf(self).data.get(cv); !x.IsNull() {
		return x, nil
	}
	if a[1].IsNull() {
		return runtime.None, nil
	}
	return a[1], nil
}

func context_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newContext(ContextType, contextOf(self).data)), nil
}

// context_run is run(callable, /, *args, **kwargs): callable runs with
// this Context current.
func context_run(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pos := a[0].AsTuple().Items()
	if len(pos) == 0 {
		return runtime.Value{}, runtime.NewTypeError("run() missing 1 required positional argument")
	}
	args := append([]runtime.Value(nil), pos[1:]...)
	var kwnames []*runtime.Str
	if !a[1].IsNull() {
		d := a[1].AsDict()
		i := 0
		for {
			k, x, ok := d.Next(&i)
			if !ok {
				break
			}
			kwnames = append(kwnames, runtime.InternStr(k.AsStr()))
			args = append(args, x)
		}
	}
	c := contextOf(self)
	if err := c.enter(); err != nil {
		return runtime.Value{}, err
	}
	r, err := runtime.Call(pos[0], args, kwnames)
	c.exit()
	return r, err
}

func (c *contextObject) enter() *runtime.Exception {
	if c.entered {
		r, err := runtime.Repr(runtime.ValueOf(c))
		if err != nil {
			return err
		}
		return runtime.NewRuntimeError("cannot enter context: %s is already entered", r.S)
	}
	c.prev = current()
	c.entered = true
	setCurrent(c)
	return nil
}

func (c *contextObject) exit() {
	setCurrent(c.prev)
	c.prev = nil
	c.entered = false
}

func context_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if (op != runtime.Eq && op != runtime.Ne) || w.Type() != ContextType {
		return runtime.NotImplemented, nil
	}
	a, b := contextOf(v).data, contextOf(w).data
	eq, err := dataEqual(a, b)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Bool(eq == (op == runtime.Eq)), nil
}

func dataEqual(a, b *ctxData) (bool, *runtime.Exception) {
	if a == b {
		return true, nil
	}
	if len(a.vars) != len(b.vars) {
		return false, nil
	}
	for i, v := range a.vars {
		x := b.get(v)
		if x.IsNull() {
			return false, nil
		}
		eq, err := runtime.RichCompareBool(a.vals[i], x, runtime.Eq)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func context_keys(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newView(viewKeys, contextOf(self).data)), nil
}

func context_values(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newView(viewValues, contextOf(self).data)), nil
}

func context_items(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(newView(viewItems, contextOf(self).data)), nil
}

// The view kinds of a Context's mapping.
const (
	viewKeys = iota
	viewValues
	viewItems
)

// mappingView is a keys, values or items view of a Context's data, and
// (with pos) its iterator.
type mappingView struct {
	runtime.Header
	kind int
	data *ctxData
	pos  int
}

var viewTypes [3]*runtime.Type

var viewIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_contextvars.view_iterator"}, func(t *runtime.Type) {
	t.New = cannotCreate
	t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }
	t.Next = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		it := runtime.PtrOf[mappingView](v)
		if it.pos >= len(it.data.vars) {
			return runtime.Value{}, nil
		}
		i := it.pos
		it.pos++
		switch it.kind {
		case viewKeys:
			return runtime.ValueOf(it.data.vars[i]), nil
		case viewValues:
			return it.data.vals[i], nil
		}
		return runtime.TupleValue(runtime.ValueOf(it.data.vars[i]), it.data.vals[i]), nil
	}
})

func init() {
	for i, name := range []string{"keys", "values", "items"} {
		viewTypes[i] = runtime.NewNativeType(&runtime.TypeSpec{Name: name}, func(t *runtime.Type) {
			t.New = cannotCreate
			t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.PtrOf[mappingView](v).iter(), nil
			}
			t.Len = func(v runtime.Value) (int, *runtime.Exception) {
				return len(runtime.PtrOf[mappingView](v).data.vars), nil
			}
		})
	}
}

// cannotCreate is the New slot of types only this module instantiates
// (object's inherited New would give the wrong layout).
func cannotCreate(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
	return runtime.Value{}, runtime.NewTypeError("cannot create '%s' instances", t.Name)
}

func newView(kind int, d *ctxData) *mappingView {
	return &mappingView{Header: runtime.HeaderFor(viewTypes[kind]), kind: kind, data: d}
}

func (m *mappingView) iter() runtime.Value {
	return runtime.ValueOf(&mappingView{Header: runtime.HeaderFor(viewIterType), kind: m.kind, data: m.data})
}
