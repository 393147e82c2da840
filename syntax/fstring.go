// This file parses the bodies of f-string tokens the way CPython 3.11 does
// (Parser/string_parser.c): literal text, replacement fields with their
// conversion and nested format spec, and the self-documenting `=` form. Each
// field's expression is handed to the parser with the exact text and start
// position CPython's fstring_compile_expr computes, so inner nodes get
// CPython's positions.

package syntax

import "fmt"

// maxFstringParens is CPython's MAXLEVEL, the bracket nesting an f-string
// expression may have.
const maxFstringParens = 200

// fstringBuilder is CPython's FstringParser: the parts collected so far and
// the literal text not yet turned into a Constant.
type fstringBuilder struct {
	pending []byte
	values  []Expr
	fmode   bool
}

// addLiteral appends literal text; empty text is dropped, as in
// _PyPegen_FstringParser_ConcatAndDel.
func (b *fstringBuilder) addLiteral(s string) {
	b.pending = append(b.pending, s...)
}

// flush turns pending literal text into a Constant part.
func (b *fstringBuilder) flush(first, last Token) {
	if len(b.pending) > 0 {
		b.values = append(b.values, strNode(string(b.pending), first, last))
		b.pending = b.pending[:0]
	}
}

// strNode is make_str_node_and_del: a str Constant spanning first..last,
// of kind "u" when first is written with a lowercase u prefix.
func strNode(s string, first, last Token) *Constant {
	c := &Constant{Pos: spanOf(first, last), Value: s}
	if first.Val != "" && first.Val[0] == 'u' {
		c.Kind = "u"
	}
	return c
}

// finish is _PyPegen_FstringParser_Finish: a Constant when no f-string was
// seen, else a JoinedStr of the parts.
func (b *fstringBuilder) finish(first, last Token) Expr {
	if !b.fmode {
		return strNode(string(b.pending), first, last)
	}
	b.flush(first, last)
	values := b.values
	if values == nil {
		values = []Expr{}
	}
	return &JoinedStr{Pos: spanOf(first, last), Values: values}
}

// fscan is a position in the body of one f-string token, with what the
// parsing functions of CPython's string_parser.c pass each other.
type fscan struct {
	sp  *stringParser
	t   Token  // the token, for positions and warnings
	s   string // t.Val; positions index it
	pos int
	end int  // the end of the body (the closing quotes)
	raw bool // an rf-string: no escapes in literal text
	lvl int  // 0 for the token, 1 or more inside format specs
}

// concatFstring parses the f-string body t.Val[start:end] into b.
func (sp *stringParser) concatFstring(b *fstringBuilder, t Token, start, end int, raw bool) *SyntaxError {
	f := &fscan{sp: sp, t: t, s: t.Val, pos: start, end: end, raw: raw}
	return f.parse(b)
}

// parse is _PyPegen_FstringParser_ConcatFstring: literal text and fields up
// to the end of the body or, in a format spec, to the '}' that closes it.
func (f *fscan) parse(b *fstringBuilder) *SyntaxError {
	sp := f.sp
	b.fmode = true
	for {
		lit, again, err := f.literal()
		if err != nil {
			return err
		}
		b.addLiteral(lit)
		if again {
			continue
		}
		if f.pos >= f.end || f.s[f.pos] == '}' {
			break
		}
		fv, text, err := f.field()
		if err != nil {
			return err
		}
		b.addLiteral(text)
		b.flush(sp.first, sp.last)
		b.values = append(b.values, fv)
	}
	if f.lvl == 0 && f.pos < f.end-1 {
		return sp.raise("f-string: unexpected end of string")
	}
	if f.lvl != 0 && (f.pos >= f.end || f.s[f.pos] != '}') {
		return sp.raise("f-string: expecting '}'")
	}
	return nil
}

