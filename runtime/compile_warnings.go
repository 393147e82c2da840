// This file defines the issuing of compile-time warnings (invalid escape
// sequences, "is" with a literal, ...) through the warnings module, as
// CPython's parser and compiler call PyErr_WarnExplicitObject, and the
// SyntaxError that replaces a warning the filters turn into an error.

package runtime

import (
	"bytes"
	"unicode/utf8"

	"krait/compiler"
	"krait/internal/nopoll"
	"krait/syntax"
)

// IssueCompileWarnings issues ws (from syntax.Parse and compiler.Compile)
// in order, attributed to filename. It returns the error a warning became:
// the warning's SyntaxError when the filters raise the warning itself.
func IssueCompileWarnings(ws []syntax.Warning, filename string) *Exception {
	if len(ws) == 0 {
		return nil
	}
	issue := WarnExplicitHook
	if issue == nil {
		warn, err := warnExplicitFunc()
		if err != nil {
			return err
		}
		issue = func(cat *Type, msg, filename string, lineno int) *Exception {
			_, err := Call(warn, []Value{StrValue(msg), cat.Value(), StrValue(filename), Int(int64(lineno))}, nil)
			return err
		}
	}
	for _, w := range ws {
		cat := exceptionTypeByName[w.Category]
		if cat == nil {
			cat = exceptionTypeByName["SyntaxWarning"]
		}
		err := issue(cat, w.Msg, filename, w.Lineno)
		if err == nil {
			continue
		}
		if !err.Matches(cat) {
			return err
		}
		se := w.Err
		if se == nil {
			se = &syntax.SyntaxError{Msg: w.Msg, Filename: filename, Lineno: w.Lineno, Offset: w.Col + 1}
		}
		return syntaxErrorException(se)
	}
	return nil
}

// warnExplicitFunc returns warnings.warn_explicit, importing warnings (so
// that -W options and the default filters apply).
func warnExplicitFunc() (Value, *Exception) {
	m, err := ImportModule("warnings")
	if err != nil {
		return Value{}, err
	}
	return GetAttrString(m, "warn_explicit")
}

// compileWithWarnings compiles tree as compiler.Compile does, then issues
// the parser's warnings pw and the compiler's; a warning that becomes an
// error replaces the result, and the compiler's error follows its warnings.
func compileWithWarnings(tree syntax.Mod, pw []syntax.Warning, filename string, mode syntax.Mode, opts compiler.Options) (*Code, *Exception) {
	var cw []syntax.Warning
	opts.Warnings = &cw
	c, serr := compiler.Compile(tree, filename, mode, opts)
	if err := IssueCompileWarnings(append(pw, cw...), filename); err != nil {
		return nil, err
	}
	if serr != nil {
		if serr.Text == "" {
			serr.Text = programTextLine(filename, serr.Lineno)
		}
		return nil, syntaxErrorException(serr)
	}
	return NewCode(c), nil
}

// programTextLine is CPython's _PyErr_ProgramDecodedTextObject: the
// compiler's SyntaxErrors take their text from line lineno of the file
// named filename, when it exists ("" otherwise).
func programTextLine(filename string, lineno int) string {
	if lineno < 1 || filename == "" || filename[0] == '<' {
		return ""
	}
	data, err := nopoll.ReadFile(filename)
	if err != nil {
		return ""
	}
	for i := 1; i < lineno; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return ""
		}
		data = data[j+1:]
	}
	if j := bytes.IndexByte(data, '\n'); j >= 0 {
		data = data[:j+1]
	}
	if !utf8.Valid(data) {
		return ""
	}
	return string(data)
}
