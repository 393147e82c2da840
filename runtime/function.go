// This file defines Python function objects, bound methods and cells.

package runtime

import (
	"fmt"
	"strconv"
)

// FunctionType, MethodType and CellType are Python's function, method
// and cell types.
var (
	FunctionType = newBuiltinType("function", ObjectType, 0)
	MethodType   = newBuiltinType("method", ObjectType, 0)
	CellType     = newBuiltinType("cell", ObjectType, 0)
)

// Function is a function defined in Python.
type Function struct {
	Header
	attrs       *Attrs // the function's __dict__, allocated on first use (most functions have none)
	code        *Code
	globals     *Dict
	builtins    *Dict
	name        Value
	qualname    Value
	defaults    *Tuple // nil when none
	kwdefaults  *Dict  // nil when none
	closure     []*Cell
	doc         Value
	module      Value
	annotations Value
}

// Cell is a closure cell; an empty cell holds the null Value.
type Cell struct {
	Header
	v Value
}

// BoundMethod is a method object: a function bound to its self.
type BoundMethod struct {
	Header
	fn, self Value
}

// NewMethod returns fn bound to self.
func NewMethod(fn, self Value) Value {
	return ValueOf(&BoundMethod{Header{MethodType}, fn, self})
}

// newCell returns a cell holding v.
func newCell(v Value) *Cell { return &Cell{Header{CellType}, v} }

// NewFunction returns a function for code with the given globals; its
// __module__ is globals['__name__'].
func NewFunction(code *Code, globals *Dict) *Function {
	f := &Function{Header: Header{FunctionType}, code: code, globals: globals,
		name: ValueOf(code.name), qualname: ValueOf(code.qualname), doc: None}
	f.module, _ = globals.GetStr(Intern("__name__"))
	if f.module.IsNull() {
		f.module = None
	}
	f.builtins = builtinsOf(globals)
	if d := code.docConst(); !d.IsNull() { // lazy14_code.go
		f.doc = d
	}
	return f
}

// builtinsOf returns the builtins dict a function with these globals uses.
func builtinsOf(globals *Dict) *Dict {
	if b, ok := globals.GetStr(Intern("__builtins__")); ok {
		if d, ok := b.TryDict(); ok {
			return d
		}
		if m, ok := b.TryModule(); ok {
			return m.Dict
		}
		return foreignBuiltins // builtins_lookup.go: a mapping (or not)
	}
	return currentBuiltins(curThread) // sysmodule.go: the running frame's, as CPython
}

func function_get(descr, obj Value, typ *Type) (Value, *Exception) {
	if obj.IsNull() {
		return descr, nil
	}
	return NewMethod(descr, obj), nil
}

func function_repr(v Value) (Value, *Exception) {
	f := ptrOf[Function](v)
	return StrValue(fmt.Sprintf("<function %s at %#x>", f.qualname.AsStr().S, v.Ptr())), nil
}

func method_call(callable Value, args []Value, kwnames []*Str) (Value, *Exception) {
	m := ptrOf[BoundMethod](callable)
	if m.fn.Type() == FunctionType {
		return callSelfFn(ptrOf[Function](m.fn), m.self, args, kwnames)
	}
	return Call(m.fn, prepend(m.self, args), kwnames)
}

func method_repr(v Value) (Value, *Exception) {
	m := ptrOf[BoundMethod](v)
	name := "?"
	if n, err := GetAttr(m.fn, Intern("__qualname__")); err == nil {
		if s, ok := n.TryStr(); ok {
			name = s.S
		}
	} else if n, err := GetAttr(m.fn, Intern("__name__")); err == nil {
		if s, ok := n.TryStr(); ok {
			name = s.S
		}
	}
	r, err := Repr(m.self)
	if err != nil {
		return Value{}, err
	}
	return StrValue("<bound method " + name + " of " + r.S + ">"), nil
}

