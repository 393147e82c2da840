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
	co := fn.code
	nkw := len(kwnames)
	npos := len(args) - nkw
	argc := co.argcount
	n := min(npos, argc)
	copy(regs[:n], args[:n])
	idx := argc + co.kwonly
	varargsReg, varkwReg := -1, -1
	if co.flags&compiler.CoVarargs != 0 {
		varargsReg = idx
		idx++
	}
	if co.flags&compiler.CoVarkeywords != 0 {
		varkwReg = idx
	}
	if varargsReg >= 0 {
		if npos > argc {
			regs[varargsReg] = buildTuple(args[argc:npos]) // small tuples in one allocation
		} else {
			regs[varargsReg] = ValueOf(emptyTuple)
		}
	} else if npos > argc {
		return tooManyPositional(fn, npos, args[npos:], kwnames)
	}
	var kwdict *Dict
	if varkwReg >= 0 {
		if npos < len(args) {
			kwdict = newDictSmall() // one allocation for the usual few keywords
		} else {
			kwdict = NewDict()
		}
		regs[varkwReg] = kwdict.Value()
	}
	var posOnlyAsKw []string
	for i, kw := range kwnames {
		j := -1
		for k := co.c.PosOnlyArgCount; k < argc+co.kwonly; k++ {
			if co.varnames[k] == kw || co.varnames[k].S == kw.S {
				j = k
				break
			}
		}
		val := args[npos+i]
		if j < 0 {
			if kwdict != nil {
				kwdict.SetStr(kw, val)
				continue
			}
			for k := 0; k < co.c.PosOnlyArgCount; k++ {
				if co.varnames[k].S == kw.S {
					posOnlyAsKw = append(posOnlyAsKw, kw.S)
				}
			}
			if posOnlyAsKw != nil {
				continue
			}
			return NewTypeError("%s() got an unexpected keyword argument '%s'", funcQualname(fn), kw.S)
		}
		if !regs[j].IsNull() {
			return NewTypeError("%s() got multiple values for argument '%s'", funcQualname(fn), kw.S)
		}
		regs[j] = val
	}
	if posOnlyAsKw != nil {
		return NewTypeError("%s() got some positional-only arguments passed as keyword arguments: '%s'", funcQualname(fn), strings.Join(posOnlyAsKw, ", "))
	}
	if npos < argc || co.kwonly > 0 {
		return fillDefaults(fn, regs, npos)
	}
	return nil
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
	for i := argc; i < argc+co.kwonly; i++ {
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
		for k := argc; k < argc+co.kwonly; k++ {
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
