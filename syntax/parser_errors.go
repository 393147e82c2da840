// This file defines how the parser raises and locates syntax errors, after
// pegen's RAISE_* macros and _PyPegen_set_syntax_error.

package syntax

import "strings"

// makeError builds a SyntaxError of class from 1-based byte offsets in the
// source (-1 for unknown), converting them to code point offsets the way
// _PyPegen_raise_error_known_location does.
func (p *parser) makeError(class ErrorClass, msg string, line, col, endLine, endCol int) *SyntaxError {
	if p.mode == modeFString {
		msg = "f-string: " + msg
		col -= p.startCol
		endCol -= p.startCol
	}
	cur := 0
	if p.fill > 0 {
		cur = p.toks[p.fill-1].EndLine
	}
	e := &SyntaxError{Class: class, Msg: msg, Filename: p.filename, Lineno: line, EndLineno: endLine,
		Text: p.errorText(line, cur)}
	e.Offset = p.charOffset(line, col)
	e.EndOffset = endCol
	if endCol > 0 {
		e.EndOffset = p.charOffset(line, endCol)
	}
	return e
}

// errorText is the SyntaxError.text CPython shows for line n when its
// tokenizer is on line cur: the current line buffer, newline included, or
// for an earlier line the line alone, without its newline.
func (p *parser) errorText(n, cur int) string {
	s := p.sourceLine(n)
	if n < cur || p.noFinalNL && p.parent == nil && p.tz.SourceLine(n+1) == "" {
		s = strings.TrimSuffix(s, "\n")
	}
	return s
}

// errorAtLastToken builds an error at the furthest token examined, where
// RAISE_SYNTAX_ERROR puts the errors of string parsing.
func (p *parser) errorAtLastToken(msg string) *SyntaxError {
	t := &p.toks[p.fill-1]
	return p.makeError(ClassSyntaxError, msg, t.Line, p.tokCol(t), t.EndLine, tokEndCol(t))
}

// fixTokenizerError gives the errors CPython's parser builds from the
// tokenizer's status (rather than the tokenizer itself) their text, which
// follows the parser's rule.
func (p *parser) fixTokenizerError(e *SyntaxError) {
	if p.parent != nil || !(isDoneCodeError(e.Msg) || strings.HasSuffix(e.Msg, "' was never closed")) {
		return
	}
	cur := e.Lineno
	if len(p.toks) > 0 {
		cur = p.toks[len(p.toks)-1].EndLine
	}
	e.Text = p.errorText(e.Lineno, cur)
}

// tokCol returns the 1-based start offset _PyPegen_raise_error uses for
// token t: INDENT, DEDENT and ENDMARKER carry no column in CPython, which
// then reports the tokenizer's cursor, the end of the line's indentation.
func (p *parser) tokCol(t *Token) int {
	if t.Col < 0 {
		line := p.sourceLine(t.Line)
		n := 0
		for n < len(line) && (line[n] == ' ' || line[n] == '\t' || line[n] == '\f') {
			n++
		}
		return n
	}
	return t.Col + 1
}

// tokEndCol returns the 1-based end offset _PyPegen_raise_error uses.
func tokEndCol(t *Token) int {
	if t.EndCol < 0 {
		return -1
	}
	return t.EndCol + 1
}

// raiseHere raises msg at the furthest token examined (RAISE_SYNTAX_ERROR).
func (p *parser) raiseHere(class ErrorClass, msg string) {
	t := &p.toks[p.fill-1]
	panic(bailout{p.makeError(class, msg, t.Line, p.tokCol(t), t.EndLine, tokEndCol(t))})
}

// raiseTok raises msg spanning token t (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
func (p *parser) raiseTok(t *Token, msg string) {
	panic(bailout{p.makeError(ClassSyntaxError, msg, t.Line, t.Col+1, t.EndLine, t.EndCol+1)})
}

// raiseNode raises msg spanning node a.
func (p *parser) raiseNode(a *Pos, msg string) {
	panic(bailout{p.makeError(ClassSyntaxError, msg, a.Lineno, a.ColOffset+1, a.EndLineno, a.EndColOffset+1)})
}

// raiseRange raises msg from the start of a to the end of b
// (RAISE_SYNTAX_ERROR_KNOWN_RANGE).
func (p *parser) raiseRange(a, b *Pos, msg string) {
	panic(bailout{p.makeError(ClassSyntaxError, msg, a.Lineno, a.ColOffset+1, b.EndLineno, b.EndColOffset+1)})
}

// raiseFrom raises msg from the start of a to the tokenizer's position
// (RAISE_SYNTAX_ERROR_STARTING_FROM).
func (p *parser) raiseFrom(a *Pos, msg string) {
	t := &p.toks[p.fill-1]
	panic(bailout{p.makeError(ClassSyntaxError, msg, a.Lineno, a.ColOffset+1, t.EndLine, t.EndCol)})
}

// tokPos returns a token's span as a Pos, for the raise helpers.
func tokPos(t *Token) *Pos {
	return &Pos{t.Line, t.Col, t.EndLine, t.EndCol}
}

// genericError is the error of a parse that failed in both passes without
// a specific message: last is the furthest token of the first pass.
func (p *parser) genericError(last int) *SyntaxError {
	t := &p.toks[last]
	switch t.Kind {
	case INDENT, DEDENT:
		msg := "unexpected indent"
		if t.Kind == DEDENT {
			msg = "unexpected unindent"
		}
		f := &p.toks[p.fill-1]
		return p.makeError(ClassIndentationError, msg, f.Line, p.tokCol(f), f.EndLine, tokEndCol(f))
	}
	e := p.makeError(ClassSyntaxError, "invalid syntax", t.Line, t.Col+1, t.EndLine, t.EndCol+1)
	if p.parent == nil && p.emptySrc {
		// CPython's tokenizer never read a line: it is still on line 0.
		e.Lineno, e.EndLineno = 0, 0
	}
	return e
}

// checkRestOfSource tokenizes the rest of the source after a parser error,
// as _PyPegen_tokenize_full_source_to_check_for_errors does: a lexical
// error CPython's tokenizer raises itself takes precedence, and so does a
// bracket left open on a line before the error.
func (p *parser) checkRestOfSource(err *SyntaxError) *SyntaxError {
	if p.fill == 0 {
		return err
	}
	errLine := p.toks[p.fill-1].Line
	for p.fetch(len(p.toks)) {
		if p.toks[len(p.toks)-1].Kind == ENDMARKER {
			return err
		}
	}
	te := p.tokErr
	if te == nil {
		return err
	}
	if strings.HasSuffix(te.Msg, "' was never closed") {
		if errLine > te.Lineno {
			p.fixTokenizerError(te)
			return te
		}
		return err
	}
	if isDoneCodeError(te.Msg) {
		return err
	}
	return te
}

// isDoneCodeError reports whether a tokenizer error is one CPython's
// tokenizer only signals with a status code (turned into an exception by
// the parser), rather than raising it itself.
func isDoneCodeError(msg string) bool {
	switch msg {
	case "unindent does not match any outer indentation level",
		"inconsistent use of tabs and spaces in indentation",
		"too many levels of indentation",
		"unexpected character after line continuation character",
		"unexpected EOF while parsing":
		return true
	}
	return false
}
