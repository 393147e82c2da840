// This file defines the tokenizer, a close model of CPython 3.11's C
// tokenizer (Parser/tokenizer.c): the same reading model (one physical line
// at a time, with tok_nextc/tok_backup), so token positions, line numbers at
// end of input and error locations come out as CPython's do.

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// CPython's limits on nesting.
const (
	maxIndent = 100 // MAXINDENT: indentation levels
	maxLevel  = 200 // MAXLEVEL: open brackets
	tabSize   = 8
	altTab    = 1 // ALTTABSIZE: the second tab size of the consistency check
)

const eof = -1

// paren is one open bracket.
type paren struct {
	ch   byte
	line int
	col  int // byte column
}

// Tokenizer turns Python source into tokens, one at a time, the way CPython's
// tokenizer does: it decodes the source (BOM, PEP 263 declaration), tracks
// indentation and open brackets, and reports lexical errors as *SyntaxError.
//
// Positions follow CPython's C tokenizer as the parser sees them: NEWLINE
// starts at the comment before the line break if there is one, else at
// the line break, and ends at the line break (EndCol is its column);
// INDENT, DEDENT and ENDMARKER have Col == EndCol == -1 (CPython's tokens
// carry no start for them) on the line the tokenizer is reading when it
// emits them; 'async' and 'await' are always keywords (KwAsync, KwAwait),
// as CPython 3.11 always returns ASYNC and AWAIT for them.
//
// Errors are complete *SyntaxError values with CPython's fields. Some of
// them CPython's parser builds from the tokenizer's state rather than the
// tokenizer itself ("unindent does not match any outer indentation level",
// TabError, "too many levels of indentation", "unexpected character after
// line continuation character", "unexpected EOF while parsing", "'(' was
// never closed"); their offsets follow the parser's rules (ByteOffsets).
type Tokenizer struct {
	raw      []byte
	filename string
	fromStr  bool // source already decoded: ignore BOM and coding cookie
	fileMode bool // read as CPython reads a script file (NewTokenizerFile)
	decoded  bool

	src       string // decoded source, line endings normalized to "\n"
	pos       int    // tok->cur
	inp       int    // end of the current physical line (tok->inp)
	lineStart int    // tok->line_start
	lineno    int
	atEOF     bool

	atBOL   bool
	indents []int // tok->indstack
	alts    []int // tok->altindstack
	pending int   // tok->pendin
	parens  []paren

	typeComments bool
	typeIgnores  []TypeIgnore

	done     bool
	last     Token
	err      *SyntaxError
	warnings []Warning
	lines    []int // start offsets of lines, built on demand for SourceLine
	// addedNL tells that the source lacked a final newline, so the last
	// one is implicit.
	addedNL bool
	// hasEncoding tells that CPython's tokenizer would know the source's
	// encoding (a str, a BOM or a declaration); without one the parser's
	// error offsets count bytes instead of code points.
	hasEncoding bool
	hadBOM      bool
	// checkLines tells that each line must be checked for UTF-8 as it is
	// read (file mode, no declared encoding); lineErr is what that check
	// or the check for null bytes found.
	checkLines bool
	lineErr    *SyntaxError
	// noFinalNL is set for the modes other than exec, whose source CPython
	// reads without adding a final newline.
	noFinalNL bool
	// endOfSource tells that the tokenizer stopped at the end of the
	// source (CPython's done is E_EOF, E_EOFS or E_EOLS).
	endOfSource bool
}

// NewTokenizer returns a tokenizer over src, the bytes of a source file: it
// honours a UTF-8 BOM and a PEP 263 coding declaration. Decoding errors are
// reported by the first call to Next.
func NewTokenizer(src []byte, filename string) *Tokenizer {
	return &Tokenizer{raw: src, filename: filename}
}

// NewTokenizerFile returns a tokenizer over src, the bytes of a script file
// that CPython would read itself (python3.11 file.py), rather than receive
// through compile() as an import does: a line that is not UTF-8 without a
// declared encoding is "Non-UTF-8 code starting with ..." when the
// tokenizer reaches it, a codec failure is "encoding problem: NAME", and a
// null byte is "source code cannot contain null bytes" on its line.
func NewTokenizerFile(src []byte, filename string) *Tokenizer {
	return &Tokenizer{raw: src, filename: filename, fileMode: true}
}

