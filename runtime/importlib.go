// This file defines InitImportlib, which installs CPython's own import
// machinery as CPython's pylifecycle does: importlib/_bootstrap.py run as
// the module _frozen_importlib and installed with sys and _imp, then
// importlib/_bootstrap_external.py as _frozen_importlib_external, which
// adds the path-based finder. __import__ (import.go) then calls
// _find_and_load for every module not yet in sys.modules.

package runtime

import (
	"path/filepath"

	"krait/syntax"
)

// The importlib functions __import__ calls.
var findAndLoad, handleFromlist, lockUnlockModule Value

// InitImportlib installs importlib from the standard library directory
// stdlib (the directory holding os.py and importlib/).
func InitImportlib(stdlib string) *Exception {
	if findAndLoad.p != nil {
		return nil
	}
	SysModule()
	imp, err := ImportModule("_imp")
	if err != nil {
		return err
	}
	boot, err := execFrozen("_frozen_importlib", filepath.Join(stdlib, "importlib", "_bootstrap.py"))
	if err != nil {
		return err
	}
	if _, err := callMethodByName(boot.Value(), "_install", SysModule().Value(), imp); err != nil {
		return err
	}
	// From here on imports go through importlib, so that the builtin
	// modules _bootstrap_external imports get their spec and loader.
	for _, x := range []struct {
		dst  *Value
		name string
	}{{&findAndLoad, "_find_and_load"}, {&handleFromlist, "_handle_fromlist"}, {&lockUnlockModule, "_lock_unlock_module"}} {
		v, ok := boot.Dict.GetStr(Intern(x.name))
		if !ok {
			return NewSystemError("importlib._bootstrap has no %s", x.name)
		}
		*x.dst = v
	}

	ext, err := execFrozen("_frozen_importlib_external", filepath.Join(stdlib, "importlib", "_bootstrap_external.py"))
	if err != nil {
		return err
	}
	setImportlibMagic(ext)
	if err := installPrivateCache(ext); err != nil {
		return err
	}
	if _, err := callMethodByName(boot.Value(), "_install_external_importers"); err != nil {
		return err
	}
	installZipimport()
	return setFrozenSpecs(boot, ext)
}

// setFrozenSpecs gives _frozen_importlib_external the spec CPython's
// import of a frozen module gives it: loader FrozenImporter, origin
// "frozen", loader_state from FrozenImporter._fix_up_module (which reads
// the __origname__ execFrozen set). _bootstrap._setup already did this for
// _frozen_importlib, which was in sys.modules when it ran.
func setFrozenSpecs(boot, ext *Module) *Exception {
	loader, ok := boot.Dict.GetStr(Intern("FrozenImporter"))
	spec, ok2 := boot.Dict.GetStr(Intern("ModuleSpec"))
	if !ok || !ok2 {
		return NewSystemError("importlib._bootstrap has no FrozenImporter or ModuleSpec")
	}
	for _, m := range []*Module{boot, ext} {
		if _, pending := m.Dict.GetStr(Intern("__origname__")); !pending {
			continue
		}
		name, _ := m.Dict.GetStr(Intern("__name__"))
		sp, err := Call(spec, []Value{name, loader}, []*Str{})
		if err != nil {
			return err
		}
		if err := SetAttr(sp, Intern("origin"), StrValue("frozen")); err != nil {
			return err
		}
		m.Dict.SetStr(Intern("__spec__"), sp)
		m.Dict.SetStr(Intern("__loader__"), loader)
		if _, err := callMethodByName(loader, "_fix_up_module", m.Value()); err != nil {
			return err
		}
	}
	return nil
}

// installZipimport puts zipimport.zipimporter first on sys.path_hooks, as
// CPython's _PyImportZip_Init does, so zip files on sys.path import; a
// failure leaves zip imports unavailable, as in CPython.
func installZipimport() {
	zi, err := ImportModule("zipimport")
	if err != nil {
		return
	}
	hook, err := GetAttrString(zi, "zipimporter")
	if err != nil {
		return
	}
	if hooks, ok := SysModule().Dict.GetStr(Intern("path_hooks")); ok {
		if l, ok := hooks.TryList(); ok {
			l.items = append([]Value{hook}, l.items...)
		}
	}
	// Importing zipimport searched sys.path (CPython's is frozen): forget
	// the entries no hook took then, zip archives among them.
	if c, ok := SysModule().Dict.GetStr(Intern("path_importer_cache")); ok {
		if d, ok := c.TryDict(); ok {
			for _, k := range d.Keys() {
				if v, ok, _ := d.GetItem(k); ok && v.IsNone() {
					d.DelItem(k)
				}
			}
		}
	}
}

// execFrozen runs the source file path as the module name, the way
// CPython runs its frozen importlib modules: registered in sys.modules
// before execution, without __file__. Its code comes from the .pyc cache
// when that matches the source (pycache.go).
func execFrozen(name, path string) (*Module, *Exception) {
	co, err := loadSourceCached(path, "<frozen "+frozenOrigName(name)+">")
	if err != nil {
		return nil, err
	}
	m := NewModule(name)
	// As PyImport_ImportFrozenModuleObject, for FrozenImporter._fix_up_module.
	m.Dict.SetStr(Intern("__origname__"), StrValue(frozenOrigName(name)))
	sysModules.SetStr(NewStr(name), m.Value())
	if _, err := RunCode(co, m.Dict, Value{}); err != nil {
		sysModules.DelStr(NewStr(name))
		return nil, err
	}
	return m, nil
}

// frozenOrigName is the name CPython's tracebacks show for a frozen module.
func frozenOrigName(name string) string {
	switch name {
	case "_frozen_importlib":
		return "importlib._bootstrap"
	case "_frozen_importlib_external":
		return "importlib._bootstrap_external"
	}
	return name
}

// setImportlibMagic gives importlib Krait's MAGIC_NUMBER (pycache_magic.go)
// in place of CPython's, which _bootstrap_external.py spells as a constant.
func setImportlibMagic(ext *Module) {
	magic := PycMagic()
	ext.Dict.SetStr(Intern("MAGIC_NUMBER"), NewBytes(magic))
	raw := int64(magic[0]) | int64(magic[1])<<8 | int64(magic[2])<<16 | int64(magic[3])<<24
	ext.Dict.SetStr(Intern("_RAW_MAGIC_NUMBER"), Int(raw))
}

// compileCached compiles module source for the importlib-less fallback of
// import.go, which writes no cache.
func compileCached(src []byte, filename string) (*Code, *Exception) {
	return CompileSource(src, filename, syntax.ModeExec)
}
