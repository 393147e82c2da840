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
// has Col == EndCol (the column of the line break); INDENT, DEDENT and
// ENDMARKER have Col == EndCol == -1 (CPython's tokens carry no start for
// them) on the line the tokenizer is reading when it emits them.
type Tokenizer struct {
	raw      []byte
	filename string
	fromStr  bool // source already decoded: ignore BOM and coding cookie
	decoded  bool

	src       string // decoded source, line endings normalized to "\n"
	pos       int    // tok->cur
	inp       int    // end of the current physical line (tok->inp)
	lineStart int    // tok->line_start
	lineno    int
	atEOF     bool

	atBOL    bool
	indents  []int // tok->indstack
	alts     []int // tok->altindstack
	pending  int   // tok->pendin
	parens   []paren
	contLine bool

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
}

// NewTokenizer returns a tokenizer over src, the bytes of a source file: it
// honours a UTF-8 BOM and a PEP 263 coding declaration. Decoding errors are
// reported by the first call to Next.
func NewTokenizer(src []byte, filename string) *Tokenizer {
	return &Tokenizer{raw: src, filename: filename}
}

// NewTokenizerString returns a tokenizer over already-decoded text, as
// CPython's compile() of a str: a BOM or coding declaration in it is
// ignored.
func NewTokenizerString(src, filename string) *Tokenizer {
	t := &Tokenizer{filename: filename, fromStr: true}
	t.src = src
	return t
}

// Warnings returns the warnings the tokenizer has issued so far (CPython's
// SyntaxWarning "invalid decimal literal" for a number followed directly by
// a keyword, e.g. "1if x else y"). Col is the 0-based byte column CPython's
// error would point after if the warning were turned into an error.
func (t *Tokenizer) Warnings() []Warning { return t.warnings }

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
	if indexByte(src, 0) >= 0 {
		return &SyntaxError{Msg: "source code string cannot contain null bytes", Filename: t.filename}
	}
	src, t.addedNL = normalizeNewlines(src)
	if !t.fromStr {
		var err *SyntaxError
		t.hadBOM = strings.HasPrefix(src, "\xef\xbb\xbf")
		if src, t.hasEncoding, err = decodeSource(src, t.filename); err != nil {
			return err
		}
	}
	t.src = src
	t.atBOL = true
	t.indents = append(t.indents[:0], 0)
	t.alts = append(t.alts[:0], 0)
	return nil
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

// normalizeNewlines turns "\r\n" and "\r" into "\n" and adds a final "\n" if
// missing, as CPython's translate_newlines does; it reports whether it
// added one.
func normalizeNewlines(s string) (string, bool) {
	hasCR := false
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' {
			hasCR = true
			break
		}
	}
	// CPython's translate_newlines adds a blank line after a final "\r\n"
	// (its last-character check sees the skipped '\n' as missing).
	extra := strings.HasSuffix(s, "\r\n")
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
	if len(s) == 0 || s[len(s)-1] != '\n' {
		return s + "\n", true
	}
	return s, false
}

