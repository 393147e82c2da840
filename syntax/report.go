// This file defines FormatSyntaxError, the text CPython 3.11 writes to stderr
// when a script dies of a SyntaxError. CPython's default excepthook (C code
// in Python/pythonrun.c) does the formatting; its quirks are kept on purpose:
// offsets count code points but are clipped against UTF-8 byte lengths, and
// the subclasses IndentationError and TabError always get a single caret.

package syntax

import (
	"strconv"
	"strings"
)

// FormatSyntaxError returns exactly what `python3.11 script.py` prints on
// stderr for an uncaught e: the file and line, the stripped source line, the
// caret line, and "Class: msg", each ending in a newline. An error with
// neither file name nor line number (CPython sets both to None for encoding
// errors found while reading a script) prints the last line only.
func FormatSyntaxError(e *SyntaxError) string {
	var b strings.Builder
	if e.Filename == "" && e.Lineno == 0 {
		writeMessage(&b, e)
		return b.String()
	}
	b.WriteString(`  File "`)
	b.WriteString(e.Filename)
	b.WriteString(`", line `)
	b.WriteString(strconv.Itoa(e.Lineno))
	b.WriteByte('\n')
	if e.Text != "" {
		start, end := caretSpan(e)
		writeErrorText(&b, e.Text, start, end)
	}
	writeMessage(&b, e)
	return b.String()
}

// writeMessage writes the last line, "Class: msg".
func writeMessage(b *strings.Builder, e *SyntaxError) {
	b.WriteString(e.Class.String())
	if e.Msg != "" {
		b.WriteString(": ")
		b.WriteString(e.Msg)
	}
	b.WriteByte('\n')
}

// caretSpan returns the 1-based offset and end offset the excepthook uses.
// An end offset of -1 means unknown.
func caretSpan(e *SyntaxError) (offset, endOffset int) {
	offset = e.Offset
	if offset == 0 {
		offset = -1
	}
	if e.Class != ClassSyntaxError {
		return offset, -1
	}
	endOffset = e.EndOffset
	if endOffset == 0 {
		endOffset = -1
	}
	size := len(e.Text)
	if e.EndLineno > e.Lineno {
		// Only the first line is shown: highlight to its end.
		endOffset = size
	}
	if endOffset > size+1 {
		endOffset = size + 1
	}
	return offset, endOffset
}

// writeErrorText writes the source line without its leading blanks and the
// caret line under it.
func writeErrorText(b *strings.Builder, text string, offset, endOffset int) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i] // CPython handles the line as a C string
	}
	offset-- // to 0-based
	for text != "" && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	offset = min(offset, n)
	// When the text spans lines, show the line the offset falls in.
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if n >= len(text) || n < 0 || text[n] != '\n' {
		b.WriteByte('\n')
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}
