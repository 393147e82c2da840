// This file decides when compile() with PyCF_ALLOW_INCOMPLETE_INPUT reports
// "incomplete input": the source stopped where more lines could complete
// it (an open bracket or triple-quoted string, a block header with no body
// yet, a line continuation). codeop, code.InteractiveConsole and the REPL
// ask for more input on that error instead of reporting it.

package runtime

import (
	"strconv"
	"strings"

	"krait/syntax"
)

// incompleteInput returns the "incomplete input" error for e if e means
// that src ended too early, and e otherwise.
func incompleteInput(e *syntax.SyntaxError, src string) *syntax.SyntaxError {
	if !endsTooEarly(e, src) {
		return e
	}
	return &syntax.SyntaxError{Class: syntax.ClassSyntaxError, Msg: "incomplete input", Filename: e.Filename,
		Lineno: e.Lineno, Offset: e.Offset, EndLineno: e.EndLineno, EndOffset: e.EndOffset, Text: e.Text}
}

func endsTooEarly(e *syntax.SyntaxError, src string) bool {
	m := e.Msg
	if lastCodeLine(src) == "" {
		return true // eval mode with no expression yet
	}
	switch {
	case strings.HasSuffix(m, "was never closed"),
		strings.HasPrefix(m, "unterminated triple-quoted string literal"),
		strings.HasPrefix(m, "unexpected EOF"):
		return true
	case strings.HasPrefix(m, "unterminated string literal"):
		// A backslash ending the source continues the string on a line
		// still to come.
		return strings.HasSuffix(strings.TrimSuffix(src, "\n"), "\\")
	case m == "invalid syntax":
		// A decorator line waits for the definition it decorates.
		return strings.HasPrefix(lastCodeLine(src), "@")
	case strings.HasPrefix(m, "expected an indented block after"):
		// Incomplete when nothing but blank or comment lines follows the
		// block header named at the end of the message.
		i := strings.LastIndex(m, " on line ")
		if i < 0 {
			return false
		}
		n, err := strconv.Atoi(m[i+len(" on line "):])
		if err != nil {
			return false
		}
		lines := strings.Split(src, "\n")
		for _, l := range lines[min(n, len(lines)):] {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
				return false
			}
		}
		return true
	}
	return false
}

// lastCodeLine returns the last line of src that is neither blank nor a
// comment, without its indentation.
func lastCodeLine(src string) string {
	lines := strings.Split(src, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(lines[i]); t != "" && !strings.HasPrefix(t, "#") {
			return t
		}
	}
	return ""
}

// openBlockAtEnd reports whether src, compiled without an implied dedent
// (PyCF_DONT_IMPLY_DEDENT), stops inside an indented block: no newline
// ends it and its last code line is indented, so more lines may follow.
func openBlockAtEnd(src string) bool {
	if src == "" || strings.HasSuffix(src, "\n") {
		return false
	}
	lines := strings.Split(src, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
			return l[0] == ' ' || l[0] == '\t'
		}
	}
	return false
}
