// This file holds what marshal allocates together when it reads a code
// object: ~650 code objects are read during start-up, each a Code and
// the compiler.Code it wraps, which live and die together.

package runtime

import (
	"unsafe"

	"krait/compiler"
)

// loadedCode is a code object read by marshal with its compiled form.
type loadedCode struct {
	co Code
	c  compiler.Code
}

// copyLinesAndIndex copies a code object's line table and encoded cache
// index out of the input in one allocation: the table is the first part
// (capped, so that appending to it cannot reach the index) and the index
// the rest, as a string over bytes nothing else refers to.
func copyLinesAndIndex(lines, index []byte) ([]byte, string) {
	if len(lines)+len(index) == 0 {
		return nil, ""
	}
	buf := make([]byte, len(lines)+len(index))
	n := copy(buf, lines)
	copy(buf[n:], index)
	var table []byte
	if n > 0 {
		table = buf[:n:n]
	}
	if len(index) == 0 {
		return table, ""
	}
	return table, unsafe.String(&buf[n], len(index))
}
