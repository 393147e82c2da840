// This file defines the __annotations__ attribute of classes and modules:
// read from their dict, created empty (and stored) on first access when
// absent, so that a class without annotations does not show its base's
// (type_get_annotations, module_get_annotations).

package runtime

var strAnnotations = Intern("__annotations__")

// typeAnnotationsGetSet is type.__annotations__.
var typeAnnotationsGetSet = GetSetDef{Name: "__annotations__", Get: func(v Value) (Value, *Exception) {
	t := v.AsType()
	if t.Flags&FlagHeapType == 0 {
		return Value{}, NewAttributeError("type object '%s' has no attribute '__annotations__'", t.Name)
	}
	if d, ok := t.Dict().GetStr(strAnnotations); ok {
		if g := d.Type().DescrGet; g != nil {
			return g(d, Value{}, t)
		}
		return d, nil
	}
	d := NewDict().Value()
	t.Dict().SetStr(strAnnotations, d)
	t.Modified()
	return d, nil
}, Set: func(v, x Value) *Exception {
	t := v.AsType()
	if t.Flags&FlagHeapType == 0 {
		return NewTypeError("cannot set '__annotations__' attribute of immutable type '%s'", t.Name)
	}
	if x.IsNull() {
		if !t.Dict().DelStr(strAnnotations) {
			return NewAttributeError("__annotations__")
		}
	} else {
		t.Dict().SetStr(strAnnotations, x)
	}
	t.Modified()
	return nil
}}

// moduleAnnotationsGetSet is module.__annotations__.
var moduleAnnotationsGetSet = GetSetDef{Name: "__annotations__", Get: func(v Value) (Value, *Exception) {
	d := ptrOf[Module](v).Dict
	if a, ok := d.GetStr(strAnnotations); ok {
		return a, nil
	}
	a := NewDict().Value()
	d.SetStr(strAnnotations, a)
	return a, nil
}, Set: func(v, x Value) *Exception {
	d := ptrOf[Module](v).Dict
	if x.IsNull() {
		if !d.DelStr(strAnnotations) {
			return NewAttributeError("__annotations__")
		}
		return nil
	}
	d.SetStr(strAnnotations, x)
	return nil
}}
