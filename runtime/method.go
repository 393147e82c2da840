// This file defines Method, the table entry through which builtin types and
// modules declare their Go-implemented functions, the one declarative
// argument parser that binds a call's arguments to a Method's signature with
// CPython's TypeError messages, and the objects that expose Methods to
// Python: builtin_function_or_method, method_descriptor and
// classmethod_descriptor.

package runtime

import (
	"fmt"
	"strings"
	"sync"
)

// MethodFunc implements a builtin. self is the bound object (the instance
// for a method, the class for a class method, the module or null for a
// module function). args holds one entry per parameter of the signature, in
// order: a null Value for an optional parameter that was not passed; a
// *args parameter gets a tuple, a **kwargs parameter a dict (or null when
// empty).
type MethodFunc func(self Value, args []Value) (Value, *Exception)

// Method declares a builtin function or method. Sig lists the parameters
// as a Python signature without defaults' values: "x" is required, "x="
// optional, "/" ends the positional-only ones, "*" starts keyword-only ones,
// "*args" and "**kwargs" collect the rest; e.g. "iterable, /, *, key=,
// reverse=". Flags choose which CPython argument-parsing family's messages
// the errors use.
type Method struct {
	Name  string
	Fn    MethodFunc
	Sig   string
	Flags MethodFlags
	Doc   string
	// Vec, when set, receives the call's vectorcall arguments unbound (the
	// positional arguments, then the values of the keywords kwnames): a
	// "*args, **kwargs" builtin that forwards them, as a type's __new__
	// does, then builds no tuple and no dict. Fn serves the callers that
	// bind (Sig still describes the parameters).
	Vec func(self Value, args []Value, kwnames []*Str) (Value, *Exception)
	// One, when set, receives the argument of a call with exactly one
	// positional argument and no keywords from CALL_BUILTIN, unbound
	// (min(s), sorted(s)): perf12b_onearg.go. Fn serves every other call.
	One func(self, x Value) (Value, *Exception)
	// Two is One for calls with exactly two positional arguments
	// (s.replace(a, b), s.find(sub, start)): tmpl14_strfast.go.
	Two func(self, x, y Value) (Value, *Exception)
	// Zero is One for calls without arguments to a method whose
	// parameters are all optional (s.strip(), s.split()).
	Zero func(self Value) (Value, *Exception)
	// Params, when set, are the parameters a forwarding "*args, **kwargs"
	// Sig binds itself (ClinicMethod): __text_signature__ states them.
	Params string

	once sync.Once
	sig  *signature
}

// MethodFlags select the calling convention of a Method.
type MethodFlags uint8

// The method flags. Without a style flag, a signature with only
// positional-only parameters uses the Argument Clinic positional messages
// ("pop expected at most 1 argument, got 2") and any other signature the
// keyword messages ("split() takes at most 2 arguments (3 given)").
const (
	MethNoArgs MethodFlags = 1 << iota // METH_NOARGS: "list.clear() takes no arguments (1 given)"
	MethO                              // METH_O: "list.append() takes exactly one argument (0 given)"
	MethOld                            // PyArg_ParseTuple: "startswith() takes at least 1 argument (0 given)"
	MethClass                          // a class method (classmethod_descriptor)
	MethStatic                         // a static method (no self)
	// MethBorrowArgs promises that Fn keeps neither its *args tuple nor
	// that tuple's items after it returns: the binder may then lend it a
	// tuple over the caller's argument registers instead of allocating one.
	MethBorrowArgs
)

// signature is a parsed Sig.
type signature struct {
	names    []string
	required int // leading positional parameters without default
	posOnly  int // number of positional-only parameters
	nPos     int // number of positional (or positional-or-keyword) parameters
	kwOnly   []bool
	optional []bool
	varargs  int // index of *args, or -1
	varkw    int // index of **kwargs, or -1
	// fastMin..fastMax are the positional argument counts that bind by
	// position alone (fastArgsFit), computed once here rather than per call.
	fastMin, fastMax int
}

// setFastRange computes s.fastMin and s.fastMax: no count fits a
// signature with *args or **kwargs; otherwise n fits when it covers the
// required positional parameters and every parameter from n on is optional.
func (s *signature) setFastRange() {
	s.fastMin, s.fastMax = 1, 0
	if s.varargs >= 0 || s.varkw >= 0 {
		return
	}
	lo := s.required
	for i := len(s.names) - 1; i >= 0; i-- {
		if !s.optional[i] {
			lo = max(lo, i+1)
			break
		}
	}
	s.fastMin, s.fastMax = lo, s.nPos
}