func init() {
	FunctionType.Call = function_call
	FunctionType.DescrGet = function_get
	FunctionType.Repr = function_repr
	FunctionType.Hash = identityHash
	FunctionType.InstAttrs = func(v Value) *Attrs { return ptrOf[Function](v).instAttrs() }
	FunctionType.getsets = functionGetSets
	MethodType.Call = method_call
	MethodType.Repr = method_repr
	MethodType.Hash = func(v Value) (int64, *Exception) {
		// As CPython 3.11's method_hash: self by identity (its __hash__
		// may refuse), the function by its hash.
		m := ptrOf[BoundMethod](v)
		h, err := Hash(m.fn)
		return fixHash(hashPointer(uintptr(objectID(m.self))) ^ h), err
	}
	MethodType.RichCompare = func(v, w Value, op CompareOp) (Value, *Exception) {
		if (op != Eq && op != Ne) || w.Type() != MethodType {
			return NotImplemented, nil
		}
		a, b := ptrOf[BoundMethod](v), ptrOf[BoundMethod](w)
		eq := a.self.Is(b.self) && a.fn.Is(b.fn)
		return Bool(eq == (op == Eq)), nil
	}
	MethodType.GetAttr = method_getattro
	MethodType.getsets = []GetSetDef{
		{Name: "__func__", Get: func(v Value) (Value, *Exception) { return ptrOf[BoundMethod](v).fn, nil }},
		{Name: "__self__", Get: func(v Value) (Value, *Exception) { return ptrOf[BoundMethod](v).self, nil }},
		// The function's, as CPython's method_get_doc.
		{Name: "__doc__", Get: func(v Value) (Value, *Exception) { return GetAttr(ptrOf[BoundMethod](v).fn, Intern("__doc__")) }},
	}
	CellType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(kw) > 0 {
			return Value{}, NewTypeError("cell() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Value{}, NewTypeError("cell expected at most 1 argument, got %d", len(args))
		}
		c := newCell(Value{})
		if len(args) == 1 {
			c.v = args[0]
		}
		return ValueOf(c), nil
	}
	CellType.getsets = []GetSetDef{{Name: "cell_contents", Get: func(v Value) (Value, *Exception) {
		c := ptrOf[Cell](v)
		if c.v.IsNull() {
			return Value{}, NewValueError("Cell is empty")
		}
		return c.v, nil
	}, Set: func(v, x Value) *Exception { ptrOf[Cell](v).v = x; return nil }}}
	CellType.Repr = cell_repr
	CellType.RichCompare = cell_richcompare
	CellType.noHash = true // comparing by contents, as CPython: __hash__ is None
}

// cell_repr is "<cell at 0x...: int object at 0x...>" or "...: empty>".
func cell_repr(v Value) (Value, *Exception) {
	c := ptrOf[Cell](v)
	if c.v.IsNull() {
		return StrValue(fmt.Sprintf("<cell at %#x: empty>", v.Ptr())), nil
	}
	return StrValue(fmt.Sprintf("<cell at %#x: %.80s object at %#x>", v.Ptr(), c.v.Type().Name, objectID(c.v))), nil
}

// cell_richcompare compares cells by their contents; an empty cell
// comes before any other.
func cell_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	if w.Type() != CellType {
		return NotImplemented, nil
	}
	a, b := ptrOf[Cell](v).v, ptrOf[Cell](w).v
	if !a.IsNull() && !b.IsNull() {
		return RichCompare(a, b, op)
	}
	var x, y int64 // compare "is set": an empty cell sorts first
	if !a.IsNull() {
		x = 1
	}
	if !b.IsNull() {
		y = 1
	}
	return Bool(cmpInts(x, y, op)), nil
}

// method_getattro looks on the method type first, then on the function.
func method_getattro(v Value, name *Str) (Value, *Exception) {
	r, err := genericGetAttrOpt(v, name)
	if err != nil || !r.IsNull() {
		return r, err
	}
	return GetAttr(ptrOf[BoundMethod](v).fn, name)
}

var functionGetSets = []GetSetDef{
	{Name: "__name__", Get: func(v Value) (Value, *Exception) { return ptrOf[Function](v).name, nil },
		Set: func(v, x Value) *Exception {
			if _, ok := x.TryStr(); !ok {
				return NewTypeError("__name__ must be set to a string object")
			}
			ptrOf[Function](v).name = x
			return nil
		}},
	{Name: "__qualname__", Get: func(v Value) (Value, *Exception) { return ptrOf[Function](v).qualname, nil },
		Set: func(v, x Value) *Exception {
			if _, ok := x.TryStr(); !ok {
				return NewTypeError("__qualname__ must be set to a string object")
			}
			ptrOf[Function](v).qualname = x
			return nil
		}},
	{Name: "__doc__", Get: func(v Value) (Value, *Exception) { return ptrOf[Function](v).doc, nil },
		Set: func(v, x Value) *Exception { ptrOf[Function](v).doc = nullToNone(x); return nil }, Member: true},
	{Name: "__module__", Get: func(v Value) (Value, *Exception) { return ptrOf[Function](v).module, nil },
		Set: func(v, x Value) *Exception { ptrOf[Function](v).module = nullToNone(x); return nil }, Member: true},
	{Name: "__code__", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Function](v).code), nil },
		Set: function_set_code},
	{Name: "__globals__", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Function](v).globals), nil }, Member: true},
	{Name: "__builtins__", Get: func(v Value) (Value, *Exception) {
		f := ptrOf[Function](v)
		return builtinsValue(f.globals, f.builtins), nil
	}, Member: true},
	{Name: "__closure__", Get: func(v Value) (Value, *Exception) {
		f := ptrOf[Function](v)
		if f.closure == nil {
			return None, nil
		}
		items := make([]Value, len(f.closure))
		for i, c := range f.closure {
			items[i] = ValueOf(c)
		}
		return TupleValue(items...), nil
	}, Member: true},
	{Name: "__defaults__", Get: func(v Value) (Value, *Exception) {
		if d := ptrOf[Function](v).defaults; d != nil {
			return d.Value(), nil
		}
		return None, nil
	}, Set: func(v, x Value) *Exception {
		f := ptrOf[Function](v)
		if x.IsNull() || x.IsNone() {
			f.defaults = nil
			return nil
		}
		t, ok := x.TryTuple()
		if !ok {
			return NewTypeError("__defaults__ must be set to a tuple object")
		}
		f.defaults = t
		return nil
	}},
	{Name: "__kwdefaults__", Get: func(v Value) (Value, *Exception) {
		if d := ptrOf[Function](v).kwdefaults; d != nil {
			return d.Value(), nil
		}
		return None, nil
	}, Set: func(v, x Value) *Exception {
		f := ptrOf[Function](v)
		if x.IsNull() || x.IsNone() {
			f.kwdefaults = nil
			return nil
		}
		d, ok := x.TryDict()
		if !ok {
			return NewTypeError("__kwdefaults__ must be set to a dict object")
		}
		f.kwdefaults = d
		return nil
	}},
	{Name: "__annotations__", Get: func(v Value) (Value, *Exception) {
		f := ptrOf[Function](v)
		if f.annotations.IsNull() || f.annotations.IsNone() {
			f.annotations = NewDict().Value()
		}
		return f.annotations, nil
	}, Set: func(v, x Value) *Exception {
		if !x.IsNull() && !x.IsNone() {
			if _, ok := x.TryDict(); !ok {
				return NewTypeError("__annotations__ must be set to a dict object")
			}
		}
		ptrOf[Function](v).annotations = x
		return nil
	}},
	{Name: "__dict__", Get: func(v Value) (Value, *Exception) { return ptrOf[Function](v).instAttrs().Dict().Value(), nil },
		Set: func(v, x Value) *Exception {
			if x.IsNull() {
				return NewTypeError("cannot delete __dict__")
			}
			d, ok := x.TryDict()
			if !ok {
				return NewTypeError("__dict__ must be set to a dictionary, not a '%s'", x.Type().Name)
			}
			ptrOf[Function](v).instAttrs().setDict(d)
			return nil
		}},
}

