// This file defines the parser's entry points. (Contract stub: the parser
// helper replaces the body.)

package syntax

// Mode selects the start rule, as the mode argument of compile() does.
type Mode uint8

// The parse modes.
const (
	ModeExec     Mode = iota // file_input: a *Module
	ModeEval                 // eval_input: an *Expression
	ModeSingle               // interactive: an *Interactive
	ModeFuncType             // func_type_input: a *FunctionType
)

// Warning is a compile-time warning the parser wants issued (CPython issues
// them through the warnings module as it parses).
type Warning struct {
	Category string // e.g. "DeprecationWarning", "SyntaxWarning"
	Msg      string
	Lineno   int
	Col      int
}

// Result is what Parse returns besides the tree.
type Result struct {
	Tree     Mod
	Warnings []Warning
}

// Parse parses src as a file named filename. It returns the tree, or the
// SyntaxError (IndentationError, TabError) CPython would raise for the same
// source, with the same message and location.
func Parse(src []byte, filename string, mode Mode) (*Result, *SyntaxError) {
	return nil, &SyntaxError{Msg: "parser not written yet", Filename: filename}
}
