// This file defines how the parser raises and locates syntax errors, after
// pegen's RAISE_* macros and _PyPegen_set_syntax_error.

package syntax

import (
	"strings"
	"unicode/utf8"
)

// makeError builds a SyntaxError of class from 1-based byte offsets in the
// source (-1 for unknown), converting them to code point offsets the way
// _PyPegen_raise_error_known_location does.
func (p *parser) makeError(class ErrorClass, msg string, line, col, endLine, endCol int) *SyntaxError {
	if p.mode == modeFString {
		msg = "f-string: " + msg
		col -= p.startCol
		endCol -= p.startCol
	}
	e := &SyntaxError{Class: class, Msg: msg, Filename: p.filename, Lineno: line, EndLineno: endLine,
		Text: p.errorText(line, p.fill-1)}
	e.Offset, e.EndOffset = col, endCol
	if p.parent == nil && p.tz.hasEncoding {
		// CPython counts code points only when its tokenizer knows the
		// encoding (str source, BOM or coding declaration); otherwise the
		// offsets stay in bytes.
		e.Offset = charOffset(e.Text, col)
		if endCol > 0 {
			e.EndOffset = charOffset(e.Text, endCol)
		}
	}
	return e
}

// fileText reports whether error texts come from the source file, as
// _PyErr_ProgramDecodedTextObject reads them for file input: Parse of
// bytes in exec mode is a module's source, so the line is shown as the
// file has it (one line, its own newline or none).
func (p *parser) fileText() bool {
	return p.parent == nil && p.mode == ModeExec && !p.tz.fromStr
}

// errorText is the SyntaxError.text CPython shows for line n when the
// last token its tokenizer read is toks[last]: the tokenizer's line buffer,
// newline included, when n is at or after the tokenizer's line; otherwise
// line n alone, without its newline.
func (p *parser) errorText(n, last int) string {
	cur := n
	if last >= 0 && last < len(p.toks) {
		cur = p.toks[last].EndLine
	}
	return p.errorTextAt(n, cur, last)
}

// errorTextAt is errorText when the tokenizer is on line cur.
func (p *parser) errorTextAt(n, cur, last int) string {
	if p.fileText() && p.sourceLine(n) != "" {
		// err_programtext reads the file with fgets into a 1000-byte
		// buffer: of a longer line it keeps the last piece.
		text := p.tz.errorLine(n)
		for len(text) > 999 {
			text = text[999:]
		}
		return text
	}
	return p.bufferText(n, cur, last)
}

// bufStartLine returns the first line of the tokenizer's buffer when it
// is on line cur after reading toks[last], or cur if the buffer is fresh.
func (p *parser) bufStartLine(cur, last int) int {
	if last < 0 || last >= len(p.toks) || p.toks[last].EndLine < cur {
		return cur
	}
	if start := p.bufStart(last); start < cur {
		return start
	}
	return cur
}

// bufferText is the text CPython takes from its tokenizer buffer when it
// does not read the file.
func (p *parser) bufferText(n, cur, last int) string {
	if n < cur {
		return strings.TrimSuffix(p.sourceLine(n), "\n")
	}
	var s string
	if start := p.bufStartLine(cur, last); n == cur && start < cur {
		var b strings.Builder
		for l := start; l <= cur; l++ {
			b.WriteString(p.sourceLine(l))
		}
		s = b.String()
	} else {
		s = p.sourceLine(n)
	}
	if p.noFinalNL && p.parent == nil && p.sourceLine(n+1) == "" {
		s = strings.TrimSuffix(s, "\n")
	}
	return s
}

// bufStart returns the first line of CPython's tokenizer buffer after it
// read toks[last]. The tokenizer restarts its buffer on each new line
// unless it is inside a token, so a backslash continuation or a string
// spanning lines keeps the earlier lines in it.
func (p *parser) bufStart(last int) int {
	if last < 0 || last >= len(p.toks) {
		return 1 << 30
	}
	l := p.toks[last].Line
	for {
		if l > 1 && p.continues(l-1) {
			l--
			continue
		}
		moved := false
		for i := last; i >= 0 && p.toks[i].EndLine >= l; i-- {
			if t := &p.toks[i]; t.Line < l && t.Line > 0 {
				l, moved = t.Line, true
			}
		}
		if !moved {
			return l
		}
	}
}

// continues reports whether line l ends with a backslash that continues
// it inside a token, so that CPython's tokenizer keeps its buffer: not one
// inside a comment, nor one in the indentation at the start of a logical
// line, which the tokenizer reads before any token starts.
func (p *parser) continues(l int) bool {
	line := p.sourceLine(l)
	if !endsWithContinuation(line) {
		return false
	}
	if strings.TrimLeft(line, " \t\f") == "\\\n" {
		return l > 1 && p.continues(l-1)
	}
	return true
}

