// This file binds the arguments of a call to a Python function's
// parameters in its frame registers, with CPython's error messages.

package runtime

import (
	"fmt"
	"strings"

	"krait/compiler"
)

// bindArgs writes the parameters of fn, bound from args/kwnames, into
// regs[0:co.nparams]. The caller has cleared regs.
func bindArgs(fn *Function, args []Value, kwnames []*Str, regs []Value) *Exception {
	npos := len(args) - len(kwnames)
	b := argBinder{fn: fn, regs: regs, npos: npos, nkw: len(kwnames), kwnames: kwnames}
	tooMany := b.positional(args[:npos]) == errTooMany
	// As CPython, the keywords' errors come before "too many positional".
	for i, kw := range kwnames {
		if err := b.keyword(kw, args[npos+i]); err != nil {
			return err
		}
	}
	if tooMany {
		return tooManyPositional(fn, npos, args[npos:], kwnames)
	}
	return b.finish()
}

// argBinder binds one call's arguments to a Python function's parameter
// registers: the positional ones, then each keyword (from kwnames or
// straight from a **mapping), then the defaults.
type argBinder struct {
	fn      *Function
	regs    []Value
	npos    int
	nkw     int    // the number of keyword arguments, if known
	kwdict  *Dict  // the **kwargs parameter's dict, once a keyword goes there
	kwReg   int    // the **kwargs parameter's register, or -1
	kwnames []*Str // all the keyword names, when binding from a vector
}

// errTooMany is positional's report of too many positional arguments
// (the message depends on the keywords, which the caller knows).
var errTooMany = &Exception{}

// positional binds the positional arguments and creates the *args tuple
// and **kwargs dict parameters. It reports errTooMany after binding what
// fits, so that the keywords can still be checked.
func (b *argBinder) positional(pos []Value) *Exception {
	co := b.fn.code
	argc := co.argcount
	npos := len(pos)
	copy(b.regs[:min(npos, argc)], pos)
	idx := argc + co.c.KwOnlyArgCount
	var err *Exception
	if co.flags&compiler.CoVarargs != 0 {
		if npos > argc {
			b.regs[idx] = buildTuple(pos[argc:]) // small tuples in one allocation
		} else {
			b.regs[idx] = ValueOf(emptyTuple)
		}
		idx++
	} else if npos > argc {
		err = errTooMany
	}
	b.kwReg = -1
	if co.flags&compiler.CoVarkeywords != 0 {
		// The dict is made by the first keyword it collects (sized for
		// the keywords) or by finish: an empty **kwargs is an empty dict
		// (sys.getsizeof tells them apart, as in CPython).
		b.kwReg = idx
	}
	return err
}

// keyword binds the keyword argument kw=val.
func (b *argBinder) keyword(kw *Str, val Value) *Exception {
	co := b.fn.code
	j := paramIndex(co, kw) // bind_plan.go: interned names compare by pointer first
	if j < 0 {
		if b.kwReg >= 0 {
			if b.kwdict == nil {
				b.kwdict = newKwargsDict(b.nkw) // one allocation sized for the keywords
				b.regs[b.kwReg] = b.kwdict.Value()
			}
			b.kwdict.SetStr(kw, val)
			return nil
		}
		// CPython reports positional-only parameters passed by keyword
		// (all of them) at the first keyword that binds nowhere.
		var posOnly []string
		for _, name := range b.kwnames {
			for k := 0; k < co.c.PosOnlyArgCount; k++ {
				if co.varnames[k].S == name.S {
					posOnly = append(posOnly, name.S)
				}
			}
		}
		if posOnly != nil {
			return NewTypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", funcQualname(b.fn), strings.Join(posOnly, ", "))
		}
		return NewTypeError("%s() got an unexpected keyword argument '%s'", funcQualname(b.fn), kw.S)
	}
	if !b.regs[j].IsNull() {
		return NewTypeError("%s() got multiple values for argument '%s'", funcQualname(b.fn), kw.S)
	}
	b.regs[j] = val
	return nil
}

