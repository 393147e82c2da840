// This file defines the descriptor types: wrapper_descriptor calls (a
// builtin slot called as a method), getset_descriptor (computed attributes
// of builtin types), member_descriptor (__slots__), property, classmethod
// and staticmethod.

package runtime

import "fmt"

type slotCaller func(o *Type, self Value, args []Value) (Value, *Exception)

var slotCallers = map[string]slotCaller{}

func checkArgs(args []Value, n int) *Exception {
	if len(args) != n {
		return NewTypeError("expected %s, got %d", plural(n, "argument"), len(args))
	}
	return nil
}

func unaryCaller(get func(t *Type) UnaryFunc) slotCaller {
	return func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 0); err != nil {
			return Value{}, err
		}
		return get(o)(self)
	}
}

func init() {
	for name, get := range map[string]func(t *Type) UnaryFunc{
		"__repr__": func(t *Type) UnaryFunc { return t.Repr }, "__str__": func(t *Type) UnaryFunc { return t.Str },
		"__iter__": func(t *Type) UnaryFunc { return t.Iter }, "__neg__": func(t *Type) UnaryFunc { return t.Neg },
		"__pos__": func(t *Type) UnaryFunc { return t.Pos }, "__invert__": func(t *Type) UnaryFunc { return t.Invert },
		"__abs__": func(t *Type) UnaryFunc { return t.Abs }, "__index__": func(t *Type) UnaryFunc { return t.Index },
		"__int__": func(t *Type) UnaryFunc { return t.Int }, "__float__": func(t *Type) UnaryFunc { return t.Float },
	} {
		slotCallers[name] = unaryCaller(get)
	}
	slotCallers["__next__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 0); err != nil {
			return Value{}, err
		}
		r, err := o.Next(self)
		if err == nil && r.IsNull() {
			return Value{}, NewStopIteration(Value{})
		}
		return r, err
	}
	slotCallers["__hash__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 0); err != nil {
			return Value{}, err
		}
		h, err := o.Hash(self)
		return Int(h), err
	}
	slotCallers["__len__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 0); err != nil {
			return Value{}, err
		}
		n, err := o.Len(self)
		return Int(int64(n)), err
	}
	slotCallers["__bool__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 0); err != nil {
			return Value{}, err
		}
		b, err := o.Bool(self)
		return Bool(b), err
	}
	slotCallers["__getitem__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 1); err != nil {
			return Value{}, err
		}
		return o.GetItem(self, args[0])
	}
	slotCallers["__setitem__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 2); err != nil {
			return Value{}, err
		}
		return None, o.SetItem(self, args[0], args[1])
	}
	slotCallers["__delitem__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 1); err != nil {
			return Value{}, err
		}
		return None, o.SetItem(self, args[0], Value{})
	}
	slotCallers["__contains__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 1); err != nil {
			return Value{}, err
		}
		b, err := o.Contains(self, args[0])
		return Bool(b), err
	}
	slotCallers["__getattribute__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 1); err != nil {
			return Value{}, err
		}
		n, ok := args[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", args[0].Type().Name)
		}
		return o.GetAttr(self, n)
	}
	slotCallers["__getattr__"] = slotCallers["__getattribute__"]
	slotCallers["__setattr__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 2); err != nil {
			return Value{}, err
		}
		n, ok := args[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", args[0].Type().Name)
		}
		if err := hackcheck(self, o, "__setattr__"); err != nil {
			return Value{}, err
		}
		return None, o.SetAttr(self, n, args[1])
	}
	slotCallers["__delattr__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 1); err != nil {
			return Value{}, err
		}
		n, ok := args[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", args[0].Type().Name)
		}
		if err := hackcheck(self, o, "__delattr__"); err != nil {
			return Value{}, err
		}
		return None, o.SetAttr(self, n, Value{})
	}
	slotCallers["__get__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if len(args) < 1 || len(args) > 2 {
			return Value{}, NewTypeError("expected 1 or 2 arguments, got %d", len(args))
		}
		obj := args[0]
		var typ *Type
		if len(args) == 2 && !args[1].IsNone() {
			typ, _ = args[1].TryType()
		}
		if obj.IsNone() {
			if typ == nil {
				return Value{}, NewTypeError("__get__(None, None) is invalid")
			}
			obj = Value{}
		}
		if typ == nil {
			typ = obj.Type()
		}
		return o.DescrGet(self, obj, typ)
	}
	slotCallers["__set__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 2); err != nil {
			return Value{}, err
		}
		return None, o.DescrSet(self, args[0], args[1])
	}
	slotCallers["__delete__"] = func(o *Type, self Value, args []Value) (Value, *Exception) {
		if err := checkArgs(args, 1); err != nil {
			return Value{}, err
		}
		return None, o.DescrSet(self, args[0], Value{})
	}
	for op := Lt; op <= Ge; op++ {
		op := op
		slotCallers[compareDunders[op]] = func(o *Type, self Value, args []Value) (Value, *Exception) {
			if err := checkArgs(args, 1); err != nil {
				return Value{}, err
			}
			return o.RichCompare(self, args[0], op)
		}
	}
	for op := BinOp(0); op < NbCount; op++ {
		op := op
		slotCallers[binOpDunders[op][0]] = func(o *Type, self Value, args []Value) (Value, *Exception) {
			if err := checkArgs(args, 1); err != nil {
				return Value{}, err
			}
			return o.Number[op](self, args[0])
		}
		slotCallers[binOpDunders[op][1]] = func(o *Type, self Value, args []Value) (Value, *Exception) {
			if err := checkArgs(args, 1); err != nil {
				return Value{}, err
			}
			return o.Number[op](args[0], self)
		}
		slotCallers[binOpDunders[op][2]] = func(o *Type, self Value, args []Value) (Value, *Exception) {
			if err := checkArgs(args, 1); err != nil {
				return Value{}, err
			}
			return o.Inplace[op](self, args[0])
		}
	}
	slotCallers["__pow__"] = powCaller(false)
	slotCallers["__rpow__"] = powCaller(true)
}

