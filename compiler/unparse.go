// This file defines Unparse, which turns an annotation back into source
// text as CPython's Python/ast_unparse.c does for `from __future__ import
// annotations` (PEP 563): normalized spacing and minimal parentheses.

package compiler

import (
	"math"
	"strconv"
	"strings"

	"krait/syntax"
)

// Precedence levels of ast_unparse.c.
const (
	prTuple = iota
	prTest
	prOr
	prAnd
	prNot
	prCmp
	prExpr
	prBxor = iota // one above prBor, which is prExpr
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

const prBor = prExpr

// Unparse returns the source text of e as CPython writes it into the
// string of a postponed annotation.
func Unparse(e syntax.Expr) string {
	var b strings.Builder
	unparse(&b, e, prTest)
	return b.String()
}

var binopPrec = [...]int{prArith, prArith, prTerm, prTerm, prTerm, prTerm, prPower, prShift, prShift, prBor, prBxor, prBand, prTerm}
var binopSym = [...]string{" + ", " - ", " * ", " @ ", " / ", " % ", " ** ", " << ", " >> ", " | ", " ^ ", " & ", " // "}
var cmpSym = [...]string{" == ", " != ", " < ", " <= ", " > ", " >= ", " is ", " is not ", " in ", " not in "}

func unparse(b *strings.Builder, e syntax.Expr, level int) {
	paren := func(p int, f func()) {
		if level > p {
			b.WriteByte('(')
		}
		f()
		if level > p {
			b.WriteByte(')')
		}
	}
	switch e := e.(type) {
	case *syntax.Name:
		b.WriteString(e.Id)
	case *syntax.Constant:
		unparseConst(b, e.Value, e.Kind)
	case *syntax.Attribute:
		unparse(b, e.Value, prAtom)
		if k, ok := e.Value.(*syntax.Constant); ok {
			if _, isInt := k.Value.(int64); isInt {
				b.WriteByte(' ')
			}
		}
		b.WriteByte('.')
		b.WriteString(e.Attr)
	case *syntax.Subscript:
		unparse(b, e.Value, prAtom)
		b.WriteByte('[')
		if t, ok := e.Slice.(*syntax.Tuple); ok && len(t.Elts) > 0 {
			for i, x := range t.Elts {
				if i > 0 {
					b.WriteString(", ")
				}
				unparse(b, x, prTest)
			}
			if len(t.Elts) == 1 {
				b.WriteByte(',')
			}
		} else {
			unparse(b, e.Slice, prTuple)
		}
		b.WriteByte(']')
	case *syntax.Slice:
		if e.Lower != nil {
			unparse(b, e.Lower, prTest)
		}
		b.WriteByte(':')
		if e.Upper != nil {
			unparse(b, e.Upper, prTest)
		}
		if e.Step != nil {
			b.WriteByte(':')
			unparse(b, e.Step, prTest)
		}
	case *syntax.BinOp:
		p := binopPrec[e.Op]
		paren(p, func() {
			lp, rp := p, p+1
			if e.Op == syntax.Pow {
				lp, rp = p+1, p
			}
			unparse(b, e.Left, lp)
			b.WriteString(binopSym[e.Op])
			unparse(b, e.Right, rp)
		})
	case *syntax.UnaryOp:
		p := prFactor
		if e.Op == syntax.Not {
			p = prNot
		}
		paren(p, func() {
			b.WriteString([...]string{"~", "not ", "+", "-"}[e.Op])
			unparse(b, e.Operand, p)
		})
	case *syntax.BoolOp:
		p, sym := prAnd, " and "
		if e.Op == syntax.Or {
			p, sym = prOr, " or "
		}
		paren(p, func() {
			for i, v := range e.Values {
				if i > 0 {
					b.WriteString(sym)
				}
				unparse(b, v, p+1)
			}
		})
	case *syntax.Compare:
		paren(prCmp, func() {
			unparse(b, e.Left, prCmp+1)
			for i, op := range e.Ops {
				b.WriteString(cmpSym[op])
				unparse(b, e.Comparators[i], prCmp+1)
			}
		})
	case *syntax.IfExp:
		paren(prTest, func() {
			unparse(b, e.Body, prTest+1)
			b.WriteString(" if ")
			unparse(b, e.Test, prTest+1)
			b.WriteString(" else ")
			unparse(b, e.Orelse, prTest)
		})
	case *syntax.Call:
		unparse(b, e.Func, prAtom)
		b.WriteByte('(')
		first := true
		for _, a := range e.Args {
			if !first {
				b.WriteString(", ")
			}
			first = false
			unparse(b, a, prTest)
		}
		for _, k := range e.Keywords {
			if !first {
				b.WriteString(", ")
			}
			first = false
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg + "=")
			}
			unparse(b, k.Value, prTest)
		}
		b.WriteByte(')')
	case *syntax.Tuple:
		if len(e.Elts) == 0 {
			b.WriteString("()")
			return
		}
		paren(prTuple, func() {
			seq(b, e.Elts)
			if len(e.Elts) == 1 {
				b.WriteByte(',')
			}
		})
	case *syntax.List:
		b.WriteByte('[')
		seq(b, e.Elts)
		b.WriteByte(']')
	case *syntax.Set:
		if len(e.Elts) == 0 {
			b.WriteString("{*()}")
			return
		}
		b.WriteByte('{')
		seq(b, e.Elts)
		b.WriteByte('}')
	case *syntax.Dict:
		b.WriteByte('{')
		for i, k := range e.Keys {
			if i > 0 {
				b.WriteString(", ")
			}
			if k == nil {
				b.WriteString("**")
				unparse(b, e.Values[i], prExpr)
				continue
			}
			unparse(b, k, prTest)
			b.WriteString(": ")
			unparse(b, e.Values[i], prTest)
		}
		b.WriteByte('}')
	case *syntax.Starred:
		b.WriteByte('*')
		unparse(b, e.Value, prExpr)
	case *syntax.Lambda:
		paren(prTest, func() {
			b.WriteString("lambda")
			// Parameters are rare in annotations; keep their names.
			var names []string
			for _, a := range e.Args.Posonlyargs {
				names = append(names, a.Arg)
			}
			for _, a := range e.Args.Args {
				names = append(names, a.Arg)
			}
			if len(names) > 0 {
				b.WriteString(" " + strings.Join(names, ", "))
			}
			b.WriteString(": ")
			unparse(b, e.Body, prTest)
		})
	case *syntax.Await:
		paren(prAwait, func() {
			b.WriteString("await ")
			unparse(b, e.Value, prAtom)
		})
	case *syntax.NamedExpr:
		paren(prTuple, func() {
			unparse(b, e.Target, prAtom)
			b.WriteString(" := ")
			unparse(b, e.Value, prAtom)
		})
	case *syntax.JoinedStr:
		b.WriteString("f" + strconv.Quote(fstringBody(e)))
	default:
		b.WriteString("...")
	}
}

