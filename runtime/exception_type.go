// This file defines the slots, methods and attributes of BaseException and
// the builtin exception classes with extra attributes.

package runtime

import "strings"

func exc_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	e := &Exception{Header: Header{t}, Args: excArgs(args[:len(args)-len(kwnames)])}
	return e.Value(), nil
}

func exc_init(self Value, args []Value, kwnames []*Str) *Exception {
	if len(kwnames) > 0 && self.Type().Flags&FlagHeapType == 0 {
		return NewTypeError("%s() takes no keyword arguments", self.Type().Name)
	}
	e := self.AsException()
	if pos := args[:len(args)-len(kwnames)]; !sameArgs(e.Args, pos) { // perf10a_exc.go
		e.Args = excArgs(pos)
	}
	return nil
}

// syntaxError_init is SyntaxError.__init__(msg, (filename, lineno, offset,
// text[, end_lineno, end_offset])).
func syntaxError_init(self Value, args []Value, kwnames []*Str) *Exception {
	if err := exc_init(self, args, kwnames); err != nil {
		return err
	}
	e := self.AsException()
	if len(e.Args.items) >= 1 {
		syntaxErrorExtra(e)[seMsg] = e.Args.items[0]
	}
	if len(e.Args.items) != 2 {
		return nil
	}
	items, err := collectIter(e.Args.items[1])
	if err != nil {
		return err
	}
	switch {
	case len(items) < 4:
		return NewTypeError("function takes at least 4 arguments (%d given)", len(items))
	case len(items) > 6:
		return NewTypeError("function takes at most 6 arguments (%d given)", len(items))
	case len(items) == 5:
		return NewTypeError("end_offset must be provided when end_lineno is provided")
	}
	setSyntaxErrorAttrs(e, items)
	return nil
}

// syntaxError_str is "msg (file.py, line N)", with the file's base name.
func syntaxError_str(v Value) (Value, *Exception) {
	e := v.AsException()
	msg, err := syntaxErrorMember("msg", seMsg).Get(v)
	if err != nil {
		return Value{}, err
	}
	ms, err := StrOf(msg)
	if err != nil {
		return Value{}, err
	}
	fn, ln := syntaxErrorField(e, seFilename), syntaxErrorField(e, seLineno)
	var f *Str
	haveFile, haveLine := false, false
	if !fn.IsNull() {
		f, haveFile = fn.TryStr()
	}
	if !ln.IsNull() {
		_, _, haveLine = intValue(ln)
	}
	switch {
	case haveFile && haveLine:
		r, _ := Repr(ln)
		return StrValue(ms.S + " (" + f.S[strings.LastIndexByte(f.S, '/')+1:] + ", line " + r.S + ")"), nil
	case haveFile:
		return StrValue(ms.S + " (" + f.S[strings.LastIndexByte(f.S, '/')+1:] + ")"), nil
	case haveLine:
		r, _ := Repr(ln)
		return StrValue(ms.S + " (line " + r.S + ")"), nil
	}
	return ValueOf(ms), nil
}

// importError_init is ImportError.__init__(*args, name=None, path=None).
func importError_init(self Value, args []Value, kwnames []*Str) *Exception {
	e := self.AsException()
	e.Args = NewTuple(append([]Value(nil), args[:len(args)-len(kwnames)]...))
	kwvals := args[len(args)-len(kwnames):]
	f := importErrorExtra(e)
	f[ieName], f[iePath] = Value{}, Value{} // __init__ resets what it is not given
	for i, k := range kwnames {
		switch k.S {
		case "name":
			f[ieName] = kwvals[i]
		case "path":
			f[iePath] = kwvals[i]
		default:
			return NewTypeError("'%s' is an invalid keyword argument for %s()", k.S, self.Type().Name)
		}
	}
	return nil
}

func exc_repr(v Value) (Value, *Exception) {
	e := v.AsException()
	name := e.typ.Name
	if e.Args == nil || len(e.Args.items) == 0 {
		return StrValue(name + "()"), nil
	}
	if len(e.Args.items) == 1 {
		r, err := Repr(e.Args.items[0])
		if err != nil {
			return Value{}, err
		}
		return StrValue(name + "(" + r.S + ")"), nil
	}
	r, err := Repr(e.Args.Value())
	if err != nil {
		return Value{}, err
	}
	return StrValue(name + r.S), nil
}