// endsWithContinuation reports whether a source line ends with a
// backslash that is not inside a comment.
func endsWithContinuation(line string) bool {
	if !strings.HasSuffix(line, "\\\n") {
		return false
	}
	var quote byte
	for i := 0; i < len(line)-2; i++ {
		switch c := line[i]; {
		case c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#':
			return false
		}
	}
	return true
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
func (p *parser) fixTokenizerError(e *SyntaxError) *SyntaxError {
	if p.parent != nil || !(isDoneCodeError(e.Msg) || strings.HasSuffix(e.Msg, "' was never closed")) {
		return e
	}
	last := len(p.toks) - 1
	if e.Msg == "unexpected EOF while parsing" && p.noFinalNL && p.parent == nil {
		// Without exec mode's added newline, CPython's tokenizer finds
		// the end of input right after the final backslash.
		if line := p.sourceLine(e.Lineno); strings.HasSuffix(line, "\\\n") {
			text := strings.TrimSuffix(line, "\n")
			return &SyntaxError{Msg: "unexpected character after line continuation character",
				Filename: p.filename, Lineno: e.Lineno, Offset: charOffsetIf(p.tz.hasEncoding, text, len(text)),
				EndLineno: e.Lineno, Text: text}
		}
	}
	if e.Msg == "unexpected EOF while parsing" {
		// tokenizer_error reports an end of input inside brackets as the
		// innermost bracket left open.
		if open := p.tz.OpenBrackets(); len(open) > 0 {
			return p.unclosedError(open[len(open)-1])
		}
	}
	cur := e.Lineno
	if strings.HasSuffix(e.Msg, "' was never closed") {
		cur = p.lastLine()
	}
	if last >= 0 && p.toks[last].EndLine > cur {
		cur = p.toks[last].EndLine
	}
	e.Text = p.errorTextAt(e.Lineno, cur, last)
	if e.Msg == "unexpected character after line continuation character" && e.Offset > 0 {
		// CPython measures this column from the start of its buffer.
		line := p.sourceLine(e.Lineno)
		byteOff := e.Offset - 1
		if p.tz.hasEncoding {
			byteOff = 0
			for i := 1; i < e.Offset && byteOff < len(line); i++ {
				_, size := utf8.DecodeRuneInString(line[byteOff:])
				byteOff += size
			}
		}
		prefix := 0
		for l := p.bufStartLine(cur, last); l < e.Lineno; l++ {
			prefix += len(p.sourceLine(l))
		}
		e.Offset = prefix + byteOff + 1
		if p.tz.hasEncoding {
			e.Offset = charOffset(e.Text, e.Offset)
		}
	}
	return e
}

// tokCol returns the 1-based start offset _PyPegen_raise_error uses for
// token t: INDENT, DEDENT and ENDMARKER carry no column in CPython, which
// then reports the tokenizer's cursor, the end of the line's indentation.
func (p *parser) tokCol(t *Token) int {
	if t.Col < 0 && p.script && p.atEOF(t) {
		// Reading a file, the tokenizer's buffer is empty at the end.
		return 0
	}
	if t.Col < 0 && (t.Kind == NEWLINE || p.atEOF(t)) {
		// At the end of the input the cursor is past the last line.
		line := p.sourceLine(t.Line)
		if p.noFinalNL && p.parent == nil {
			line = strings.TrimSuffix(line, "\n")
		}
		return len(line)
	}
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

// atEOF reports whether t is the ENDMARKER or one of the DEDENTs before it.
func (p *parser) atEOF(t *Token) bool {
	if t.Kind == ENDMARKER {
		return true
	}
	if t.Kind != DEDENT {
		return false
	}
	i := 0
	for i < len(p.toks) && &p.toks[i] != t {
		i++
	}
	for j := i + 1; p.fetch(j); j++ {
		switch p.toks[j].Kind {
		case ENDMARKER:
			return true
		case DEDENT:
			continue
		}
		return false
	}
	return false
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
	// An error CPython's tokenizer raises itself stands. Otherwise a
	// bracket opened on a line before the parser's error is reported.
	if !isDoneCodeError(te.Msg) && !strings.HasSuffix(te.Msg, "' was never closed") {
		return te
	}
	if open := p.tz.OpenBrackets(); len(open) > 0 {
		b := open[len(open)-1]
		if errLine > b.Line {
			return p.unclosedError(b)
		}
	}
	return err
}

// unclosedError reports bracket b as never closed, as
// raise_unclosed_parentheses_error does.
func (p *parser) unclosedError(b Token) *SyntaxError {
	e := p.makeError(ClassSyntaxError, "'"+b.Val+"' was never closed", b.Line, b.Col+1, b.Line, 0)
	e.Text = p.errorTextAt(b.Line, p.lastLine(), len(p.toks)-1)
	e.Offset = b.Col + 1
	if p.parent == nil && p.tz.hasEncoding {
		e.Offset = charOffset(e.Text, b.Col+1)
	}
	return e
}

// charOffsetIf converts a 1-based byte offset in text to code points when
// conv is set.
func charOffsetIf(conv bool, text string, off int) int {
	if conv {
		return charOffset(text, off)
	}
	return off
}

// lastLine returns the line CPython's tokenizer is on at the end of the
// input: the last line of the source.
func (p *parser) lastLine() int {
	n := 1
	if len(p.toks) > 0 {
		n = p.toks[len(p.toks)-1].EndLine
	}
	for p.sourceLine(n+1) != "" {
		n++
	}
	return n
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
