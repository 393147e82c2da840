// This file defines the reading of `from __future__ import ...` statements
// (CPython 3.11's Python/future.c), which runs before the symbol table is
// built because `annotations` changes what the symbol table records.

package compiler

import (
	"krait/syntax"
)

// FutureFlags holds the __future__ features in effect, with the values of
// CPython's CO_FUTURE_* code flags (which compile() also accepts).
type FutureFlags uint32

// The features that change compilation; the other names __future__ accepts
// (nested_scopes, generators, division, ...) are mandatory in Python 3 and
// set no flag, as in CPython.
const (
	FutureBarryAsBDFL FutureFlags = 0x400000  // barry_as_FLUFL: `<>` for `!=`
	FutureAnnotations FutureFlags = 0x1000000 // annotations: postponed evaluation (PEP 563)
)

// FutureFeatures returns the features that the __future__ imports at the
// top of a module (after an optional docstring) turn on, or the SyntaxError
// CPython raises for an unknown feature, for `braces`, or for a future
// import that follows another statement on the same line. A future import
// that comes later in the file is the code generator's error to report.
func FutureFeatures(mod syntax.Mod, filename string) (FutureFlags, *syntax.SyntaxError) {
	flags, _, err := scanFuture(mod, filename)
	return flags, err
}

// futureLineno returns the line of the last future import FutureFeatures
// accepted, or -1 (CPython's ff_lineno): later ones are errors.
func futureLineno(mod syntax.Mod) int {
	_, line, _ := scanFuture(mod, "")
	return line
}

// scanFuture is CPython's future_parse.
func scanFuture(mod syntax.Mod, filename string) (FutureFlags, int, *syntax.SyntaxError) {
	var body []syntax.Stmt
	switch m := mod.(type) {
	case *syntax.Module:
		body = m.Body
	case *syntax.Interactive:
		body = m.Body
	default:
		return 0, -1, nil
	}
	var flags FutureFlags
	line := -1
	i := 0
	if hasDocstring(body) {
		i++
	}
	done, prevLine := false, 0
	for ; i < len(body); i++ {
		pos := body[i].GetPos()
		if done && pos.Lineno > prevLine {
			break
		}
		prevLine = pos.Lineno
		imp, ok := body[i].(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			return 0, line, futureError(filename, pos.Lineno, pos.ColOffset,
				"from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import",
				"with_statement", "print_function", "unicode_literals", "generator_stop":
			case "barry_as_FLUFL":
				flags |= FutureBarryAsBDFL
			case "annotations":
				flags |= FutureAnnotations
			case "braces":
				return 0, line, futureError(filename, pos.Lineno, pos.ColOffset+1, "not a chance")
			default:
				name := a.Name
				if len(name) > 100 {
					name = name[:100]
				}
				return 0, line, futureError(filename, pos.Lineno, pos.ColOffset+1,
					"future feature "+name+" is not defined")
			}
		}
		line = pos.Lineno
	}
	return flags, line, nil
}

// futureError builds the errors of future.c, which carry no end column.
func futureError(filename string, line, offset int, msg string) *syntax.SyntaxError {
	return &syntax.SyntaxError{Msg: msg, Filename: filename, Lineno: line, Offset: offset, EndLineno: line}
}

// hasDocstring reports whether body starts with a string expression.
func hasDocstring(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(string)
	return ok
}
