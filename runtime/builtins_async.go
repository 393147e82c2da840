// This file defines the builtins aiter, anext and breakpoint, with the
// anext awaitable that supplies anext's default, and sys.breakpointhook.

package runtime

import (
	"os"
	"strings"
)

// anextAwaitableType is the awaitable anext(it, default) returns: it drives
// it.__anext__()'s awaitable and turns StopAsyncIteration into the default.
var anextAwaitableType = newBuiltinType("anext_awaitable", ObjectType, 0)

type anextAwaitable struct {
	Header
	wrapped Value // the object whose __anext__ is awaited
	dflt    Value
	it      Value // the __await__ iterator, once started
}

// builtinAsyncFuncs are added to builtins after builtinFuncs.
var builtinAsyncFuncs []Method

func init() {
	builtinAsyncFuncs = append(builtinAsyncFuncs,
		Method{Name: "aiter", Sig: "async_iterable, /", Flags: MethO, Fn: builtin_aiter},
		Method{Name: "anext", Sig: "aiterator, default=, /", Fn: builtin_anext},
		Method{Name: "breakpoint", Sig: "*args, **kws", Fn: builtin_breakpoint},
	)
	sysExtraMethodTable = append(sysExtraMethodTable,
		Method{Name: "breakpointhook", Sig: "*args, **kws", Fn: sys_breakpointhook})
	anextAwaitableType.Iter = selfIter
	anextAwaitableType.Next = func(v Value) (Value, *Exception) { return ptrOf[anextAwaitable](v).step(Value{}, nil) }
	anextAwaitableType.methods = []Method{
		{Name: "__await__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return self, nil }},
		{Name: "send", Sig: "value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
			return ptrOf[anextAwaitable](self).step(a[0], nil)
		}},
		{Name: "throw", Sig: "typ, val=, tb=, /", Flags: MethOld, Fn: func(self Value, a []Value) (Value, *Exception) {
			e, err := makeThrown(a[0], a[1], a[2])
			if err != nil {
				return Value{}, err
			}
			return ptrOf[anextAwaitable](self).step(Value{}, e)
		}},
		{Name: "close", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
			aw := ptrOf[anextAwaitable](self)
			if aw.it.IsNull() {
				return None, nil
			}
			return callMethodByName(aw.it, "close")
		}},
	}
}

func builtin_aiter(self Value, a []Value) (Value, *Exception) {
	t := a[0].Type()
	if t.Lookup(Intern("__aiter__")).IsNull() {
		return Value{}, NewTypeError("'%s' object is not an async iterable", t.Name)
	}
	it, err := callSpecial(a[0], Intern("__aiter__"))
	if err != nil {
		return Value{}, err
	}
	if it.Type().Lookup(Intern("__anext__")).IsNull() {
		return Value{}, NewTypeError("aiter() returned not an async iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

func builtin_anext(self Value, a []Value) (Value, *Exception) {
	t := a[0].Type()
	if t.Lookup(Intern("__anext__")).IsNull() {
		return Value{}, NewTypeError("'%s' object is not an async iterator", t.Name)
	}
	if a[1].IsNull() {
		return callSpecial(a[0], Intern("__anext__"))
	}
	return ValueOf(&anextAwaitable{Header: Header{anextAwaitableType}, wrapped: a[0], dflt: a[1]}), nil
}

// step sends v (or throws exc) into the __anext__ awaitable, starting it on
// first use; its StopAsyncIteration becomes StopIteration(default).
func (aw *anextAwaitable) step(v Value, exc *Exception) (Value, *Exception) {
	if aw.it.IsNull() {
		r, err := callSpecial(aw.wrapped, Intern("__anext__"))
		if err != nil {
			return Value{}, aw.convert(err)
		}
		it, err := getAwaitable(r, 0)
		if err != nil {
			return Value{}, err
		}
		aw.it = it
	}
	var r Value
	var done bool
	var err *Exception
	if exc != nil {
		r, err = callMethodByName(aw.it, "throw", exc.Value())
	} else {
		r, done, err = genSend(aw.it, v)
	}
	if err != nil {
		return Value{}, aw.convert(err)
	}
	if done {
		return Value{}, NewStopIteration(r)
	}
	return r, nil
}

func (aw *anextAwaitable) convert(err *Exception) *Exception {
	if err.Matches(exceptionTypeByName["StopAsyncIteration"]) {
		return NewStopIteration(aw.dflt)
	}
	return err
}

func builtin_breakpoint(self Value, a []Value) (Value, *Exception) {
	hook := sysGet("breakpointhook")
	if hook.IsNull() {
		return Value{}, NewRuntimeError("lost sys.breakpointhook")
	}
	return callEx(hook, a[0], a[1])
}

// sys_breakpointhook imports and calls what PYTHONBREAKPOINT names
// (pdb.set_trace by default; "0" disables breakpoints).
func sys_breakpointhook(self Value, a []Value) (Value, *Exception) {
	target := "pdb.set_trace"
	if SysConfig.Flags.IgnoreEnvironment == 0 {
		if env := os.Getenv("PYTHONBREAKPOINT"); env == "0" {
			return None, nil
		} else if env != "" {
			target = env
		}
	}
	modName, attr := "builtins", target
	if i := strings.LastIndexByte(target, '.'); i >= 0 {
		modName, attr = target[:i], target[i+1:]
	}
	fn, err := importAttr(modName, attr)
	if err != nil {
		if !err.Matches(ImportErrorType) && !err.Matches(AttributeErrorType) && !err.Matches(ValueErrorType) { // ".foo": empty module name
			return Value{}, err
		}
		msg := "Ignoring unimportable $PYTHONBREAKPOINT: \"" + target + "\""
		return None, Warn(exceptionTypeByName["RuntimeWarning"], msg, 1)
	}
	return callEx(fn, a[0], a[1])
}

func importAttr(modName, attr string) (Value, *Exception) {
	m, err := ImportModule(modName)
	if err != nil {
		return Value{}, err
	}
	return GetAttrString(m, attr)
}
