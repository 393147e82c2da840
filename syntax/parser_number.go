// This file defines how NUMBER tokens become constants, as CPython's
// parsenumber does: ints (int64 or *big.Int), floats and imaginary numbers.

package syntax

import (
	"krait/internal/strtod"
	"math/big"
	"strconv"
	"strings"
)

// MaxStrDigits returns sys.get_int_max_str_digits() (0: no limit); the
// runtime sets it, since decimal literals longer than that are errors.
var MaxStrDigits = func() int { return 0 }

// maxStrDigitsThreshold is _PY_LONG_MAX_STR_DIGITS_THRESHOLD: shorter
// decimal strings are never checked against the limit.
const maxStrDigitsThreshold = 640

// number builds the Constant of the NUMBER token t.
func (p *parser) number(t *Token) Expr {
	v := numberValue(t.Val)
	if _, ok := v.(*big.Int); ok {
		p.checkIntDigits(t)
	}
	return &Constant{Pos: Pos{t.Line, t.Col, t.EndLine, t.EndCol}, Value: v}
}

// checkIntDigits raises the SyntaxError of a decimal int literal with
// more digits than sys.get_int_max_str_digits() allows, on the token's
// lines without columns, as _PyPegen_number_token does.
func (p *parser) checkIntDigits(t *Token) {
	s := t.Val
	if len(s) > 1 && s[0] == '0' && strings.IndexByte("xXoObB", s[1]) >= 0 {
		return
	}
	n := len(s) - strings.Count(s, "_")
	limit := MaxStrDigits()
	if n <= maxStrDigitsThreshold || limit <= 0 || n <= limit {
		return
	}
	msg := "Exceeds the limit (" + itoa(limit) + " digits) for integer string conversion: value has " + itoa(n) +
		" digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
	panic(bailout{p.makeError(ClassSyntaxError, msg, t.Line, 0, t.EndLine, 0)})
}

// numberValue converts a NUMBER literal the tokenizer accepted.
func numberValue(s string) any {
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1]
	if last == 'j' || last == 'J' {
		f, _ := strtod.ParseFloat(s[:len(s)-1])
		return complex(0, f)
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, digits = 16, s[2:]
		case 'o', 'O':
			base, digits = 8, s[2:]
		case 'b', 'B':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, _ := strtod.ParseFloat(s)
		return f
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return int64(0)
	}
	return b
}