// powCaller is wrap_ternaryfunc(_r): __pow__ and __rpow__ take an optional
// modulus, used through the type's three-argument power.
func powCaller(reflected bool) func(o *Type, self Value, args []Value) (Value, *Exception) {
	return func(o *Type, self Value, args []Value) (Value, *Exception) {
		if len(args) < 1 {
			return Value{}, NewTypeError(" expected at least 1 argument, got %d", len(args)) // PyArg_UnpackTuple with an empty name
		}
		if len(args) > 2 {
			return Value{}, NewTypeError(" expected at most 2 arguments, got %d", len(args))
		}
		a, b := self, args[0]
		if reflected {
			a, b = b, a
		}
		if len(args) == 1 || args[1].IsNone() || o.Pow3 == nil {
			if len(args) == 2 && !args[1].IsNone() {
				return NotImplemented, nil
			}
			return o.Number[NbPower](a, b)
		}
		return o.Pow3(a, b, args[1])
	}
}

// callSlot calls the wrapper w with self and args (init and call take
// keywords; the rest are positional only).
// hackcheck refuses owner's __setattr__/__delattr__ wrapper for self when
// a builtin class between self's type and owner overrides the slot
// (object.__setattr__(str, ...) would skip type's checks), as CPython's.
func hackcheck(self Value, owner *Type, what string) *Exception {
	t := self.Type()
	if t.SetAttr == nil || owner.SetAttr == nil {
		return nil
	}
	slotPC, typePC := funcPC(slot_tp_setattro), funcPC(t.SetAttr)
	defining := t
	for i := len(t.MRO) - 1; i >= 0; i-- {
		b := t.MRO[i]
		if b.SetAttr == nil {
			continue
		}
		if pc := funcPC(b.SetAttr); pc != slotPC && pc == typePC {
			defining = b
			break
		}
	}
	ownPC := funcPC(owner.SetAttr)
	for b := defining; b != nil; b = b.Base {
		if b.SetAttr == nil {
			continue
		}
		pc := funcPC(b.SetAttr)
		if pc == ownPC {
			break
		}
		if pc != slotPC {
			return NewTypeError("can't apply this %s to %s object", what, t.Name)
		}
	}
	return nil
}

