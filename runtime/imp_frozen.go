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
)

// frozenModule is one entry of CPython's frozen-module tables.
type frozenModule struct {
	name, orig string // the import name and the module whose source it is
	// bootstrap modules are frozen even under -X frozen_modules=off.
	bootstrap bool
}

// frozenModules is CPython 3.11's _PyImport_FrozenBootstrap (less the two
// importlib modules, which InitImportlib runs itself) and
// _PyImport_FrozenStdlib, in its order (_imp._frozen_module_names).
var frozenModules = []frozenModule{
	{"zipimport", "zipimport", true},
	{"abc", "abc", false},
	{"codecs", "codecs", false},
	{"io", "io", false},
	{"_collections_abc", "_collections_abc", false},
	{"_sitebuiltins", "_sitebuiltins", false},
	{"genericpath", "genericpath", false},
	{"ntpath", "ntpath", false},
	{"posixpath", "posixpath", false},
	{"os.path", "posixpath", false},
	{"os", "os", false},
	{"site", "site", false},
	{"stat", "stat", false},
	{"importlib.util", "importlib.util", false},
	{"importlib.machinery", "importlib.machinery", false},
	{"runpy", "runpy", false},
	// _PyImport_FrozenTest, less the entries whose source Debian's
	// standard library lacks (__phello__.ham, __hello_only__).
	{"__hello__", "__hello__", false},
	{"__hello_alias__", "__hello__", false},
	{"__phello_alias__", "__hello__", false},
	{"__phello_alias__.spam", "__hello__", false},
	{"__phello__", "__phello__", false},
	{"__phello__.spam", "__phello__.spam", false},
}

// frozenPackages are the frozen modules that are packages.
var frozenPackages = map[string]bool{"__phello_alias__": true, "__phello__": true}

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
	if frozenPackages[m.orig] {
		return filepath.Join(SysConfig.Stdlib, strings.ReplaceAll(m.orig, ".", "/"), "__init__.py")
	}
	return filepath.Join(SysConfig.Stdlib, strings.ReplaceAll(m.orig, ".", "/")+".py")
}

// frozenCode returns the code object of the frozen module m.
func frozenCode(m *frozenModule) (*Code, *Exception) {
	return loadSourceCached(frozenSourcePath(m), "<frozen "+m.orig+">")
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
	return Bool(frozenPackages[name]), nil
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
	return TupleValue(data, Bool(frozenPackages[name]), StrValue(m.orig)), nil
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

// imp_frozen_module_names is _imp._frozen_module_names().
func imp_frozen_module_names(self Value, a []Value) (Value, *Exception) {
	names := []Value{StrValue("_frozen_importlib"), StrValue("_frozen_importlib_external")}
	for _, m := range frozenModules {
		names = append(names, StrValue(m.name))
	}
	return TupleValue(names...), nil
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