// literal is fstring_find_literal: it scans literal text up to an undoubled
// '{' (or, in a format spec, a '}') and decodes it. again reports that the
// text ended at a doubled brace, which it includes once, and that the
// caller should come back for more.
func (f *fscan) literal() (lit string, again bool, err *SyntaxError) {
	s, start, i := f.s, f.pos, f.pos
	for i < f.end {
		ch := s[i]
		i++
		if !f.raw && ch == '\\' && i < f.end {
			ch = s[i]
			i++
			if ch == 'N' {
				i = f.skipNameEscape(i)
				continue
			}
			if ch == '{' {
				f.sp.h.warn("DeprecationWarning", "invalid escape sequence '\\{'", f.t)
			}
		}
		if ch != '{' && ch != '}' {
			continue
		}
		if f.lvl == 0 {
			if i < f.end && s[i] == ch {
				again = true
				break
			}
			if ch == '}' {
				return "", false, f.sp.raise("f-string: single '}' is not allowed")
			}
		}
		i--
		break
	}
	f.pos = i
	if again {
		f.pos++ // skip the second brace
	}
	if i == start {
		return "", again, nil
	}
	if f.raw {
		lit, err = f.sp.checkedUTF8(s[start:i])
	} else {
		lit, err = f.sp.decodeStr(f.t, s[start:i])
	}
	return lit, again, err
}

// skipNameEscape skips the rest of a \N{...} escape, i just past the N, so
// that its braces are not taken for a field; a malformed one is left for
// the decoder to report.
func (f *fscan) skipNameEscape(i int) int {
	if i >= f.end {
		return i
	}
	i++
	if f.s[i-1] != '{' {
		return i
	}
	for i < f.end {
		i++
		if f.s[i-1] == '}' {
			break
		}
	}
	return i
}

// field is fstring_find_expr: it parses the replacement field whose '{' is
// at f.pos. For a `=` field it also returns the debug text.
func (f *fscan) field() (*FormattedValue, string, *SyntaxError) {
	sp, s := f.sp, f.s
	if f.lvl >= 2 {
		return nil, "", sp.raise("f-string: expressions nested too deeply")
	}
	exprStart := f.pos + 1
	exprEnd, err := sp.scanExpr(s, exprStart, f.end)
	if err != nil {
		return nil, "", err
	}
	f.pos = exprEnd
	if f.pos >= f.end {
		return nil, "", sp.raise("f-string: expecting '}'")
	}
	expr, err := sp.compileExpr(f.t, exprStart, exprEnd)
	if err != nil {
		return nil, "", err
	}
	text, hasText := "", false
	if s[f.pos] == '=' {
		if p, ok := sp.h.(*parser); ok && p.flags.FeatureVersion > 0 && p.flags.FeatureVersion < 8 {
			return nil, "", sp.raise("f-string: self documenting expressions are only supported in Python 3.8 and greater")
		}
		f.pos++
		for f.pos < len(s) && isPySpace(s[f.pos]) {
			f.pos++
		}
		if f.pos >= f.end {
			return nil, "", sp.raise("f-string: expecting '}'")
		}
		text, hasText = s[exprStart:f.pos], true
		if _, err := sp.checkedUTF8(text); err != nil {
			return nil, "", err
		}
	}
	conversion, err := f.conversion()
	if err != nil {
		return nil, "", err
	}
	spec, err := f.formatSpec()
	if err != nil {
		return nil, "", err
	}
	if f.pos >= f.end || s[f.pos] != '}' {
		return nil, "", sp.raise("f-string: expecting '}'")
	}
	f.pos++
	if hasText && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	fv := &FormattedValue{Pos: spanOf(sp.first, sp.last), Value: expr, Conversion: conversion, FormatSpec: spec}
	return fv, text, nil
}

// conversion reads an optional !s, !r or !a; -1 when there is none.
func (f *fscan) conversion() (int, *SyntaxError) {
	if f.s[f.pos] != '!' {
		return -1, nil
	}
	f.pos++
	if f.pos >= f.end {
		return 0, f.sp.raise("f-string: expecting '}'")
	}
	c := f.s[f.pos]
	f.pos++
	if c != 's' && c != 'r' && c != 'a' {
		return 0, f.sp.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'")
	}
	return int(c), nil
}

// formatSpec reads an optional format spec, itself an f-string one level
// deeper; nil when there is none.
func (f *fscan) formatSpec() (Expr, *SyntaxError) {
	if f.pos >= f.end {
		return nil, f.sp.raise("f-string: expecting '}'")
	}
	if f.s[f.pos] != ':' {
		return nil, nil
	}
	f.pos++
	if f.pos >= f.end {
		return nil, f.sp.raise("f-string: expecting '}'")
	}
	inner := *f
	inner.lvl++
	var b fstringBuilder
	err := inner.parse(&b)
	f.pos = inner.pos
	if err != nil {
		return nil, err
	}
	// fstring_parse finishes a spec with the current token as both ends.
	return b.finish(f.t, f.t), nil
}

