// This file defines operator.attrgetter: a callable fetching one attribute
// (or a tuple of them), following dotted names.

package operator

import (
	"strings"

	"krait/runtime"
)

// attrGetter is an operator.attrgetter instance: names holds each
// requested attribute as its dotted path.
type attrGetter struct {
	runtime.Header
	names [][]*runtime.Str
}

// AttrGetterType is operator.attrgetter.
var AttrGetterType *runtime.Type

func initAttrGetterType() {
	AttrGetterType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "operator.attrgetter",
		Doc:     "attrgetter(attr, ...) --> attrgetter object\n\nA callable returning obj.attr (dotted names follow attributes) for one\nname, or a tuple of them for several.",
		Methods: []runtime.Method{{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: attrgetter_reduce, Doc: "Return state information for pickling"}},
	}, func(t *runtime.Type) {
		t.New = attrgetter_new
		t.Call = attrgetter_call
		t.Repr = attrgetter_repr
	})
}

func attrgetter_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(kwnames) > 0 {
		return runtime.Value{}, runtime.NewTypeError("attrgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return runtime.Value{}, runtime.NewTypeError("attrgetter expected 1 argument, got 0")
	}
	g := &attrGetter{Header: runtime.HeaderFor(t)}
	for _, a := range args {
		s, ok := a.TryStr()
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("attribute name must be a string")
		}
		var path []*runtime.Str
		for _, part := range strings.Split(s.S, ".") {
			path = append(path, runtime.Intern(part))
		}
		g.names = append(g.names, path)
	}
	return runtime.ValueOf(g), nil
}

func dottedGetAttr(obj runtime.Value, path []*runtime.Str) (runtime.Value, *runtime.Exception) {
	for _, name := range path {
		r, err := runtime.GetAttr(obj, name)
		if err != nil {
			return runtime.Value{}, err
		}
		obj = r
	}
	return obj, nil
}

func attrgetter_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if err := checkCall("attrgetter", args, kwnames); err != nil {
		return runtime.Value{}, err
	}
	g := runtime.PtrOf[attrGetter](callable)
	if len(g.names) == 1 {
		return dottedGetAttr(args[0], g.names[0])
	}
	out := make([]runtime.Value, len(g.names))
	for i, path := range g.names {
		r, err := dottedGetAttr(args[0], path)
		if err != nil {
			return runtime.Value{}, err
		}
		out[i] = r
	}
	return runtime.TupleValue(out...), nil
}

// attrNames returns the requested attribute names as str values.
func (g *attrGetter) attrNames() []runtime.Value {
	out := make([]runtime.Value, len(g.names))
	for i, path := range g.names {
		parts := make([]string, len(path))
		for j, p := range path {
			parts[j] = p.S
		}
		out[i] = runtime.StrValue(strings.Join(parts, "."))
	}
	return out
}

func attrgetter_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	return reprArgs(v, v.Type().Name, runtime.PtrOf[attrGetter](v).attrNames())
}

func attrgetter_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	g := runtime.PtrOf[attrGetter](self)
	return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(g.attrNames()...)), nil
}
