// This file defines how the tokenizer builds its errors, with the fields
// CPython sets for each way it raises them.

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func (t *Tokenizer) tabError() *SyntaxError {
	return t.pegenError(ClassTabError, "inconsistent use of tabs and spaces in indentation", t.lineno, 1, 0)
}

// syntaxError is CPython's syntaxerror(): an error at the current position
// of the current line, whose text is the line without its newline.
func (t *Tokenizer) syntaxError(msg string) *SyntaxError {
	off := utf8.RuneCountInString(replaceInvalidUTF8(t.src[t.lineStart:t.pos]))
	return t.syntaxErrorRange(msg, off, off)
}

// syntaxErrorRange is CPython's syntaxerror_known_range: offsets are given.
func (t *Tokenizer) syntaxErrorRange(msg string, off, endOff int) *SyntaxError {
	end := t.lineStart
	for end < len(t.src) && t.src[end] != '\n' {
		end++
	}
	return &SyntaxError{Msg: msg, Filename: t.filename, Lineno: t.lineno, Offset: off,
		EndLineno: t.lineno, EndOffset: endOff, Text: replaceInvalidUTF8(t.src[t.lineStart:end])}
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

// errorLine is the text CPython's parser shows for line n. For file input
// from bytes (a script or module) it reads the line back from the source
// file: a BOM and a missing final newline stay as they are. Otherwise
// (compile() of a str, the eval and single modes), or when the line is not
// UTF-8 and fails to decode from the file, it takes the line from its
// buffer: with its newline if it is the line being read, without for an
// earlier one, and with errors="replace".
func (t *Tokenizer) errorLine(n int) string {
	text := t.SourceLine(n)
	if t.fromStr || t.noFinalNL {
		if n < t.lineno {
			text = strings.TrimSuffix(text, "\n")
		}
		return replaceInvalidUTF8(text)
	}
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

// checkLine checks the physical line just read in file mode and records an
// error for a null byte or, when no encoding is declared, for bytes that
// are not UTF-8.
func (t *Tokenizer) checkLine() bool {
	line := t.src[t.lineStart:t.inp]
	if i := strings.IndexByte(line, 0); i >= 0 {
		t.lineErr = &SyntaxError{Msg: "source code cannot contain null bytes", Filename: t.filename,
			Lineno: t.lineno, EndLineno: t.lineno, Text: line[:i]}
		return true
	}
	if !t.checkLines || utf8.ValidString(line) {
		return false
	}
	i := 0
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		i += n
	}
	t.lineErr = &SyntaxError{Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
		"but no encoding declared; see https://peps.python.org/pep-0263/ for details", line[i], t.filename, t.lineno)}
	return true
}
