// This file defines the Python module _sre: its constants and functions
// (compile, getcodesize, the case helpers), and the conversion of subjects
// (str, bytes, bytearray) shared by the Pattern, Match and Scanner types
// defined in py_pattern.go, py_match.go and py_scanner.go.

package sre

import (
	"errors"
	gomath "math"
	"strings"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// subject is a str or bytes-like object prepared for the engine.
type subject struct {
	obj  value        // the object passed by the caller (Match.string)
	str  *runtime.Str // the str, for str subjects
	subj Subject
}

func (s *subject) isBytes() bool { return s.str == nil }

// getString prepares v for matching, as _sre's getstring: str, or bytes and
// bytearray (copied, so a callback mutating it cannot disturb the engine).
func getString(v value) (subject, *exc) {
	if s, ok := v.TryStr(); ok {
		if s.IsASCII() {
			return subject{v, s, ASCIISubject(s.S)}, nil
		}
		return subject{v, s, StrSubject(s.S)}, nil
	}
	if b, ok := v.TryBytes(); ok {
		return subject{obj: v, subj: BytesSubject(b)}, nil
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return subject{obj: v, subj: BytesSubject(append([]byte(nil), b...))}, nil
	}
	return subject{}, runtime.NewTypeError("expected string or bytes-like object, got '%s'", v.Type().Name)
}

// slice returns characters [i, j) of the subject as a new str or bytes.
func (s *subject) slice(i, j int) value {
	if s.str != nil {
		if s.str.IsASCII() {
			if j-i <= 1 {
				return runtime.StrValue(s.str.S[i:j]) // the shared one-character strs
			}
			return runtime.NewStrASCII(s.str.S[i:j]).Value()
		}
		return runtime.StrValue(string(s.subj.AppendSlice(nil, i, j)))
	}
	return runtime.NewBytes(s.subj.AppendSlice(nil, i, j))
}

// watch makes st's long runs check the eval breaker every few thousand
// steps, as _sre checks for signals: other threads get the GIL and a
// signal handler's exception (KeyboardInterrupt) stops the match.
func watch(st *State) *State {
	st.SetInterruptErr(checkBreaker)
	return st
}

// raised carries the exception the eval breaker produced out of the engine.
type raised struct{ e *exc }

func (r raised) Error() string { return "exception raised during matching" }

func checkBreaker() error {
	if e := runtime.CheckEvalBreaker(); e != nil {
		return raised{e}
	}
	return nil
}

// failure converts an engine failure into the Python exception.
func failure(err error) *exc {
	if r, ok := err.(raised); ok {
		return r.e
	}
	return engineError(err)
}

// engineError converts an engine failure into the Python exception.
func engineError(err error) *exc {
	if errors.Is(err, ErrInterrupted) {
		return runtime.NewExceptionMsg(runtime.KeyboardInterruptType, "")
	}
	return runtime.NewRuntimeError("internal error in regular expression engine")
}

// ssize converts an optional Py_ssize_t argument.
func ssize(v value, dflt int) (int, *exc) {
	if v.IsNull() {
		return dflt, nil
	}
	n, err := runtime.IndexInt64(v, "")
	return int(n), err
}

// _sre_compile is _sre.compile(pattern, flags, code, groups, groupindex,
// indexgroup), called by re._compiler.compile.
func _sre_compile(_ value, a []value) (value, *exc) {
	flags, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return none(), err
	}
	codeList, ok := a[2].TryList()
	if !ok {
		return none(), runtime.NewTypeError("compile() argument 'code' must be list, not %s", a[2].Type().Name)
	}
	groups, err := runtime.IndexInt64(a[3], "")
	if err != nil {
		return none(), err
	}
	gi, ok := a[4].TryDict()
	if !ok {
		return none(), runtime.NewTypeError("compile() argument 'groupindex' must be dict, not %s", a[4].Type().Name)
	}
	ig, ok := a[5].TryTuple()
	if !ok {
		return none(), runtime.NewTypeError("compile() argument 'indexgroup' must be tuple, not %s", a[5].Type().Name)
	}
	code, err := codeWords(codeList.Items())
	if err != nil {
		return none(), err
	}
	return newPatternObject(a[0], flags, code, int(groups), gi, ig)
}

