// This file defines the first pass of BuildSymtable over statements: a walk
// that opens a Block per function and class and records the raw facts about
// each name (bound here, used here, declared global, a parameter, ...),
// raising the SyntaxErrors that CPython's symtable.c raises on the way.

package compiler

import (
	"fmt"
	"strings"

	"krait/syntax"
)

func (b *builder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		if b.err != nil {
			return
		}
		b.stmt(s)
	}
}

func (b *builder) stmt(s syntax.Stmt) {
	if b.err != nil || !b.enterNode() {
		return
	}
	b.visitStmt(s)
	b.leaveNode()
}

func (b *builder) visitStmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		b.class(s)
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		b.exprs(s.Targets)
	case *syntax.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *syntax.AnnAssign:
		b.annAssign(s)
	case *syntax.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *syntax.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.AsyncFor:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *syntax.Try:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		b.aliases(s.Names)
	case *syntax.ImportFrom:
		b.aliases(s.Names)
	case *syntax.Global:
		b.declare(s.Pos, s.Names, DefGlobal)
	case *syntax.Nonlocal:
		b.declare(s.Pos, s.Names, DefNonlocal)
	case *syntax.ExprStmt:
		b.expr(s.Value)
	case *syntax.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.AsyncWith:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

// function visits a def: the name, defaults, annotations and decorators in
// the enclosing block, then parameters and body in a new one.
func (b *builder) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	pos := *s.GetPos()
	b.addDef(name, DefLocal, pos)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(s, args, returns)
	b.exprs(decorators)
	if b.err != nil {
		return
	}
	b.enter(name, FunctionBlock, s, pos)
	b.cur.Coroutine = async
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

func (b *builder) class(s *syntax.ClassDef) {
	b.addDef(s.Name, DefLocal, s.Pos)
	b.exprs(s.Bases)
	for _, k := range s.Keywords {
		b.expr(k.Value)
	}
	b.exprs(s.DecoratorList)
	if b.err != nil {
		return
	}
	b.enter(s.Name, ClassBlock, s, s.Pos)
	saved := b.private
	b.private = s.Name
	b.stmts(s.Body)
	b.private = saved
	b.exit()
}

func (b *builder) annAssign(s *syntax.AnnAssign) {
	if name, ok := s.Target.(*syntax.Name); ok {
		cur := b.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
			msg := msgNonlocalAnnot
			if cur&DefGlobal != 0 {
				msg = msgGlobalAnnot
			}
			b.failAt(s.Pos, fmt.Sprintf(msg, name.Id))
			return
		}
		if s.Simple != 0 {
			b.addDef(name.Id, DefAnnot|DefLocal, name.Pos)
		} else if s.Value != nil {
			b.addDef(name.Id, DefLocal, name.Pos)
		}
	} else {
		b.expr(s.Target)
	}
	b.annotation(s.Annotation)
	if s.Value != nil {
		b.expr(s.Value)
	}
}

func (b *builder) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	b.stmts(body)
	b.stmts(orelse) // before the handlers, as in CPython 3.11
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
	b.stmts(final)
}

func (b *builder) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

// declare handles global and nonlocal statements.
func (b *builder) declare(pos syntax.Pos, names []string, flag SymbolFlags) {
	for _, name := range names {
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			global := flag == DefGlobal
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = pick(global, msgGlobalParam, msgNonlocalParam)
			case cur&Use != 0:
				msg = pick(global, msgGlobalAfterUse, msgNonlocalAfterUse)
			case cur&DefAnnot != 0:
				msg = pick(global, msgGlobalAnnot, msgNonlocalAnnot)
			default:
				msg = pick(global, msgGlobalAfterAssign, msgNonlocalAfterAssig)
			}
			b.failAt(pos, fmt.Sprintf(msg, name))
			return
		}
		b.addDef(name, flag, pos)
		b.recordDirective(name, pos)
	}
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// aliases binds the names of an import.
func (b *builder) aliases(names []*syntax.Alias) {
	for _, a := range names {
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		if name == "*" {
			if b.cur.Type != ModuleBlock {
				b.failAt(a.Pos, msgImportStar)
				return
			}
			continue
		}
		if dot := strings.IndexByte(name, '.'); dot >= 0 {
			name = name[:dot]
		}
		b.addDef(name, DefImport, a.Pos)
	}
}

// arguments binds the parameters, in CPython's order.
func (b *builder) arguments(a *syntax.Arguments) {
	b.params(a.Posonlyargs)
	b.params(a.Args)
	b.params(a.Kwonlyargs)
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.Varkeywords = true
	}
}

func (b *builder) params(args []*syntax.Arg) {
	for _, a := range args {
		b.addDef(a.Arg, DefParam, a.Pos)
	}
}

// annotations visits a def's parameter and return annotations. Under
// `from __future__ import annotations` they go to throw-away blocks, since
// they are compiled to strings.
func (b *builder) annotations(s syntax.Stmt, a *syntax.Arguments, returns syntax.Expr) {
	future := b.future&FutureAnnotations != 0
	if future {
		b.enter("_annotation", AnnotationBlock, s, *s.GetPos())
	}
	b.argAnnotations(a.Posonlyargs)
	b.argAnnotations(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	b.argAnnotations(a.Kwonlyargs)
	if future {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

func (b *builder) argAnnotations(args []*syntax.Arg) {
	for _, a := range args {
		if a.Annotation != nil {
			b.expr(a.Annotation)
		}
	}
}

func (b *builder) annotation(e syntax.Expr) {
	if b.future&FutureAnnotations == 0 {
		b.expr(e)
		return
	}
	b.enter("_annotation", AnnotationBlock, e, *e.GetPos())
	b.expr(e)
	b.exit()
}