// instAttrs returns f's attributes, allocating them on first use: an
// embedded Attrs made every function 48 bytes larger (208 -> 160 bytes).
func (f *Function) instAttrs() *Attrs {
	if f.attrs == nil {
		f.attrs = new(Attrs)
	}
	return f.attrs
}

func itoa(i int) string { return strconv.Itoa(i) }

func hexAddr(v Value) string { return fmt.Sprintf("%#x", v.Ptr()) }

// method_new is types.MethodType(function, instance).
func method_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	if len(kw) > 0 {
		return Value{}, NewTypeError("method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewTypeError("method expected 2 arguments, got %d", len(args))
	}
	if args[0].Type().Call == nil {
		return Value{}, NewTypeError("first argument must be callable")
	}
	if args[1].IsNone() {
		return Value{}, NewTypeError("instance must not be None")
	}
	return NewMethod(args[0], args[1]), nil
}

func init() { MethodType.New = method_new }

var functionNewSig = Method{Name: "function", Sig: "code, globals, name=, argdefs=, closure="}

// function_new is types.FunctionType(code, globals, name=None,
// argdefs=None, closure=None) (CPython's func_new_impl).
func function_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [5]Value
	a, err := functionNewSig.bindArgs(args, kw, "function", buf[:0])
	if err != nil {
		return Value{}, err
	}
	if a[0].Type() != CodeType {
		return Value{}, NewTypeError("function() argument 'code' must be code, not %s", a[0].Type().Name)
	}
	globals, ok := a[1].TryDict()
	if !ok {
		return Value{}, NewTypeError("function() argument 'globals' must be dict, not %s", a[1].Type().Name)
	}
	name, defs, closure := nullToNone(a[2]), nullToNone(a[3]), nullToNone(a[4])
	if _, ok := name.TryStr(); !ok && !name.IsNone() {
		return Value{}, NewTypeError("arg 3 (name) must be None or string")
	}
	if defs.Type() != TupleType && !defs.IsNone() {
		return Value{}, NewTypeError("arg 4 (defaults) must be None or tuple")
	}
	code := ptrOf[Code](a[0])
	var cells []Value
	if ct, ok := closure.TryTuple(); ok {
		cells = ct.items
	} else if code.nfree > 0 && closure.IsNone() {
		return Value{}, NewTypeError("arg 5 (closure) must be tuple")
	} else if !closure.IsNone() {
		return Value{}, NewTypeError("arg 5 (closure) must be None or tuple")
	}
	if len(cells) != int(code.nfree) {
		return Value{}, NewValueError("%s requires closure of length %d, not %d", code.name.S, code.nfree, len(cells))
	}
	f := NewFunction(code, globals)
	for _, c := range cells {
		if c.Type() != CellType {
			return Value{}, NewTypeError("arg 5 (closure) expected cell, found %s", c.Type().Name)
		}
		f.closure = append(f.closure, ptrOf[Cell](c))
	}
	if !name.IsNone() {
		f.name = name
	}
	if d, ok := defs.TryTuple(); ok && len(d.items) > 0 {
		f.defaults = d
	}
	return ValueOf(f), nil
}

func init() { FunctionType.New = function_new }
