// This file creates the module's classes (itemgetter, attrgetter,
// methodcaller) when _operator is first imported, as CPython's module
// initialization does, rather than at Go package initialization: nothing
// at start-up for a program that never imports operator, and
// object.__subclasses__() lists them only once the module is loaded, as in
// CPython.

package operator

import "sync"

// lazyTypes creates the module's types once.
var lazyTypes = sync.OnceFunc(func() {
	initItemGetterType()
	initAttrGetterType()
	initMethodCallerType()
	registerLayouts()
})
