// This file defines operator.methodcaller: a callable calling a named
// method of its operand with frozen arguments.

package operator

import (
	"strings"

	"krait/runtime"
)

// methodCaller is an operator.methodcaller instance.
type methodCaller struct {
	runtime.Header
	name    *runtime.Str
	args    []runtime.Value
	kwnames []*runtime.Str
	kwvals  []runtime.Value
}

// MethodCallerType is operator.methodcaller.
var MethodCallerType *runtime.Type

func initMethodCallerType() {
	MethodCallerType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "operator.methodcaller",
		Doc:     "methodcaller(name, ...) --> methodcaller object\n\nA callable calling obj.name(*args, **kwargs) with the arguments given\nhere.",
		Methods: []runtime.Method{{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: methodcaller_reduce, Doc: "Return state information for pickling"}},
	}, func(t *runtime.Type) {
		t.New = methodcaller_new
		t.Call = methodcaller_call
		t.Repr = methodcaller_repr
	})
}

func methodcaller_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return runtime.Value{}, runtime.NewTypeError("methodcaller needs at least one argument, the method name")
	}
	name, ok := args[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("method name must be a string")
	}
	m := &methodCaller{Header: runtime.HeaderFor(t), name: runtime.InternStr(name),
		args: append([]runtime.Value(nil), args[1:npos]...), kwnames: append([]*runtime.Str(nil), kwnames...),
		kwvals: append([]runtime.Value(nil), args[npos:]...)}
	return runtime.ValueOf(m), nil
}

func methodcaller_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if err := checkCall("methodcaller", args, kwnames); err != nil {
		return runtime.Value{}, err
	}
	m := runtime.PtrOf[methodCaller](callable)
	meth, err := runtime.GetAttr(args[0], m.name)
	if err != nil {
		return runtime.Value{}, err
	}
	all := make([]runtime.Value, 0, len(m.args)+len(m.kwvals))
	all = append(append(all, m.args...), m.kwvals...)
	return runtime.Call(meth, all, m.kwnames)
}

func methodcaller_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	m := runtime.PtrOf[methodCaller](v)
	name := v.Type().Name
	if !runtime.ReprEnter(v) {
		return runtime.StrValue(name + "(...)"), nil
	}
	defer runtime.ReprLeave()
	r, err := runtime.Repr(m.name.Value())
	if err != nil {
		return runtime.Value{}, err
	}
	parts := []string{r.S}
	for _, a := range m.args {
		r, err := runtime.Repr(a)
		if err != nil {
			return runtime.Value{}, err
		}
		parts = append(parts, r.S)
	}
	for i, k := range m.kwnames {
		r, err := runtime.Repr(m.kwvals[i])
		if err != nil {
			return runtime.Value{}, err
		}
		parts = append(parts, k.S+"="+r.S)
	}
	return runtime.StrValue(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

// methodcaller_reduce pickles as methodcaller(name, *args) without
// keywords, and as partial(methodcaller, name, **kwargs)(*args) with them.
func methodcaller_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	m := runtime.PtrOf[methodCaller](self)
	if len(m.kwnames) == 0 {
		args := append([]runtime.Value{m.name.Value()}, m.args...)
		return runtime.TupleValue(self.Type().Value(), runtime.TupleValue(args...)), nil
	}
	partial, err := importAttr("functools", "partial")
	if err != nil {
		return runtime.Value{}, err
	}
	pargs := append([]runtime.Value{self.Type().Value(), m.name.Value()}, m.kwvals...)
	p, err := runtime.Call(partial, pargs, m.kwnames)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(p, runtime.TupleValue(append([]runtime.Value(nil), m.args...)...)), nil
}

// importAttr imports module through builtins.__import__ and returns its
// attribute name. Until the stdlib functools is importable it falls back
// to _functools, which defines the same partial.
func importAttr(module, name string) (runtime.Value, *runtime.Exception) {
	imp, err := runtime.GetAttrString(runtime.BuiltinsModule().Value(), "__import__")
	if err != nil {
		return runtime.Value{}, err
	}
	m, err := runtime.Call(imp, []runtime.Value{runtime.StrValue(module)}, nil)
	if err != nil && err.Matches(runtime.ImportErrorType) {
		m, err = runtime.Call(imp, []runtime.Value{runtime.StrValue("_" + module)}, nil)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.GetAttrString(m, name)
}