func callSlot(w *slotWrapper, self Value, args []Value, kwnames []*Str) (Value, *Exception) {
	if !IsInstance(self, w.owner) {
		return Value{}, NewTypeError("descriptor '%s' requires a '%s' object but received a '%s'", w.name.S, w.owner.Name, self.Type().Name)
	}
	switch w.name.S {
	case "__init__":
		return None, w.owner.Init(self, args, kwnames)
	case "__call__":
		return w.owner.Call(self, args, kwnames)
	}
	if len(kwnames) > 0 {
		return Value{}, NewTypeError("wrapper %s() takes no keyword arguments", w.name.S)
	}
	f := slotCallers[w.name.S]
	if f == nil {
		return Value{}, NewSystemError("no caller for slot %s", w.name.S)
	}
	return f(w.owner, self, args)
}

func slotwrapper_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	w := ptrOf[slotWrapper](callable)
	if len(args)-len(kwnames) < 1 {
		return Value{}, NewTypeError("descriptor '%s' of '%s' object needs an argument", w.name.S, w.owner.Name)
	}
	return callSlot(w, args[0], args[1:], kwnames)
}

func slotwrapper_get(descr, obj Value, typ *Type) (Value, *Exception) {
	if obj.IsNull() {
		return descr, nil
	}
	w := ptrOf[slotWrapper](descr)
	if !IsInstance(obj, w.owner) {
		return Value{}, NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", w.name.S, w.owner.Name, obj.Type().Name)
	}
	return ValueOf(&methodWrapper{Header{MethodWrapperType}, w, obj}), nil
}

func methodwrapper_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	m := ptrOf[methodWrapper](callable)
	return callSlot(m.w, m.self, args, kwnames)
}

func init() {
	SlotWrapperType.Call = slotwrapper_call
	SlotWrapperType.DescrGet = slotwrapper_get
	SlotWrapperType.Repr = func(v Value) (Value, *Exception) {
		w := ptrOf[slotWrapper](v)
		return StrValue(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", w.name.S, w.owner.Name)), nil
	}
	MethodWrapperType.Call = methodwrapper_call
	MethodWrapperType.Repr = func(v Value) (Value, *Exception) {
		m := ptrOf[methodWrapper](v)
		return StrValue(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", m.w.name.S, m.self.Type().Name, m.self.Ptr())), nil
	}
	GetSetType.DescrGet = getset_get
	GetSetType.DescrSet = getset_set
	GetSetType.Repr = func(v Value) (Value, *Exception) {
		g := ptrOf[GetSet](v)
		return StrValue(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.name, g.owner.Name)), nil
	}
	GetSetType.getsets = []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return StrValue(ptrOf[GetSet](v).name), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) {
			g := ptrOf[GetSet](v)
			return StrValue(g.owner.Qualname + "." + g.name), nil
		}},
		{Name: "__objclass__", Get: func(v Value) (Value, *Exception) { return ptrOf[GetSet](v).owner.Value(), nil }},
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) { return None, nil }},
	}
}

// GetSetType is getset_descriptor.
var GetSetType = newBuiltinType("getset_descriptor", ObjectType, 0)

// GetSet is a computed attribute of a builtin type (__name__ of functions,
// __dict__ of instances). Set is nil for a read-only attribute; it receives
// the null Value for a delete.
type GetSet struct {
	Header
	name  string
	owner *Type
	Get   func(obj Value) (Value, *Exception)
	Set   func(obj, val Value) *Exception
	doc   string
}

// GetSetDef declares a GetSet in a type's table.
type GetSetDef struct {
	Name string
	Get  func(obj Value) (Value, *Exception)
	Set  func(obj, val Value) *Exception
	// Member makes the attribute a member_descriptor (CPython's
	// PyMemberDef: function.__globals__) instead of a getset_descriptor;
	// without Set it is read-only.
	Member bool
	// Doc is the descriptor's __doc__ (None when empty).
	Doc string
}

