// This file helps the f_lineno setter with lines that only CPython's
// bytecode has: the cleanup code of a try/finally carries the line of the
// last statement of the finally body, even dead code after a return, and
// Krait's compiler gives that cleanup no line of its own.

package runtime

// cpyHandlerLine reports whether the code of line n in co's CPython view
// begins at the target of an exception table entry: then CPython finds the
// line only inside an except block, and refuses a jump there as
// "can't jump into an 'except' block as there's no exception".
func cpyHandlerLine(co *Code, n int) bool {
	cv := co.cpyView()
	if cv == nil {
		return false
	}
	targets := excTableTargets(cv.cpy.ExcTable)
	for _, r := range viewLineRanges(cv.cpy.LineTable, co.c.FirstLineNo) {
		if r.line == n {
			return targets[r.start/2]
		}
	}
	return false
}

// excTableTargets returns the handler targets (in code units) of a CPython
// 3.11 co_exceptiontable: entries of four varints (start, length, target,
// depth and lasti), each of 6-bit groups, most significant first, bit 6
// saying another group follows; bit 7 marks an entry's first byte.
func excTableTargets(b []byte) map[int]bool {
	out := map[int]bool{}
	i := 0
	varint := func() int {
		if i >= len(b) {
			return 0
		}
		x := b[i]
		i++
		v := int(x & 63)
		for x&64 != 0 && i < len(b) {
			x = b[i]
			i++
			v = v<<6 | int(x&63)
		}
		return v
	}
	for i < len(b) {
		varint() // start
		varint() // length
		out[varint()] = true
		varint() // depth and lasti
	}
	return out
}
