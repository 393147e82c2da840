// This file defines how MAKE_FUNCTION builds the function object of a
// list, set or dict comprehension: the function is called at once and
// never escapes (no Python code can reach it: a frame shows its code, not
// its function), so the one built last time is reused when it would be
// identical (same globals, builtins and closure cells). A comprehension in
// a loop then costs no function object and closure slice per run.
// The cache holds the function weakly: its closure cells keep the
// enclosing function's variables alive (a method's self), which must go
// when nothing else holds them, as in CPython.

package runtime

import "weak"

// Comprehension kinds of a code object (Code.comp).
const (
	compUnknown int8 = iota
	compNo
	compYes
)

// compFunction returns the function of the comprehension code co for
// MAKE_FUNCTION in f (ops and flags as makeFunction takes them), or nil
// when co is not a comprehension's.
func compFunction(f *frame, co *Code, ops []Value, flags int) *Function {
	if co.comp == compUnknown {
		co.comp = compNo
		switch co.name.S {
		case "<listcomp>", "<setcomp>", "<dictcomp>":
			if !isGeneratorCode(co) {
				co.comp = compYes
			}
		}
	}
	if co.comp != compYes || flags&^8 != 0 {
		return nil
	}
	if fn := co.compFnOf(); fn != nil && fn.code == co && fn.globals == f.globals && fn.builtins == f.builtins &&
		sameClosure(fn.closure, ops, flags) {
		return fn
	}
	fn := ptrOf[Function](makeFunction(f, ValueOf(co), ops, flags))
	co.more().compFn = weak.Make(fn)
	return fn
}

// sameClosure reports whether the closure tuple MAKE_FUNCTION gets (ops[0]
// when flags has 8) holds exactly the cells of closure.
func sameClosure(closure []*Cell, ops []Value, flags int) bool {
	if flags&8 == 0 {
		return len(closure) == 0
	}
	items := ops[0].AsTuple().items
	if len(items) != len(closure) {
		return false
	}
	for i, c := range items {
		if ptrOf[Cell](c) != closure[i] {
			return false
		}
	}
	return true
}
