// This file holds what marshal allocates together when it reads a code
// object: ~650 code objects are read during start-up, each a Code and
// the compiler.Code it wraps, which live and die together.

package runtime

import "krait/compiler"

// loadedCode is a code object read by marshal with its compiled form.
type loadedCode struct {
	co Code
	c  compiler.Code
	lz lazyCode // co's unread body, if any (lazy14_code.go): 264 + 336 + 40 bytes fit the 640-byte size class (heap20_codeextra.go)
}