// NewTokenizerString returns a tokenizer over already-decoded text, as
// CPython's compile() of a str: a BOM or coding declaration in it is
// ignored.
func NewTokenizerString(src, filename string) *Tokenizer {
	t := &Tokenizer{filename: filename, fromStr: true}
	t.src = src
	return t
}

// SetTypeComments makes the tokenizer return TYPE_COMMENT tokens for
// "# type: ..." comments and record "# type: ignore" comments, as
// ast.parse(..., type_comments=True) asks CPython's.
func (t *Tokenizer) SetTypeComments(on bool) { t.typeComments = on }

// TypeIgnores returns the "# type: ignore" comments seen so far (only with
// SetTypeComments), with their line and the text after "ignore".
func (t *Tokenizer) TypeIgnores() []TypeIgnore { return t.typeIgnores }

// ByteOffsets reports whether CPython reports the error offsets of this
// source in bytes rather than code points, as its parser does for every
// error (its own and the tokenizer's) when its tokenizer has no encoding
// set: for bytes with neither a BOM nor a coding declaration
// (compile(b"\xc3\xa9 = 1 +") says offset 9, not 8). Valid after the
// first call to Next.
func (t *Tokenizer) ByteOffsets() bool { return !t.hasEncoding }

// SetMode tells the tokenizer which start rule the source is parsed with,
// before the first call to Next. CPython adds a missing final newline only
// to file input (ModeExec, the default, and f-string expressions); in the
// other modes the last line may end without NEWLINE, and no DEDENT
// follows it.
func (t *Tokenizer) SetMode(m Mode) { t.noFinalNL = m != ModeExec }

// ImplyDedents queues DEDENT tokens back to the first column, as CPython's
// parser makes its tokenizer do when single-input mode meets the end of
// the source (the ENDMARKER it turns into a NEWLINE).
func (t *Tokenizer) ImplyDedents() {
	t.pending = -(len(t.indents) - 1)
	t.indents, t.alts = t.indents[:1], t.alts[:1]
	if t.done && t.err == nil {
		t.done = false // let Next return the DEDENTs and a new ENDMARKER
	}
}

// AtEOF reports whether the tokenizer has reached the end of the source
// (returned ENDMARKER, or failed there: a bracket never closed, a string
// unterminated at the end, a backslash at the end), which is when
// compile() with PyCF_ALLOW_INCOMPLETE_INPUT (codeop) says "incomplete
// input".
func (t *Tokenizer) AtEOF() bool { return t.endOfSource }

// Warnings returns the warnings the tokenizer has issued so far (CPython's
// SyntaxWarning "invalid decimal literal" for a number followed directly by
// a keyword, e.g. "1if x else y"). Col is the 0-based byte column of the
// character after the number; WarningAsError uses it.
func (t *Tokenizer) Warnings() []Warning { return t.warnings }

// WarningAsError returns the SyntaxError CPython raises in place of
// warning w (one of Warnings) when warnings are errors (-W error).
func (t *Tokenizer) WarningAsError(w Warning) *SyntaxError {
	line := strings.TrimSuffix(t.SourceLine(w.Lineno), "\n")
	col := min(max(w.Col, 0), len(line))
	off := utf8.RuneCountInString(replaceInvalidUTF8(line[:col]))
	return &SyntaxError{Msg: w.Msg, Filename: t.filename, Lineno: w.Lineno, Offset: off,
		EndLineno: w.Lineno, EndOffset: off, Text: replaceInvalidUTF8(line)}
}

// Next returns the next token. After ENDMARKER or an error it keeps
// returning the same result.
func (t *Tokenizer) Next() (Token, *SyntaxError) {
	if t.done {
		return t.last, t.err
	}
	if !t.decoded {
		if err := t.start(); err != nil {
			t.done, t.err = true, err
			return Token{}, err
		}
	}
	tok, err := t.get()
	if t.lineErr != nil {
		err = t.lineErr
	}
	if err != nil {
		t.done, t.err = true, err
		return Token{}, err
	}
	if tok.Kind == ENDMARKER {
		t.done, t.last = true, tok
	}
	return tok, nil
}

