// This file defines the C-level fields of SyntaxError and ImportError:
// CPython keeps them in the exception struct, not in the instance __dict__,
// so vars(e) stays empty and pickling goes through the arguments (and, for
// ImportError, its own __reduce__).

package runtime

// The fields of a SyntaxError, kept in Exception.extra in this order; the
// last slot carries the front end's error for tracebacks.
const (
	seMsg = iota
	seFilename
	seLineno
	seOffset
	seText
	seEndLineno
	seEndOffset
	sePrintFileAndLine
	seInfo
	seFields
)

// syntaxErrorLocNames are the fields a location tuple sets, in its order.
var syntaxErrorLocNames = [...]int{seFilename, seLineno, seOffset, seText, seEndLineno, seEndOffset}

// syntaxErrorExtra returns e's field array, making it on first use; unset
// fields are null (read as None).
func syntaxErrorExtra(e *Exception) []Value { return extraFields(e, seFields) }

// syntaxErrorField reads one field without allocating the array.
func syntaxErrorField(e *Exception, i int) Value {
	if len(e.extra) != seFields {
		return Value{}
	}
	return e.extra[i]
}

// setSyntaxErrorAttrs sets filename, lineno, offset, text, end_lineno and
// end_offset from a SyntaxError's location tuple.
func setSyntaxErrorAttrs(x *Exception, loc []Value) {
	f := syntaxErrorExtra(x)
	for i, slot := range syntaxErrorLocNames {
		if i < len(loc) {
			f[slot] = loc[i]
		}
	}
}

// syntaxErrorMember is the getset of one SyntaxError field (a T_OBJECT
// member: None when unset, deletion clears it).
func syntaxErrorMember(name string, i int) GetSetDef {
	return GetSetDef{Name: name, Get: func(v Value) (Value, *Exception) {
		x := syntaxErrorField(v.AsException(), i)
		if x.IsNull() {
			if i == seMsg {
				return firstArgOrNone(v)
			}
			return None, nil
		}
		return x, nil
	}, Set: func(v, x Value) *Exception {
		syntaxErrorExtra(v.AsException())[i] = x
		return nil
	}}
}

var syntaxErrorGetSets = []GetSetDef{
	syntaxErrorMember("msg", seMsg), syntaxErrorMember("filename", seFilename),
	syntaxErrorMember("lineno", seLineno), syntaxErrorMember("offset", seOffset),
	syntaxErrorMember("text", seText), syntaxErrorMember("end_lineno", seEndLineno),
	syntaxErrorMember("end_offset", seEndOffset),
	syntaxErrorMember("print_file_and_line", sePrintFileAndLine),
}

// The fields of an ImportError in Exception.extra: null until set, so
// __reduce__ can tell "never given" from None as CPython's NULL does.
const (
	ieName = iota
	iePath
	ieFields
)

func importErrorExtra(e *Exception) []Value { return extraFields(e, ieFields) }

// extraFields returns e's array of n C-level fields, making it (all
// unset) on first use.
func extraFields(e *Exception, n int) []Value {
	if len(e.extra) != n {
		e.extra = make([]Value, n)
	}
	return e.extra
}

// extraMember is the getset of field i of an exception class's n fields
// kept in Exception.extra: a T_OBJECT member, None while unset.
func extraMember(name string, i, n int) GetSetDef {
	return GetSetDef{Name: name, Get: func(v Value) (Value, *Exception) {
		if e := v.AsException(); len(e.extra) == n && !e.extra[i].IsNull() {
			return e.extra[i], nil
		}
		return None, nil
	}, Set: func(v, x Value) *Exception {
		extraFields(v.AsException(), n)[i] = x
		return nil
	}}
}

var importErrorGetSets = []GetSetDef{extraMember("name", ieName, ieFields),
	extraMember("path", iePath, ieFields), {Name: "msg", Get: firstArgOrNone}}

func (e *Exception) setImportErrorName(v Value) { importErrorExtra(e)[ieName] = v }
func (e *Exception) setImportErrorPath(v Value) { importErrorExtra(e)[iePath] = v }

// importError_reduce is ImportError.__reduce__: the instance dict plus the
// name and path that were set, as the state.
func importError_reduce(self Value, _ []Value) (Value, *Exception) {
	e := self.AsException()
	var state *Dict
	if d := e.Attrs.Dict(); d.Len() > 0 {
		state = d.Copy()
	}
	if len(e.extra) == ieFields {
		for i, k := range [ieFields]string{"name", "path"} {
			if e.extra[i].IsNull() {
				continue
			}
			if state == nil {
				state = NewDict()
			}
			state.SetStr(Intern(k), e.extra[i])
		}
	}
	if state == nil {
		return TupleValue(self.Type().Value(), e.Args.Value()), nil
	}
	return TupleValue(self.Type().Value(), e.Args.Value(), state.Value()), nil
}
