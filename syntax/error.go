// This file defines the syntax errors the front end reports.

package syntax

import "fmt"

// ErrorClass names the Python exception class of a syntax error.
type ErrorClass uint8

// The classes CPython's front end raises.
const (
	ClassSyntaxError ErrorClass = iota
	ClassIndentationError
	ClassTabError
)

func (c ErrorClass) String() string {
	switch c {
	case ClassIndentationError:
		return "IndentationError"
	case ClassTabError:
		return "TabError"
	}
	return "SyntaxError"
}

// SyntaxError carries what CPython stores on a SyntaxError instance. Offset
// and EndOffset are 1-based and count code points, not bytes, as CPython's do
// (0 means unknown). Text is the offending source line including its newline,
// or "" when CPython reports None.
type SyntaxError struct {
	Class     ErrorClass
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
	// Warnings are those the parser issued before it found the error;
	// the caller issues them before raising it, as CPython has by then.
	Warnings []Warning
}

// Error formats the error like str() of a Python SyntaxError.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s (%s, line %d)", e.Msg, e.Filename, e.Lineno)
}
