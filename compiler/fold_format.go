// This file defines the rewriting of `'...%s...' % (a, b)` into an f-string,
// as CPython 3.11's AST optimizer does (optimize_format in Python/ast_opt.c)
// for formats made only of %s, %r and %a with an optional width (at most 99)
// and precision (at most 99), and a tuple display with one item per unit.

package compiler

import (
	"strconv"
	"strings"

	"krait/syntax"
)

// maxFormatNumber bounds widths and precisions that are rewritten.
const maxFormatNumber = 99

// optimizeFormat returns the f-string equivalent of fmt % (elts...), or nil.
func optimizeFormat(node *syntax.BinOp, fmt string, elts []syntax.Expr) syntax.Expr {
	var values []syntax.Expr
	pos, n := 0, 0
	for {
		lit, next := formatLiteral(fmt, pos)
		if next > pos {
			values = append(values, &syntax.Constant{Value: lit})
		}
		pos = next
		if pos >= len(fmt) {
			break
		}
		if n >= len(elts) {
			return nil // more units than items
		}
		pos++ // the '%'
		fv, next, ok := formatUnit(fmt, pos, elts[n])
		if !ok {
			return nil
		}
		n++
		pos = next
		values = append(values, fv)
	}
	if n < len(elts) {
		return nil // more items than units
	}
	return &syntax.JoinedStr{Pos: node.Pos, Values: values}
}

// formatLiteral reads the text up to the next lone '%', with "%%" read as
// '%'.
func formatLiteral(fmt string, pos int) (string, int) {
	start := pos
	for pos < len(fmt) {
		if fmt[pos] != '%' {
			pos++
		} else if pos+1 < len(fmt) && fmt[pos+1] == '%' {
			pos += 2
		} else {
			break
		}
	}
	return strings.ReplaceAll(fmt[start:pos], "%%", "%"), pos
}

// formatUnit parses one conversion after its '%'.
func formatUnit(fmt string, pos int, arg syntax.Expr) (syntax.Expr, int, bool) {
	next := func() (byte, bool) {
		if pos >= len(fmt) {
			return 0, false
		}
		pos++
		return fmt[pos-1], true
	}
	ch, ok := next()
	ljust := false
	for ok && strings.IndexByte("-+ #0", ch) >= 0 {
		if ch == '-' {
			ljust = true
		}
		ch, ok = next()
	}
	if !ok {
		return nil, 0, false
	}
	width, prec := -1, -1
	number := func(v *int) bool {
		*v = 0
		for '0' <= ch && ch <= '9' {
			*v = *v*10 + int(ch-'0')
			if ch, ok = next(); !ok || *v > maxFormatNumber {
				return false
			}
		}
		return true
	}
	if '0' <= ch && ch <= '9' && !number(&width) {
		return nil, 0, false
	}
	if ch == '.' {
		if ch, ok = next(); !ok || !number(&prec) {
			return nil, 0, false
		}
	}
	var conv int
	switch ch {
	case 's', 'r', 'a':
		conv = int(ch)
	default:
		return nil, 0, false
	}
	spec := ""
	if !ljust && width > 0 {
		spec = ">"
	}
	if width >= 0 {
		spec += strconv.Itoa(width)
	}
	if prec >= 0 {
		spec += "." + strconv.Itoa(prec)
	}
	fv := &syntax.FormattedValue{Pos: *arg.GetPos(), Value: arg, Conversion: conv}
	if spec != "" {
		fv.FormatSpec = &syntax.JoinedStr{Pos: *arg.GetPos(), Values: []syntax.Expr{&syntax.Constant{Value: spec}}}
	}
	return fv, pos, true
}