// codeWords converts the code list to unsigned 32-bit words with
// PyLong_AsUnsignedLong's errors.
func codeWords(items []value) ([]uint32, *exc) {
	code := make([]uint32, len(items))
	for i, it := range items {
		s, b, ok := runtime.IntParts(it)
		if !ok {
			return nil, runtime.NewTypeError("an integer is required")
		}
		if (b != nil && b.Sign() < 0) || (b == nil && s < 0) {
			return nil, runtime.NewOverflowError("can't convert negative value to unsigned int")
		}
		if b != nil || s > gomath.MaxUint32 {
			return nil, runtime.NewOverflowError("regular expression code size limit exceeded")
		}
		code[i] = uint32(s)
	}
	return code, nil
}

// charFn wraps the case helpers, which take a C int.
func charFn(name string, f func(uint32) value) runtime.Method {
	return runtime.Method{Name: name, Sig: "character, /", Flags: runtime.MethO, Fn: func(_ value, a []value) (value, *exc) {
		c, err := runtime.CIntConverter(a[0])
		if err != nil {
			return none(), err
		}
		return f(uint32(c)), nil
	}}
}

func none() value { return runtime.None }

var sreMethods = []runtime.Method{
	{Name: "compile", Sig: "pattern, flags, code, groups, groupindex, indexgroup", Fn: _sre_compile},
	{Name: "getcodesize", Flags: runtime.MethNoArgs, Fn: func(_ value, _ []value) (value, *exc) {
		return runtime.Int(CodeSize), nil
	}},
	charFn("ascii_iscased", func(c uint32) value { return runtime.Bool(ASCIIIsCased(c)) }),
	charFn("unicode_iscased", func(c uint32) value { return runtime.Bool(UnicodeIsCased(c)) }),
	charFn("ascii_tolower", func(c uint32) value { return runtime.Int(int64(ASCIIToLower(c))) }),
	charFn("unicode_tolower", func(c uint32) value { return runtime.Int(int64(UnicodeToLower(c))) }),
}

// Module is the _sre module.
var Module = &runtime.ModuleDef{
	Name:    "_sre",
	Methods: sreMethods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		lazyTypes()
		m.SetAttr("MAGIC", runtime.Int(Magic))
		m.SetAttr("CODESIZE", runtime.Int(CodeSize))
		m.SetAttr("MAXREPEAT", runtime.Int(MaxRepeat))
		m.SetAttr("MAXGROUPS", runtime.Int(MaxGroups))
		m.SetAttr("copyright", runtime.StrValue(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
		return nil
	},
}

// method3 implements a Pattern method of up to three parameters; an
// omitted optional argument is the null Value.
type method3 func(self, a, b, c value) (value, *exc)

// fastMethod declares a Pattern method with Argument Clinic's keyword
// parsing (sig has at most three parameters, the first required of
// them): calls passing only positional arguments skip the binder, the
// others bind through runtime.ClinicKwMethod, which has the messages.
func fastMethod(name, sig string, required int, fn method3) runtime.Method {
	clinic := runtime.ClinicKwMethod(name, sig, func(self value, a []value) (value, *exc) {
		var b [3]value
		copy(b[:], a)
		return fn(self, b[0], b[1], b[2])
	})
	slow := clinic.Fn
	nparams := strings.Count(sig, ",") + 1
	vec := func(self value, args []value, kwnames []*runtime.Str) (value, *exc) {
		if n := len(args); len(kwnames) == 0 && n >= required && n <= nparams {
			switch n {
			case 1:
				return fn(self, args[0], value{}, value{})
			case 2:
				return fn(self, args[0], args[1], value{})
			case 3:
				return fn(self, args[0], args[1], args[2])
			}
		}
		npos := len(args) - len(kwnames)
		kw := value{}
		if len(kwnames) > 0 {
			d := runtime.NewDict()
			for i, k := range kwnames {
				if err := d.SetItem(k.Value(), args[npos+i]); err != nil {
					return none(), err
				}
			}
			kw = d.Value()
		}
		return slow(self, []value{runtime.TupleValue(append([]value(nil), args[:npos]...)...), kw})
	}
	return runtime.Method{Name: name, Sig: clinic.Sig, Fn: slow, Vec: vec}
}
