package compiler

// deadTemps returns the 'd' operand that DELETE_FAST, DELETE_NAME and
// DELETE_GLOBAL carry: the first temporary not in use at the statement,
// plus one. Temporaries are allocated as a stack, so every register from
// there up holds only values of finished expressions (the result of
// `x = C()` before its store). CPython has released those; when `del x`
// drops what may be the last reference to an object with a finalizer, the
// interpreter clears them so that the object can die at once
// (runtime/compat16_prompt.go). The temporary is reserved, so that the
// operand always names a register of the frame.
func (c *compiler) deadTemps() int32 {
	m := c.mark()
	r := c.tmp()
	c.reset(m)
	return r + 1
}