func addGetSets(t *Type, d *Dict, defs []GetSetDef) {
	var getsets []GetSet // one allocation for the type's getset descriptors
	for i, def := range defs {
		if def.Member {
			d.SetStr(Intern(def.Name), ValueOf(&memberDescr{Header: Header{MemberDescrType}, name: Intern(def.Name), owner: t, get: def.Get, set: def.Set, doc: def.Doc}))
			continue
		}
		if getsets == nil {
			getsets = make([]GetSet, len(defs)-i)
		}
		g := &getsets[0]
		getsets = getsets[1:]
		*g = GetSet{Header{GetSetType}, def.Name, t, def.Get, def.Set, def.Doc}
		d.SetStr(Intern(def.Name), ValueOf(g))
	}
}

func getset_get(descr, obj Value, typ *Type) (Value, *Exception) {
	if obj.IsNull() {
		return descr, nil
	}
	g := ptrOf[GetSet](descr)
	if !IsInstance(obj, g.owner) {
		return Value{}, NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.name, g.owner.Name, obj.Type().Name)
	}
	return g.Get(obj)
}

func getset_set(descr, obj, val Value) *Exception {
	g := ptrOf[GetSet](descr)
	if g.Set == nil {
		if g.owner == obj.Type() || true {
			return NewAttributeError("attribute '%s' of '%s' objects is not writable", g.name, g.owner.Name)
		}
	}
	if !IsInstance(obj, g.owner) {
		return NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.name, g.owner.Name, obj.Type().Name)
	}
	return g.Set(obj, val)
}

// Property, classmethod and staticmethod.
var (
	PropertyType     = newBuiltinType("property", ObjectType, FlagBaseType)
	ClassMethodType  = newBuiltinType("classmethod", ObjectType, FlagBaseType)
	StaticMethodType = newBuiltinType("staticmethod", ObjectType, FlagBaseType)
)

// Property is a property object.
type Property struct {
	Header
	Attrs
	fget, fset, fdel, doc Value
	name                  Value
	getterDoc             bool // the doc came from fget (getter() takes the new one's)
}

// ClassMethod is a classmethod object.
type ClassMethod struct {
	Header
	Attrs
	fn Value
}

// StaticMethod is a staticmethod object.
type StaticMethod struct {
	Header
	Attrs
	fn Value
}

func nullToNone(v Value) Value {
	if v.IsNull() {
		return None
	}
	return v
}

func noneToNull(v Value) Value {
	if v.IsNone() {
		return Value{}
	}
	return v
}

