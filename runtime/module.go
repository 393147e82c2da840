// This file defines module objects.

package runtime

import "fmt"

// ModuleType is Python's module type.
var ModuleType = newBuiltinType("module", ObjectType, FlagBaseType)

// Module is a module object: its namespace dict.
type Module struct {
	Header
	Dict *Dict
	// attrs is what InstAttrs returns (its dict is Dict), made once rather
	// than allocated for every attribute lookup that goes through it.
	attrs Attrs
}

// NewModule returns a module named name with __name__, __doc__, __package__,
// __loader__ and __spec__ set as CPython's module constructor does.
func NewModule(name string) *Module {
	m := &Module{Header: Header{ModuleType}, Dict: NewDict()}
	m.Dict.SetStr(Intern("__name__"), StrValue(name))
	m.Dict.SetStr(Intern("__doc__"), None)
	m.Dict.SetStr(Intern("__package__"), None)
	m.Dict.SetStr(Intern("__loader__"), None)
	m.Dict.SetStr(Intern("__spec__"), None)
	return m
}

// TryModule returns v's *Module if v is a module.
func (v Value) TryModule() (*Module, bool) {
	if v.p == nil || !IsInstance(v, ModuleType) {
		return nil, false
	}
	return ptrOf[Module](v), true
}

// Value returns m as a Value.
func (m *Module) Value() Value { return ValueOf(m) }

// Name returns the module's __name__ (or "?").
func (m *Module) Name() string {
	if n, ok := m.Dict.GetStr(Intern("__name__")); ok {
		if s, ok := n.TryStr(); ok {
			return s.S
		}
	}
	return "?"
}

func module_getattro(v Value, name *Str) (Value, *Exception) {
	r, err := genericGetAttrOpt(v, name)
	if err != nil && err.Matches(AttributeErrorType) {
		err = nil // a descriptor's too, as _PyObject_GenericGetAttrWithDict(suppress=1)
	}
	if err != nil || !r.IsNull() {
		return r, err
	}
	m := ptrOf[Module](v)
	if ga, ok := m.Dict.GetStr(Intern("__getattr__")); ok {
		return Call(ga, []Value{ValueOf(name)}, nil)
	}
	var e *Exception
	if n, ok := m.Dict.GetStr(Intern("__name__")); ok && n.Type() == StrType {
		e = moduleMissingAttr(m, n.AsStr().S, name)
	} else {
		e = NewAttributeError("module has no attribute '%s'", name.S) // no str __name__
	}
	e.setAttrErrorInfo(name, v)
	return Value{}, e
}

// moduleMissingAttr is the AttributeError for a missing module attribute,
// worded as CPython's module_getattro does when __spec__ says the module or
// the submodule is still being imported (a circular import).
func moduleMissingAttr(m *Module, modName string, name *Str) *Exception {
	if spec, ok := m.Dict.GetStr(Intern("__spec__")); ok && spec != None {
		if v, err := GetAttrString(spec, "_initializing"); err == nil {
			if t, err := IsTrue(v); err == nil && t {
				return NewAttributeError("partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", modName, name.S)
			}
		}
		if v, err := GetAttrString(spec, "_uninitialized_submodules"); err == nil {
			if in, err := Contains(v, ValueOf(name)); err == nil && in {
				return NewAttributeError("cannot access submodule '%s' of module '%s' (most likely due to a circular import)", name.S, modName)
			}
		}
	}
	return NewAttributeError("module '%s' has no attribute '%s'", modName, name.S)
}

// moduleWithSlots is an instance of a module subclass with __slots__:
// the slots follow the module (its InstAttrs hands them out).
type moduleWithSlots struct {
	Module
	slots []Value
}

func init() {
	ModuleType.GetAttr = module_getattro
	ModuleType.InstAttrs = func(v Value) *Attrs {
		if v.Type().nslots > 0 {
			mw := ptrOf[moduleWithSlots](v)
			return &Attrs{dict: mw.Dict, slots: &mw.slots}
		}
		m := ptrOf[Module](v)
		if m.attrs.dict != m.Dict || m.attrs.layout != nil || m.attrs.slots != nil {
			m.attrs = Attrs{dict: m.Dict}
		}
		return &m.attrs
	}
	ModuleType.Repr = func(v Value) (Value, *Exception) {
		if r, ok, err := importlibModuleRepr(v); ok {
			return r, err
		}
		m := ptrOf[Module](v)
		if f, ok := m.Dict.GetStr(Intern("__file__")); ok {
			if s, ok := f.TryStr(); ok {
				return StrValue(fmt.Sprintf("<module '%s' from '%s'>", m.Name(), s.S)), nil
			}
		}
		if m.Name() == "builtins" || m.Name() == "sys" {
			return StrValue(fmt.Sprintf("<module '%s' (built-in)>", m.Name())), nil
		}
		return StrValue(fmt.Sprintf("<module '%s'>", m.Name())), nil
	}
	ModuleType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if t.nslots > 0 {
			mw := &moduleWithSlots{Module: Module{Header: Header{t}, Dict: NewDict()}, slots: make([]Value, t.nslots)}
			return ValueOf(&mw.Module), nil
		}
		return ValueOf(&Module{Header: Header{t}, Dict: NewDict()}), nil
	}
	ModuleType.Init = func(self Value, args []Value, kw []*Str) *Exception {
		_, err := callMethod(&moduleInit, self, args, kw, "module")
		return err
	}
	ModuleType.getsets = []GetSetDef{{Name: "__dict__", Get: func(v Value) (Value, *Exception) { return ptrOf[Module](v).Dict.Value(), nil }, Member: true},
		moduleAnnotationsGetSet}
	ModuleType.methods = append(ModuleType.methods, Method{Name: "__dir__", Flags: MethNoArgs, Fn: module_dir})
}

// module_dir is module.__dir__: the module's own __dir__ function if its
// dict has one (PEP 562), else the dict's keys.
func module_dir(self Value, a []Value) (Value, *Exception) {
	dv, err := GetAttr(self, Intern("__dict__")) // a subclass may redefine it
	if err != nil {
		return Value{}, err
	}
	d, ok := dv.TryDict()
	if !ok {
		return Value{}, NewTypeError("<module>.__dict__ is not a dictionary")
	}
	if f, ok := d.GetStr(Intern("__dir__")); ok {
		return Call(f, nil, nil)
	}
	return NewList(d.Keys()), nil
}

var moduleInit = Method{Name: "module", Sig: "name, doc=", Fn: func(self Value, a []Value) (Value, *Exception) {
	d := ptrOf[Module](self).Dict
	d.SetStr(Intern("__name__"), a[0])
	d.SetStr(Intern("__doc__"), nullToNone(a[1]))
	d.SetStr(Intern("__package__"), None)
	d.SetStr(Intern("__loader__"), None)
	d.SetStr(Intern("__spec__"), None)
	return None, nil
}}

// importlibModuleRepr is CPython's module_repr, which asks importlib's
// _module_repr (for the loader's and spec's say): ok is false while the
// import system is not set up.
func importlibModuleRepr(v Value) (Value, bool, *Exception) {
	bs, ok := sysModules.GetStr(Intern("_frozen_importlib"))
	if !ok || bs.Type() != ModuleType {
		return Value{}, false, nil
	}
	f, ok := ptrOf[Module](bs).Dict.GetStr(Intern("_module_repr"))
	if !ok {
		return Value{}, false, nil
	}
	r, err := Call(f, []Value{v}, nil)
	return r, true, err
}
