// This file defines the import statement's runtime: builtins.__import__
// (CPython's PyImport_ImportModuleLevelObject: name resolution, the
// sys.modules fast path, then importlib's _find_and_load), IMPORT_FROM and
// IMPORT_STAR. The finders and loaders themselves are CPython's own
// importlib._bootstrap and _bootstrap_external, run from the standard
// library by InitImportlib (importlib.go).

package runtime

import (
	"path/filepath"
	"strings"

	"krait/internal/nopoll"
)

// importName runs IMPORT_NAME: builtins.__import__ with the frame's globals.
func importName(f *frame, name *Str, fromlist, level Value) (Value, *Exception) {
	imp, ok := f.builtins.GetStr(Intern("__import__"))
	if !ok {
		return Value{}, NewExceptionMsg(ImportErrorType, "__import__ not found")
	}
	if imp.p == builtinImportFunc.p && level.IsSmallInt() {
		return ImportModuleLevel(name, f.globals.Value(), fromlist, int(level.SmallInt()))
	}
	return Call(imp, []Value{ValueOf(name), f.globals.Value(), nullToNone(f.locals), fromlist, level}, nil)
}

// builtinImportFunc is builtins.__import__, to recognize it unreplaced.
var builtinImportFunc Value

// builtin_import is builtins.__import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func builtin_import(self Value, a []Value) (Value, *Exception) {
	name, ok := a[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("module name must be a string")
	}
	level := 0
	if !a[4].IsNull() {
		n, err := indexToInt(a[4], "")
		if err != nil {
			return Value{}, err
		}
		level = int(n)
	}
	return ImportModuleLevel(name, nullToNone(a[1]), nullToNone(a[3]), level)
}

// ImportModule imports the module name (absolute) and returns it, as
// importlib.import_module(name) does.
func ImportModule(name string) (Value, *Exception) {
	if _, err := ImportModuleLevel(NewStr(name), None, None, 0); err != nil {
		return Value{}, err
	}
	m, _ := sysModules.GetStr(Intern(name))
	return m, nil
}

// ImportModuleLevel is __import__ without the builtins indirection.
func ImportModuleLevel(name *Str, globals, fromlist Value, level int) (Value, *Exception) {
	v, err := importModuleLevel(name, globals, fromlist, level)
	if err != nil {
		trimImportlibFrames(err)
	}
	return v, err
}

func importModuleLevel(name *Str, globals, fromlist Value, level int) (Value, *Exception) {
	if level < 0 {
		return Value{}, NewValueError("level must be >= 0")
	}
	absName := name.S
	if level > 0 {
		var err *Exception
		if absName, err = resolveName(name.S, globals, level); err != nil {
			return Value{}, err
		}
	} else if name.S == "" {
		return Value{}, NewValueError("Empty module name")
	}
	mod, err := importAbsolute(absName)
	if err != nil {
		return Value{}, err
	}
	hasFrom := false
	if !fromlist.IsNull() && !fromlist.IsNone() {
		if hasFrom, err = IsTrue(fromlist); err != nil {
			return Value{}, err
		}
	}
	if !hasFrom {
		return topLevelOf(mod, name.S, absName, level)
	}
	if _, err := GetAttrString(mod, "__path__"); err == nil && handleFromlist.p != nil {
		return Call(handleFromlist, []Value{mod, fromlist, builtinImportFunc}, nil)
	} else if err != nil && !err.Matches(AttributeErrorType) {
		return Value{}, err
	}
	return mod, nil
}

// topLevelOf returns what "import a.b.c" binds: the top-level package.
func topLevelOf(mod Value, name, absName string, level int) (Value, *Exception) {
	if level == 0 || name != "" {
		dot := strings.IndexByte(name, '.')
		if dot < 0 {
			if level == 0 {
				return mod, nil
			}
			// from a relative import with no dots left: the module itself
			return mod, nil
		}
		if level == 0 {
			return ImportModuleLevel(NewStr(name[:dot]), None, None, 0)
		}
		cut := len(name) - dot
		front := absName[:len(absName)-cut]
		m, ok := sysModules.GetStr(NewStr(front))
		if !ok {
			return Value{}, NewKeyError(StrValue(unicodeRepr(front) + " not in sys.modules as expected"))
		}
		return m, nil
	}
	return mod, nil
}

// importAbsolute returns sys.modules[name], importing it if needed.
func importAbsolute(name string) (Value, *Exception) {
	key := NewStr(name)
	if m, ok := sysModules.GetStr(key); ok {
		if m.IsNone() {
			return Value{}, moduleNotFound("import of "+name+" halted; None in sys.modules", name)
		}
		if err := waitForInitializing(m, key); err != nil {
			return Value{}, err
		}
		return m, nil
	}
	if findAndLoad.p == nil {
		return importBeforeImportlib(name)
	}
	if importTimeOn() {
		return findAndLoadTimed(key)
	}
	return findAndLoadCounted(key) // heap19_importdepth.go
}

