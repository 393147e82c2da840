// This file defines AST.__init__ in Go (CPython's ast_type_init): node
// construction is hot in tools that build trees, and a Python-level
// __init__ would also show up in tracebacks.

package ast

import (
	"krait/runtime"
)

var astInitMethod = runtime.Method{Name: "__init__", Sig: "*args, **kwargs", Fn: ast_type_init}

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