// start decodes the source and sets up the reading state.
func (t *Tokenizer) start() *SyntaxError {
	t.decoded = true
	if t.fromStr {
		t.hasEncoding = true
	}
	src := t.src
	if !t.fromStr {
		src = string(t.raw)
		t.raw = nil
	}
	if !t.fileMode && strings.IndexByte(src, 0) >= 0 {
		return &SyntaxError{Msg: "source code string cannot contain null bytes", Filename: t.filename}
	}
	src, t.addedNL = normalizeNewlines(src, !t.noFinalNL, !t.fileMode)
	if !t.fromStr {
		var err *SyntaxError
		t.hadBOM = strings.HasPrefix(src, "\xef\xbb\xbf")
		if src, t.hasEncoding, err = decodeSource(src, t.filename, t.fileMode); err != nil {
			return err
		}
		t.checkLines = t.fileMode && !t.hasEncoding
	}
	t.src = src
	t.atBOL = true
	t.indents = append(t.indents[:0], 0)
	t.alts = append(t.alts[:0], 0)
	return nil
}

// normalizeNewlines turns "\r\n" and "\r" into "\n" and, for file input,
// adds a final "\n" if missing, as CPython's translate_newlines does; it
// reports whether it added one. With translated set (compile() rather than
// reading a script) it also makes translate_newlines' blank line after a
// final "\r\n" (its last-character check sees the skipped '\n' as missing).
func normalizeNewlines(s string, fileInput, translated bool) (string, bool) {
	hasCR := strings.IndexByte(s, '\r') >= 0
	extra := fileInput && translated && strings.HasSuffix(s, "\r\n")
	if hasCR {
		b := make([]byte, 0, len(s)+2)
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '\r' {
				b = append(b, '\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
				continue
			}
			b = append(b, c)
		}
		if extra {
			b = append(b, '\n')
		}
		s = string(b)
	}
	if fileInput && (len(s) == 0 || s[len(s)-1] != '\n') {
		return s + "\n", true
	}
	return s, false
}

// nextc returns the next byte of the source, reading the next physical line
// when the current one is used up, or eof.
func (t *Tokenizer) nextc() int {
	if p := t.pos; p < t.inp {
		t.pos = p + 1
		return int(t.src[p])
	}
	return t.underflow()
}

func (t *Tokenizer) underflow() int {
	if t.atEOF || t.inp >= len(t.src) {
		t.atEOF = true
		t.pos = t.inp
		return eof
	}
	t.lineStart = t.inp
	t.lineno++
	if n := strings.IndexByte(t.src[t.inp:], '\n'); n >= 0 {
		t.inp += n + 1
	} else {
		t.inp = len(t.src)
	}
	if t.fileMode && t.checkLine() {
		t.atEOF = true
		t.pos = t.inp
		return eof
	}
	c := t.src[t.pos]
	t.pos++
	return int(c)
}

// skipBlanks skips spaces, tabs and form feeds in the current line.
func (t *Tokenizer) skipBlanks() {
	p := t.pos
	for p < t.inp && (t.src[p] == ' ' || t.src[p] == '\t' || t.src[p] == '\014') {
		p++
	}
	t.pos = p
}

// backup steps back over c, the last byte nextc returned.
func (t *Tokenizer) backup(c int) {
	if c != eof {
		t.pos--
	}
}

func isIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isIdentChar(c int) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c int) bool { return c >= '0' && c <= '9' }