// nextc returns the next byte of the source, reading the next physical line
// when the current one is used up, or eof.
func (t *Tokenizer) nextc() int {
	if t.pos < t.inp {
		c := t.src[t.pos]
		t.pos++
		return int(c)
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
	end := t.inp
	for end < len(t.src) && t.src[end] != '\n' {
		end++
	}
	if end < len(t.src) {
		end++
	}
	t.inp = end
	c := t.src[t.pos]
	t.pos++
	return int(c)
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
	c := t.nextc()
	for c == ' ' || c == '\t' || c == '\014' {
		c = t.nextc()
	}
	// After a comment, start stays at the '#': CPython's NEWLINE token
	// starts there.
	start := t.pos - 1
	if c == '#' {
		for c != eof && c != '\n' {
			c = t.nextc()
		}
	}
	if c == eof {
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
		t.contLine = false
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
		t.contLine = true
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

func (t *Tokenizer) tabError() *SyntaxError {
	return t.pegenError(ClassTabError, "inconsistent use of tabs and spaces in indentation", t.lineno, 1, 0)
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
	nonASCII := false
	for isIdentChar(c) {
		if c >= 128 {
			nonASCII = true
		}
		c = t.nextc()
	}
	t.backup(c)
	tok := t.tok(NAME, start)
	if nonASCII {
		norm, err := t.verifyIdentifier(start)
		if err != nil {
			return Token{}, err
		}
		tok.Val = norm
		return tok, nil
	}
	if k, ok := Keywords[tok.Val]; ok {
		tok.Kind = k
	}
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
		c = t.nextc()
		if c == eof || quoteSize == 1 && c == '\n' {
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

// syntaxError is CPython's syntaxerror(): an error at the current position
// of the current line, whose text is the line without its newline.
func (t *Tokenizer) syntaxError(msg string) *SyntaxError {
	off := utf8.RuneCountInString(t.src[t.lineStart:t.pos])
	return t.syntaxErrorRange(msg, off, off)
}

// syntaxErrorRange is CPython's syntaxerror_known_range: offsets are given.
func (t *Tokenizer) syntaxErrorRange(msg string, off, endOff int) *SyntaxError {
	end := t.lineStart
	for end < len(t.src) && t.src[end] != '\n' {
		end++
	}
	return &SyntaxError{Msg: msg, Filename: t.filename, Lineno: t.lineno, Offset: off,
		EndLineno: t.lineno, EndOffset: endOff, Text: t.src[t.lineStart:end]}
}

// pegenError builds an error the way CPython's parser reports a tokenizer
// failure (RAISE_ERROR_KNOWN_LOCATION and friends): byteOff is a 1-based
// byte offset in line lineno, converted to code points when the encoding
// is known; endOff is passed through (0 or -1 as CPython leaves them).
func (t *Tokenizer) pegenError(class ErrorClass, msg string, lineno, byteOff, endOff int) *SyntaxError {
	text := t.errorLine(lineno)
	off := byteOff
	if t.hasEncoding {
		off = byteToCharOffset(text, byteOff)
	}
	return &SyntaxError{Class: class, Msg: msg, Filename: t.filename, Lineno: lineno,
		Offset: off, EndLineno: lineno, EndOffset: endOff, Text: text}
}

// errorLine is the text CPython's parser shows for line n, read back from
// the source file: a BOM and a missing final newline stay as they are. A
// line that is not UTF-8 fails to decode there, and CPython falls back to
// its buffer, decoded with errors="replace".
func (t *Tokenizer) errorLine(n int) string {
	text := t.SourceLine(n)
	if !utf8.ValidString(text) {
		return replaceInvalidUTF8(text)
	}
	if t.addedNL && len(text) > 0 && t.lineOffset(n)+len(text) == len(t.src) {
		text = text[:len(text)-1]
	}
	if n == 1 && t.hadBOM {
		text = "\ufeff" + text
	}
	return text
}

// replaceInvalidUTF8 decodes s as Python's UTF-8 decoder does with
// errors="replace".
func replaceInvalidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			sb.WriteString(s[i : i+n])
			i += n
			continue
		}
		end, _ := utf8BadSpan(s, i)
		sb.WriteRune(utf8.RuneError)
		i = end
	}
	return sb.String()
}

// byteToCharOffset is _PyPegen_byte_offset_to_character_offset.
func byteToCharOffset(line string, off int) int {
	if off <= 0 {
		return off
	}
	if off > len(line)+1 {
		off = len(line) + 1
	}
	if off > len(line) {
		return utf8.RuneCountInString(line) + off - len(line)
	}
	return utf8.RuneCountInString(line[:off])
}

// unclosedError is "'(' was never closed" for the innermost open bracket.
func (t *Tokenizer) unclosedError() *SyntaxError {
	p := t.parens[len(t.parens)-1]
	return t.pegenError(ClassSyntaxError, fmt.Sprintf("'%c' was never closed", p.ch), p.line, p.col+1, 0)
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

// number reads a numeric literal whose first byte c has been read; with
// fraction set, c is the first digit after a leading '.'.
func (t *Tokenizer) number(c, start int, fraction bool) (Token, *SyntaxError) {
	var err *SyntaxError
	if fraction {
		return t.numberFraction(c, start)
	}
	if c != '0' {
		if c, err = t.decimalTail(); err != nil {
			return Token{}, err
		}
		if c == '.' {
			return t.numberFraction(t.nextc(), start)
		}
		return t.numberExponent(c, start)
	}
	c = t.nextc()
	switch c {
	case 'x', 'X':
		return t.radixNumber(start, "hexadecimal", isXDigit, nil)
	case 'o', 'O':
		return t.radixNumber(start, "octal", isOctDigit, isDigit)
	case 'b', 'B':
		return t.radixNumber(start, "binary", isBinDigit, isDigit)
	}
	// A zero, maybe followed by more zeros; other digits are an error
	// unless this is a float or imaginary literal.
	for {
		if c == '_' {
			c = t.nextc()
			if !isDigit(c) {
				t.backup(c)
				return Token{}, t.syntaxError("invalid decimal literal")
			}
		}
		if c != '0' {
			break
		}
		c = t.nextc()
	}
	zerosEnd := t.pos
	nonzero := false
	if isDigit(c) {
		nonzero = true
		if c, err = t.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	switch {
	case c == '.':
		return t.numberFraction(t.nextc(), start)
	case c == 'e' || c == 'E' || c == 'j' || c == 'J':
		return t.numberExponent(c, start)
	case nonzero:
		t.backup(c)
		return Token{}, t.syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "+
			"use an 0o prefix for octal integers", start+1-t.lineStart, zerosEnd-t.lineStart)
	}
	if err := t.verifyEndOfNumber(c, "decimal"); err != nil {
		return Token{}, err
	}
	t.backup(c)
	return t.tok(NUMBER, start), nil
}

func isOctDigit(c int) bool { return c >= '0' && c <= '7' }
func isBinDigit(c int) bool { return c == '0' || c == '1' }

// radixNumber reads the digits of a 0x, 0o or 0b literal; the prefix has
// been read. badDigit, if set, tells which decimal digits get "invalid
// digit '8' in octal literal".
func (t *Tokenizer) radixNumber(start int, kind string, ok, badDigit func(int) bool) (Token, *SyntaxError) {
	c := t.nextc()
	for {
		if c == '_' {
			c = t.nextc()
		}
		if !ok(c) {
			if badDigit != nil && badDigit(c) {
				return Token{}, t.syntaxError(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			}
			t.backup(c)
			return Token{}, t.syntaxError("invalid " + kind + " literal")
		}
		for ok(c) {
			c = t.nextc()
		}
		if c != '_' {
			break
		}
	}
	if badDigit != nil && badDigit(c) {
		return Token{}, t.syntaxError(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
	}
	if err := t.verifyEndOfNumber(c, kind); err != nil {
		return Token{}, err
	}
	t.backup(c)
	return t.tok(NUMBER, start), nil
}

// decimalTail reads the rest of a run of digits with single underscores
// between them; it returns the byte after it.
func (t *Tokenizer) decimalTail() (int, *SyntaxError) {
	for {
		c := t.nextc()
		for isDigit(c) {
			c = t.nextc()
		}
		if c != '_' {
			return c, nil
		}
		c = t.nextc()
		if !isDigit(c) {
			t.backup(c)
			return 0, t.syntaxError("invalid decimal literal")
		}
	}
}

// numberFraction continues a float after its '.'; c is the byte after it.
func (t *Tokenizer) numberFraction(c, start int) (Token, *SyntaxError) {
	var err *SyntaxError
	if isDigit(c) {
		if c, err = t.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	return t.numberExponent(c, start)
}

// numberExponent continues a number at c, which may start an exponent or
// the imaginary suffix.
func (t *Tokenizer) numberExponent(c, start int) (Token, *SyntaxError) {
	var err *SyntaxError
	if c == 'e' || c == 'E' {
		e := c
		c = t.nextc()
		if c == '+' || c == '-' {
			c = t.nextc()
			if !isDigit(c) {
				t.backup(c)
				return Token{}, t.syntaxError("invalid decimal literal")
			}
		} else if !isDigit(c) {
			// "1e" is the number 1 followed by a name, if anything.
			t.backup(c)
			if err := t.verifyEndOfNumber(e, "decimal"); err != nil {
				return Token{}, err
			}
			t.backup(e)
			return t.tok(NUMBER, start), nil
		}
		if c, err = t.decimalTail(); err != nil {
			return Token{}, err
		}
	}
	kind := "decimal"
	if c == 'j' || c == 'J' {
		c = t.nextc()
		kind = "imaginary"
	}
	if err := t.verifyEndOfNumber(c, kind); err != nil {
		return Token{}, err
	}
	t.backup(c)
	return t.tok(NUMBER, start), nil
}

// verifyEndOfNumber checks the byte c after a number: a keyword that can
// follow a number in valid code ("1if x else y") draws a SyntaxWarning,
// any other identifier character an error.
func (t *Tokenizer) verifyEndOfNumber(c int, kind string) *SyntaxError {
	r := false
	switch c {
	case 'a':
		r = t.lookahead("nd")
	case 'e':
		r = t.lookahead("lse")
	case 'f':
		r = t.lookahead("or")
	case 'i':
		c2 := t.nextc()
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
		t.backup(c2)
	case 'o':
		r = t.lookahead("r")
	case 'n':
		r = t.lookahead("ot")
	}
	if r {
		t.backup(c)
		t.warnings = append(t.warnings, Warning{Category: "SyntaxWarning", Msg: "invalid " + kind + " literal",
			Lineno: t.lineno, Col: t.pos - t.lineStart})
		t.nextc()
		return nil
	}
	// A non-ASCII byte is left to the next token (an identifier or an
	// invalid character).
	if c < 128 && isIdentChar(c) {
		t.backup(c)
		return t.syntaxError("invalid " + kind + " literal")
	}
	return nil
}

// lookahead reports whether the next bytes are s followed by a byte that
// cannot continue an identifier; it consumes nothing.
func (t *Tokenizer) lookahead(s string) bool {
	save := t.pos
	i := 0
	for ; i < len(s); i++ {
		if t.pos >= t.inp || int(t.src[t.pos]) != int(s[i]) {
			break
		}
		t.pos++
	}
	res := false
	if i == len(s) {
		res = t.pos >= t.inp || !isIdentChar(int(t.src[t.pos]))
	}
	t.pos = save
	return res
}

// oneChar is PyToken_OneChar.
func oneChar(c int) Kind {
	switch c {
	case '%':
		return PERCENT
	case '&':
		return AMPER
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '*':
		return STAR
	case '+':
		return PLUS
	case ',':
		return COMMA
	case '-':
		return MINUS
	case '.':
		return DOT
	case '/':
		return SLASH
	case ':':
		return COLON
	case ';':
		return SEMI
	case '<':
		return LESS
	case '=':
		return EQUAL
	case '>':
		return GREATER
	case '@':
		return AT
	case '[':
		return LSQB
	case ']':
		return RSQB
	case '^':
		return CIRCUMFLEX
	case '{':
		return LBRACE
	case '|':
		return VBAR
	case '}':
		return RBRACE
	case '~':
		return TILDE
	}
	return OP
}

// twoChars is PyToken_TwoChars; OP means no two-character token.
func twoChars(c1, c2 int) Kind {
	switch c1 {
	case '!':
		if c2 == '=' {
			return NOTEQUAL
		}
	case '%':
		if c2 == '=' {
			return PERCENTEQUAL
		}
	case '&':
		if c2 == '=' {
			return AMPEREQUAL
		}
	case '*':
		switch c2 {
		case '*':
			return DOUBLESTAR
		case '=':
			return STAREQUAL
		}
	case '+':
		if c2 == '=' {
			return PLUSEQUAL
		}
	case '-':
		switch c2 {
		case '=':
			return MINEQUAL
		case '>':
			return RARROW
		}
	case '/':
		switch c2 {
		case '/':
			return DOUBLESLASH
		case '=':
			return SLASHEQUAL
		}
	case ':':
		if c2 == '=' {
			return COLONEQUAL
		}
	case '<':
		switch c2 {
		case '<':
			return LEFTSHIFT
		case '=':
			return LESSEQUAL
		case '>':
			return NOTEQUAL
		}
	case '=':
		if c2 == '=' {
			return EQEQUAL
		}
	case '>':
		switch c2 {
		case '=':
			return GREATEREQUAL
		case '>':
			return RIGHTSHIFT
		}
	case '@':
		if c2 == '=' {
			return ATEQUAL
		}
	case '^':
		if c2 == '=' {
			return CIRCUMFLEXEQUAL
		}
	case '|':
		if c2 == '=' {
			return VBAREQUAL
		}
	}
	return OP
}

// threeChars is PyToken_ThreeChars; OP means no three-character token.
func threeChars(c1, c2, c3 int) Kind {
	if c3 != '=' {
		if c1 == '.' && c2 == '.' && c3 == '.' {
			return ELLIPSIS
		}
		return OP
	}
	switch {
	case c1 == '*' && c2 == '*':
		return DOUBLESTAREQUAL
	case c1 == '.' && c2 == '.':
		return OP
	case c1 == '/' && c2 == '/':
		return DOUBLESLASHEQUAL
	case c1 == '<' && c2 == '<':
		return LEFTSHIFTEQUAL
	case c1 == '>' && c2 == '>':
		return RIGHTSHIFTEQUAL
	}
	return OP
}
