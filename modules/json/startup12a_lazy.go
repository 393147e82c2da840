// This file creates the module's types (_json.Scanner, _json.Encoder) when
// _json is first imported, as CPython's module initialization does, rather
// than at Go package initialization: nothing at start-up for a program
// that never imports json, and object.__subclasses__() lists them only
// once the module is loaded, as in CPython.

package json

import "sync"

// lazyTypes creates the module's types once.
var lazyTypes = sync.OnceFunc(func() {
	initScannerType()
	initEncoderType()
	registerLayouts()
})