func parseSignature(sig string) *signature {
	s := &signature{varargs: -1, varkw: -1}
	if strings.TrimSpace(sig) == "" {
		s.setFastRange()
		return s
	}
	kwOnly := false
	sawSlash := false
	for _, p := range strings.Split(sig, ",") {
		p = strings.TrimSpace(p)
		switch {
		case p == "/":
			s.posOnly = len(s.names)
			sawSlash = true
			continue
		case p == "*":
			kwOnly = true
			continue
		case strings.HasPrefix(p, "**"):
			s.varkw = len(s.names)
			s.names = append(s.names, p[2:])
			s.optional = append(s.optional, true)
			s.kwOnly = append(s.kwOnly, true)
			continue
		case strings.HasPrefix(p, "*"):
			s.varargs = len(s.names)
			kwOnly = true
			s.names = append(s.names, p[1:])
			s.optional = append(s.optional, true)
			s.kwOnly = append(s.kwOnly, false)
			continue
		}
		// "name=" is optional; "name=default" also states the default,
		// which only __text_signature__ reads.
		name, _, opt := strings.Cut(p, "=")
		s.names = append(s.names, name)
		s.optional = append(s.optional, opt)
		s.kwOnly = append(s.kwOnly, kwOnly)
		if !kwOnly {
			s.nPos++
			if !opt && s.required == s.nPos-1 {
				s.required++
			}
		}
	}
	_ = sawSlash
	s.setFastRange()
	return s
}

func (m *Method) signature() *signature {
	m.once.Do(func() { m.sig = parseSignature(m.Sig) })
	return m.sig
}