func seq(b *strings.Builder, elts []syntax.Expr) {
	for i, x := range elts {
		if i > 0 {
			b.WriteString(", ")
		}
		unparse(b, x, prTest)
	}
}

func fstringBody(e *syntax.JoinedStr) string {
	var b strings.Builder
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			s, _ := v.Value.(string)
			b.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(s))
		case *syntax.FormattedValue:
			b.WriteByte('{')
			b.WriteString(Unparse(v.Value))
			if v.Conversion > 0 {
				b.WriteByte('!')
				b.WriteByte(byte(v.Conversion))
			}
			if js, ok := v.FormatSpec.(*syntax.JoinedStr); ok {
				b.WriteByte(':')
				b.WriteString(fstringBody(js))
			}
			b.WriteByte('}')
		}
	}
	return b.String()
}

func unparseConst(b *strings.Builder, v any, kind string) {
	switch x := v.(type) {
	case syntax.Ellipsis:
		b.WriteString("...")
	case string:
		if kind == "u" {
			b.WriteByte('u')
		}
		b.WriteString(pyRepr(x))
	case float64:
		if math.IsInf(x, 0) {
			b.WriteString("1e309")
			return
		}
		b.WriteString(ConstRepr(x))
	default:
		b.WriteString(ConstRepr(x))
	}
}