var propertyMethods = []Method{
	{Name: "getter", Sig: "fget, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return propertyCopy(self, a[0], 0) }},
	{Name: "setter", Sig: "fset, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return propertyCopy(self, a[0], 1) }},
	{Name: "deleter", Sig: "fdel, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return propertyCopy(self, a[0], 2) }},
	{Name: "__set_name__", Sig: "*args", Fn: func(self Value, a []Value) (Value, *Exception) {
		args := a[0].AsTuple().items
		if len(args) != 2 {
			return Value{}, NewTypeError("__set_name__() takes 2 positional arguments but %d were given", len(args))
		}
		ptrOf[Property](self).name = args[1]
		return None, nil
	}},
}

// propertyCopy is getter/setter/deleter: a new property of the same
// (sub)class, made by calling it, with one function replaced.
func propertyCopy(self, f Value, which int) (Value, *Exception) {
	p := ptrOf[Property](self)
	fns := [3]Value{nullToNone(p.fget), nullToNone(p.fset), nullToNone(p.fdel)}
	if !f.IsNone() {
		fns[which] = f
	}
	doc := nullToNone(p.doc)
	if p.getterDoc && !fns[0].IsNone() {
		doc = None // the new getter's __doc__
	}
	np, err := Call(self.Type().Value(), []Value{fns[0], fns[1], fns[2], doc}, nil)
	if err == nil && IsInstance(np, PropertyType) {
		ptrOf[Property](np).name = p.name
	}
	return np, err
}

var propertyInitMethod = Method{Name: "property", Sig: "fget=, fset=, fdel=, doc=", Fn: func(self Value, a []Value) (Value, *Exception) {
	p := ptrOf[Property](self)
	p.fget, p.fset, p.fdel, p.doc = noneToNull(a[0]), noneToNull(a[1]), noneToNull(a[2]), a[3]
	p.name, p.getterDoc = Value{}, false
	if (p.doc.IsNull() || p.doc.IsNone()) && !p.fget.IsNull() {
		d, err := getAttrOpt(p.fget, Intern("__doc__"))
		if err != nil || d.IsNull() {
			return None, err
		}
		if self.Type() == PropertyType {
			p.doc = d
		} else if err := SetAttr(self, Intern("__doc__"), d); err != nil {
			// A subclass's instance keeps it in its __dict__, or the
			// class's own __doc__ would hide it.
			return Value{}, err
		}
		p.getterDoc = true
	}
	return None, nil
}}

func property_get(descr, obj Value, typ *Type) (Value, *Exception) {
	if obj.IsNull() {
		return descr, nil
	}
	p := ptrOf[Property](descr)
	if p.fget.IsNull() {
		if !p.name.IsNull() {
			return Value{}, NewAttributeError("property '%s' of '%s' object has no getter", p.name.AsStr().S, obj.Type().Qualname)
		}
		return Value{}, NewAttributeError("property of '%s' object has no getter", obj.Type().Qualname)
	}
	return callOne(p.fget, obj) // perfcall_call1.go: no heap argument slice
}

func property_set(descr, obj, val Value) *Exception {
	p := ptrOf[Property](descr)
	var err *Exception
	if val.IsNull() {
		if p.fdel.IsNull() {
			if !p.name.IsNull() {
				return NewAttributeError("property '%s' of '%s' object has no deleter", p.name.AsStr().S, obj.Type().Qualname)
			}
			return NewAttributeError("property of '%s' object has no deleter", obj.Type().Qualname)
		}
		_, err = callOne(p.fdel, obj)
	} else {
		if p.fset.IsNull() {
			if !p.name.IsNull() {
				return NewAttributeError("property '%s' of '%s' object has no setter", p.name.AsStr().S, obj.Type().Qualname)
			}
			return NewAttributeError("property of '%s' object has no setter", obj.Type().Qualname)
		}
		_, err = callTwo(p.fset, obj, val)
	}
	return err
}

func init() {
	PropertyType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		return ValueOf(&Property{Header: Header{t}}), nil
	}
	PropertyType.Init = func(self Value, args []Value, kw []*Str) *Exception {
		_, err := callMethod(&propertyInitMethod, self, args, kw, "property")
		return err
	}
	PropertyType.DescrGet = property_get
	PropertyType.DescrSet = property_set
	PropertyType.methods = propertyMethods
	PropertyType.getsets = []GetSetDef{
		{Name: "fget", Get: func(v Value) (Value, *Exception) { return nullToNone(ptrOf[Property](v).fget), nil }, Member: true},
		{Name: "fset", Get: func(v Value) (Value, *Exception) { return nullToNone(ptrOf[Property](v).fset), nil }, Member: true},
		{Name: "fdel", Get: func(v Value) (Value, *Exception) { return nullToNone(ptrOf[Property](v).fdel), nil }, Member: true},
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) { return nullToNone(ptrOf[Property](v).doc), nil },
			Set: func(v, x Value) *Exception { ptrOf[Property](v).doc = x; return nil }, Member: true},
		{Name: "__isabstractmethod__", Get: func(v Value) (Value, *Exception) {
			p := ptrOf[Property](v)
			return anyAbstract(p.fget, p.fset, p.fdel)
		}},
	}
	PropertyType.InstAttrs = func(v Value) *Attrs { return &ptrOf[Property](v).Attrs }

	ClassMethodType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		return ValueOf(&ClassMethod{Header: Header{t}}), nil
	}
	ClassMethodType.Init = func(self Value, args []Value, kw []*Str) *Exception {
		if len(kw) > 0 {
			return NewTypeError("classmethod() takes no keyword arguments")
		}
		if len(args) != 1 {
			return NewTypeError("classmethod expected 1 argument, got %d", len(args))
		}
		ptrOf[ClassMethod](self).fn = args[0]
		return functoolsWraps(self, args[0])
	}
	ClassMethodType.DescrGet = func(descr, obj Value, typ *Type) (Value, *Exception) {
		c := ptrOf[ClassMethod](descr)
		if typ == nil {
			typ = obj.Type()
		}
		if g := c.fn.Type().DescrGet; g != nil && c.fn.Type() != FunctionType {
			return g(c.fn, typ.Value(), typ) // as CPython 3.11's cm_descr_get: (type, type)
		}
		return NewMethod(c.fn, typ.Value()), nil
	}
	ClassMethodType.InstAttrs = func(v Value) *Attrs { return &ptrOf[ClassMethod](v).Attrs }
	ClassMethodType.Repr = func(v Value) (Value, *Exception) { return wrapperRepr("classmethod", ptrOf[ClassMethod](v).fn) }
	ClassMethodType.getsets = []GetSetDef{
		{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet},
		{Name: "__func__", Get: func(v Value) (Value, *Exception) { return ptrOf[ClassMethod](v).fn, nil }},
		{Name: "__wrapped__", Get: func(v Value) (Value, *Exception) { return ptrOf[ClassMethod](v).fn, nil }},
		{Name: "__isabstractmethod__", Get: func(v Value) (Value, *Exception) { return anyAbstract(ptrOf[ClassMethod](v).fn) }},
	}

	StaticMethodType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		return ValueOf(&StaticMethod{Header: Header{t}}), nil
	}
	StaticMethodType.Init = func(self Value, args []Value, kw []*Str) *Exception {
		if len(kw) > 0 {
			return NewTypeError("staticmethod() takes no keyword arguments")
		}
		if len(args) != 1 {
			return NewTypeError("staticmethod expected 1 argument, got %d", len(args))
		}
		ptrOf[StaticMethod](self).fn = args[0]
		return functoolsWraps(self, args[0])
	}
	StaticMethodType.DescrGet = func(descr, obj Value, typ *Type) (Value, *Exception) {
		return ptrOf[StaticMethod](descr).fn, nil
	}
	StaticMethodType.Call = func(c Value, args []Value, kw []*Str) (Value, *Exception) {
		return Call(ptrOf[StaticMethod](c).fn, args, kw)
	}
	StaticMethodType.InstAttrs = func(v Value) *Attrs { return &ptrOf[StaticMethod](v).Attrs }
	StaticMethodType.Repr = func(v Value) (Value, *Exception) { return wrapperRepr("staticmethod", ptrOf[StaticMethod](v).fn) }
	StaticMethodType.getsets = []GetSetDef{
		{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet},
		{Name: "__func__", Get: func(v Value) (Value, *Exception) { return ptrOf[StaticMethod](v).fn, nil }},
		{Name: "__wrapped__", Get: func(v Value) (Value, *Exception) { return ptrOf[StaticMethod](v).fn, nil }},
		{Name: "__isabstractmethod__", Get: func(v Value) (Value, *Exception) { return anyAbstract(ptrOf[StaticMethod](v).fn) }},
	}
}

