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
//
// ZoneInfo is built from the pure-Python class's namespace, not as its
// subclass, and keeps its caches in this module, as the C type keeps them
// in C globals: it has no _weak_cache or _strong_cache attribute, is no
// subclass of zoneinfo._zoneinfo.ZoneInfo, and gc.is_tracked reports it
// untracked, as a static type (test_zoneinfo's ExtensionBuiltTest). Its
// subclasses get a weak cache attribute of their own and, as in C, no
// strong cache.
const shimSource = `
def __getattr__(name, _mark_static=globals().pop("_mark_static")):
    if name != "ZoneInfo":
        raise AttributeError(f"module '_zoneinfo' has no attribute {name!r}")
    import collections
    import weakref
    from datetime import tzinfo
    from zoneinfo._zoneinfo import ZoneInfo as _PyZoneInfo

    weak_cache = weakref.WeakValueDictionary()
    strong_cache = collections.OrderedDict()
    strong_cache_size = 8
    replaced = {"__new__", "__init_subclass__", "_new_instance", "from_file",
                "clear_cache", "__repr__", "_weak_cache", "_strong_cache",
                "_strong_cache_size", "__dict__", "__weakref__"}
    ns = {k: v for k, v in vars(_PyZoneInfo).items() if k not in replaced}
    ns["__module__"] = "zoneinfo"
    ns["__qualname__"] = "ZoneInfo"

    def get_weak_cache(cls):
        return weak_cache if cls is ZoneInfo else cls._weak_cache

    def __new__(cls, key):
        cache = get_weak_cache(cls)
        instance = cache.get(key, None)
        if instance is None:
            instance = cache.setdefault(key, cls._new_instance(key))
            instance._from_cache = True
        if cls is ZoneInfo:
            strong_cache[key] = strong_cache.pop(key, instance)
            if len(strong_cache) > strong_cache_size:
                strong_cache.popitem(last=False)
        return instance

    def __init_subclass__(cls, **kwargs):
        cls._weak_cache = weakref.WeakValueDictionary()
        super(ZoneInfo, cls).__init_subclass__(**kwargs)

    @classmethod
    def _new_instance(cls, key):
        obj = tzinfo.__new__(cls)
        obj._key = key
        obj._file_path = obj._find_tzfile(key)
        if obj._file_path is not None:
            file_obj = open(obj._file_path, "rb")
        else:
            file_obj = _common.load_tzdata(key)
        with file_obj as f:
            obj._load_file(f)
        return obj

    @classmethod
    def from_file(cls, fobj, /, key=None):
        obj = tzinfo.__new__(cls)
        obj._key = key
        obj._file_path = None
        obj._load_file(fobj)
        obj._file_repr = repr(fobj)
        # Disable pickling for objects created from files
        obj.__reduce__ = obj._file_reduce
        return obj

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        cache = get_weak_cache(cls)
        if only_keys is None:
            cache.clear()
            if cls is ZoneInfo:
                strong_cache.clear()
            return
        for key in only_keys:
            cache.pop(key, None)
            if cls is ZoneInfo:
                strong_cache.pop(key, None)

    def __repr__(self):
        # A C type's repr uses tp_name: dotted for ZoneInfo itself,
        # the bare class name for a Python subclass.
        cls = type(self)
        name = "zoneinfo.ZoneInfo" if cls is ZoneInfo else cls.__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"

    from zoneinfo import _common
    ns.update(__new__=__new__, __init_subclass__=classmethod(__init_subclass__),
              _new_instance=_new_instance, from_file=from_file,
              clear_cache=clear_cache, __repr__=__repr__)
    ZoneInfo = type("ZoneInfo", (tzinfo,), ns)
    _mark_static(ZoneInfo)
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
		mark := runtime.NewBuiltinFunction(&markStatic, runtime.Value{}, "_zoneinfo")
		m.Dict.SetStr(runtime.Intern("_mark_static"), mark)
		_, err = runtime.Call(execFn, []runtime.Value{code, runtime.ValueOf(m.Dict)}, nil)
		return err
	},
}

// markStatic is the shim's _mark_static(cls) (removed from the module once
// the shim has it): gc.is_tracked(cls) is then False, as for the C type.
var markStatic = runtime.Method{Name: "_mark_static", Sig: "cls, /", Flags: runtime.MethO,
	Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		if t, ok := a[0].TryType(); ok {
			runtime.MarkStaticType(t)
		}
		return runtime.None, nil
	}}
