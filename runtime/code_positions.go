// This file defines the position methods of code objects: co_positions()
// and co_lines(), which traceback, inspect and coverage use to map an
// instruction (frame.f_lasti // 2, as in CPython's two-byte code units) to
// source positions.

package runtime

func init() {
	CodeType.methods = append(CodeType.methods,
		Method{Name: "co_positions", Flags: MethNoArgs, Fn: code_co_positions},
		Method{Name: "co_lines", Flags: MethNoArgs, Fn: code_co_lines},
	)
}

func posInt(n int32) Value {
	if n < 0 {
		return None
	}
	return Int(int64(n))
}

// code_co_positions yields (lineno, end_lineno, col_offset, end_col_offset)
// for each instruction word.
func code_co_positions(self Value, a []Value) (Value, *Exception) {
	ptrOf[Code](self).load() // lazy14_code.go
	ps := ptrOf[Code](self).c.Positions()
	if cv := ptrOf[Code](self).loadedView(); cv != nil {
		ps = cv.positions()
	}
	items := make([]Value, len(ps))
	for i, p := range ps {
		items[i] = TupleValue(posInt(p.Line), posInt(p.EndLine), posInt(p.Col), posInt(p.EndCol))
	}
	return Iter(NewList(items))
}

// code_co_lines yields (start, end, lineno) byte ranges with one line each,
// counting two bytes per instruction word as CPython does.
func code_co_lines(self Value, a []Value) (Value, *Exception) {
	var items []Value
	for _, r := range ptrOf[Code](self).lineRanges() {
		items = append(items, TupleValue(Int(int64(r.start)), Int(int64(r.end)), posInt(int32(r.line))))
	}
	return Iter(NewList(items))
}
