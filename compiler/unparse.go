// This file defines Unparse, which turns an annotation back into source
// text as CPython's Python/ast_unparse.c does for `from __future__ import
// annotations` (PEP 563): normalized spacing and minimal parentheses.

package compiler

import (
	"math"
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
		if len(e.Args) == 1 && len(e.Keywords) == 0 {
			if g, ok := e.Args[0].(*syntax.GeneratorExp); ok {
				// A sole generator argument shares the call's parentheses.
				unparse(b, g, prTest)
				return
			}
		}
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
			if args := unparseArgs(e.Args); args != "" {
				// CPython adds the space only before a positional parameter.
				if len(e.Args.Posonlyargs)+len(e.Args.Args) > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(args)
			}
			b.WriteString(": ")
			unparse(b, e.Body, prTest)
		})
	case *syntax.ListComp:
		b.WriteByte('[')
		unparse(b, e.Elt, prTest)
		unparseGens(b, e.Generators)
		b.WriteByte(']')
	case *syntax.SetComp:
		b.WriteByte('{')
		unparse(b, e.Elt, prTest)
		unparseGens(b, e.Generators)
		b.WriteByte('}')
	case *syntax.DictComp:
		b.WriteByte('{')
		unparse(b, e.Key, prTest)
		b.WriteString(": ")
		unparse(b, e.Value, prTest)
		unparseGens(b, e.Generators)
		b.WriteByte('}')
	case *syntax.GeneratorExp:
		b.WriteByte('(')
		unparse(b, e.Elt, prTest)
		unparseGens(b, e.Generators)
		b.WriteByte(')')
	case *syntax.Yield:
		b.WriteString("(yield")
		if e.Value != nil {
			b.WriteByte(' ')
			unparse(b, e.Value, prTest)
		}
		b.WriteByte(')')
	case *syntax.YieldFrom:
		b.WriteString("(yield from ")
		unparse(b, e.Value, prTest)
		b.WriteByte(')')
	case *syntax.FormattedValue:
		b.WriteString("f" + pyRepr(fstringBody(&syntax.JoinedStr{Values: []syntax.Expr{e}})))
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
		b.WriteString("f" + pyRepr(fstringBody(e)))
	default:
		b.WriteString("...")
	}
}

func unparseGens(b *strings.Builder, gens []*syntax.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			b.WriteString(" async for ")
		} else {
			b.WriteString(" for ")
		}
		unparse(b, g.Target, prTuple)
		b.WriteString(" in ")
		unparse(b, g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			b.WriteString(" if ")
			unparse(b, cond, prTest+1)
		}
	}
}

// unparseArgs writes a lambda's parameters.
func unparseArgs(a *syntax.Arguments) string {
	var parts []string
	np := len(a.Posonlyargs) + len(a.Args)
	firstDefault := np - len(a.Defaults)
	i := 0
	add := func(arg *syntax.Arg) {
		s := arg.Arg
		if i >= firstDefault {
			s += "=" + Unparse(a.Defaults[i-firstDefault])
		}
		parts = append(parts, s)
		i++
	}
	for _, arg := range a.Posonlyargs {
		add(arg)
	}
	if len(a.Posonlyargs) > 0 {
		parts = append(parts, "/")
	}
	for _, arg := range a.Args {
		add(arg)
	}
	if a.Vararg != nil {
		parts = append(parts, "*"+a.Vararg.Arg)
	} else if len(a.Kwonlyargs) > 0 {
		parts = append(parts, "*")
	}
	for k, arg := range a.Kwonlyargs {
		s := arg.Arg
		if k < len(a.KwDefaults) && a.KwDefaults[k] != nil {
			s += "=" + Unparse(a.KwDefaults[k])
		}
		parts = append(parts, s)
	}
	if a.Kwarg != nil {
		parts = append(parts, "**"+a.Kwarg.Arg)
	}
	return strings.Join(parts, ", ")
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
			var ib strings.Builder
			unparse(&ib, v.Value, prTest+1)
			inner := ib.String()
			if strings.HasPrefix(inner, "{") {
				// A space keeps a set or dict display from reading as "{{".
				b.WriteByte(' ')
			}
			b.WriteString(inner)
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
	case complex128:
		// As ast_unparse.c's append_repr: an infinite part reads 1e309.
		b.WriteString(strings.ReplaceAll(ConstRepr(x), "inf", "1e309"))
	default:
		b.WriteString(ConstRepr(x))
	}
}