// allPositionalOnly reports whether no parameter can be passed by keyword.
func (s *signature) allPositionalOnly() bool {
	return s.posOnly == s.nPos && s.varkw < 0 && len(s.names) == s.nPos+boolInt(s.varargs >= 0)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// bindArgs binds the vectorcall arguments to m's signature, writing into
// buf (which it may grow), and returns the bound parameter values. qual is
// the name used by messages that qualify it ("list.pop").
func (m *Method) bindArgs(args []Value, kwnames []*Str, qual string, buf []Value) ([]Value, *Exception) {
	s := m.signature()
	nkw := len(kwnames)
	npos := len(args) - nkw
	switch {
	case m.Flags&MethNoArgs != 0:
		if len(args) != 0 {
			if nkw > 0 {
				return nil, NewTypeError("%s() takes no keyword arguments", qual)
			}
			return nil, NewTypeError("%s() takes no arguments (%d given)", qual, npos)
		}
		return buf[:0], nil
	case m.Flags&MethO != 0:
		if nkw > 0 {
			return nil, NewTypeError("%s() takes no keyword arguments", qual)
		}
		if npos != 1 {
			return nil, NewTypeError("%s() takes exactly one argument (%d given)", qual, npos)
		}
		return args, nil
	}
	if nkw == 0 && s.varargs < 0 && npos >= s.required && npos <= s.nPos && s.varkw < 0 {
		if npos == len(s.names) {
			return args, nil
		}
		out := append(buf[:0], args...)
		for len(out) < len(s.names) {
			out = append(out, Value{})
		}
		return out, nil
	}
	if nkw > 0 {
		if out, ok := m.bindKwFast(s, args, kwnames, buf); ok { // call15_kwbind.go
			return out, nil
		}
	}
	return m.bindSlow(args, kwnames, qual, buf, nil)
}

// bindSlow handles keywords, *args, **kwargs and the errors. A non-nil
// lent tuple becomes the *args parameter over args itself (MethBorrowArgs).
func (m *Method) bindSlow(args []Value, kwnames []*Str, qual string, buf []Value, lent *Tuple) ([]Value, *Exception) {
	s := m.signature()
	nkw := len(kwnames)
	npos := len(args) - nkw
	short := m.Name
	if nkw > 0 && s.allPositionalOnly() {
		return nil, NewTypeError("%s() takes no keyword arguments", qual)
	}
	if m.Flags&MethOld == 0 && !s.allPositionalOnly() {
		// Keyword-accepting builtins are Argument Clinic functions in 3.11.
		if err := s.clinicCountError(args, kwnames, short); err != nil {
			return nil, err
		}
	}
	maxPos := s.nPos
	if s.varargs < 0 && npos > maxPos {
		return nil, m.countError(npos+nkw, maxPos, s, short)
	}
	out := buf[:0]
	for range s.names {
		out = append(out, Value{})
	}
	n := min(npos, maxPos)
	copy(out, args[:n])
	if s.varargs >= 0 {
		if lent != nil && npos > n {
			lent.items = args[n:npos:npos]
			out[s.varargs] = ValueOf(lent)
		} else {
			out[s.varargs] = buildTuple(args[n:npos])
		}
	}
	var extra *Dict
	for i, kw := range kwnames {
		idx := -1
		for j, name := range s.names {
			if j >= s.posOnly && j != s.varargs && j != s.varkw && name == kw.S {
				idx = j
				break
			}
		}
		if idx < 0 {
			if s.varkw >= 0 {
				if extra == nil {
					extra = NewDictSized(nkw - i) // _PyStack_AsDict presizes
				}
				extra.SetStr(kw, args[npos+i])
				continue
			}
			return nil, NewTypeError("'%s' is an invalid keyword argument for %s()", kw.S, short)
		}
		if !out[idx].IsNull() {
			return nil, NewTypeError("argument for %s() given by name ('%s') and position (%d)", short, kw.S, idx+1)
		}
		out[idx] = args[npos+i]
	}
	if s.varkw >= 0 && extra != nil {
		out[s.varkw] = ValueOf(extra)
	}
	for i, name := range s.names {
		if out[i].IsNull() && !s.optional[i] {
			if i < s.nPos && nkw == 0 {
				return nil, m.countError(npos, s.required, s, short)
			}
			if s.kwOnly[i] {
				return nil, NewTypeError("%s() missing required keyword-only argument: '%s'", short, name)
			}
			return nil, NewTypeError("%s() missing required argument '%s' (pos %d)", short, name, i+1)
		}
	}
	return out, nil
}

// countError is the message for a wrong number of positional arguments.
func (m *Method) countError(given, bound int, s *signature, name string) *Exception {
	if m.Flags&MethOld != 0 || !s.allPositionalOnly() {
		switch {
		case s.nPos == 0:
			return NewTypeError("%s() takes no positional arguments", name)
		case s.required == s.nPos:
			return NewTypeError("%s() takes exactly %s (%d given)", name, plural(s.nPos, "argument"), given)
		case given < s.required:
			return NewTypeError("%s() takes at least %s (%d given)", name, plural(s.required, "argument"), given)
		case s.nPos == 0:
			return NewTypeError("%s() takes no positional arguments", name)
		}
		return NewTypeError("%s() takes at most %s (%d given)", name, plural(s.nPos, "argument"), given)
	}
	switch {
	case s.required == s.nPos:
		return NewTypeError("%s expected %s, got %d", name, plural(s.nPos, "argument"), given)
	case given < s.required:
		return NewTypeError("%s expected at least %s, got %d", name, plural(s.required, "argument"), given)
	}
	return NewTypeError("%s expected at most %s, got %d", name, plural(s.nPos, "argument"), given)
}

// BuiltinFunctionType is builtin_function_or_method: a Method bound to its
// self (a module, an instance, or nothing).
var BuiltinFunctionType = newBuiltinType("builtin_function_or_method", ObjectType, 0)

// MethodDescriptorType is method_descriptor: a Method in a type's dict.
var MethodDescriptorType = newBuiltinType("method_descriptor", ObjectType, FlagMethodDescriptor)

// ClassMethodDescriptorType is classmethod_descriptor (dict.fromkeys).
var ClassMethodDescriptorType = newBuiltinType("classmethod_descriptor", ObjectType, 0)

// BuiltinFunction is a builtin_function_or_method object.
type BuiltinFunction struct {
	Header
	m     *Method
	self  Value // bound object, or null for a plain module-level function
	owner *Type // the type the method belongs to, or nil
	mod   string
}

// MethodDescr is a method_descriptor or classmethod_descriptor object.
type MethodDescr struct {
	Header
	m     *Method
	owner *Type
}

// NewBuiltinFunction returns a builtin function object for m bound to self
// (null for none), in module mod.
func NewBuiltinFunction(m *Method, self Value, mod string) Value {
	return ValueOf(&BuiltinFunction{Header: Header{BuiltinFunctionType}, m: m, self: self, mod: mod})
}

// AdoptModuleSelf makes module the __self__ of fn, a builtin function
// created before its module existed (builtins.open is _io.open, made when
// builtins is), unless fn already has one.
func AdoptModuleSelf(fn Value, module *Module) {
	if fn.p == nil || fn.Type() != BuiltinFunctionType {
		return
	}
	if f := ptrOf[BuiltinFunction](fn); f.self.IsNull() {
		f.self = module.Value()
	}
}

func (f *BuiltinFunction) qualName() string {
	if f.owner != nil {
		return f.owner.Qualname + "." + f.m.Name
	}
	return f.m.Name
}

// callMethod binds args to m and calls it with self.
func callMethod(m *Method, self Value, args []Value, kwnames []*Str, qual string) (Value, *Exception) {
	if m.Vec != nil {
		return m.Vec(self, args, kwnames)
	}
	return callMethodScratch(m, self, args, kwnames, func() string { return qual })
}

// callMethodOf is callMethod for a method of owner (nil for a function):
// the qualified name ("list.pop") that binding errors use is only built
// when binding fails, so that a call allocates no string.
func callMethodOf(m *Method, owner *Type, self Value, args []Value, kwnames []*Str) (Value, *Exception) {
	if m.Vec != nil {
		return m.Vec(self, args, kwnames)
	}
	return callMethodScratch(m, self, args, kwnames, func() string {
		if owner != nil {
			return owner.Qualname + "." + m.Name
		}
		return m.Name
	})
}

func builtin_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	f := ptrOf[BuiltinFunction](callable)
	if f.owner == nil && f.mod != "" && f.mod != "builtins" && f.m.Flags&(MethNoArgs|MethO) != 0 {
		// METH_NOARGS and METH_O errors name a module function with its
		// module (_PyObject_FunctionStr); METH_VARARGS ones do not.
		return callMethodScratch(f.m, f.self, args, kwnames, func() string { return f.mod + "." + f.m.Name })
	}
	return callMethodOf(f.m, f.owner, f.self, args, kwnames)
}

