// Package warningsmod implements _warnings, the native half of the
// warnings module (CPython's Python/_warnings.c): the filter list and
// registries warnings.py shares, warn and warn_explicit, and the hook
// through which the runtime's Go code issues warnings (runtime.Warn).
package warningsmod

import rt "krait/runtime"

// Module is the _warnings module definition.
var Module = &rt.ModuleDef{
	Name: "_warnings",
	Doc:  "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.",
	Methods: []rt.Method{
		rt.ClinicMethod("warn", "message, category=, stacklevel=, source=", warnings_warn),
		rt.ClinicMethod("warn_explicit", "message, category, filename, lineno, module=, registry=, module_globals=, source=", warnings_warn_explicit),
		{Name: "_filters_mutated", Sig: "", Flags: rt.MethNoArgs, Fn: warnings_filters_mutated},
	},
	Exec: warnings_exec,
}

func init() {
	Module.Methods[0].Doc = "Issue a warning, or maybe ignore it or raise an exception."
	Module.Methods[1].Doc = "Low-level interface to warnings functionality."
	rt.WarnHook = warnFromGo
	rt.WarnExplicitHook = warnExplicitFromGo
}

// warningsState is CPython's WarningsState: one per process here (a
// fresh import of _warnings shares it, as CPython's per-interpreter state).
type warningsState struct {
	filters       rt.Value // list of (action, msg, category, module, lineno)
	onceRegistry  rt.Value // dict
	defaultAction rt.Value // str
	version       int64    // bumped by _filters_mutated; registries keep it as 'version'
}

var st *warningsState

// getState returns the state, creating it with CPython's default filters.
func getState() *warningsState {
	if st == nil {
		st = &warningsState{
			filters:       initFilters(),
			onceRegistry:  rt.NewDict().Value(),
			defaultAction: rt.StrValue("default"),
		}
	}
	return st
}

// initFilters builds the default filter list of a release build.
func initFilters() rt.Value {
	f := func(action, cat string, mod rt.Value) rt.Value {
		return rt.TupleValue(rt.StrValue(action), rt.None, rt.ExceptionTypeByName(cat).Value(), mod, rt.Int(0))
	}
	return rt.NewList([]rt.Value{
		f("default", "DeprecationWarning", rt.StrValue("__main__")),
		f("ignore", "DeprecationWarning", rt.None),
		f("ignore", "PendingDeprecationWarning", rt.None),
		f("ignore", "ImportWarning", rt.None),
		f("ignore", "ResourceWarning", rt.None),
	})
}

func warnings_exec(m *rt.Module) *rt.Exception {
	s := getState()
	m.SetAttr("filters", s.filters)
	m.SetAttr("_onceregistry", s.onceRegistry)
	m.SetAttr("_defaultaction", s.defaultAction)
	return nil
}

func warnings_filters_mutated(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	getState().version++
	return rt.None, nil
}

// warnings_warn is warn(message, category=None, stacklevel=1, source=None).
func warnings_warn(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	category, err := getCategory(a[0], a[1])
	if err != nil {
		return rt.Value{}, err
	}
	level := int64(1)
	if !a[2].IsNull() {
		if level, err = rt.IndexInt(a[2], ""); err != nil {
			if err.Matches(rt.OverflowErrorType) {
				return rt.Value{}, rt.NewOverflowError("Python int too large to convert to C ssize_t")
			}
			return rt.Value{}, err
		}
	}
	source := a[3]
	if source.IsNull() {
		source = rt.None
	}
	return rt.None, doWarn(a[0], category, level, source)
}

// warnFromGo is PyErr_WarnEx with a source object: runtime.Warn's hook.
func warnFromGo(message rt.Value, category *rt.Type, stacklevel int, source rt.Value) *rt.Exception {
	return doWarn(message, category.Value(), int64(stacklevel), source)
}

// warnExplicitFromGo is PyErr_WarnExplicitObject without module and
// registry: runtime.WarnExplicitHook.
func warnExplicitFromGo(category *rt.Type, msg, filename string, lineno int) *rt.Exception {
	return warnExplicit(category.Value(), rt.StrValue(msg), rt.StrValue(filename), lineno, rt.Value{}, rt.Value{}, rt.Value{}, rt.Value{})
}

// getCategory returns the category of a warn() call: type(message) for a
// Warning instance, else category or UserWarning, checked to be a Warning
// subclass.
func getCategory(message, category rt.Value) (rt.Value, *rt.Exception) {
	if rt.IsInstance(message, rt.WarningType) {
		category = message.Type().Value()
	} else if category.IsNull() || category.IsNone() {
		category = rt.ExceptionTypeByName("UserWarning").Value()
	}
	ok, err := rt.IsSubclassOf(category, rt.WarningType.Value())
	if err != nil || !ok {
		return rt.Value{}, rt.NewTypeError("category must be a Warning subclass, not '%s'", category.Type().Name)
	}
	return category, nil
}

// doWarn issues message from the frame stacklevel levels up.
func doWarn(message, category rt.Value, stacklevel int64, source rt.Value) *rt.Exception {
	c, err := setupContext(stacklevel)
	if err != nil {
		return err
	}
	return warnExplicit(category, message, c.filename, c.lineno, c.module, c.registry, rt.Value{}, source)
}

// warnings_warn_explicit is warn_explicit(message, category, filename,
// lineno, module=None, registry=None, module_globals=None, source=None).
func warnings_warn_explicit(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if _, ok := a[2].TryStr(); !ok {
		return rt.Value{}, rt.NewTypeError("warn_explicit() argument 3 must be str, not %s", rt.ArgTypeName(a[2]))
	}
	lineno, err := cLong(a[3])
	if err != nil {
		return rt.Value{}, err
	}
	var sourceLine rt.Value
	if g := a[6]; !g.IsNull() && !g.IsNone() {
		d, ok := g.TryDict()
		if !ok {
			return rt.Value{}, rt.NewTypeError("module_globals must be a dict, not '%s'", g.Type().Name)
		}
		if sourceLine, err = getSourceLine(d, lineno); err != nil {
			return rt.Value{}, err
		}
	}
	mod, registry, source := a[4], nullToNone(a[5]), nullToNone(a[7])
	return rt.None, warnExplicit(a[1], a[0], a[2], int(lineno), mod, registry, sourceLine, source)
}

// cLong converts a lineno argument as the "i" converter does.
func cLong(v rt.Value) (int64, *rt.Exception) {
	if rt.IsInstance(v, rt.FloatType) {
		return 0, rt.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := rt.IndexInt(v, "")
	if err != nil {
		if err.Matches(rt.OverflowErrorType) {
			return 0, rt.NewOverflowError("Python int too large to convert to C long")
		}
		return 0, err
	}
	if n > 1<<31-1 {
		return 0, rt.NewOverflowError("signed integer is greater than maximum")
	}
	if n < -1<<31 {
		return 0, rt.NewOverflowError("signed integer is less than minimum")
	}
	return n, nil
}

func nullToNone(v rt.Value) rt.Value {
	if v.IsNull() {
		return rt.None
	}
	return v
}
