// This file defines validate, CPython's PyAST_Validate (Python/ast.c) for
// trees built from Python objects: the structural rules the parser
// guarantees for source but a hand-made tree can break, with CPython's
// ValueError messages. The compiler relies on them.

package ast

import (
	"fmt"

	"krait/runtime"
	"krait/syntax"
)

// invalid is the error validation stops with.
type invalid struct {
	msg     string
	typeErr bool
	sysErr  bool
}

type validator struct{ err *invalid }

func (v *validator) fail(format string, args ...any) bool {
	if v.err == nil {
		v.err = &invalid{msg: fmt.Sprintf(format, args...)}
	}
	return false
}

// validate checks a converted tree.
func validate(tree syntax.Mod) *runtime.Exception {
	v := &validator{}
	switch m := tree.(type) {
	case *syntax.Module:
		v.stmts(m.Body)
	case *syntax.Interactive:
		v.stmts(m.Body)
	case *syntax.Expression:
		v.expr(m.Body, syntax.Load)
	case *syntax.FunctionType:
		v.exprs(m.Argtypes, syntax.Load, false)
		v.expr(m.Returns, syntax.Load)
	}
	if v.err == nil {
		return nil
	}
	if v.err.typeErr {
		return runtime.NewTypeError("%s", v.err.msg)
	}
	if v.err.sysErr {
		return runtime.NewSystemError("%s", v.err.msg)
	}
	return runtime.NewValueError("%s", v.err.msg)
}

var ctxNames = [...]string{"Load", "Store", "Del"}

func (v *validator) stmts(ss []syntax.Stmt) bool {
	for _, s := range ss {
		if s == nil {
			return v.fail("None disallowed in statement list")
		}
		if !v.stmt(s) {
			return false
		}
	}
	return true
}

func (v *validator) body(ss []syntax.Stmt, owner string) bool {
	if len(ss) == 0 {
		return v.fail("empty body on %s", owner)
	}
	return v.stmts(ss)
}

func (v *validator) nonempty(n int, what, owner string) bool {
	if n == 0 {
		return v.fail("empty %s on %s", what, owner)
	}
	return true
}

func (v *validator) exprs(es []syntax.Expr, ctx syntax.ExprContext, nullOK bool) bool {
	for _, e := range es {
		if e == nil {
			if nullOK {
				continue
			}
			return v.fail("None disallowed in expression list")
		}
		if !v.expr(e, ctx) {
			return false
		}
	}
	return true
}

func (v *validator) optExpr(e syntax.Expr, ctx syntax.ExprContext) bool {
	return e == nil || v.expr(e, ctx)
}

// positions checks a node's span, as CPython's VALIDATE_POSITIONS.
func (v *validator) positions(p *syntax.Pos) bool {
	switch {
	case p.Lineno > p.EndLineno:
		return v.fail("AST node line range (%d, %d) is not valid", p.Lineno, p.EndLineno)
	case (p.Lineno < 0 && p.EndLineno != p.Lineno) || (p.ColOffset < 0 && p.ColOffset != p.EndColOffset):
		return v.fail("AST node column range (%d, %d) for line range (%d, %d) is not valid", p.ColOffset, p.EndColOffset, p.Lineno, p.EndLineno)
	case p.Lineno == p.EndLineno && p.ColOffset > p.EndColOffset:
		return v.fail("line %d, column %d-%d is not a valid range", p.Lineno, p.ColOffset, p.EndColOffset)
	}
	return true
}