func builtin_repr(v Value) (Value, *Exception) {
	f := ptrOf[BuiltinFunction](v)
	if f.self.IsNull() || f.self.Type() == ModuleType {
		return StrValue("<built-in function " + f.m.Name + ">"), nil
	}
	return StrValue(fmt.Sprintf("<built-in method %s of %s object at %#x>", f.m.Name, f.self.Type().Name, f.self.Ptr())), nil
}

func methoddescr_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	d := ptrOf[MethodDescr](callable)
	if d.m.Flags&MethClass != 0 {
		if len(args)-len(kwnames) < 1 {
			return Value{}, NewTypeError("descriptor '%s' of '%s' object needs an argument", d.m.Name, d.owner.Name)
		}
		if err := classDescrCheck(d, args[0]); err != nil {
			return Value{}, err
		}
		return callMethodOf(d.m, d.owner, args[0], args[1:], kwnames)
	}
	if len(args)-len(kwnames) < 1 {
		return Value{}, NewTypeError("unbound method %s.%s() needs an argument", d.owner.Qualname, d.m.Name)
	}
	self := args[0]
	if !IsInstance(self, d.owner) {
		return Value{}, NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.m.Name, d.owner.Name, self.Type().Name)
	}
	return callMethodOf(d.m, d.owner, self, args[1:], kwnames)
}

func methoddescr_get(descr, obj Value, typ *Type) (Value, *Exception) {
	d := ptrOf[MethodDescr](descr)
	if d.m.Flags&MethClass != 0 {
		if obj.IsNull() {
			return ValueOf(&BuiltinFunction{Header{BuiltinFunctionType}, d.m, typ.Value(), typ, ""}), nil
		}
		return ValueOf(&BuiltinFunction{Header{BuiltinFunctionType}, d.m, obj.Type().Value(), obj.Type(), ""}), nil
	}
	if obj.IsNull() {
		return descr, nil
	}
	if !IsInstance(obj, d.owner) {
		return Value{}, NewTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.m.Name, d.owner.Name, obj.Type().Name)
	}
	return ValueOf(&BuiltinFunction{Header{BuiltinFunctionType}, d.m, obj, d.owner, ""}), nil
}

func methoddescr_repr(v Value) (Value, *Exception) {
	d := ptrOf[MethodDescr](v)
	if d.m.Flags&MethClass != 0 {
		return StrValue(fmt.Sprintf("<method '%s' of '%s' objects>", d.m.Name, d.owner.Name)), nil
	}
	return StrValue(fmt.Sprintf("<method '%s' of '%s' objects>", d.m.Name, d.owner.Name)), nil
}