// finish fills the defaults.
func (b *argBinder) finish() *Exception {
	if b.kwReg >= 0 && b.kwdict == nil {
		b.regs[b.kwReg] = NewDict().Value()
	}
	if co := b.fn.code; b.npos < co.argcount || co.c.KwOnlyArgCount > 0 {
		return fillDefaults(b.fn, b.regs, b.npos)
	}
	return nil
}

// bindArgsDict is bindArgs for f(*pos, **kw): the keywords come straight
// from the dict kw, whose keys must all be exact strs. ok is false when
// binding failed (the caller binds again through bindArgs for the error).
func bindArgsDict(fn *Function, pos []Value, kw *Dict, regs []Value) (ok bool) {
	if bindDictPlanned(fn, pos, kw, regs) { // perf12c_dictplan.go
		return true
	}
	b := argBinder{fn: fn, regs: regs, npos: len(pos), nkw: kw.Len()}
	if b.positional(pos) != nil {
		return false
	}
	for i := 0; ; {
		k, v, more := kw.Next(&i)
		if !more {
			break
		}
		s, isStr := exactStr(k)
		if !isStr || b.keyword(s, v) != nil {
			return false
		}
	}
	return b.finish() == nil
}

// fillDefaults fills missing parameters from the defaults and reports the
// ones still missing.
func fillDefaults(fn *Function, regs []Value, npos int) *Exception {
	co := fn.code
	argc := co.argcount
	ndef := 0
	if fn.defaults != nil {
		ndef = len(fn.defaults.items)
	}
	var missing []string
	for i := 0; i < argc; i++ {
		if !regs[i].IsNull() {
			continue
		}
		if d := i - (argc - ndef); d >= 0 {
			regs[i] = fn.defaults.items[d]
			continue
		}
		missing = append(missing, co.varnames[i].S)
	}
	if missing != nil {
		return missingArgs(fn, missing, "positional")
	}
	for i := argc; i < argc+co.c.KwOnlyArgCount; i++ {
		if !regs[i].IsNull() {
			continue
		}
		if fn.kwdefaults != nil {
			if v, ok := fn.kwdefaults.GetStr(co.varnames[i]); ok {
				regs[i] = v
				continue
			}
		}
		missing = append(missing, co.varnames[i].S)
	}
	if missing != nil {
		return missingArgs(fn, missing, "keyword-only")
	}
	return nil
}

func funcQualname(fn *Function) string {
	if s, ok := fn.qualname.TryStr(); ok {
		return s.S
	}
	return fn.code.qualname.S
}

func missingArgs(fn *Function, names []string, kind string) *Exception {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	word := "argument"
	if len(names) > 1 {
		word = "arguments"
	}
	return NewTypeError("%s() missing %d required %s %s: %s", funcQualname(fn), len(names), kind, word, list)
}

func tooManyPositional(fn *Function, given int, kwvals []Value, kwnames []*Str) *Exception {
	co := fn.code
	argc := co.argcount
	ndef := 0
	if fn.defaults != nil {
		ndef = len(fn.defaults.items)
	}
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", argc-ndef, argc)
	} else if argc == 1 {
		takes = "1 positional argument"
	} else {
		takes = fmt.Sprintf("%d positional arguments", argc)
	}
	kwonlyGiven := 0
	for _, kw := range kwnames {
		for k := argc; k < argc+co.c.KwOnlyArgCount; k++ {
			if co.varnames[k].S == kw.S {
				kwonlyGiven++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonlyGiven > 0 {
		kwWord := "argument"
		if kwonlyGiven > 1 {
			kwWord = "arguments"
		}
		posWord := "positional arguments"
		if given == 1 {
			posWord = "positional argument"
		}
		return NewTypeError("%s() takes %s but %d %s (and %d keyword-only %s) were given", funcQualname(fn), takes, given, posWord, kwonlyGiven, kwWord)
	}
	return NewTypeError("%s() takes %s but %d %s given", funcQualname(fn), takes, given, was)
}
