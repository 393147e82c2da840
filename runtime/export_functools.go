// This file defines exported wrappers around runtime internals that the
// native modules _functools, _operator, _heapq, _bisect, _string and _json
// (under modules/) need: argument binding for type constructors, the repr
// recursion guard, in-place list access, attribute-record checks and the
// str.format field parser.

package runtime

// BindArgs binds a vectorcall argument list to m's signature, as a builtin
// method call would, so that a type's New or Call slot parses its arguments
// with CPython's messages. qual names the callable in messages.
func (m *Method) BindArgs(args []Value, kwnames []*Str, qual string) ([]Value, *Exception) {
	return m.bindArgs(args, kwnames, qual, nil)
}

// ReprEnter marks v as being repr'd; it returns false when v is already on
// the stack (a self-referencing repr, which prints "..."). Each true return
// must be matched by ReprLeave.
func ReprEnter(v Value) bool { return reprEnter(v) }

// ReprLeave undoes the last successful ReprEnter.
func ReprLeave() { reprLeave() }

// IterItems returns the items of an iterable; the result may share a
// tuple's storage, so callers must not modify it.
func IterItems(v Value) ([]Value, *Exception) { return collectIter(v) }

// ItemsRef returns a pointer to the list's item slice, so that in-place
// algorithms (heapq, bisect.insort) can read its current length and swap
// items without copying. Code that calls back into Python must re-read it.
func (l *List) ItemsRef() *[]Value { return &l.items }

// IsEmpty reports whether the attribute record holds no attribute and no
// __dict__ was ever materialized (CPython's "dict == NULL").
func (a *Attrs) IsEmpty() bool { return a.dict == nil && len(a.values) == 0 }

// SetDict replaces the attributes with d (assignment to __dict__).
func (a *Attrs) SetDict(d *Dict) { a.setDict(d) }

// IntValue reports v's value as an int64 when v is an int (or subclass)
// that fits; big is true when it is an int too large for int64.
func IntValue(v Value) (i int64, big bool, ok bool) {
	if v.IsSmallInt() {
		return v.SmallInt(), false, true
	}
	if !IsInstance(v, IntType) {
		return 0, false, false
	}
	s, b, _ := intValue(v)
	return s, b != nil, true
}

// HeaderFor returns the object header of an instance of t, for native types
// whose New allocates the Go struct (t may be a Python subclass).
func HeaderFor(t *Type) Header { return Header{t} }

// BindClinic binds like BindArgs, but a signature that accepts keywords
// reports wrong argument counts with the messages of CPython's keyword
// parsers (Argument Clinic's _PyArg_UnpackKeywords and
// PyArg_ParseTupleAndKeywords): "f() takes at most 1 argument (2 given)",
// "f() takes at most 4 positional arguments (5 given)", "f() missing
// required argument 'x' (pos 2)". name is the bare function name.
func (m *Method) BindClinic(args []Value, kwnames []*Str, name string) ([]Value, *Exception) {
	s := m.signature()
	if !s.allPositionalOnly() && m.Flags&(MethNoArgs|MethO) == 0 {
		if err := s.clinicCountError(args, kwnames, name); err != nil {
			return nil, err
		}
	}
	return m.bindArgs(args, kwnames, name, make([]Value, 0, len(s.names)))
}

// clinicCountError checks the argument counts of a call as Argument
// Clinic's _PyArg_UnpackKeywords does and returns its error, if any.
func (s *signature) clinicCountError(args []Value, kwnames []*Str, name string) *Exception {
	nkw := len(kwnames)
	npos := len(args) - nkw
	if s.varargs < 0 && s.varkw < 0 {
		if maxArgs := len(s.names); npos+nkw > maxArgs {
			kw := ""
			if npos == 0 {
				kw = "keyword "
			}
			return NewTypeError("%s() takes at most %d %sargument%s (%d given)", name, maxArgs, kw, pluralS(maxArgs), npos+nkw)
		}
	}
	if s.varargs < 0 && npos > s.nPos {
		if s.nPos == 0 {
			return NewTypeError("%s() takes no positional arguments", name)
		}
		how := "exactly"
		if s.required < s.nPos {
			how = "at most"
		}
		return NewTypeError("%s() takes %s %d positional argument%s (%d given)", name, how, s.nPos, pluralS(s.nPos), npos)
	}
	if minPosOnly := min(s.required, s.posOnly); npos < minPosOnly {
		how := "exactly"
		if minPosOnly < s.nPos {
			how = "at least"
		}
		return NewTypeError("%s() takes %s %d positional argument%s (%d given)", name, how, minPosOnly, pluralS(minPosOnly), npos)
	}
	for i, pname := range s.names {
		if s.optional[i] || i < npos || i == s.varargs || i == s.varkw || s.kwOnly[i] {
			continue
		}
		found := false
		for _, k := range kwnames {
			if k.S == pname {
				found = true
				break
			}
		}
		if !found && i >= s.posOnly {
			return NewTypeError("%s() missing required argument '%s' (pos %d)", name, pname, i+1)
		}
	}
	return nil
}

