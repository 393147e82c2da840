// This file defines code.replace(), which types.coroutine (and through it
// asyncio) uses to mark a generator function's code as an iterable
// coroutine, and the setter of function.__code__ that installs the result.

package runtime

import "krait/compiler"

func init() {
	CodeType.methods = append(CodeType.methods, Method{Name: "replace", Fn: code_replace,
		Sig: "*, co_argcount=, co_posonlyargcount=, co_kwonlyargcount=, co_nlocals=, co_stacksize=, " +
			"co_flags=, co_firstlineno=, co_code=, co_consts=, co_names=, co_varnames=, co_freevars=, " +
			"co_cellvars=, co_filename=, co_name=, co_qualname=, co_linetable=, co_exceptiontable=",
		Doc: "Return a copy of the code object with new values for the specified fields."})
}

// codeReplaceNames are the parameters of replace() in signature order.
var codeReplaceNames = []string{"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
	"co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
	"co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"}

// code_replace copies the code object with the fields that Krait's code
// objects can change (flags, names, file name); a request to change
// another field to a different value raises ValueError, since Krait's
// bytecode is not CPython's.
func code_replace(self Value, a []Value) (Value, *Exception) {
	co := ptrOf[Code](self)
	nc := *co
	nc.caches = make([]cacheEntry, len(co.caches))
	for i, name := range codeReplaceNames {
		v := a[i]
		if v.IsNull() {
			continue
		}
		switch name {
		case "co_flags":
			n, err := indexToInt(v, "")
			if err != nil {
				return Value{}, err
			}
			nc.flags = compiler.CodeFlags(n)
		case "co_name", "co_qualname", "co_filename":
			s, ok := v.TryStr()
			if !ok {
				return Value{}, NewTypeError("replace() argument '%s' must be str, not %s", name, v.Type().Name)
			}
			switch name {
			case "co_name":
				nc.name = Intern(s.S)
			case "co_qualname":
				nc.qualname = s
			default:
				nc.filename = s.S
			}
		default:
			cur, err := GetAttrString(self, name)
			if err != nil {
				return Value{}, err
			}
			same, err := RichCompareBool(cur, v, Eq)
			if err != nil {
				return Value{}, err
			}
			if !same {
				return Value{}, NewValueError("code.replace(): changing %s is not supported", name)
			}
		}
	}
	nc.simple = co.simple && nc.flags&(compiler.CoVarargs|compiler.CoVarkeywords|compiler.CoGenerator|
		compiler.CoCoroutine|compiler.CoAsyncGenerator) == 0
	return ValueOf(&nc), nil
}

// function_set_code is the setter of function.__code__.
func function_set_code(v, x Value) *Exception {
	if x.IsNull() || x.Type() != CodeType {
		return NewTypeError("__code__ must be set to a code object")
	}
	f := ptrOf[Function](v)
	co := ptrOf[Code](x)
	if co.nfree != len(f.closure) {
		name := ""
		if s, ok := f.name.TryStr(); ok {
			name = s.S
		}
		return NewValueError("%s() requires a code object with %d free vars, not %d", name, len(f.closure), co.nfree)
	}
	f.code = co
	return nil
}
