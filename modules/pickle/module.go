// Package pickle is the _pickle module reduced to what has no pure-Python
// equivalent: PickleBuffer (PEP 574). Its other names (Pickler,
// Unpickler, dump, dumps, load, loads and the exceptions) resolve, through
// a module __getattr__, to pickle.py's own pure-Python ones, so pickle.py's
// "from _pickle import ..." gives it the same objects as its fallback would,
// and code that uses _pickle directly (test_pickle) gets working classes.
package pickle

import (
	"strings"
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// pyNames maps _pickle's names to the pure-Python implementations in
// pickle.py (none now: the exceptions are _pickle's own, below).
var pyNames = map[string]string{}

var (
	excOnce                                           sync.Once
	pickleErrorType, picklingErrorType, unpicklingErr *runtime.Type
)

// exceptions creates _pickle.PickleError, PicklingError and
// UnpicklingError once per process: classes of module _pickle, as the C
// module's, so an uncaught one reads "_pickle.UnpicklingError: ..."
// (pickle.py's "from _pickle import" then makes them pickle's too).
func exceptions() {
	excOnce.Do(func() {
		pickleErrorType = runtime.NewExceptionClass("_pickle", "PickleError", "", runtime.ExceptionType)
		picklingErrorType = runtime.NewExceptionClass("_pickle", "PicklingError", "", pickleErrorType)
		unpicklingErr = runtime.NewExceptionClass("_pickle", "UnpicklingError", "", pickleErrorType)
	})
}

// pickle_getattr resolves the names pickle.py implements, importing
// pickle (or using the partly initialised module while pickle.py itself
// imports them).
func pickle_getattr(_ value, a []value) (value, *exc) {
	name, ok := a[0].TryStr()
	if ok && (name.S == "Unpickler" || name.S == "Pickler") {
		return shimAttr(name.S)
	}
	if ok {
		if py, found := pyNames[name.S]; found {
			mod, err := runtime.ImportModule("pickle")
			if err != nil {
				return runtime.None, err
			}
			return runtime.GetAttrString(mod, py)
		}
	}
	r, err := runtime.Repr(a[0])
	if err != nil {
		return runtime.None, err
	}
	return runtime.None, runtime.NewExceptionMsg(runtime.AttributeErrorType, "module '_pickle' has no attribute "+r.S)
}

// forward returns a builtin that calls pickle.py's function name: a
// builtin, not the Python function itself, because classes that take
// _pickle.dumps as an attribute (test_pickle) must not bind it as a method.
func forward(name string) runtime.Method {
	return runtime.Method{Name: name[1:], Sig: "*args, **kwargs", Fn: func(_ value, a []value) (value, *exc) {
		var fn value
		var err *exc
		if name == "_load" || name == "_loads" {
			fn, err = shimAttr(name[1:])
		} else {
			var mod value
			if mod, err = runtime.ImportModule("pickle"); err == nil {
				fn, err = runtime.GetAttrString(mod, name)
			}
		}
		if err != nil {
			return runtime.None, err
		}
		args := append([]value(nil), a[0].AsTuple().Items()...)
		var kw []*runtime.Str
		if !a[1].IsNull() {
			d := a[1].AsDict()
			for pos := 0; ; {
				k, v, ok := d.Next(&pos)
				if !ok {
					break
				}
				kw = append(kw, runtime.InternStr(k.AsStr()))
				args = append(args, v)
			}
		}
		r, err := runtime.Call(fn, args, kw)
		if name == "_dump" || name == "_dumps" {
			err = cPicklingRecursion(err) // stdlib19_recursion.go
		}
		if err != nil {
			runtime.TracebackDrop(err, isPickleCode)
		}
		return r, cPicklingError(err)
	}}
}

// isPickleCode reports whether filename is the code behind _pickle's
// functions (the shim, or pickle.py), whose frames a C module would not
// show.
func isPickleCode(filename string) bool {
	return filename == shimFilename || strings.HasSuffix(filename, "/pickle.py")
}

// Module is the _pickle module.
var Module = &runtime.ModuleDef{
	Name: "_pickle",
	Doc:  "Optimized C implementation for the Python pickle module.",
	Methods: []runtime.Method{{Name: "__getattr__", Sig: "name, /", Flags: runtime.MethO, Fn: pickle_getattr},
		forward("_dump"), forward("_dumps"), forward("_load"), forward("_loads")},
	Exec: func(m *runtime.Module) *exc {
		m.SetAttr("PickleBuffer", PickleBufferType.Value())
		exceptions()
		m.SetAttr("PickleError", pickleErrorType.Value())
		m.SetAttr("PicklingError", picklingErrorType.Value())
		m.SetAttr("UnpicklingError", unpicklingErr.Value())
		return nil
	},
}