func (v *validator) stmt(s syntax.Stmt) bool {
	if !v.positions(s.GetPos()) {
		return false
	}
	L, S := syntax.Load, syntax.Store
	switch s := s.(type) {
	case *syntax.FunctionDef:
		return v.body(s.Body, "FunctionDef") && v.arguments(s.Args) && v.exprs(s.DecoratorList, L, false) && v.optExpr(s.Returns, L)
	case *syntax.AsyncFunctionDef:
		return v.body(s.Body, "AsyncFunctionDef") && v.arguments(s.Args) && v.exprs(s.DecoratorList, L, false) && v.optExpr(s.Returns, L)
	case *syntax.ClassDef:
		return v.body(s.Body, "ClassDef") && v.exprs(s.Bases, L, false) && v.keywords(s.Keywords) && v.exprs(s.DecoratorList, L, false)
	case *syntax.Return:
		return v.optExpr(s.Value, L)
	case *syntax.Delete:
		return v.nonempty(len(s.Targets), "targets", "Delete") && v.exprs(s.Targets, syntax.Del, false)
	case *syntax.Assign:
		return v.nonempty(len(s.Targets), "targets", "Assign") && v.exprs(s.Targets, S, false) && v.expr(s.Value, L)
	case *syntax.AugAssign:
		return v.expr(s.Target, S) && v.expr(s.Value, L)
	case *syntax.AnnAssign:
		if _, ok := s.Target.(*syntax.Name); s.Simple != 0 && !ok {
			v.fail("AnnAssign with simple non-Name target")
			v.err.typeErr = true
			return false
		}
		return v.expr(s.Target, S) && v.optExpr(s.Value, L) && v.expr(s.Annotation, L)
	case *syntax.For:
		return v.expr(s.Target, S) && v.expr(s.Iter, L) && v.body(s.Body, "For") && v.stmts(s.Orelse)
	case *syntax.AsyncFor:
		return v.expr(s.Target, S) && v.expr(s.Iter, L) && v.body(s.Body, "AsyncFor") && v.stmts(s.Orelse)
	case *syntax.While:
		return v.expr(s.Test, L) && v.body(s.Body, "While") && v.stmts(s.Orelse)
	case *syntax.If:
		return v.expr(s.Test, L) && v.body(s.Body, "If") && v.stmts(s.Orelse)
	case *syntax.With:
		return v.withItems(s.Items, "With") && v.body(s.Body, "With")
	case *syntax.AsyncWith:
		return v.withItems(s.Items, "AsyncWith") && v.body(s.Body, "AsyncWith")
	case *syntax.Match:
		return v.expr(s.Subject, L) && v.nonempty(len(s.Cases), "cases", "Match") && v.cases(s.Cases)
	case *syntax.Raise:
		if s.Exc == nil {
			if s.Cause != nil {
				return v.fail("Raise with cause but no exception")
			}
			return true
		}
		return v.expr(s.Exc, L) && v.optExpr(s.Cause, L)
	case *syntax.Try:
		return v.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, "Try")
	case *syntax.TryStar:
		return v.try(s.Body, s.Handlers, s.Orelse, s.Finalbody, "TryStar")
	case *syntax.Assert:
		return v.expr(s.Test, L) && v.optExpr(s.Msg, L)
	case *syntax.Import:
		return v.nonempty(len(s.Names), "names", "Import")
	case *syntax.ImportFrom:
		if s.Level < 0 {
			return v.fail("Negative ImportFrom level")
		}
		return v.nonempty(len(s.Names), "names", "ImportFrom")
	case *syntax.Global:
		return v.nonempty(len(s.Names), "names", "Global")
	case *syntax.Nonlocal:
		return v.nonempty(len(s.Names), "names", "Nonlocal")
	case *syntax.ExprStmt:
		return v.expr(s.Value, L)
	}
	return true
}

func (v *validator) withItems(items []*syntax.WithItem, owner string) bool {
	if !v.nonempty(len(items), "items", owner) {
		return false
	}
	for _, it := range items {
		if !v.expr(it.ContextExpr, syntax.Load) || !v.optExpr(it.OptionalVars, syntax.Store) {
			return false
		}
	}
	return true
}

func (v *validator) cases(cases []*syntax.MatchCase) bool {
	for _, c := range cases {
		if !v.pattern(c.Pattern, false) || !v.optExpr(c.Guard, syntax.Load) || !v.body(c.Body, "match_case") {
			return false
		}
	}
	return true
}

func (v *validator) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt, owner string) bool {
	if !v.body(body, owner) {
		return false
	}
	if len(handlers) == 0 && len(final) == 0 {
		return v.fail("%s has neither except handlers nor finalbody", owner)
	}
	if len(handlers) == 0 && len(orelse) != 0 {
		return v.fail("%s has orelse but no except handlers", owner)
	}
	for _, h := range handlers {
		if !v.optExpr(h.Type, syntax.Load) || !v.body(h.Body, "ExceptHandler") {
			return false
		}
	}
	return v.stmts(final) && v.stmts(orelse)
}

func (v *validator) keywords(kws []*syntax.Keyword) bool {
	for _, k := range kws {
		if !v.expr(k.Value, syntax.Load) {
			return false
		}
	}
	return true
}

func (v *validator) args(args []*syntax.Arg) bool {
	for _, a := range args {
		if !v.optExpr(a.Annotation, syntax.Load) {
			return false
		}
	}
	return true
}

func (v *validator) arguments(a *syntax.Arguments) bool {
	if !v.args(a.Posonlyargs) || !v.args(a.Args) {
		return false
	}
	if a.Vararg != nil && !v.optExpr(a.Vararg.Annotation, syntax.Load) {
		return false
	}
	if !v.args(a.Kwonlyargs) {
		return false
	}
	if a.Kwarg != nil && !v.optExpr(a.Kwarg.Annotation, syntax.Load) {
		return false
	}
	if len(a.Defaults) > len(a.Posonlyargs)+len(a.Args) {
		return v.fail("more positional defaults than args on arguments")
	}
	if len(a.KwDefaults) != len(a.Kwonlyargs) {
		return v.fail("length of kwonlyargs is not the same as kw_defaults on arguments")
	}
	return v.exprs(a.Defaults, syntax.Load, false) && v.exprs(a.KwDefaults, syntax.Load, true)
}

