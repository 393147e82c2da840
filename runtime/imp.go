// This file defines the _imp module: the hooks importlib's bootstrap calls
// into the runtime for builtin modules, the import lock, and the parts of
// CPython's frozen-module (imp_frozen.go) and extension-module API that
// importlib probes (Krait loads no C extensions).

package runtime

import (
	"encoding/binary"
)

// importLock is the global import lock (_imp.acquire_lock): reentrant,
// owned by one thread; ch is full while a thread owns it, and another
// thread waits for it with the GIL released, as CPython's import lock.
var importLock struct {
	owner *Thread
	count int
	ch    chan struct{}
}

func init() { importLock.ch = make(chan struct{}, 1) }

var impMethods = []Method{
	{Name: "lock_held", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Bool(importLock.count > 0), nil
	}},
	{Name: "acquire_lock", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if importLock.count > 0 && importLock.owner == curThread {
			importLock.count++
			return None, nil
		}
		if _, err := AcquireChan(importLock.ch, -1); err != nil {
			return Value{}, err
		}
		importLock.owner = curThread
		importLock.count = 1
		return None, nil
	}},
	{Name: "release_lock", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if importLock.count == 0 || importLock.owner != curThread {
			return Value{}, NewRuntimeError("not holding the import lock")
		}
		importLock.count--
		if importLock.count == 0 {
			importLock.owner = nil
			<-importLock.ch
		}
		return None, nil
	}},
	{Name: "is_builtin", Sig: "name, /", Flags: MethO, Fn: imp_is_builtin},
	{Name: "create_builtin", Sig: "spec, /", Flags: MethO, Fn: imp_create_builtin},
	{Name: "exec_builtin", Sig: "mod, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return Int(0), nil }},
	{Name: "is_frozen", Sig: "name, /", Flags: MethO, Fn: imp_is_frozen}, // imp_frozen.go
	{Name: "is_frozen_package", Sig: "name, /", Flags: MethO, Fn: imp_is_frozen_package},
	{Name: "find_frozen", Sig: "name, /, *, withdata=", Fn: imp_find_frozen},
	{Name: "get_frozen_object", Sig: "name, data=, /", Fn: imp_get_frozen_object},
	{Name: "init_frozen", Sig: "name, /", Flags: MethO, Fn: imp_init_frozen},
	{Name: "_frozen_module_names", Flags: MethNoArgs, Fn: imp_frozen_module_names},
	{Name: "_override_frozen_modules_for_tests", Sig: "override, /", Flags: MethO, Fn: imp_override_frozen_modules_for_tests},
	{Name: "extension_suffixes", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return NewList(nil), nil }},
	{Name: "create_dynamic", Sig: "spec, file=, /", Fn: imp_create_dynamic},
	{Name: "exec_dynamic", Sig: "mod, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) { return Int(0), nil }},
	{Name: "_fix_co_filename", Sig: "code, path, /", Fn: imp_fix_co_filename},
	{Name: "source_hash", Sig: "key, source", Fn: imp_source_hash},
}

func init() {
	RegisterModule(&ModuleDef{Name: "_imp", Doc: "(Extremely) low-level import machinery bits as used by importlib.",
		Methods: impMethods, Exec: func(m *Module) *Exception {
			m.SetAttr("check_hash_based_pycs", StrValue(CheckHashBasedPycs))
			return nil
		}})
}

func imp_is_builtin(self Value, a []Value) (Value, *Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("is_builtin() argument must be str, not %s", a[0].Type().Name)
	}
	switch s.S {
	case "sys", "builtins":
		return Int(-1), nil // cannot be re-initialized
	}
	_, ok = BuiltinModuleDef(s.S)
	return Bool(ok), nil
}

func imp_create_builtin(self Value, a []Value) (Value, *Exception) {
	nv, err := GetAttrString(a[0], "name")
	if err != nil {
		return Value{}, err
	}
	name, ok := nv.TryStr()
	if !ok {
		return Value{}, NewTypeError("name must be string, not %s", nv.Type().Name)
	}
	switch name.S {
	case "sys":
		return SysModule().Value(), nil
	case "builtins":
		return BuiltinsModule().Value(), nil
	}
	if m, ok := sysModules.GetStr(name); ok && IsInstance(m, ModuleType) {
		return m, nil // a builtin module is created once per interpreter
	}
	def, ok := BuiltinModuleDef(name.S)
	if !ok {
		return None, nil
	}
	m, err := NewModuleFromDef(def)
	if err != nil {
		return Value{}, err
	}
	return m.Value(), nil
}

func imp_not_frozen(self Value, a []Value) (Value, *Exception) {
	name := "?"
	if s, ok := a[0].TryStr(); ok {
		name = s.S
	}
	e := NewExceptionMsg(ImportErrorType, "No such frozen object named "+unicodeRepr(name))
	e.setImportErrorName(a[0])
	return Value{}, e
}

func imp_create_dynamic(self Value, a []Value) (Value, *Exception) {
	name, _ := GetAttrString(a[0], "name")
	e := NewExceptionMsg(ImportErrorType, "Krait cannot load C extension modules")
	e.setImportErrorName(name)
	return Value{}, e
}

// imp_fix_co_filename sets co_filename of code and its nested code objects
// to path, as importlib does when a cached module moved.
func imp_fix_co_filename(self Value, a []Value) (Value, *Exception) {
	if a[0].Type() != CodeType {
		return Value{}, NewTypeError("_fix_co_filename() argument 1 must be code, not %s", a[0].Type().Name)
	}
	p, ok := a[1].TryStr()
	if !ok {
		return Value{}, NewTypeError("_fix_co_filename() argument 2 must be str, not %s", a[1].Type().Name)
	}
	setCodeFilename(ptrOf[Code](a[0]), p.S)
	return None, nil
}

func setCodeFilename(co *Code, path string) {
	if co.c.Filename != path {
		updateCodeFilenames(co, co.c.Filename, path)
	}
}

// updateCodeFilenames renames the code objects that carry old, the top
// code's name: a code object taken from another file keeps its own, as in
// CPython's update_code_filenames.
func updateCodeFilenames(co *Code, old, path string) {
	if co.c.Filename != old {
		return
	}
	co.c.Filename = path
	co.load() // lazy14_code.go
	for _, c := range co.consts {
		if !c.IsNull() && c.p != nil && c.Type() == CodeType {
			updateCodeFilenames(ptrOf[Code](c), old, path)
		}
	}
}

// imp_source_hash is the SipHash-1-3 of source keyed by key, as the hash
// in hash-based .pyc headers.
func imp_source_hash(self Value, a []Value) (Value, *Exception) {
	k, err := indexToInt(a[0], "")
	if err != nil {
		return Value{}, err
	}
	src, ok := bytesLike(a[1])
	if !ok {
		return Value{}, NewTypeError("a bytes-like object is required, not '%s'", a[1].Type().Name)
	}
	var out [8]byte
	binary.LittleEndian.PutUint64(out[:], siphash13(uint64(k), 0, src))
	return NewBytes(out[:]), nil
}
