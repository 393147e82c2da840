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
			Doc: "reduce(function, iterable[, initial]) -> value\n\nFold the items of iterable from the left with a two-argument function,\nstarting from initial when given (which is also the result for an\nempty iterable)."},
		runtime.ClinicMethod("cmp_to_key", "mycmp", functools_cmp_to_key),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		lazyTypes()
		m.SetAttr("partial", PartialType.Value())
		m.SetAttr("_lru_cache_wrapper", LRUCacheType.Value())
		return nil
	},
}
