// This file decides when compile() with PyCF_ALLOW_INCOMPLETE_INPUT reports
// "incomplete input": the source stopped where more lines could complete
// it (an open bracket or triple-quoted string, a block header with no body
// yet, a line continuation). codeop, code.InteractiveConsole and the REPL
// ask for more input on that error instead of reporting it.

package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"

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

// openBlockAtEnd returns the error of src compiled in single mode without
// an implied dedent (PyCF_DONT_IMPLY_DEDENT), or nil: "incomplete input"
// when no newline ends src and the tokenizer is still indented at its end
// (the last logical line is indented, or comment lines follow the block,
// which make no DEDENT), so more lines may follow; the tokenizer's error
// when it fails at the end.
func openBlockAtEnd(src, filename string) *syntax.SyntaxError {
	if src == "" || strings.HasSuffix(src, "\n") {
		return nil
	}
	tz := syntax.NewTokenizerString(src, filename)
	tz.SetMode(syntax.ModeSingle)
	depth := 0
	var last syntax.Token
	for {
		t, err := tz.Next()
		if err != nil {
			return err
		}
		switch t.Kind {
		case syntax.ENDMARKER:
			if depth == 0 {
				return nil
			}
			return incompleteAtEnd(src, filename, last)
		case syntax.INDENT:
			depth++
		case syntax.DEDENT:
			depth--
		}
		last = t
	}
}

// incompleteAtEnd is the "incomplete input" error of an open block at the
// end of src, located as CPython's: after the last character of the last
// line, with no end column; its text is the last line, or all
// the lines of the last token when it reaches the end.
func incompleteAtEnd(src, filename string, last syntax.Token) *syntax.SyntaxError {
	lines := strings.Split(src, "\n")
	n := len(lines)
	text := lines[n-1]
	if last.EndLine == n {
		start := last.Line
		for start > 1 && strings.HasSuffix(lines[start-2], "\\") {
			start-- // the tokenizer's line runs on over a backslash
		}
		text = strings.Join(lines[start-1:], "\n")
	}
	return &syntax.SyntaxError{Class: syntax.ClassSyntaxError, Msg: "incomplete input", Filename: filename,
		Lineno: n, Offset: utf8.RuneCountInString(lines[n-1]), EndLineno: n, EndOffset: -1, Text: text}
}
