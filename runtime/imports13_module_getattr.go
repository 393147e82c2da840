// This file gives modules a GetAttrOpt path: getattr(module, name,
// default), hasattr(module, name) and importlib's fromlist handling ask
// modules for names they lack many times per import. module_getattro
// builds the AttributeError for each miss, and its circular-import wording
// first reads __spec__._initializing and __spec__._uninitialized_submodules,
// both usually missing themselves: three exceptions per miss, a tenth of
// the allocations of `import json, re, collections, typing`. A caller that
// only wants to know the attribute is missing needs none of them.

package runtime

import "reflect"

// moduleGetAttroPC is module_getattro's code address, to recognise it in a
// type's GetAttr slot.
var moduleGetAttroPC = reflect.ValueOf(module_getattro).Pointer()

// moduleGetAttrOpt is module_getattro reporting a missing attribute as the
// null Value. A module __getattr__ still runs (its AttributeError is the
// caller's to drop); a __spec__ whose attribute lookups could run Python
// code gets the full path, so that code runs as it would have.
func moduleGetAttrOpt(v Value, name *Str) (Value, *Exception) {
	r, err := genericGetAttrOpt(v, name)
	if err != nil && err.Matches(AttributeErrorType) {
		err = nil // as module_getattro
	}
	if err != nil || !r.IsNull() {
		return r, err
	}
	m := ptrOf[Module](v)
	if ga, ok := m.Dict.GetStr(Intern("__getattr__")); ok {
		return Call(ga, []Value{ValueOf(name)}, nil)
	}
	if spec, ok := m.Dict.GetStr(Intern("__spec__")); ok && !specLookupsQuiet(spec) {
		return module_getattro(v, name)
	}
	return Value{}, nil
}

// specLookupsQuiet reports whether reading moduleMissingAttr's two
// attributes of spec runs no Python code: spec is None, or its type uses
// the generic getter and defines neither name as a class attribute
// (a property, say).
func specLookupsQuiet(spec Value) bool {
	if spec.IsNone() {
		return true
	}
	t := spec.Type()
	if !t.getattrGeneric {
		return false
	}
	return t.Lookup(Intern("_initializing")).IsNull() && t.Lookup(Intern("_uninitialized_submodules")).IsNull()
}