func exc_str(v Value) (Value, *Exception) {
	e := v.AsException()
	if e.Args == nil || len(e.Args.items) == 0 {
		return ValueOf(emptyStr), nil
	}
	if len(e.Args.items) == 1 {
		if e.typ.IsSubtype(KeyErrorType) {
			return reprValue(e.Args.items[0])
		}
		return StrOfValue(e.Args.items[0])
	}
	return reprValue(e.Args.Value())
}

func reprValue(v Value) (Value, *Exception) {
	r, err := Repr(v)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(r), nil
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e.Value()
}

var excGetSets = []GetSetDef{
	{Name: "args", Get: func(v Value) (Value, *Exception) { return v.AsException().Args.Value(), nil },
		Set: func(v, x Value) *Exception {
			if x.IsNull() {
				return NewTypeError("args may not be deleted")
			}
			items, err := collectIter(x)
			if err != nil {
				return err
			}
			v.AsException().Args = NewTuple(append([]Value(nil), items...))
			return nil
		}},
	{Name: "__traceback__", Get: func(v Value) (Value, *Exception) {
		if tb := v.AsException().Traceback; tb != nil {
			return ValueOf(tb), nil
		}
		return None, nil
	}, Set: func(v, x Value) *Exception {
		if x.IsNull() {
			return NewTypeError("__traceback__ may not be deleted")
		}
		if x.IsNone() {
			v.AsException().Traceback = nil
			return nil
		}
		if x.Type() != TracebackType {
			return NewTypeError("__traceback__ must be a traceback or None")
		}
		v.AsException().Traceback = ptrOf[Traceback](x)
		return nil
	}},
	{Name: "__cause__", Get: func(v Value) (Value, *Exception) { return excOrNone(v.AsException().Cause), nil },
		Set: func(v, x Value) *Exception {
			if x.IsNull() {
				return NewTypeError("__cause__ may not be deleted")
			}
			e := v.AsException()
			if x.IsNone() {
				e.Cause = nil
			} else if c, ok := x.TryException(); ok {
				e.Cause = c
			} else {
				return NewTypeError("exception cause must be None or derive from BaseException")
			}
			e.SuppressContext = true
			return nil
		}},
	{Name: "__context__", Get: func(v Value) (Value, *Exception) { return excOrNone(v.AsException().Context), nil },
		Set: func(v, x Value) *Exception {
			if x.IsNull() {
				return NewTypeError("__context__ may not be deleted")
			}
			e := v.AsException()
			if x.IsNone() {
				e.Context = nil
			} else if c, ok := x.TryException(); ok {
				e.Context = c
			} else {
				return NewTypeError("exception context must be None or derive from BaseException")
			}
			return nil
		}},
	{Name: "__suppress_context__", Get: func(v Value) (Value, *Exception) { return Bool(v.AsException().SuppressContext), nil },
		Set: func(v, x Value) *Exception {
			if x.IsNull() {
				return NewTypeError("can't delete numeric/char attribute")
			}
			if x.Type() != BoolType { // a T_BOOL member
				return NewTypeError("attribute value type must be bool")
			}
			v.AsException().SuppressContext = x == True
			return nil
		}},
	{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet},
}

var excMethods = []Method{
	{Name: "with_traceback", Sig: "tb, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		e := self.AsException()
		if a[0].IsNone() {
			e.Traceback = nil
		} else if a[0].Type() == TracebackType {
			e.Traceback = ptrOf[Traceback](a[0])
		} else {
			return Value{}, NewTypeError("__traceback__ must be a traceback or None")
		}
		return self, nil
	}},
	{Name: "add_note", Sig: "note, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		if err := self.AsException().AddNote(a[0]); err != nil {
			return Value{}, err
		}
		return None, nil
	}},
	{Name: "__reduce__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		args := self.AsException().Args.Value()
		if d, err := GetAttrString(self, "__dict__"); err == nil && !d.IsNone() {
			if n, err := Len(d); err == nil && n > 0 {
				return TupleValue(self.Type().Value(), args, d), nil
			}
		}
		return TupleValue(self.Type().Value(), args), nil
	}},
	{Name: "__setstate__", Sig: "state, /", Flags: MethO, Fn: exc_setstate},
}

