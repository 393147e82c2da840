// This file defines how frame objects and traceback entries find their
// line: from their code and instruction index when the line is first asked
// for, not when they are made. Frame objects are made for every frame of a
// traceback and for the whole chain under sys._getframe (which typing,
// enum and collections.namedtuple call while their modules are imported),
// and finding the line of a late instruction of a module body means
// decoding its position table; most of these lines are never looked at.

package runtime

// lineNo returns f_lineno of a frame object whose frame has ended: the
// line of the instruction it was at when last seen.
func (fo *Frame) lineNo() int {
	if fo.lineLazy {
		fo.lineno, fo.lineLazy = fo.code.Line(fo.lasti), false
	}
	return fo.lineno
}

// Line returns tb_lineno: the line of the entry's instruction in its
// frame's code, unless it was given.
func (tb *Traceback) Line() int {
	if tb.lineLazy {
		tb.Lineno, tb.lineLazy = tb.Frame.code.Line(tb.Lasti), false
	}
	return tb.Lineno
}
