// This file defines the AST optimizations of CPython 3.11's ast_opt.c that
// change the generated code, applied in place to a freshly parsed tree:
// constant folding (shared with Krait's code generator), `not` of an
// identity or membership test, and literal lists and sets after `in` or
// as a `for` iterable.

package cpyview

import (
	"reflect"

	"krait/compiler"
	"krait/syntax"
)

var (
	exprType  = reflect.TypeOf((*syntax.Expr)(nil)).Elem()
	nodeType  = reflect.TypeOf((*syntax.Node)(nil)).Elem()
	constType = reflect.TypeOf(&syntax.Constant{})
)

// optimizeAST folds the tree rooted at n in place.
func optimizeAST(n syntax.Node, optimize int) {
	walkFold(reflect.ValueOf(n), optimize)
}

func walkFold(v reflect.Value, optimize int) {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return
		}
		walkFold(v.Elem(), optimize)
	case reflect.Ptr:
		if v.IsNil() || v.Type() == constType {
			return
		}
		walkFold(v.Elem(), optimize)
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			el := v.Index(i)
			walkFold(el, optimize)
			if el.Type() == exprType && !el.IsNil() {
				el.Set(reflect.ValueOf(foldOne(el.Interface().(syntax.Expr), optimize)))
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if !f.CanSet() {
				continue
			}
			walkFold(f, optimize)
			if f.Type() == exprType && !f.IsNil() {
				f.Set(reflect.ValueOf(foldOne(f.Interface().(syntax.Expr), optimize)))
			}
		}
		switch x := v.Addr().Interface().(type) {
		case *syntax.For:
			x.Iter = compiler.FoldIter(x.Iter, optimize)
		case *syntax.AsyncFor:
			x.Iter = compiler.FoldIter(x.Iter, optimize)
		case *syntax.Comprehension:
			x.Iter = compiler.FoldIter(x.Iter, optimize)
		case *syntax.Compare:
			n := len(x.Ops) - 1
			if x.Ops[n] == syntax.In || x.Ops[n] == syntax.NotIn {
				x.Comparators[n] = compiler.FoldIter(x.Comparators[n], optimize)
			}
		}
	}
}

// foldOne folds e, whose children are already folded.
func foldOne(e syntax.Expr, optimize int) syntax.Expr {
	if u, ok := e.(*syntax.UnaryOp); ok && u.Op == syntax.Not {
		if cmp, ok := u.Operand.(*syntax.Compare); ok && len(cmp.Ops) == 1 {
			inv := map[syntax.Cmpop]syntax.Cmpop{syntax.Is: syntax.IsNot, syntax.IsNot: syntax.Is,
				syntax.In: syntax.NotIn, syntax.NotIn: syntax.In}
			if op, ok := inv[cmp.Ops[0]]; ok {
				return &syntax.Compare{Pos: cmp.Pos, Left: cmp.Left, Ops: []syntax.Cmpop{op}, Comparators: cmp.Comparators}
			}
		}
	}
	if s, ok := e.(*syntax.Subscript); ok && s.Ctx == syntax.Load {
		if r := foldSubscr(s); r != nil {
			return r
		}
	}
	r := compiler.FoldExpr(e, optimize)
	if js, ok := r.(*syntax.JoinedStr); ok {
		if _, was := e.(*syntax.BinOp); was {
			// The literal parts of a %-format turned into an f-string have no
			// location in CPython (ast_opt.c's parse_literal).
			for i, v := range js.Values {
				if k, ok := v.(*syntax.Constant); ok {
					nk := *k
					nk.Pos = syntax.Pos{Lineno: -1, EndLineno: -1, ColOffset: -1, EndColOffset: -1}
					js.Values[i] = &nk
				}
			}
		}
	}
	return r
}

// foldSubscr folds a constant string, bytes or tuple indexed by a constant
// int.
func foldSubscr(s *syntax.Subscript) syntax.Expr {
	v, ok1 := s.Value.(*syntax.Constant)
	k, ok2 := s.Slice.(*syntax.Constant)
	if !ok1 || !ok2 {
		return nil
	}
	i, ok := k.Value.(int64)
	if !ok {
		return nil
	}
	switch x := v.Value.(type) {
	case compiler.Tuple:
		if i < 0 {
			i += int64(len(x))
		}
		if i >= 0 && i < int64(len(x)) {
			return &syntax.Constant{Pos: s.Pos, Value: x[i]}
		}
	case string:
		r := []rune(x)
		if i < 0 {
			i += int64(len(r))
		}
		if i >= 0 && i < int64(len(r)) {
			return &syntax.Constant{Pos: s.Pos, Value: string(r[i])}
		}
	case syntax.Bytes:
		if i < 0 {
			i += int64(len(x))
		}
		if i >= 0 && i < int64(len(x)) {
			return &syntax.Constant{Pos: s.Pos, Value: int64(x[i])}
		}
	}
	return nil
}

var _ = nodeType
