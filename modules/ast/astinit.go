// This file defines the methods of AST in Go, as CPython's C type has them:
// node construction is hot in tools that build trees, and Python-level
// methods would also show up in tracebacks.

package ast

import (
	"krait/runtime"
)

// astMethods are installed in AST's namespace.
var astMethods = []*runtime.Method{
	{Name: "__init__", Sig: "*args, **kwargs", Fn: ast_type_init},
	{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: ast_type_reduce},
	// object.__reduce_ex__ should defer to an overriding __reduce__, as
	// CPython's does; say so explicitly until the runtime's does.
	{Name: "__reduce_ex__", Sig: "protocol, /", Fn: ast_type_reduce_ex},
}

var objectNew runtime.Value

// ast_type_new is AST.__new__ (a staticmethod over the module function
// _ast_new): unlike object.__new__ it accepts the constructor's arguments,
// so subclasses can pass them on.
func ast_type_new(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if objectNew.IsNull() {
		f, err := runtime.GetAttrString(runtime.ObjectType.Value(), "__new__")
		if err != nil {
			return runtime.Value{}, err
		}
		objectNew = f
	}
	return runtime.Call(objectNew, a[:1], nil)
}

// typeFields returns type(self)._fields, or nothing when it is missing.
func typeFields(self runtime.Value) ([]runtime.Value, *runtime.Exception) {
	f, err := runtime.GetAttrString(self.Type().Value(), "_fields")
	if err != nil {
		if err.Matches(runtime.AttributeErrorType) {
			return nil, nil
		}
		return nil, err
	}
	if t, ok := f.TryTuple(); ok {
		return t.Items(), nil
	}
	it, err := runtime.Iter(f)
	if err != nil {
		return nil, err
	}
	var out []runtime.Value
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		out = append(out, x)
	}
}

func ast_type_init(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fields, err := typeFields(self)
	if err != nil {
		return runtime.Value{}, err
	}
	var args []runtime.Value
	if t, ok := a[0].TryTuple(); ok {
		args = t.Items()
	}
	if len(args) > len(fields) {
		s := "s"
		if len(fields) == 1 {
			s = ""
		}
		return runtime.Value{}, runtime.NewTypeError("%s constructor takes at most %d positional argument%s", self.Type().Name, len(fields), s)
	}
	for i, v := range args {
		name, ok := fields[i].TryStr()
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("attribute name must be string, not '%s'", fields[i].Type().Name)
		}
		if err := runtime.SetAttr(self, name, v); err != nil {
			return runtime.Value{}, err
		}
	}
	kw, ok := a[1].TryDict()
	if !ok {
		return runtime.None, nil
	}
	pos := 0
	for {
		k, v, ok := kw.Next(&pos)
		if !ok {
			break
		}
		for i := range args {
			if eq, err := runtime.RichCompareBool(fields[i], k, runtime.Eq); err != nil {
				return runtime.Value{}, err
			} else if eq {
				ks, _ := k.TryStr()
				return runtime.Value{}, runtime.NewTypeError("%s got multiple values for argument '%s'", self.Type().Name, ks.S)
			}
		}
		name, ok := k.TryStr()
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("attribute name must be string, not '%s'", k.Type().Name)
		}
		if err := runtime.SetAttr(self, name, v); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.None, nil
}

// ast_type_reduce returns (type(self), (), self.__dict__), or without the
// dict when the instance has none.
func ast_type_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	t := self.Type().Value()
	empty := runtime.TupleValue()
	d, err := runtime.GetAttrString(self, "__dict__")
	if err != nil {
		if err.Matches(runtime.AttributeErrorType) {
			return runtime.TupleValue(t, empty), nil
		}
		return runtime.Value{}, err
	}
	return runtime.TupleValue(t, empty, d), nil
}

func ast_type_reduce_ex(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.CallMethod(self, "__reduce__")
}