// exc_setstate is BaseException.__setstate__: the items of a dict state
// become attributes.
func exc_setstate(self Value, a []Value) (Value, *Exception) {
	if a[0].IsNone() {
		return None, nil
	}
	d, ok := a[0].TryDict()
	if !ok {
		return Value{}, NewTypeError("state is not a dictionary")
	}
	// A copy: setting attributes may run code that changes the dict.
	d = d.Copy()
	for pos := 0; ; {
		k, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		name, isStr := k.TryStr()
		if !isStr {
			return Value{}, NewTypeError("attribute name must be string, not '%s'", k.Type().Name)
		}
		if err := SetAttr(self, name, v); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// firstArgOrNone is args[0] or None (StopIteration.value, SystemExit.code).
// storedOrFirstArg reads StopIteration.value and SystemExit.code: the
// value assigned to the member (kept in extra), else the one __init__
// took from the arguments.
func storedOrFirstArg(v Value) (Value, *Exception) {
	if e := v.AsException(); len(e.extra) == 1 {
		return e.extra[0], nil
	}
	return firstArgOrNone(v)
}

// setStoredMember assigns (or, deleting, clears to None) such a member.
func setStoredMember(v, x Value) *Exception {
	v.AsException().extra = []Value{nullToNone(x)}
	return nil
}

func firstArgOrNone(v Value) (Value, *Exception) {
	e := v.AsException()
	if e.Args == nil || len(e.Args.items) == 0 {
		return None, nil
	}
	if e.typ.IsSubtype(SystemExitType) && len(e.Args.items) > 1 {
		return e.Args.Value(), nil
	}
	return e.Args.items[0], nil
}

// extraAttr returns a getter of a name-keyed attribute stored in the
// exception's instance attributes, None when unset.
func extraAttr(name string) GetSetDef {
	n := Intern(name)
	return GetSetDef{Name: name, Get: func(v Value) (Value, *Exception) {
		e := v.AsException()
		if r, ok := e.Attrs.get(n); ok {
			return r, nil
		}
		return None, nil
	}, Set: func(v, x Value) *Exception {
		e := v.AsException()
		e.Attrs.set(nil, n, nullToNone(x))
		return nil
	}}
}

func init() {
	b := BaseExceptionType
	b.New, b.Init = exc_new, exc_init
	b.Repr, b.Str = exc_repr, exc_str
	b.getsets, b.methods = excGetSets, excMethods
	StopIterationType.getsets = []GetSetDef{{Name: "value", Get: storedOrFirstArg, Set: setStoredMember}}
	ImportErrorType.Init = importError_init
	SyntaxErrorType.Init = syntaxError_init
	SyntaxErrorType.Str = syntaxError_str
	SystemExitType.getsets = []GetSetDef{{Name: "code", Get: storedOrFirstArg, Set: setStoredMember}}
	AttributeErrorType.getsets = []GetSetDef{extraSlot("name", 0, 2), extraSlot("obj", 1, 2)}
	NameErrorType.getsets = []GetSetDef{extraSlot("name", 0, 1)}
	ImportErrorType.getsets = importErrorGetSets
	ImportErrorType.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: importError_reduce}}
	OSErrorType.getsets = []GetSetDef{extraAttr("errno"), extraAttr("strerror"), extraAttr("filename"), extraAttr("filename2")}
	SyntaxErrorType.getsets = syntaxErrorGetSets
}

// extraSlot is a writable member kept in Exception.extra (of length n):
// AttributeError's name and obj, NameError's name.
func extraSlot(name string, i, n int) GetSetDef {
	return GetSetDef{Name: name, Get: func(v Value) (Value, *Exception) {
		if e := v.AsException(); len(e.extra) == n && !e.extra[i].IsNull() {
			return e.extra[i], nil
		}
		return None, nil
	}, Set: func(v, x Value) *Exception {
		e := v.AsException()
		if len(e.extra) != n {
			e.extra = make([]Value, n)
			for j := range e.extra {
				e.extra[j] = None
			}
		}
		e.extra[i] = nullToNone(x)
		return nil
	}}
}

// addAttrErrorContext gives an AttributeError raised while looking up
// obj.name (e.g. by a __getattr__) the name and object it lacks, for
// the "Did you mean" suggestion (set_attribute_error_context).
func addAttrErrorContext(err *Exception, obj Value, name *Str) {
	if !err.typ.IsSubtype(AttributeErrorType) {
		return
	}
	if len(err.extra) == 2 && (!err.extra[0].IsNone() || !err.extra[1].IsNone()) {
		return
	}
	err.extra = []Value{ValueOf(name), obj}
}