func isXDigit(c int) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// get is CPython's tok_get: it returns the next token or a lexical error.
func (t *Tokenizer) get() (Token, *SyntaxError) {
	blank := false
nextline:
	blank = false
	if t.atBOL {
		var err *SyntaxError
		if blank, err = t.indentation(); err != nil {
			return Token{}, err
		}
	}
	if t.pending != 0 {
		k := INDENT
		if t.pending < 0 {
			t.pending++
			k = DEDENT
		} else {
			t.pending--
		}
		return Token{Kind: k, Line: t.lineno, Col: -1, EndLine: t.lineno, EndCol: -1}, nil
	}
again:
	t.skipBlanks()
	c := t.nextc()
	// After a comment, start stays at the '#': CPython's NEWLINE token
	// starts there.
	start := t.pos - 1
	if c == '#' {
		// The comment runs to the end of the physical line.
		t.pos = t.inp
		if t.inp > 0 && t.src[t.inp-1] == '\n' {
			t.pos--
		}
		c = t.nextc()
		if t.typeComments {
			switch tok, what := t.typeComment(c, start, blank); what {
			case typeCommentToken:
				return tok, nil
			case typeIgnoreSeen:
				if blank {
					t.atBOL = true
					goto nextline
				}
				goto again
			}
		}
	}
	if c == eof {
		t.endOfSource = true
		if len(t.parens) > 0 {
			return Token{}, t.unclosedError()
		}
		return Token{Kind: ENDMARKER, Line: t.lineno, Col: -1, EndLine: t.lineno, EndCol: -1}, nil
	}
	if isIdentStart(c) {
		return t.name(c, start)
	}
	if c == '\n' {
		t.atBOL = true
		if blank || len(t.parens) > 0 {
			goto nextline
		}
		val := "\n"
		if t.addedNL && t.pos == len(t.src) {
			val = ""
		}
		return Token{Kind: NEWLINE, Val: val, Line: t.lineno, Col: start - t.lineStart, EndLine: t.lineno,
			EndCol: t.pos - 1 - t.lineStart}, nil
	}
	if c == '.' {
		c = t.nextc()
		if isDigit(c) {
			return t.number(c, start, true)
		}
		if c == '.' {
			c = t.nextc()
			if c == '.' {
				return t.tok(ELLIPSIS, start), nil
			}
			t.backup(c)
			t.backup('.')
		} else {
			t.backup(c)
		}
		return t.tok(DOT, start), nil
	}
	if isDigit(c) {
		return t.number(c, start, false)
	}
	if c == '\'' || c == '"' {
		return t.str(c, start)
	}
	if c == '\\' {
		if err := t.continuation(); err != nil {
			return Token{}, err
		}
		goto again
	}
	return t.operator(c, start)
}

// tok makes a token of kind k from start to the current position.
func (t *Tokenizer) tok(k Kind, start int) Token {
	return Token{Kind: k, Val: t.src[start:t.pos], Line: t.lineno, Col: start - t.lineStart,
		EndLine: t.lineno, EndCol: t.pos - t.lineStart}
}

// indentation reads the indentation at the beginning of a line and queues
// INDENT or DEDENT tokens; it reports whether the line is blank (only
// whitespace and a comment), which yields no NEWLINE.
func (t *Tokenizer) indentation() (bool, *SyntaxError) {
	t.atBOL = false
	col, alt, contCol := 0, 0, 0
	var c int
	for {
		c = t.nextc()
		if c == ' ' {
			col++
			alt++
		} else if c == '\t' {
			col = (col/tabSize + 1) * tabSize
			alt = (alt/altTab + 1) * altTab
		} else if c == '\014' {
			col, alt = 0, 0
		} else if c == '\\' {
			// Only the first backslash-continued prefix counts as the
			// indentation of what follows.
			if contCol == 0 {
				contCol = col
			}
			if err := t.continuation(); err != nil {
				return false, err
			}
		} else {
			break
		}
	}
	t.backup(c)
	blank := c == '#' || c == '\n'
	if blank || len(t.parens) > 0 {
		return blank, nil
	}
	if contCol != 0 {
		col, alt = contCol, contCol
	}
	top := len(t.indents) - 1
	switch {
	case col == t.indents[top]:
		if alt != t.alts[top] {
			return false, t.tabError()
		}
	case col > t.indents[top]:
		if top+1 >= maxIndent {
			t.pos = t.inp
			return false, t.pegenError(ClassIndentationError, "too many levels of indentation", t.lineno, 1, 0)
		}
		if alt <= t.alts[top] {
			return false, t.tabError()
		}
		t.pending++
		t.indents = append(t.indents, col)
		t.alts = append(t.alts, alt)
	default:
		for top > 0 && col < t.indents[top] {
			t.pending--
			top--
		}
		t.indents, t.alts = t.indents[:top+1], t.alts[:top+1]
		if col != t.indents[top] {
			t.pos = t.inp
			return false, t.pegenError(ClassIndentationError,
				"unindent does not match any outer indentation level", t.lineno, t.pos-t.lineStart, -1)
		}
		if alt != t.alts[top] {
			return false, t.tabError()
		}
	}
	return false, nil
}