// wrapperRepr is the repr of classmethod and staticmethod objects:
// "<classmethod(<function f at 0x...>)>".
func wrapperRepr(name string, fn Value) (Value, *Exception) {
	if fn.IsNull() {
		fn = None
	}
	r, err := Repr(fn)
	if err != nil {
		return Value{}, err
	}
	return StrValue("<" + name + "(" + r.S + ")>"), nil
}

// memberSlots returns the __slots__ values of obj: an Instance's own, or
// for a subclass of another builtin type those kept in its attribute
// record (allocated when alloc is set; nil when there are none).
func memberSlots(obj Value, alloc bool) []Value {
	t := obj.Type()
	if isInstanceLayout(t) {
		return ptrOf[Instance](obj).slotValues()
	}
	f := slotAttrsFunc(t)
	if f == nil {
		return nil
	}
	a := f(obj)
	if a == nil {
		return nil
	}
	if a.slots == nil || len(*a.slots) < t.nslots {
		if !alloc {
			if a.slots == nil {
				return nil
			}
			return append(*a.slots, make([]Value, t.nslots-len(*a.slots))...)
		}
		s := make([]Value, t.nslots)
		if a.slots != nil {
			copy(s, *a.slots)
		}
		a.slots = &s
	}
	return *a.slots
}

