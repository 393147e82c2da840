// This file defines the first pass of BuildSymtable over expressions and
// patterns: lambdas and comprehensions open blocks, assignment expressions in
// comprehensions bind in the enclosing function (PEP 572), and yield, await
// and walrus are checked where CPython's symtable.c checks them.

package compiler

import (
	"fmt"

	"krait/syntax"
)

func (b *builder) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil { // Dict.Keys and KwDefaults hold nil entries
			b.expr(e)
		}
	}
}

func (b *builder) expr(e syntax.Expr) {
	if b.err != nil || !b.enterNode() {
		return
	}
	b.visitExpr(e)
	b.leaveNode()
}

func (b *builder) visitExpr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		b.namedExpr(e)
	case *syntax.BoolOp:
		b.exprs(e.Values)
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.UnaryOp:
		b.expr(e.Operand)
	case *syntax.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		if b.err != nil {
			return
		}
		b.enter("lambda", FunctionBlock, e, e.Pos)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *syntax.Set:
		b.exprs(e.Elts)
	case *syntax.GeneratorExp:
		b.comprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		b.comprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if b.notInAnnotation("yield expression", e.Pos) {
			if e.Value != nil {
				b.expr(e.Value)
			}
			b.yield(e.Pos)
		}
	case *syntax.YieldFrom:
		if b.notInAnnotation("yield expression", e.Pos) {
			b.expr(e.Value)
			b.yield(e.Pos)
		}
	case *syntax.Await:
		if b.notInAnnotation("await expression", e.Pos) {
			b.expr(e.Value)
			b.cur.Coroutine = true
		}
	case *syntax.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *syntax.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			b.expr(e.Lower)
		}
		if e.Upper != nil {
			b.expr(e.Upper)
		}
		if e.Step != nil {
			b.expr(e.Step)
		}
	case *syntax.Name:
		b.name(e)
	case *syntax.List:
		b.exprs(e.Elts)
	case *syntax.Tuple:
		b.exprs(e.Elts)
	}
}

func (b *builder) name(e *syntax.Name) {
	flag := DefLocal
	if e.Ctx == syntax.Load {
		flag = Use
	}
	b.addDef(e.Id, flag, e.Pos)
	// super() needs the class cell: count it as a use of __class__.
	if e.Ctx == syntax.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
		b.addDef("__class__", Use, e.Pos)
	}
}

// notInAnnotation fails if the current block is an annotation.
func (b *builder) notInAnnotation(what string, pos syntax.Pos) bool {
	if b.cur.Type == AnnotationBlock {
		b.failAt(pos, fmt.Sprintf(msgNotInAnnotation, what))
		return false
	}
	return true
}

// yield marks the current block a generator; comprehensions cannot yield.
func (b *builder) yield(pos syntax.Pos) {
	b.cur.Generator = true
	var what string
	switch b.cur.Comprehension {
	case NoComprehension:
		return
	case ListComprehension:
		what = "list comprehension"
	case SetComprehension:
		what = "set comprehension"
	case DictComprehension:
		what = "dict comprehension"
	default:
		what = "generator expression"
	}
	b.failAt(pos, "'yield' inside "+what)
}

func (b *builder) namedExpr(e *syntax.NamedExpr) {
	if !b.notInAnnotation("named expression", e.Pos) {
		return
	}
	if b.cur.compIterExpr > 0 {
		b.failAt(e.Pos, msgCompIterExpr)
		return
	}
	if b.cur.Comprehension != NoComprehension {
		if target, ok := e.Target.(*syntax.Name); ok {
			b.extendNamedExprScope(target)
		}
	}
	b.expr(e.Value)
	b.expr(e.Target)
}

// extendNamedExprScope makes a walrus inside a comprehension bind its target
// in the nearest enclosing function or module (PEP 572).
func (b *builder) extendNamedExprScope(e *syntax.Name) {
	name := e.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		blk := b.stack[i]
		if blk.Comprehension != NoComprehension {
			if f := blk.Flags(name); f&DefCompIter != 0 && f&DefLocal != 0 {
				b.failAt(e.Pos, fmt.Sprintf(msgCompConflict, name))
				return
			}
			continue
		}
		switch blk.Type {
		case FunctionBlock:
			if blk.Flags(name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, e.Pos)
			} else {
				b.addDef(name, DefNonlocal, e.Pos)
			}
			b.recordDirective(name, e.Pos)
			b.addDefIn(blk, name, DefLocal, e.Pos)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, e.Pos)
			b.recordDirective(name, e.Pos)
			b.addDefIn(blk, name, DefGlobal, e.Pos)
			return
		case ClassBlock:
			b.failAt(e.Pos, msgCompInClass)
			return
		}
	}
}

// comprehension visits a comprehension: its first iterable in the current
// block, the rest in a new function block whose parameter ".0" receives the
// iterator.
func (b *builder) comprehension(e syntax.Expr, name string, kind CompKind,
	gens []*syntax.Comprehension, elt, value syntax.Expr) {
	if len(gens) == 0 {
		return
	}
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	if b.err != nil {
		return
	}
	pos := *e.GetPos()
	b.enter(name, FunctionBlock, e, pos)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, pos)
	b.cur.compIterTarg = true
	b.expr(outer.Target)
	b.cur.compIterTarg = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarg = true
		b.expr(g.Target)
		b.cur.compIterTarg = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	b.cur.Generator = kind == GeneratorExpression
	async := b.cur.Coroutine && kind != GeneratorExpression
	b.exit()
	// An asynchronous list, set or dict comprehension is awaited where it
	// is evaluated, so the enclosing block becomes a coroutine (3.11).
	if async {
		b.cur.Coroutine = true
	}
}

func (b *builder) pattern(p syntax.Pattern) {
	if b.err != nil || !b.enterNode() {
		return
	}
	b.visitPattern(p)
	b.leaveNode()
}

func (b *builder) visitPattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		b.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		b.patterns(p.Patterns)
	case *syntax.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchMapping:
		b.exprs(p.Keys)
		b.patterns(p.Patterns)
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, p.Pos)
		}
	case *syntax.MatchClass:
		b.expr(p.Cls)
		b.patterns(p.Patterns)
		b.patterns(p.KwdPatterns)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchOr:
		b.patterns(p.Patterns)
	}
}

func (b *builder) patterns(ps []syntax.Pattern) {
	for _, p := range ps {
		b.pattern(p)
	}
}
