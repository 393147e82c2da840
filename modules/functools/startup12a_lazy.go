// This file creates the module's types (partial, the lru_cache wrapper and
// its list element, cmp_to_key's KeyWrapper) when _functools is first
// imported, as CPython's module initialization does, rather than at Go
// package initialization: nothing at start-up for a program that never
// imports functools, and object.__subclasses__() lists them only once the
// module is loaded, as in CPython.

package functools

import "sync"

// lazyTypes creates the module's types once.
var lazyTypes = sync.OnceFunc(func() {
	initPartialType()
	initLRUCacheTypes()
	initKeyWrapperType()
	registerLayouts()
})
