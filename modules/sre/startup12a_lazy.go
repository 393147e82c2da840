// This file creates the module's types (re.Pattern, re.Match and
// _sre.SRE_Scanner) when _sre is first imported, as CPython's module
// initialization does, rather than at Go package initialization: a program
// that never uses re pays nothing for them at start-up, and
// object.__subclasses__() lists them only once the module is loaded, as in
// CPython. Every object of these types comes from a pattern, which only
// the module's compile makes.

package sre

import "sync"

// lazyTypes creates the module's types once.
var lazyTypes = sync.OnceFunc(func() {
	initPatternType()
	initMatchType()
	initScannerType()
	registerLayouts()
})