// ClinicMethod returns a Method named name with signature sig that parses
// its arguments through BindClinic, for functions whose argument errors
// must read as CPython's keyword parsers' do. The Method receives the call
// as *args and **kwargs and re-binds them, which costs an allocation per
// call; use it where keywords are accepted and the call is not hot.
func ClinicMethod(name, sig string, fn MethodFunc) Method {
	inner := &Method{Name: name, Sig: sig}
	return Method{Name: name, Sig: "*args, **kwargs", Params: sig, Fn: func(self Value, a []Value) (Value, *Exception) {
		args := a[0].AsTuple().items
		var kwnames []*Str
		if !a[1].IsNull() {
			d := a[1].AsDict()
			args = append(append([]Value(nil), args...), make([]Value, 0, d.Len())...)
			pos := 0
			for {
				k, v, ok := d.Next(&pos)
				if !ok {
					break
				}
				kwnames = append(kwnames, InternStr(k.AsStr()))
				args = append(args, v)
			}
		}
		bound, err := inner.BindClinic(args, kwnames, name)
		if err != nil {
			return Value{}, err
		}
		return fn(self, bound)
	}}
}

// FormatParser iterates over the parts of a str.format string, as
// _string.formatter_parser does: each part is literal text followed by
// at most one replacement field.
type FormatParser struct {
	it markupIter
}

// NewFormatParser returns a parser over the format string s.
func NewFormatParser(s string) *FormatParser {
	return &FormatParser{markupIter{s: codePoints(s)}}
}

// Next returns the next part: its literal text and, when field is true,
// the field's name, format spec and conversion (0 when absent). more is
// false at the end; a malformed field gives CPython's ValueError.
func (p *FormatParser) Next() (literal string, field bool, name, spec string, conversion rune, more bool, err *Exception) {
	lit, f, more, perr := p.it.next()
	if perr != nil {
		return "", false, "", "", 0, false, fromPyErr(perr)
	}
	if !more {
		return "", false, "", "", 0, false, nil
	}
	literal = string(appendRunes(nil, lit))
	if f == nil {
		return literal, false, "", "", 0, true, nil
	}
	return literal, true, string(appendRunes(nil, f.name)), string(appendRunes(nil, f.spec)), f.conversion, true, nil
}

// FieldNameParser iterates over the ".attr" and "[key]" steps after the
// first part of a replacement field's name.
type FieldNameParser struct {
	rest []rune
}

// SplitFormatFieldName splits a field name as
// _string.formatter_field_name_split: the first part (an int when it is
// all decimal digits, else a str) and a parser over the rest.
func SplitFormatFieldName(name string) (Value, *FieldNameParser, *Exception) {
	first, index, rest, perr := splitFieldName(codePoints(name))
	if perr != nil {
		return Value{}, nil, fromPyErr(perr)
	}
	if index >= 0 {
		return Int(int64(index)), &FieldNameParser{rest}, nil
	}
	return StrValue(string(appendRunes(nil, first))), &FieldNameParser{rest}, nil
}

// Next returns the next step: an attribute name (isAttr) or an item key
// (an int when all decimal digits, else a str). more is false at the end.
func (p *FieldNameParser) Next() (isAttr bool, key Value, more bool, err *Exception) {
	part, tail, ok, perr := nextFieldNamePart(p.rest)
	if perr != nil {
		return false, Value{}, false, fromPyErr(perr)
	}
	if !ok {
		return false, Value{}, false, nil
	}
	p.rest = tail
	if !part.attr && part.index >= 0 {
		return false, Int(int64(part.index)), true, nil
	}
	return part.attr, StrValue(string(appendRunes(nil, part.name))), true, nil
}

// CodePoints decodes the (WTF-8) text of a str into its code points, lone
// surrogates included, so that code indexing by code point (as _json's
// positions do) can work on the slice.
func CodePoints(s string) []rune { return codePoints(s) }

// AppendCodePoint appends c to b in WTF-8, keeping lone surrogates (which
// utf8.AppendRune would replace).
func AppendCodePoint(b []byte, c rune) []byte { return appendCodePoint(b, c) }

// SysModulesGet returns sys.modules[name], if present.
func SysModulesGet(name string) (Value, bool) { return sysModules.GetStr(Intern(name)) }

// EnterRecursiveCall counts one level of Go recursion against the
// recursion limit (Py_EnterRecursiveCall); where ends the RecursionError
// message. A nil result must be matched by LeaveRecursiveCall.
func EnterRecursiveCall(where string) *Exception { return enterRecursiveCall(where) }

// LeaveRecursiveCall undoes EnterRecursiveCall.
func LeaveRecursiveCall() { leaveRecursiveCall() }

// BytesLike returns the contents of a bytes or bytearray value (shared,
// not copied).
func BytesLike(v Value) ([]byte, bool) { return bytesLike(v) }

// CurrentThreadKey returns an opaque value identifying the Python thread
// running now (the GIL holder), for per-thread module state such as the
// current contextvars.Context.
func CurrentThreadKey() any { return curThread }

// ThreadContext is the running thread's current contextvars Context (nil
// before the module sets one); it lives and dies with the thread.
func ThreadContext() any { return curThread.context }

// SetThreadContext makes c the running thread's current contextvars Context.
func SetThreadContext(c any) { curThread.context = c }
