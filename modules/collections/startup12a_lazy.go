// This file creates the module's own types when _collections is first
// imported, as CPython's module initialization does, rather than at Go
// package initialization: deque, its iterators, defaultdict and
// _tuplegetter then cost nothing to a program that never imports
// collections (~0.1 ms of every start-up), and object.__subclasses__() and
// dict.__subclasses__() list them only once the module is loaded, as in
// CPython. OrderedDict, a core type in CPython (Objects/odictobject.c),
// stays created at start-up.

package collections

import "sync"

// lazyTypes creates the module's types once.
var lazyTypes = sync.OnceFunc(func() {
	initDequeType()
	initDequeIterTypes()
	initDefaultDictType()
	initTupleGetterType()
	registerLazyLayouts()
})