func (v *validator) name(id string) bool {
	switch id {
	case "None", "True", "False":
		return v.fail("identifier field can't represent '%s' constant", id)
	}
	return true
}

func (v *validator) comprehension(gens []*syntax.Comprehension) bool {
	if len(gens) == 0 {
		return v.fail("comprehension with no generators")
	}
	for _, g := range gens {
		if !v.expr(g.Target, syntax.Store) || !v.expr(g.Iter, syntax.Load) || !v.exprs(g.Ifs, syntax.Load, false) {
			return false
		}
	}
	return true
}

// exprContext returns the node's own context, if it has one.
func exprContext(e syntax.Expr) (syntax.ExprContext, bool) {
	switch e := e.(type) {
	case *syntax.Attribute:
		return e.Ctx, true
	case *syntax.Subscript:
		return e.Ctx, true
	case *syntax.Starred:
		return e.Ctx, true
	case *syntax.Name:
		return e.Ctx, true
	case *syntax.List:
		return e.Ctx, true
	case *syntax.Tuple:
		return e.Ctx, true
	}
	return 0, false
}

func (v *validator) expr(e syntax.Expr, ctx syntax.ExprContext) bool {
	if !v.positions(e.GetPos()) {
		return false
	}
	if actual, ok := exprContext(e); ok {
		if actual != ctx {
			return v.fail("expression must have %s context but has %s instead", ctxNames[ctx], ctxNames[actual])
		}
	} else if ctx != syntax.Load {
		return v.fail("expression which can't be assigned to in %s context", ctxNames[ctx])
	}
	L := syntax.Load
	switch e := e.(type) {
	case *syntax.BoolOp:
		if len(e.Values) < 2 {
			return v.fail("BoolOp with less than 2 values")
		}
		return v.exprs(e.Values, L, false)
	case *syntax.BinOp:
		return v.expr(e.Left, L) && v.expr(e.Right, L)
	case *syntax.UnaryOp:
		return v.expr(e.Operand, L)
	case *syntax.Lambda:
		return v.arguments(e.Args) && v.expr(e.Body, L)
	case *syntax.IfExp:
		return v.expr(e.Test, L) && v.expr(e.Body, L) && v.expr(e.Orelse, L)
	case *syntax.Dict:
		if len(e.Keys) != len(e.Values) {
			return v.fail("Dict doesn't have the same number of keys as values")
		}
		return v.exprs(e.Keys, L, true) && v.exprs(e.Values, L, false)
	case *syntax.Set:
		return v.exprs(e.Elts, L, false)
	case *syntax.ListComp:
		return v.comprehension(e.Generators) && v.expr(e.Elt, L)
	case *syntax.SetComp:
		return v.comprehension(e.Generators) && v.expr(e.Elt, L)
	case *syntax.GeneratorExp:
		return v.comprehension(e.Generators) && v.expr(e.Elt, L)
	case *syntax.DictComp:
		return v.comprehension(e.Generators) && v.expr(e.Key, L) && v.expr(e.Value, L)
	case *syntax.Yield:
		return v.optExpr(e.Value, L)
	case *syntax.YieldFrom:
		return v.expr(e.Value, L)
	case *syntax.Await:
		return v.expr(e.Value, L)
	case *syntax.Compare:
		if len(e.Comparators) == 0 {
			return v.fail("Compare with no comparators")
		}
		if len(e.Comparators) != len(e.Ops) {
			return v.fail("Compare has a different number of comparators and operands")
		}
		return v.exprs(e.Comparators, L, false) && v.expr(e.Left, L)
	case *syntax.Call:
		return v.expr(e.Func, L) && v.exprs(e.Args, L, false) && v.keywords(e.Keywords)
	case *syntax.JoinedStr:
		return v.exprs(e.Values, L, false)
	case *syntax.FormattedValue:
		switch e.Conversion {
		case -1, 's', 'r', 'a':
		default:
			v.fail("Unrecognized conversion character %d", e.Conversion)
			v.err.sysErr = true
			return false
		}
		return v.expr(e.Value, L) && v.optExpr(e.FormatSpec, L)
	case *syntax.Attribute:
		return v.expr(e.Value, L)
	case *syntax.Subscript:
		return v.expr(e.Slice, L) && v.expr(e.Value, L)
	case *syntax.Starred:
		return v.expr(e.Value, ctx)
	case *syntax.Slice:
		return v.optExpr(e.Lower, L) && v.optExpr(e.Upper, L) && v.optExpr(e.Step, L)
	case *syntax.List:
		return v.exprs(e.Elts, ctx, false)
	case *syntax.Tuple:
		return v.exprs(e.Elts, ctx, false)
	case *syntax.NamedExpr:
		if _, ok := e.Target.(*syntax.Name); !ok {
			v.fail("NamedExpr target must be a Name")
			v.err.typeErr = true
			return false
		}
		return v.expr(e.Value, L)
	case *syntax.Name:
		return v.name(e.Id)
	}
	return true
}
