// This file defines Krait's frozen modules: the standard-library modules
// CPython 3.11 freezes into its executable (os, site, abc, io, codecs,
// _collections_abc, ...) are imported through importlib's FrozenImporter,
// as in CPython, instead of being searched for on sys.path. Krait has no
// frozen bytecode in its binary; _imp.get_frozen_object compiles the
// module's source from the standard-library directory (through the .pyc
// cache, pycache.go) and names its code "<frozen NAME>". What this saves at
// start-up is importlib's path search and SourceFileLoader's Python-level
// work for each of these modules; what it matches is CPython's module
// specs (origin 'frozen', loader FrozenImporter), __file__ and tracebacks.

package runtime

import (
	"path/filepath"
	"strings"

	"krait/syntax"
)

// frozenModule is one entry of CPython's frozen-module tables.
type frozenModule struct {
	name string // the import name
	// src is the module whose source is compiled (its code is named
	// "<frozen SRC>"); orig is the origname find_frozen reports, which
	// differs for CPython's aliases ("<pkg" for a package's __init__ run as
	// a module, "" for None).
	src, orig string
	ispkg     bool
	// bootstrap modules are frozen even under -X frozen_modules=off.
	bootstrap bool
	// embedded is the source of the test modules Debian's standard library
	// lacks (__phello__.ham, __hello_only__); nil means read src's file.
	embedded *string
}

var emptySource, helloOnlySource = "", "initialized = True\nprint(\"Hello world!\")\n"

// frozenModules is CPython 3.11's _PyImport_FrozenBootstrap,
// _PyImport_FrozenStdlib and _PyImport_FrozenTest with the aliases of
// _PyImport_FrozenAliases, in their order (_imp._frozen_module_names).
var frozenModules = []frozenModule{
	{name: "_frozen_importlib", src: "importlib._bootstrap", orig: "importlib._bootstrap", bootstrap: true},
	{name: "_frozen_importlib_external", src: "importlib._bootstrap_external", orig: "importlib._bootstrap_external", bootstrap: true},
	{name: "zipimport", src: "zipimport", orig: "zipimport", bootstrap: true},
	{name: "abc", src: "abc", orig: "abc"},
	{name: "codecs", src: "codecs", orig: "codecs"},
	{name: "io", src: "io", orig: "io"},
	{name: "_collections_abc", src: "_collections_abc", orig: "_collections_abc"},
	{name: "_sitebuiltins", src: "_sitebuiltins", orig: "_sitebuiltins"},
	{name: "genericpath", src: "genericpath", orig: "genericpath"},
	{name: "ntpath", src: "ntpath", orig: "ntpath"},
	{name: "posixpath", src: "posixpath", orig: "posixpath"},
	{name: "os.path", src: "posixpath", orig: "posixpath"},
	{name: "os", src: "os", orig: "os"},
	{name: "site", src: "site", orig: "site"},
	{name: "stat", src: "stat", orig: "stat"},
	{name: "importlib.util", src: "importlib.util", orig: "importlib.util"},
	{name: "importlib.machinery", src: "importlib.machinery", orig: "importlib.machinery"},
	{name: "runpy", src: "runpy", orig: "runpy"},
	{name: "__hello__", src: "__hello__", orig: "__hello__"},
	{name: "__hello_alias__", src: "__hello__", orig: "__hello__"},
	{name: "__phello_alias__", src: "__hello__", orig: "__hello__", ispkg: true},
	{name: "__phello_alias__.spam", src: "__hello__", orig: "__hello__"},
	{name: "__phello__", src: "__phello__", orig: "__phello__", ispkg: true},
	{name: "__phello__.__init__", src: "__phello__", orig: "<__phello__"},
	{name: "__phello__.ham", src: "__phello__.ham", orig: "__phello__.ham", ispkg: true, embedded: &emptySource},
	{name: "__phello__.ham.__init__", src: "__phello__.ham", orig: "<__phello__.ham", embedded: &emptySource},
	{name: "__phello__.ham.eggs", src: "__phello__.ham.eggs", orig: "__phello__.ham.eggs", embedded: &emptySource},
	{name: "__phello__.spam", src: "__phello__.spam", orig: "__phello__.spam"},
	{name: "__hello_only__", src: "frozen_only", embedded: &helloOnlySource},
}

// frozenSourcePackages are the src modules that are packages (their
// source is NAME/__init__.py).
var frozenSourcePackages = map[string]bool{"__phello__": true, "__phello__.ham": true}

// overrideFrozenModules is _imp._override_frozen_modules_for_tests' value:
// >0 uses the frozen modules, <0 does not, 0 follows -X frozen_modules.
var overrideFrozenModules int

// useFrozen is CPython's use_frozen(): -X frozen_modules=off turns the
// standard-library frozen modules off (installed CPythons default to on).
func useFrozen() bool {
	if overrideFrozenModules != 0 {
		return overrideFrozenModules > 0
	}
	for _, x := range SysConfig.XOpts {
		if v, ok := strings.CutPrefix(x, "frozen_modules="); ok {
			return v != "off"
		}
	}
	return true
}

