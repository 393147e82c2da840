// This file defines how the tokenizer reads numeric literals, with CPython
// 3.11's errors and its warning for a number followed by a keyword.

package syntax

import "fmt"

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
