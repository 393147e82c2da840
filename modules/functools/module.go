// Package functools implements _functools, the native half of the
// functools module: reduce, partial, cmp_to_key and the lru_cache wrapper.
package functools

import "krait/runtime"

// Module is the _functools module definition.
var Module = &runtime.ModuleDef{
	Name: "_functools",
	Doc:  "Tools that operate on functions.",
	Methods: []runtime.Method{
		{Name: "reduce", Sig: "function, iterable, initial=, /", Fn: functools_reduce,
			Doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty."},
		runtime.ClinicMethod("cmp_to_key", "mycmp", functools_cmp_to_key),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("partial", PartialType.Value())
		m.SetAttr("_lru_cache_wrapper", LRUCacheType.Value())
		return nil
	},
}