// continuation handles a backslash: it must end the line, and input must
// follow.
func (t *Tokenizer) continuation() *SyntaxError {
	c := t.nextc()
	if c != '\n' {
		return t.pegenError(ClassSyntaxError, "unexpected character after line continuation character",
			t.lineno, t.pos-t.lineStart, 0)
	}
	c = t.nextc()
	if c == eof {
		t.pos = t.inp
		t.endOfSource = true
		if len(t.parens) > 0 {
			return t.unclosedError()
		}
		return t.pegenError(ClassSyntaxError, "unexpected EOF while parsing", t.lineno, t.pos-t.lineStart, -1)
	}
	t.backup(c)
	return nil
}

// name reads an identifier, keyword or string prefix; c is its first byte.
func (t *Tokenizer) name(c, start int) (Token, *SyntaxError) {
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			goto ident
		}
		c = t.nextc()
		if c == '"' || c == '\'' {
			return t.str(c, start)
		}
	}
ident:
	// An identifier never spans lines: scan the rest of it in the line.
	nonASCII := c >= 128
	if !isIdentChar(c) {
		t.backup(c)
	} else {
		p := t.pos
		for ; p < t.inp; p++ {
			b := t.src[p]
			if !isIdentChar(int(b)) {
				break
			}
			if b >= 128 {
				nonASCII = true
			}
		}
		t.pos = p
	}
	tok := t.tok(NAME, start)
	if nonASCII {
		norm, err := t.verifyIdentifier(start)
		if err != nil {
			return Token{}, err
		}
		tok.Val = norm
		return tok, nil
	}
	tok.Kind = keywordKind(tok.Val)
	return tok, nil
}

// str reads a string literal; quote is its opening quote and start the
// beginning of its prefix.
func (t *Tokenizer) str(quote, start int) (Token, *SyntaxError) {
	firstLine, firstLineStart := t.lineno, t.lineStart
	quoteSize, endQuoteSize := 1, 0
	c := t.nextc()
	if c == quote {
		c = t.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // the empty string
		}
	}
	if c != quote {
		t.backup(c)
	}
	for endQuoteSize != quoteSize {
		if endQuoteSize == 0 {
			// Skip what cannot end the string or escape a quote.
			p := t.pos
			for p < t.inp && t.src[p] != byte(quote) && t.src[p] != '\\' && t.src[p] != '\n' {
				p++
			}
			t.pos = p
		}
		c = t.nextc()
		if c == eof || quoteSize == 1 && c == '\n' {
			t.endOfSource = c == eof
			detected := t.lineno
			t.pos = start + 1
			t.lineStart = firstLineStart
			t.lineno = firstLine
			if quoteSize == 3 {
				return Token{}, t.syntaxError(fmt.Sprintf(
					"unterminated triple-quoted string literal (detected at line %d)", detected))
			}
			return Token{}, t.syntaxError(fmt.Sprintf(
				"unterminated string literal (detected at line %d)", detected))
		}
		if c == quote {
			endQuoteSize++
		} else {
			endQuoteSize = 0
			if c == '\\' {
				t.nextc()
			}
		}
	}
	return Token{Kind: STRING, Val: t.src[start:t.pos], Line: firstLine, Col: start - firstLineStart,
		EndLine: t.lineno, EndCol: t.pos - t.lineStart}, nil
}

