// This file defines code.replace and assignment to a function's __code__:
// both make or install a code object whose layout the interpreter trusts,
// so only fields that don't change the bytecode's meaning may differ.

package runtime

import (
	"krait/compiler"
)

var codeReplaceSpec = Method{Name: "replace", Sig: "*, co_argcount=, co_posonlyargcount=, co_kwonlyargcount=, " +
	"co_nlocals=, co_stacksize=, co_flags=, co_firstlineno=, co_code=, co_consts=, co_names=, co_varnames=, " +
	"co_freevars=, co_cellvars=, co_filename=, co_name=, co_qualname=, co_linetable=, co_exceptiontable=",
}

// code_replace copies the code object with the given fields replaced.
// Krait's bytecode is not CPython's: fields that would reshape the frame
// or the instructions must keep their value.
func code_replace(self Value, a []Value) (Value, *Exception) {
	co := ptrOf[Code](self)
	co.load() // lazy14_code.go
	cc := *co.c
	nc := *co
	nc.c = &cc
	nc.copyExtraFrom(co) // the line table may be replaced (heap20_codeextra.go)
	nc.caches = nil      // fresh entries, made by initCaches when a frame first runs it
	names := codeReplaceSpec.signature().names
	for i, v := range a {
		if v.IsNull() {
			continue
		}
		if err := nc.replaceField(names[i], v, self); err != nil {
			return Value{}, err
		}
	}
	return ValueOf(&nc), nil
}

func (nc *Code) replaceField(name string, v, orig Value) *Exception {
	switch name {
	case "co_name", "co_qualname", "co_filename":
		s, ok := v.TryStr()
		if !ok {
			return NewTypeError("replace() argument '%s' must be str, not %s", name, v.Type().Name)
		}
		switch name {
		case "co_name":
			nc.name, nc.c.Name = Intern(s.S), s.S
		case "co_qualname":
			nc.qualname, nc.c.QualName = s, s.S
		default:
			nc.c.Filename = s.S
		}
		return nil
	case "co_firstlineno":
		n, err := indexToInt(v, "")
		if err != nil {
			return err
		}
		nc.c.FirstLineNo = int(n)
		return nil
	case "co_flags":
		n, err := indexToInt(v, "")
		if err != nil {
			return err
		}
		nc.flags, nc.c.Flags = compiler.CodeFlags(n), compiler.CodeFlags(n)
		nc.simple = nc.simple && nc.flags&(compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) == 0 &&
			nc.flags&compiler.CoOptimized != 0
		nc.plainArgs = nc.plainArgs && nc.flags&(compiler.CoVarargs|compiler.CoVarkeywords|compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) == 0 &&
			nc.flags&compiler.CoOptimized != 0
		return nil
	case "co_consts":
		t, ok := v.TryTuple()
		if !ok {
			return NewTypeError("replace() argument 'co_consts' must be tuple, not %s", v.Type().Name)
		}
		if cv := ptrOf[Code](orig).loadedView(); cv != nil {
			return nc.replaceViewConsts(cv, t.items) // code_replace_consts.go
		}
		if len(t.items) != len(nc.consts) {
			return NewValueError("code.replace(): Krait cannot change the number of co_consts")
		}
		nc.consts = append([]Value(nil), t.items...)
		return nil
	case "co_linetable":
		return nc.replaceLinetable(v) // code_linetable.go
	}
	cur, err := GetAttrString(orig, name)
	if err != nil {
		return err
	}
	same, err := RichCompareBool(cur, v, Eq)
	if err != nil || same {
		return err
	}
	return NewValueError("code.replace(): Krait cannot change %s (its bytecode is not CPython's)", name)
}

// function_set_code implements assignment to f.__code__.
func function_set_code(fv, x Value) *Exception {
	if x.IsNull() {
		return NewTypeError("__code__ must be set to a code object")
	}
	if x.Type() != CodeType {
		return NewTypeError("__code__ must be set to a code object")
	}
	f, co := ptrOf[Function](fv), ptrOf[Code](x)
	if int(co.nfree) != len(f.closure) {
		return NewValueError("%s() requires a code object with %d free vars, not %d", f.name.AsStr().S, len(f.closure), co.nfree)
	}
	f.code = co
	return nil
}

func init() {
	CodeType.methods = append(CodeType.methods, Method{Name: "replace", Sig: codeReplaceSpec.Sig, Fn: code_replace})
}