// waitForInitializing blocks on the module lock of a module that another
// thread is still executing, as import.c's import_ensure_initialized does.
func waitForInitializing(m Value, key *Str) *Exception {
	if lockUnlockModule.p == nil || !IsInstance(m, ModuleType) {
		return nil
	}
	spec, ok := ptrOf[Module](m).Dict.GetStr(Intern("__spec__"))
	if !ok || spec.IsNone() {
		return nil
	}
	init, err := getAttrOpt(spec, Intern("_initializing"))
	if err != nil || init.IsNull() {
		return err
	}
	if b, err := IsTrue(init); err != nil || !b {
		return err
	}
	_, err = Call(lockUnlockModule, []Value{key.Value()}, nil)
	return err
}

// importBeforeImportlib serves imports made while importlib itself is
// being set up (builtin modules), or when no standard library was found
// (then also .py files beside the script).
func importBeforeImportlib(name string) (Value, *Exception) {
	if def, ok := BuiltinModuleDef(name); ok {
		m, err := NewModuleFromDef(def)
		if err != nil {
			return Value{}, err
		}
		sysModules.SetStr(NewStr(name), m.Value())
		return m.Value(), nil
	}
	if ScriptDir != "" && !strings.Contains(name, ".") {
		path := filepath.Join(ScriptDir, name+".py")
		if src, err := nopoll.ReadFile(path); err == nil {
			return execModuleSource(name, path, src)
		}
	}
	if MissingStdlibHint != "" {
		WriteStderr(MissingStdlibHint)
		MissingStdlibHint = ""
	}
	return Value{}, moduleNotFound("No module named "+unicodeRepr(name), name)
}

// MissingStdlibHint, when set (no standard library was found), is printed
// once, at the first import that fails.
var MissingStdlibHint string

