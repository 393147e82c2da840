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
func (sp *stringParser) flush(b *fstringBuilder, first, last Token) {
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
func (sp *stringParser) finish(b *fstringBuilder, first, last Token) Expr {
	if !b.fmode {
		return strNode(string(b.pending), first, last)
	}
	sp.flush(b, first, last)
	values := b.values
	if values == nil {
		values = []Expr{}
	}
	return &JoinedStr{Pos: spanOf(first, last), Values: values}
}

// concatFstring parses the f-string body t.Val[pos:end] into b, at nesting
// level lvl (0 for a token, 1 or more for a format spec). It returns the
// position where parsing stopped: end, or the '}' closing a format spec.
func (sp *stringParser) concatFstring(b *fstringBuilder, t Token, pos, end int, raw bool, lvl int) (int, *SyntaxError) {
	b.fmode = true
	for {
		lit, text, expr, again, next, err := sp.findLiteralAndExpr(t, pos, end, raw, lvl)
		if err != nil {
			return pos, err
		}
		pos = next
		b.addLiteral(lit)
		b.addLiteral(text)
		if again {
			continue
		}
		if expr == nil {
			break
		}
		sp.flush(b, sp.first, sp.last)
		b.values = append(b.values, expr)
	}
	if lvl == 0 && pos < end-1 {
		return pos, sp.raise("f-string: unexpected end of string")
	}
	if lvl != 0 && (pos >= end || t.Val[pos] != '}') {
		return pos, sp.raise("f-string: expecting '}'")
	}
	return pos, nil
}

// findLiteralAndExpr reads the literal text up to the next replacement
// field and then that field, if any. again reports that the literal ended at
// a doubled brace and the caller should come back for more.
func (sp *stringParser) findLiteralAndExpr(t Token, pos, end int, raw bool, lvl int) (lit, text string, expr Expr, again bool, next int, err *SyntaxError) {
	lit, again, pos, err = sp.findLiteral(t, pos, end, raw, lvl)
	if err != nil || again || pos >= end || t.Val[pos] == '}' {
		return lit, "", nil, again, pos, err
	}
	fv, text, pos, err := sp.findExpr(t, pos, end, raw, lvl)
	if err != nil {
		return "", "", nil, false, pos, err
	}
	return lit, text, fv, false, pos, nil
}

// findLiteral is fstring_find_literal: it scans literal text up to an
// undoubled '{' (or, in a format spec, a '}') and decodes it.
func (sp *stringParser) findLiteral(t Token, pos, end int, raw bool, lvl int) (string, bool, int, *SyntaxError) {
	s := t.Val
	start, i := pos, pos
	again := false
scan:
	for i < end {
		ch := s[i]
		i++
		if !raw && ch == '\\' && i < end {
			ch = s[i]
			i++
			if ch == 'N' {
				// Skip a \N{...} escape so its braces are not fields; a
				// malformed one is left for the decoder to report.
				if i < end {
					i++
					if s[i-1] == '{' {
						for i < end {
							i++
							if s[i-1] == '}' {
								break
							}
						}
					}
				}
				continue
			}
			if ch == '{' {
				sp.h.warn("DeprecationWarning", "invalid escape sequence '\\{'", t)
			}
		}
		if ch != '{' && ch != '}' {
			continue
		}
		if lvl == 0 {
			if i < end && s[i] == ch {
				pos, again = i+1, true
				break scan
			}
			if ch == '}' {
				return "", false, i - 1, sp.raise("f-string: single '}' is not allowed")
			}
		}
		i--
		break
	}
	if !again {
		pos = i
	}
	if i == start {
		return "", again, pos, nil
	}
	if raw {
		lit, err := sp.checkedUTF8(s[start:i])
		return lit, again, pos, err
	}
	lit, err := sp.decodeStr(t, s[start:i])
	return lit, again, pos, err
}

// findExpr is fstring_find_expr: it parses one replacement field starting
// at the '{' at pos. For a `=` field it also returns the debug text.
func (sp *stringParser) findExpr(t Token, pos, end int, raw bool, lvl int) (*FormattedValue, string, int, *SyntaxError) {
	if lvl >= 2 {
		return nil, "", pos, sp.raise("f-string: expressions nested too deeply")
	}
	pos++
	exprStart := pos
	exprEnd, err := sp.scanExpr(t.Val, pos, end)
	if err != nil {
		return nil, "", pos, err
	}
	pos = exprEnd
	if pos >= end {
		return nil, "", pos, sp.raise("f-string: expecting '}'")
	}
	expr, err := sp.compileExpr(t, exprStart, exprEnd)
	if err != nil {
		return nil, "", pos, err
	}
	s := t.Val
	text, hasText := "", false
	if s[pos] == '=' {
		pos++
		for pos < len(s) && isPySpace(s[pos]) {
			pos++
		}
		if pos >= end {
			return nil, "", pos, sp.raise("f-string: expecting '}'")
		}
		text, hasText = s[exprStart:pos], true
		if _, err := sp.checkedUTF8(text); err != nil {
			return nil, "", pos, err
		}
	}
	conversion := -1
	if s[pos] == '!' {
		pos++
		if pos >= end {
			return nil, "", pos, sp.raise("f-string: expecting '}'")
		}
		conversion = int(s[pos])
		pos++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			return nil, "", pos, sp.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if pos >= end {
		return nil, "", pos, sp.raise("f-string: expecting '}'")
	}
	var spec Expr
	if s[pos] == ':' {
		pos++
		if pos >= end {
			return nil, "", pos, sp.raise("f-string: expecting '}'")
		}
		var sb fstringBuilder
		if pos, err = sp.concatFstring(&sb, t, pos, end, raw, lvl+1); err != nil {
			return nil, "", pos, err
		}
		spec = sp.finish(&sb, t, t)
	}
	if pos >= end || s[pos] != '}' {
		return nil, "", pos, sp.raise("f-string: expecting '}'")
	}
	pos++
	if hasText && spec == nil && conversion == -1 {
		conversion = 'r'
	}
	fv := &FormattedValue{Pos: spanOf(sp.first, sp.last), Value: expr, Conversion: conversion, FormatSpec: spec}
	return fv, text, pos, nil
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
