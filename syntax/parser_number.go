// This file defines how NUMBER tokens become constants, as CPython's
// parsenumber does: ints (int64 or *big.Int), floats and imaginary numbers.

package syntax

import (
	"krait/internal/strtod"
	"math/big"
	"strconv"
	"strings"
)

// number builds the Constant of the NUMBER token t.
func (p *parser) number(t *Token) Expr {
	return &Constant{Pos: Pos{t.Line, t.Col, t.EndLine, t.EndCol}, Value: numberValue(t.Val)}
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