// isPySpace is Py_ISSPACE: the ASCII whitespace characters.
func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// scanExpr finds the end of a replacement field's expression, which starts
// at pos: the first '!', ':', '=' or '}' outside brackets and strings that
// does not begin one of the operators != == <= >=. It reports CPython's
// errors for backslashes, comments and unbalanced brackets.
func (sp *stringParser) scanExpr(s string, pos, end int) (int, *SyntaxError) {
	var quote byte
	tripleQuoted := false
	var parens []byte
	for ; pos < end; pos++ {
		ch := s[pos]
		if ch == '\\' {
			return pos, sp.raise("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if !tripleQuoted {
					quote = 0
				} else if pos+2 < end && s[pos+1] == ch && s[pos+2] == ch {
					pos += 2
					quote, tripleQuoted = 0, false
				}
			}
			continue
		}
		switch ch {
		case '\'', '"':
			if pos+2 < end && s[pos+1] == ch && s[pos+2] == ch {
				tripleQuoted = true
				pos += 2
			}
			quote = ch
		case '[', '{', '(':
			if len(parens) >= maxFstringParens {
				return pos, sp.raise("f-string: too many nested parenthesis")
			}
			parens = append(parens, ch)
		case '#':
			return pos, sp.raise("f-string expression part cannot include '#'")
		case ']', '}', ')':
			if len(parens) == 0 {
				if ch == '}' {
					return pos, nil
				}
				return pos, sp.raise(fmt.Sprintf("f-string: unmatched '%c'", ch))
			}
			open := parens[len(parens)-1]
			parens = parens[:len(parens)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				return pos, sp.raise(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open))
			}
		case '!', ':', '=', '<', '>':
			if len(parens) != 0 {
				continue
			}
			if pos+1 < end && s[pos+1] == '=' && ch != ':' {
				pos++ // one of != == <= >=
				continue
			}
			if ch == '<' || ch == '>' {
				continue
			}
			return pos, nil
		}
	}
	if quote != 0 {
		return pos, sp.raise("f-string: unterminated string")
	}
	if len(parens) != 0 {
		return pos, sp.raise(fmt.Sprintf("f-string: unmatched '%c'", parens[len(parens)-1]))
	}
	return pos, nil
}

// compileExpr is fstring_compile_expr: it rejects an empty expression, then
// hands "(expr)" to the parser with CPython's start position.
func (sp *stringParser) compileExpr(t Token, exprStart, exprEnd int) (Expr, *SyntaxError) {
	s := t.Val
	blank := true
	for _, c := range []byte(s[exprStart:exprEnd]) {
		if c != ' ' && c != '\t' && c != '\n' && c != '\f' {
			blank = false
			break
		}
	}
	if blank {
		if c := s[exprEnd]; c == '!' || c == ':' || c == '=' {
			return nil, sp.raise(fmt.Sprintf("f-string: expression required before '%c'", c))
		}
		return nil, sp.raise("f-string: empty expression not allowed")
	}
	lines, cols := exprLocation(s, exprStart-1)
	startCol := cols
	if lines == 0 {
		startCol += t.Col
	}
	return sp.h.parseFStringExpr("("+s[exprStart:exprEnd]+")", t.Line+lines, startCol)
}

// exprLocation is fstring_find_expr_location: the number of newlines in the
// token before the field's '{' at brace, and the column to shift the
// expression's first line by, relative to the token's start when lines is 0
// and to the start of the brace's line otherwise. When only blanks separate
// the brace from a newline, the column shift is 0.
func exprLocation(s string, brace int) (lines, cols int) {
	// The scan stops at '}' or '\n'; anything else but blanks, including
	// the end of the text (CPython's NUL), means no newline follows.
	i := brace + 1
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\f') {
		i++
	}
	newlineAfterBrace := i < len(s) && (s[i] == '}' || s[i] == '\n')
	if !newlineAfterBrace {
		i := brace
		for i > 0 && s[i] != '\n' {
			i--
		}
		cols = brace - i
		if s[i] == '\n' {
			cols--
		}
	}
	for i := 0; i < brace; i++ {
		if s[i] == '\n' {
			lines++
		}
	}
	return lines, cols
}
