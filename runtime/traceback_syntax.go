// This file defines how a SyntaxError instance is printed by the
// excepthook: from its attributes (filename, lineno, offset, text,
// end_lineno, end_offset, msg), the file and line, the source line and
// the carets, then "SyntaxError: msg", as CPython's print_exception does
// for any object with a print_file_and_line attribute.

package runtime

import (
	"strings"

	"krait/syntax"
)

// syntaxErrorBlock returns the lines CPython prints before the last line
// of a SyntaxError, and the message for that last line; ok is false when
// the attributes do not make a location (parse_syntax_error fails).
func syntaxErrorBlock(e *Exception) (block, msg string, ok bool) {
	if !e.typ.IsSubtype(SyntaxErrorType) {
		return "", "", false
	}
	v := e.Value()
	if pf, err := lookupAttrOpt(v, "print_file_and_line"); err != nil || pf.IsNull() {
		return "", "", false
	}
	attr := func(n string) Value {
		x, err := GetAttrString(v, n)
		if err != nil {
			return None
		}
		return x
	}
	m, err := StrOf(attr("msg"))
	if err != nil {
		return "", "", false
	}
	se := &syntax.SyntaxError{Msg: m.S, Filename: "<string>"}
	if fn := attr("filename"); !fn.IsNone() {
		s, err := StrOf(fn)
		if err != nil {
			return "", "", false
		}
		se.Filename = s.S
	}
	// CPython's parse_syntax_error gives up on a lineno of None, so an
	// error without a position prints no location line.
	ln := attr("lineno")
	lineno, ok := intAttr(ln, 0)
	if !ok || ln.IsNone() {
		return "", "", false
	}
	se.Lineno = lineno
	if se.Offset, ok = intAttr(attr("offset"), -1); !ok {
		return "", "", false
	}
	if se.EndLineno, ok = intAttr(attr("end_lineno"), lineno); !ok {
		return "", "", false
	}
	if se.EndOffset, ok = intAttr(attr("end_offset"), -1); !ok {
		return "", "", false
	}
	if t := attr("text"); !t.IsNone() {
		s, err := StrOf(t)
		if err != nil {
			return "", "", false
		}
		se.Text = s.S
	}
	if e.typ.IsSubtype(exceptionTypeByName["TabError"]) {
		se.Class = syntax.ClassTabError
	} else if e.typ.IsSubtype(exceptionTypeByName["IndentationError"]) {
		se.Class = syntax.ClassIndentationError
	}
	if se.Lineno == 0 && se.Filename == "" {
		se.Filename = "<string>"
	}
	out := syntax.FormatSyntaxError(se)
	// The last line is the message, written by the caller with the
	// class's qualified name and the notes.
	out = strings.TrimSuffix(out, "\n")
	if i := strings.LastIndexByte(out, '\n'); i >= 0 {
		return out[:i+1], m.S, true
	}
	return "", m.S, true
}

// intAttr reads an int attribute, dflt for None.
func intAttr(x Value, dflt int) (int, bool) {
	if x.IsNone() {
		return dflt, true
	}
	n, big, ok := intValue(x)
	if !ok || big != nil {
		return 0, false
	}
	return int(n), true
}
