// Package zoneinfo is CPython 3.11's _zoneinfo accelerator, built on the
// pure-Python zoneinfo._zoneinfo: ZoneInfo here is a subclass of that class
// which behaves like the C type where the two visibly differ (its repr
// names "zoneinfo.ZoneInfo", as a static C type's tp_name does, and so does
// the repr of every datetime that carries one).
package zoneinfo

import "krait/runtime"

// shimSource runs in the _zoneinfo module's namespace. The class is built on
// first use through the module's __getattr__, not at import: zoneinfo's
// __init__ imports _zoneinfo before zoneinfo._zoneinfo exists, and importing
// _zoneinfo first (as test.support.import_fresh_module does) must not start
// an import of zoneinfo that would find _zoneinfo half made.
const shimSource = `
def __getattr__(name):
    if name != "ZoneInfo":
        raise AttributeError(f"module '_zoneinfo' has no attribute {name!r}")
    from zoneinfo._zoneinfo import ZoneInfo as _PyZoneInfo

    class ZoneInfo(_PyZoneInfo):
        __module__ = "zoneinfo"
        __qualname__ = "ZoneInfo"

        def __repr__(self):
            # A C type's repr uses tp_name: dotted for ZoneInfo itself,
            # the bare class name for a Python subclass.
            cls = type(self)
            name = "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__
            if self._key is not None:
                return f"{name}(key={self._key!r})"
            return f"{name}.from_file({self._file_repr})"

    globals()["ZoneInfo"] = ZoneInfo
    return ZoneInfo
`

// Module is the _zoneinfo module.
var Module = &runtime.ModuleDef{
	Name: "_zoneinfo",
	Doc:  "C implementation of the zoneinfo module",
	Exec: func(m *runtime.Module) *runtime.Exception {
		builtins, err := runtime.ImportModule("builtins")
		if err != nil {
			return err
		}
		compileFn, err := runtime.GetAttrString(builtins, "compile")
		if err != nil {
			return err
		}
		execFn, err := runtime.GetAttrString(builtins, "exec")
		if err != nil {
			return err
		}
		code, err := runtime.Call(compileFn, []runtime.Value{runtime.StrValue(shimSource), runtime.StrValue("<_zoneinfo>"), runtime.StrValue("exec")}, nil)
		if err != nil {
			return err
		}
		_, err = runtime.Call(execFn, []runtime.Value{code, runtime.ValueOf(m.Dict)}, nil)
		return err
	},
}