// functoolsWraps copies the wrapped function's __module__, __name__,
// __qualname__, __doc__ and __annotations__ to the classmethod or
// staticmethod wrapper, as CPython 3.10+ does.
func functoolsWraps(wrapper, wrapped Value) *Exception {
	for _, n := range [...]string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		v, err := GetAttr(wrapped, Intern(n))
		if err != nil {
			if err.Matches(AttributeErrorType) {
				continue
			}
			return err
		}
		if err := SetAttr(wrapper, Intern(n), v); err != nil {
			return err
		}
	}
	return nil
}

// anyAbstract reports whether any of fns has a true __isabstractmethod__.
func anyAbstract(fns ...Value) (Value, *Exception) {
	for _, f := range fns {
		if f.IsNull() || f.IsNone() {
			continue
		}
		v, err := GetAttrOpt(f, Intern("__isabstractmethod__"))
		if err != nil {
			return Value{}, err
		}
		if v.IsNull() {
			continue
		}
		if t, err := IsTrue(v); err != nil || t {
			return Bool(t), err
		}
	}
	return False, nil
}

// MemberDescrType is member_descriptor: one __slots__ entry.
var MemberDescrType = newBuiltinType("member_descriptor", ObjectType, 0)

type memberDescr struct {
	Header
	name  *Str
	owner *Type
	index int // the __slots__ entry, unless get is set
	// get and set access a builtin type's member (GetSetDef.Member).
	get func(obj Value) (Value, *Exception)
	set func(obj, val Value) *Exception
	doc string
}

func init() {
	MemberDescrType.DescrGet = func(descr, obj Value, typ *Type) (Value, *Exception) {
		if obj.IsNull() {
			return descr, nil
		}
		m := ptrOf[memberDescr](descr)
		if !IsInstance(obj, m.owner) {
			return Value{}, NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name.S, m.owner.Name, obj.Type().Name)
		}
		if m.get != nil {
			return m.get(obj)
		}
		var v Value
		if s := memberSlots(obj, false); s != nil {
			v = s[m.index]
		}
		if v.IsNull() {
			return Value{}, NewAttributeError("'%s' object has no attribute '%s'", obj.Type().Name, m.name.S)
		}
		return v, nil
	}
	MemberDescrType.DescrSet = func(descr, obj, val Value) *Exception {
		m := ptrOf[memberDescr](descr)
		if !IsInstance(obj, m.owner) {
			return NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name.S, m.owner.Name, obj.Type().Name)
		}
		if m.get != nil {
			if m.set == nil {
				return NewAttributeError("readonly attribute")
			}
			return m.set(obj, val)
		}
		s := memberSlots(obj, !val.IsNull())
		if s == nil {
			if val.IsNull() {
				return NewAttributeError(m.name.S)
			}
			return NewTypeError("cannot set '%s' of '%s' object", m.name.S, obj.Type().Name)
		}
		if val.IsNull() && s[m.index].IsNull() {
			return NewAttributeError(m.name.S)
		}
		s[m.index] = val
		return nil
	}
	MemberDescrType.getsets = []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[memberDescr](v).name), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) {
			m := ptrOf[memberDescr](v)
			return StrValue(m.owner.Qualname + "." + m.name.S), nil
		}},
		{Name: "__objclass__", Get: func(v Value) (Value, *Exception) { return ptrOf[memberDescr](v).owner.Value(), nil }},
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) { return None, nil }},
	}
	MemberDescrType.Repr = func(v Value) (Value, *Exception) {
		m := ptrOf[memberDescr](v)
		return StrValue(fmt.Sprintf("<member '%s' of '%s' objects>", m.name.S, m.owner.Name)), nil
	}
}
