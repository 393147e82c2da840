package compiler

// dropIter compiles the release of the iterator of the for loop f that a
// break or return leaves: CPython pops it, and a generator suspended in a
// try block is closed at once (its finally clause runs before the code
// after the loop: `for x in gen(): break`, `for c, r in matches(): return
// True`, as lib2to3's pattern matcher does, whose generators restore
// sys.stderr in a finally clause). Krait's iterator stays in its register
// until a Go collection; a DELETE_FAST whose c operand is 2 sets the
// register to None and finalizes a generator it held promptly, as `del`
// does (runtime/compat19a_dropiter.go). b names the dead temporaries.
func (c *compiler) dropIter(f *fblk) {
	if f.kind != fbForLoop || f.iter&tagTemp == 0 {
		return
	}
	c.emit(DELETE_FAST, f.iter, c.deadTemps(), 2)
}
