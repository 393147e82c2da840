// This file defines how MAKE_FUNCTION allocates a function: the fields
// NewFunction sets, without its builtins lookup (the frame's builtins are
// the function's, as makeFunction always set them) and, for a closure of
// up to four cells, with the closure's cell slice in the same allocation
// as the function (closures are made often: lambdas passed as keys,
// decorators, function factories). A function's closure never changes
// after MAKE_FUNCTION, so sharing its allocation is safe.

package runtime

var strDunderName = Intern("__name__")

// Functions with their closure cells inline.
type (
	funcCells1 struct {
		Function
		cells [1]*Cell
	}
	funcCells2 struct {
		Function
		cells [2]*Cell
	}
	funcCells4 struct {
		Function
		cells [4]*Cell
	}
)

// newFunctionCells returns a function of co with globals and builtins from
// f and an empty closure slice of length n; its module and doc are
// NewFunction's.
func newFunctionCells(f *frame, co *Code, n int) *Function {
	var fn *Function
	switch {
	case n == 0:
		fn = &Function{}
	case n == 1:
		o := &funcCells1{}
		fn = &o.Function
		fn.closure = o.cells[:]
	case n == 2:
		o := &funcCells2{}
		fn = &o.Function
		fn.closure = o.cells[:]
	case n <= 4:
		o := &funcCells4{}
		fn = &o.Function
		fn.closure = o.cells[:n:n]
	default:
		fn = &Function{closure: make([]*Cell, n)}
	}
	fn.typ = FunctionType
	fn.code, fn.globals, fn.builtins = co, f.globals, f.builtins
	fn.name, fn.qualname, fn.doc = ValueOf(co.name), ValueOf(co.qualname), None
	fn.module = None
	if m, ok := f.globals.GetStr(strDunderName); ok && !m.IsNull() {
		fn.module = m
	}
	if d := co.docConst(); !d.IsNull() { // lazy14_code.go
		fn.doc = d
	}
	return fn
}