// resolveName turns a relative module name into an absolute one, from the
// importing module's __package__ or __spec__ (import.c's resolve_name).
func resolveName(name string, globals Value, level int) (string, *Exception) {
	g, ok := globals.TryDict()
	if !ok {
		if globals.IsNone() || globals.IsNull() {
			return "", NewKeyError(StrValue("'__name__' not in globals"))
		}
		return "", NewTypeError("globals must be a dict")
	}
	pkg, err := packageOf(g)
	if err != nil {
		return "", err
	}
	if pkg == "" {
		return "", NewExceptionMsg(ImportErrorType, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := 1; i < level; i++ {
		dot := strings.LastIndexByte(base, '.')
		if dot < 0 {
			return "", NewExceptionMsg(ImportErrorType, "attempted relative import beyond top-level package")
		}
		base = base[:dot]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// packageOf computes the package a module's globals belong to.
func packageOf(g *Dict) (string, *Exception) {
	if p, ok := g.GetStr(Intern("__package__")); ok && !p.IsNone() {
		s, ok := p.TryStr()
		if !ok {
			return "", NewTypeError("package must be a string")
		}
		if err := warnPackageSpecDisagree(g, p); err != nil {
			return "", err
		}
		return s.S, nil
	}
	if spec, ok := g.GetStr(Intern("__spec__")); ok && !spec.IsNone() {
		parent, err := GetAttrString(spec, "parent")
		if err != nil {
			return "", err
		}
		s, ok := parent.TryStr()
		if !ok {
			return "", NewTypeError("__spec__.parent must be a string")
		}
		return s.S, nil
	}
	if err := Warn(exceptionTypeByName["ImportWarning"], "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1); err != nil {
		return "", err
	}
	nv, ok := g.GetStr(Intern("__name__"))
	if !ok {
		return "", NewKeyError(StrValue("'__name__' not in globals"))
	}
	n, ok := nv.TryStr()
	if !ok {
		return "", NewTypeError("__name__ must be a string")
	}
	if _, ok := g.GetStr(Intern("__path__")); ok {
		return n.S, nil
	}
	if dot := strings.LastIndexByte(n.S, '.'); dot >= 0 {
		return n.S[:dot], nil
	}
	return "", nil
}

// warnPackageSpecDisagree issues CPython's ImportWarning when a module's
// __package__ and __spec__.parent differ (one of them is stale).
func warnPackageSpecDisagree(g *Dict, pkg Value) *Exception {
	spec, ok := g.GetStr(Intern("__spec__"))
	if !ok || spec.IsNone() {
		return nil
	}
	parent, err := GetAttrString(spec, "parent")
	if err != nil {
		return err
	}
	eq, err := Equal(pkg, parent)
	if err != nil || eq {
		return err
	}
	return Warn(exceptionTypeByName["ImportWarning"], "__package__ != __spec__.parent", 1)
}

// importFrom runs IMPORT_FROM: an attribute of the module, else the
// submodule from sys.modules (for circular imports), else ImportError.
func importFrom(mod Value, name *Str) (Value, *Exception) {
	v, err := getAttrOpt(mod, name)
	if err != nil || !v.IsNull() {
		return v, err
	}
	pkgName := ""
	if pv, err := getAttrOpt(mod, Intern("__name__")); err == nil && !pv.IsNull() {
		if s, ok := pv.TryStr(); ok {
			pkgName = s.S
		}
	}
	if pkgName != "" {
		if m, ok := sysModules.GetStr(NewStr(pkgName + "." + name.S)); ok {
			return m, nil
		}
	}
	return Value{}, cannotImportName(mod, name, pkgName)
}

// cannotImportName is the ImportError of a failed "from m import name".
func cannotImportName(mod Value, name *Str, pkgName string) *Exception {
	if pkgName == "" {
		pkgName = "<unknown module name>"
	}
	path := ""
	if pv, err := getAttrOpt(mod, Intern("__file__")); err == nil && !pv.IsNull() {
		if s, ok := pv.TryStr(); ok {
			path = s.S
		}
	}
	var msg string
	switch {
	case moduleInitializing(mod):
		msg = "cannot import name '" + name.S + "' from partially initialized module '" + pkgName + "' (most likely due to a circular import)"
		if path != "" {
			msg += " (" + path + ")"
		}
	case path != "":
		msg = "cannot import name '" + name.S + "' from '" + pkgName + "' (" + path + ")"
	default:
		msg = "cannot import name '" + name.S + "' from '" + pkgName + "' (unknown location)"
	}
	e := NewExceptionMsg(ImportErrorType, msg)
	e.setImportErrorName(StrValue(pkgName))
	if path != "" {
		e.setImportErrorPath(StrValue(path))
	}
	return e
}

// moduleInitializing reports whether mod.__spec__._initializing is true.
func moduleInitializing(mod Value) bool {
	spec, err := getAttrOpt(mod, Intern("__spec__"))
	if err != nil || spec.IsNull() || spec.IsNone() {
		return false
	}
	v, err := getAttrOpt(spec, Intern("_initializing"))
	if err != nil || v.IsNull() {
		return false
	}
	b, _ := IsTrue(v)
	return b
}

// importStar runs IMPORT_STAR: the names in __all__, or every public name.
func importStar(f *frame, mod Value) *Exception {
	names, err := starNames(mod)
	if err != nil {
		return err
	}
	for _, n := range names {
		v, err := GetAttr(mod, n)
		if err != nil {
			return err
		}
		if err := storeName(f, InternStr(n), v); err != nil {
			return err
		}
	}
	return nil
}

// starNames lists the names "from mod import *" binds.
func starNames(mod Value) ([]*Str, *Exception) {
	all, err := getAttrOpt(mod, Intern("__all__"))
	if err != nil {
		return nil, err
	}
	if all.IsNull() {
		d, err := getAttrOpt(mod, Intern("__dict__"))
		if err != nil {
			return nil, err
		}
		if d.IsNull() {
			return nil, NewExceptionMsg(ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		keys, err := collectIter(d)
		if err != nil {
			return nil, err
		}
		var names []*Str
		for _, k := range keys {
			s, ok := k.TryStr()
			if !ok {
				return nil, NewTypeError("Key in %s.__dict__ must be str, not %s", moduleNameOf(mod), k.Type().Name)
			}
			if !strings.HasPrefix(s.S, "_") {
				names = append(names, s)
			}
		}
		return names, nil
	}
	items, err := collectIter(all)
	if err != nil {
		return nil, err
	}
	names := make([]*Str, len(items))
	for i, k := range items {
		s, ok := k.TryStr()
		if !ok {
			return nil, NewTypeError("Item in %s.__all__ must be str, not %s", moduleNameOf(mod), k.Type().Name)
		}
		names[i] = s
	}
	return names, nil
}

func moduleNameOf(mod Value) string {
	if v, err := getAttrOpt(mod, Intern("__name__")); err == nil && !v.IsNull() {
		if s, ok := v.TryStr(); ok {
			return s.S
		}
	}
	return "<unknown module name>"
}

// getAttrOpt returns v.name, or the null Value if v has no such attribute.
func getAttrOpt(v Value, name *Str) (Value, *Exception) { return GetAttrOpt(v, name) }

// moduleNotFound is ModuleNotFoundError(msg, name=name).
func moduleNotFound(msg, name string) *Exception {
	e := NewExceptionMsg(exceptionTypeByName["ModuleNotFoundError"], msg)
	e.setImportErrorName(StrValue(name))
	return e
}

// execModuleSource runs src as the module name loaded from path (the
// importlib-less fallback).
func execModuleSource(name, path string, src []byte) (Value, *Exception) {
	co, err := compileCached(src, path)
	if err != nil {
		return Value{}, err
	}
	m := NewModule(name)
	m.Dict.SetStr(Intern("__file__"), StrValue(path))
	sysModules.SetStr(NewStr(name), m.Value())
	if _, err := RunCode(co, m.Dict, Value{}); err != nil {
		sysModules.DelStr(NewStr(name))
		return Value{}, err
	}
	return m.Value(), nil
}