func init() {
	BuiltinFunctionType.Call = builtin_call
	BuiltinFunctionType.Repr = builtin_repr
	BuiltinFunctionType.Hash = identityHash
	MethodDescriptorType.Call = methoddescr_call
	MethodDescriptorType.DescrGet = methoddescr_get
	MethodDescriptorType.Repr = methoddescr_repr
	ClassMethodDescriptorType.Call = methoddescr_call
	ClassMethodDescriptorType.DescrGet = methoddescr_get
	ClassMethodDescriptorType.Repr = methoddescr_repr
}

// addMethods puts method descriptors for ms, methods of t, into d (t's dict).
func addMethods(t *Type, d *Dict, ms []Method) {
	// The descriptors share one allocation (start-up makes ~800 for the
	// builtin types): they live as long as the type's dict.
	descrs := make([]MethodDescr, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.Doc == "" {
			m.Doc = builtinMethodDoc(t.Name, m.Name) // compat13_methoddocs.go
		}
		var v Value
		switch {
		case m.Flags&MethClass != 0:
			descrs[i] = MethodDescr{Header{ClassMethodDescriptorType}, m, t}
			v = ValueOf(&descrs[i])
		case m.Flags&MethStatic != 0:
			v = ValueOf(&StaticMethod{Header: Header{StaticMethodType}, fn: ValueOf(&BuiltinFunction{Header{BuiltinFunctionType}, m, Value{}, t, ""})})
		default:
			descrs[i] = MethodDescr{Header{MethodDescriptorType}, m, t}
			v = ValueOf(&descrs[i])
		}
		d.SetStr(Intern(m.Name), v)
	}
}

func init() {
	BuiltinFunctionType.getsets = []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return StrValue(ptrOf[BuiltinFunction](v).m.Name), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) { return StrValue(ptrOf[BuiltinFunction](v).qualName()), nil }},
		{Name: "__self__", Get: func(v Value) (Value, *Exception) {
			f := ptrOf[BuiltinFunction](v)
			if f.self.IsNull() {
				return None, nil
			}
			return f.self, nil
		}},
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) {
			if d := ptrOf[BuiltinFunction](v).m.Doc; d != "" {
				return StrValue(d), nil
			}
			return None, nil
		}},
		{Name: "__module__", Get: func(v Value) (Value, *Exception) {
			if f := ptrOf[BuiltinFunction](v); f.mod != "" {
				return StrValue(f.mod), nil
			}
			return None, nil
		}, Member: true},
	}
	// __reduce__ lets pickle and copy save a module function by name and a
	// bound method as getattr(self, name), as CPython's meth_reduce.
	BuiltinFunctionType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		f := ptrOf[BuiltinFunction](self)
		if f.self.IsNull() || IsInstance(f.self, ModuleType) {
			return StrValue(f.qualName()), nil
		}
		getattr, _ := builtinsModule.Dict.GetStr(Intern("getattr"))
		return TupleValue(getattr, TupleValue(f.self, StrValue(f.m.Name))), nil
	}}}
	MethodDescriptorType.getsets = []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return StrValue(ptrOf[MethodDescr](v).m.Name), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) {
			d := ptrOf[MethodDescr](v)
			return StrValue(d.owner.Qualname + "." + d.m.Name), nil
		}},
		{Name: "__objclass__", Get: func(v Value) (Value, *Exception) { return ptrOf[MethodDescr](v).owner.Value(), nil }},
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) { return methodDocValue(ptrOf[MethodDescr](v).m) }},
	}
	MethodWrapperType.getsets = []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[methodWrapper](v).w.name), nil }},
		{Name: "__self__", Get: func(v Value) (Value, *Exception) { return ptrOf[methodWrapper](v).self, nil }},
		{Name: "__objclass__", Get: func(v Value) (Value, *Exception) { return ptrOf[methodWrapper](v).w.owner.Value(), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) {
			w := ptrOf[methodWrapper](v).w
			return StrValue(w.owner.Qualname + "." + w.name.S), nil
		}},
	}
	SlotWrapperType.getsets = []GetSetDef{
		{Name: "__name__", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[slotWrapper](v).name), nil }},
		{Name: "__objclass__", Get: func(v Value) (Value, *Exception) { return ptrOf[slotWrapper](v).owner.Value(), nil }},
		{Name: "__qualname__", Get: func(v Value) (Value, *Exception) {
			w := ptrOf[slotWrapper](v)
			return StrValue(w.owner.Qualname + "." + w.name.S), nil
		}},
	}
}