// lookUpFrozen is CPython's look_up_frozen: the entry for name, or nil. A
// module whose source file is missing (a stripped standard library) is not
// frozen.
func lookUpFrozen(name string) *frozenModule {
	if SysConfig.Stdlib == "" {
		return nil
	}
	for i := range frozenModules {
		m := &frozenModules[i]
		if m.name == name && (m.bootstrap || useFrozen()) {
			return m
		}
	}
	return nil
}

// frozenSourcePath is the standard-library file holding m's source.
func frozenSourcePath(m *frozenModule) string {
	if frozenSourcePackages[m.src] {
		return filepath.Join(SysConfig.Stdlib, strings.ReplaceAll(m.src, ".", "/"), "__init__.py")
	}
	return filepath.Join(SysConfig.Stdlib, strings.ReplaceAll(m.src, ".", "/")+".py")
}

// frozenCode returns the code object of the frozen module m.
func frozenCode(m *frozenModule) (*Code, *Exception) {
	filename := "<frozen " + m.src + ">"
	if m.embedded != nil {
		return CompileSource([]byte(*m.embedded), filename, syntax.ModeExec)
	}
	return loadSourceCached(frozenSourcePath(m), filename)
}

// frozenOrig is find_frozen's origname: a str, or None.
func frozenOrig(m *frozenModule) Value {
	if m.orig == "" {
		return None
	}
	return StrValue(m.orig)
}

// frozenNameArg checks the name argument of the _imp frozen functions.
func frozenNameArg(fn string, v Value, what string) (string, *Exception) {
	s, ok := v.TryStr()
	if !ok {
		if what != "" {
			what = " " + what
		}
		return "", NewTypeError("%s() argument%s must be str, not %s", fn, what, v.Type().Name)
	}
	return s.S, nil
}

// imp_is_frozen is _imp.is_frozen(name).
func imp_is_frozen(self Value, a []Value) (Value, *Exception) {
	name, err := frozenNameArg("is_frozen", a[0], "")
	if err != nil {
		return Value{}, err
	}
	return Bool(lookUpFrozen(name) != nil), nil
}

// imp_is_frozen_package is _imp.is_frozen_package(name): only two of
// the test modules are packages.
func imp_is_frozen_package(self Value, a []Value) (Value, *Exception) {
	name, err := frozenNameArg("is_frozen_package", a[0], "")
	if err != nil {
		return Value{}, err
	}
	if lookUpFrozen(name) == nil {
		return imp_not_frozen(self, a)
	}
	return Bool(lookUpFrozen(name).ispkg), nil
}

// imp_find_frozen is _imp.find_frozen(name, *, withdata=False): None, or
// (data, ispkg, origname), data being the marshalled code when asked for.
func imp_find_frozen(self Value, a []Value) (Value, *Exception) {
	name, err := frozenNameArg("find_frozen", a[0], "1")
	if err != nil {
		return Value{}, err
	}
	m := lookUpFrozen(name)
	if m == nil {
		return None, nil
	}
	data := None
	withdata := false
	if !a[1].IsNull() {
		if withdata, err = IsTrue(a[1]); err != nil {
			return Value{}, err
		}
	}
	if withdata {
		co, err := frozenCode(m)
		if err != nil {
			return Value{}, err
		}
		b, err := MarshalDumps(ValueOf(co), MarshalVersion)
		if err != nil {
			return Value{}, err
		}
		if data, err = NewMemoryView(NewBytes(b)); err != nil {
			return Value{}, err
		}
	}
	return TupleValue(data, Bool(m.ispkg), frozenOrig(m)), nil
}

// imp_get_frozen_object is _imp.get_frozen_object(name, data=None): the
// module's code object (from data when given, as find_frozen returns it).
func imp_get_frozen_object(self Value, a []Value) (Value, *Exception) {
	name, err := frozenNameArg("get_frozen_object", a[0], "1")
	if err != nil {
		return Value{}, err
	}
	m := lookUpFrozen(name)
	if m == nil {
		return imp_not_frozen(self, a)
	}
	if len(a) > 1 && !a[1].IsNull() && !a[1].IsNone() {
		if b, ok := bytesLike(a[1]); ok {
			v, _, err := MarshalLoads(b)
			if err != nil {
				return Value{}, err
			}
			return v, nil
		}
	}
	co, err := frozenCode(m)
	if err != nil {
		return Value{}, err
	}
	return ValueOf(co), nil
}

// imp_init_frozen is _imp.init_frozen(name): the module imported, or None
// when name is not frozen.
func imp_init_frozen(self Value, a []Value) (Value, *Exception) {
	name, err := frozenNameArg("init_frozen", a[0], "")
	if err != nil {
		return Value{}, err
	}
	if lookUpFrozen(name) == nil {
		return None, nil
	}
	return ImportModule(name)
}

// imp_frozen_module_names is _imp._frozen_module_names(): a list, as in CPython.
func imp_frozen_module_names(self Value, a []Value) (Value, *Exception) {
	var names []Value
	for _, m := range frozenModules {
		names = append(names, StrValue(m.name))
	}
	return NewList(names), nil
}

// imp_override_frozen_modules_for_tests is
// _imp._override_frozen_modules_for_tests(override).
func imp_override_frozen_modules_for_tests(self Value, a []Value) (Value, *Exception) {
	n, err := indexToInt(a[0], "")
	if err != nil {
		return Value{}, err
	}
	overrideFrozenModules = int(n)
	return None, nil
}