// operator reads an operator or delimiter starting with c.
func (t *Tokenizer) operator(c, start int) (Token, *SyntaxError) {
	c2 := t.nextc()
	if k := twoChars(c, c2); k != OP {
		c3 := t.nextc()
		if k3 := threeChars(c, c2, c3); k3 != OP {
			k = k3
		} else {
			t.backup(c3)
		}
		return t.tok(k, start), nil
	}
	t.backup(c2)
	switch c {
	case '(', '[', '{':
		if len(t.parens) >= maxLevel {
			return Token{}, t.syntaxError("too many nested parentheses")
		}
		t.parens = append(t.parens, paren{byte(c), t.lineno, start - t.lineStart})
	case ')', ']', '}':
		if len(t.parens) == 0 {
			return Token{}, t.syntaxError(fmt.Sprintf("unmatched '%c'", c))
		}
		open := t.parens[len(t.parens)-1]
		t.parens = t.parens[:len(t.parens)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			if open.line != t.lineno {
				return Token{}, t.syntaxError(fmt.Sprintf(
					"closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line))
			}
			return Token{}, t.syntaxError(fmt.Sprintf(
				"closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch))
		}
	}
	if c < 32 || c == 127 {
		return Token{}, t.syntaxError(fmt.Sprintf("invalid non-printable character U+%04X", c))
	}
	return t.tok(oneChar(c), start), nil
}

// SourceLine returns line n (1-based) of the decoded source with its line
// ending normalized to "\n", or "" past the end; SyntaxError.Text uses it.
func (t *Tokenizer) SourceLine(n int) string {
	s := t.lineOffset(n)
	if s < 0 {
		return ""
	}
	e := s
	for e < len(t.src) && t.src[e] != '\n' {
		e++
	}
	if e < len(t.src) {
		e++
	}
	return t.src[s:e]
}

// lineOffset returns the offset of line n in the source, or -1.
func (t *Tokenizer) lineOffset(n int) int {
	if t.lines == nil {
		t.lines = append(t.lines, 0)
		for i := 0; i < len(t.src); i++ {
			if t.src[i] == '\n' && i+1 < len(t.src) {
				t.lines = append(t.lines, i+1)
			}
		}
	}
	if n < 1 || n > len(t.lines) {
		return -1
	}
	return t.lines[n-1]
}

// OpenBrackets returns the brackets that are open at the current position,
// outermost first, for errors such as "'(' was never closed".
func (t *Tokenizer) OpenBrackets() []Token {
	out := make([]Token, len(t.parens))
	for i, p := range t.parens {
		k := oneChar(int(p.ch))
		out[i] = Token{Kind: k, Val: string(p.ch), Line: p.line, Col: p.col, EndLine: p.line, EndCol: p.col + 1}
	}
	return out
}

// What typeComment found.
const (
	notTypeComment = iota
	typeCommentToken
	typeIgnoreSeen
)

// typeComment checks whether the comment that starts at start and ends
// before c (its newline or eof) is a type comment: "# type: " with any
// runs of blanks for the spaces. It returns a TYPE_COMMENT token, or records
// a "# type: ignore" (consuming the newline when the comment is alone on
// its line, as CPython does).
func (t *Tokenizer) typeComment(c, start int, blank bool) (Token, int) {
	const prefix = "# type: "
	p, end := start, t.pos
	i := 0
	for ; i < len(prefix) && p < end; i++ {
		if prefix[i] == ' ' {
			for p < end && (t.src[p] == ' ' || t.src[p] == '\t') {
				p++
			}
		} else if t.src[p] == prefix[i] {
			p++
		} else {
			break
		}
	}
	if i < len(prefix) {
		return Token{}, notTypeComment
	}
	t.backup(c)
	end = t.pos
	ig := p + 6
	if end >= ig && t.src[p:ig] == "ignore" && !(end > ig && (t.src[ig] >= 128 || isAlnum(t.src[ig]))) {
		t.typeIgnores = append(t.typeIgnores, TypeIgnore{Lineno: t.lineno, Tag: t.src[ig:end]})
		if blank {
			t.nextc()
		}
		return Token{}, typeIgnoreSeen
	}
	return Token{Kind: TYPE_COMMENT, Val: t.src[p:end], Line: t.lineno, Col: p - t.lineStart,
		EndLine: t.lineno, EndCol: end - t.lineStart}, typeCommentToken
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
