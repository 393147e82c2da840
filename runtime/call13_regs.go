// This file defines the register clearing and copying of call set-up for
// small windows: a frame's window or argument list is usually a handful
// of Values, for which a loop (a write-barrier check per store) costs a
// fraction of clear's memclrHasPointers and copy's typedslicecopy calls
// with their bulk barriers, measured per call of a function taking *args
// (pushCall in frame.go makes the same choice).

package runtime

// smallRegs is the window size up to which the loops are used.
const smallRegs = 16

// clearRegs is clear(regs).
func clearRegs(regs []Value) {
	if len(regs) > smallRegs {
		clear(regs)
		return
	}
	// Not `for i := range regs`: Go turns that loop into the very
	// memclrHasPointers call this avoids.
	for i := 0; i < len(regs); i++ {
		regs[i] = Value{}
	}
}

// copyRegs is copy(dst, src) for non-overlapping dst and src.
func copyRegs(dst, src []Value) {
	if len(src) > smallRegs || len(src) > len(dst) {
		copy(dst, src)
		return
	}
	for i, v := range src {
		dst[i] = v
	}
}
