// This file generates the code of statements as CPython 3.11's
// compiler_visit_stmt does: assignments, control flow with its frame-block
// unwinding, imports, assertions and the module body.

package cpyview

import (
	"strings"

	"krait/compiler"
	"krait/syntax"
)

func (c *comp) visitStmts(ss []syntax.Stmt) {
	for _, s := range ss {
		c.visitStmt(s)
	}
}

func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := e.Value.(*syntax.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(string)
	return s, ok
}

func findAnn(ss []syntax.Stmt) bool {
	for _, s := range ss {
		switch x := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *syntax.While:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *syntax.If:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *syntax.With:
			if findAnn(x.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if findAnn(x.Body) {
				return true
			}
		case *syntax.Try:
			for _, h := range x.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(x.Body) || findAnn(x.Orelse) || findAnn(x.Finalbody) {
				return true
			}
		case *syntax.TryStar:
			for _, h := range x.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(x.Body) || findAnn(x.Orelse) || findAnn(x.Finalbody) {
				return true
			}
		case *syntax.Match:
			for _, m := range x.Cases {
				if findAnn(m.Body) {
					return true
				}
			}
		}
	}
	return false
}

// body generates a module or class body (compiler_body).
func (c *comp) body(ss []syntax.Stmt) {
	if c.u.scope == scopeModule && len(ss) > 0 {
		c.setLoc(ss[0].GetPos())
	}
	if findAnn(ss) {
		c.addop0(SETUP_ANNOTATIONS)
	}
	if len(ss) == 0 {
		return
	}
	i := 0
	if c.optimize < 2 {
		if _, ok := docstring(ss); ok {
			i = 1
			c.visitExpr(ss[0].(*syntax.ExprStmt).Value)
			c.u.loc = noLoc
			c.nameop("__doc__", syntax.Store)
		}
	}
	for ; i < len(ss); i++ {
		c.visitStmt(ss[i])
	}
}

func (c *comp) visitStmt(s syntax.Stmt) {
	c.setLoc(s.GetPos())
	switch x := s.(type) {
	case *syntax.FunctionDef:
		c.function(s, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, false)
	case *syntax.AsyncFunctionDef:
		c.function(s, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, true)
	case *syntax.ClassDef:
		c.class(x)
	case *syntax.Return:
		c.ret(x)
	case *syntax.Delete:
		c.visitExprs(x.Targets)
	case *syntax.Assign:
		c.visitExpr(x.Value)
		for i, t := range x.Targets {
			if i < len(x.Targets)-1 {
				c.addop(COPY, 1)
			}
			c.visitExpr(t)
		}
	case *syntax.AugAssign:
		c.augassign(x)
	case *syntax.AnnAssign:
		c.annassign(x)
	case *syntax.For:
		c.forStmt(x)
	case *syntax.While:
		c.while(x)
	case *syntax.If:
		end := c.newBlock()
		next := end
		if len(x.Orelse) > 0 {
			next = c.newBlock()
		}
		c.jumpIf(x.Test, next, false)
		c.visitStmts(x.Body)
		if len(x.Orelse) > 0 {
			c.jumpNoLine(JUMP, end)
			c.useNext(next)
			c.visitStmts(x.Orelse)
		}
		c.useNext(end)
	case *syntax.Raise:
		n := 0
		if x.Exc != nil {
			c.visitExpr(x.Exc)
			n++
			if x.Cause != nil {
				c.visitExpr(x.Cause)
				n++
			}
		}
		c.addop(RAISE_VARARGS, n)
	case *syntax.Try:
		c.try(x)
	case *syntax.TryStar:
		c.tryStar(x)
	case *syntax.Match:
		c.match(x)
	case *syntax.Assert:
		if c.optimize > 0 {
			return
		}
		end := c.newBlock()
		c.jumpIf(x.Test, end, true)
		c.addop0(LOAD_ASSERTION_ERROR)
		if x.Msg != nil {
			c.visitExpr(x.Msg)
			c.addop(PRECALL, 0)
			c.addop(CALL, 0)
		}
		c.addop(RAISE_VARARGS, 1)
		c.useNext(end)
	case *syntax.Import:
		c.importStmt(x)
	case *syntax.ImportFrom:
		c.importFrom(x)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.ExprStmt:
		if c.interactive && c.nestLevel <= 1 {
			c.visitExpr(x.Value)
			c.addop0(PRINT_EXPR)
			return
		}
		if isConst(x.Value) {
			c.addop0(NOP)
			return
		}
		c.visitExpr(x.Value)
		// CPython marks the POP_TOP artificial (it takes the location
		// before it), and what follows until the next statement.
		c.u.loc = noLoc
		c.addop0(POP_TOP)
	case *syntax.Pass:
		c.addop0(NOP)
	case *syntax.Break:
		c.addop0(NOP)
		loop := c.unwindStack(false, true)
		if loop == nil {
			c.fail("'break' outside loop")
		}
		c.unwind(loop, false)
		c.jump(JUMP, loop.exit)
	case *syntax.Continue:
		c.addop0(NOP)
		loop := c.unwindStack(false, true)
		if loop == nil {
			c.fail("'continue' not properly in loop")
		}
		c.jump(JUMP, loop.block)
	case *syntax.With:
		c.with(x, 0)
	case *syntax.AsyncWith:
		c.asyncWith(x, 0)
	case *syntax.AsyncFor:
		c.asyncFor(x)
	default:
		c.fail("statement %T", s)
	}
}

func (c *comp) ret(x *syntax.Return) {
	preserve := x.Value != nil && !isConst(x.Value)
	if preserve {
		c.visitExpr(x.Value)
	} else if x.Value != nil {
		c.setLoc(x.Value.GetPos())
		c.addop0(NOP)
	}
	if x.Value == nil || x.Value.GetPos().Lineno != x.Lineno {
		c.setLoc(&x.Pos)
		c.addop0(NOP)
	}
	c.unwindStack(preserve, false)
	if x.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.loadConst(x.Value.(*syntax.Constant).Value)
	}
	c.addop0(RETURN_VALUE)
}

func (c *comp) augassign(x *syntax.AugAssign) {
	e := x.Target
	old := c.u.loc
	c.setLoc(e.GetPos())
	switch t := e.(type) {
	case *syntax.Attribute:
		c.visitExpr(t.Value)
		c.addop(COPY, 1)
		c.matchAttrStart(t)
		c.addop(LOAD_ATTR, c.addName(t.Attr))
	case *syntax.Subscript:
		c.visitExpr(t.Value)
		c.visitExpr(t.Slice)
		c.addop(COPY, 2)
		c.addop(COPY, 2)
		c.addop0(BINARY_SUBSCR)
	case *syntax.Name:
		c.nameop(t.Id, syntax.Load)
	default:
		c.fail("invalid node type for augmented assignment")
	}
	c.u.loc = old
	c.visitExpr(x.Value)
	c.addop(BINARY_OP, binopArg(x.Op, true))
	c.setLoc(e.GetPos())
	switch t := e.(type) {
	case *syntax.Attribute:
		c.matchAttrStart(t)
		c.addop(SWAP, 2)
		c.addop(STORE_ATTR, c.addName(t.Attr))
	case *syntax.Subscript:
		c.addop(SWAP, 3)
		c.addop(SWAP, 2)
		c.addop0(STORE_SUBSCR)
	case *syntax.Name:
		c.nameop(t.Id, syntax.Store)
	}
}

func (c *comp) checkAnnExpr(e syntax.Expr) {
	c.visitExpr(e)
	c.addop0(POP_TOP)
}

func (c *comp) annassign(x *syntax.AnnAssign) {
	if x.Value != nil {
		c.visitExpr(x.Value)
		c.visitExpr(x.Target)
	}
	switch t := x.Target.(type) {
	case *syntax.Name:
		if x.Simple != 0 && (c.u.scope == scopeModule || c.u.scope == scopeClass) {
			c.annotation(x.Annotation)
			c.addop(LOAD_NAME, c.addRawName("__annotations__"))
			c.loadConst(compiler.Mangle(c.u.private, t.Id))
			c.addop0(STORE_SUBSCR)
		}
	case *syntax.Attribute:
		if x.Value == nil {
			c.checkAnnExpr(t.Value)
		}
	case *syntax.Subscript:
		if x.Value == nil {
			c.checkAnnExpr(t.Value)
			c.checkAnnSubscr(t.Slice)
		}
	}
	if x.Simple == 0 && c.st.Future&compiler.FutureAnnotations == 0 &&
		(c.u.scope == scopeModule || c.u.scope == scopeClass) {
		c.checkAnnExpr(x.Annotation)
	}
}

func (c *comp) checkAnnSubscr(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Slice:
		for _, p := range []syntax.Expr{x.Lower, x.Upper, x.Step} {
			if p != nil {
				c.checkAnnExpr(p)
			}
		}
	case *syntax.Tuple:
		for _, el := range x.Elts {
			c.checkAnnSubscr(el)
		}
	default:
		c.checkAnnExpr(e)
	}
}

// annotation evaluates an annotation, or loads its source text under
// `from __future__ import annotations`.
func (c *comp) annotation(e syntax.Expr) {
	if c.st.Future&compiler.FutureAnnotations != 0 {
		old := c.u.loc
		c.setLoc(e.GetPos())
		c.loadConst(compiler.Unparse(e))
		c.u.loc = old
		return
	}
	c.visitExpr(e)
}

func (c *comp) pushFblock(t fblockType, b, exit *block, datum any) {
	c.u.fblocks = append(c.u.fblocks, fblock{t, b, exit, datum})
}

func (c *comp) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *comp) forStmt(x *syntax.For) {
	start, body, cleanup, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.pushFblock(fbForLoop, start, end, nil)
	c.visitExpr(x.Iter)
	c.addop0(GET_ITER)
	c.useNext(start)
	c.jump(FOR_ITER, cleanup)
	c.useNext(body)
	c.visitExpr(x.Target)
	c.visitStmts(x.Body)
	c.u.loc = noLoc
	c.jump(JUMP, start)
	c.useNext(cleanup)
	c.popFblock()
	c.visitStmts(x.Orelse)
	c.useNext(end)
}

func (c *comp) while(x *syntax.While) {
	loop, body, anchor, end := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.useNext(loop)
	c.pushFblock(fbWhileLoop, loop, end, nil)
	c.jumpIf(x.Test, anchor, false)
	c.useNext(body)
	c.visitStmts(x.Body)
	c.setLoc(&x.Pos)
	c.jumpIf(x.Test, body, true)
	c.popFblock()
	c.useNext(anchor)
	c.visitStmts(x.Orelse)
	c.useNext(end)
}

func (c *comp) importStmt(x *syntax.Import) {
	for _, a := range x.Names {
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.addop(IMPORT_NAME, c.addName(a.Name))
		if a.Asname != "" {
			c.importAs(a.Name, a.Asname)
			continue
		}
		name := a.Name
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
		c.nameop(name, syntax.Store)
	}
}

func (c *comp) importAs(name, asname string) {
	dot := strings.IndexByte(name, '.')
	if dot < 0 {
		c.nameop(asname, syntax.Store)
		return
	}
	parts := strings.Split(name[dot+1:], ".")
	for i, attr := range parts {
		c.addop(IMPORT_FROM, c.addRawName(attr))
		if i == len(parts)-1 {
			break
		}
		c.addop(SWAP, 2)
		c.addop0(POP_TOP)
	}
	c.nameop(asname, syntax.Store)
	c.addop0(POP_TOP)
}

func (c *comp) importFrom(x *syntax.ImportFrom) {
	c.loadConst(int64(x.Level))
	names := make(compiler.Tuple, len(x.Names))
	for i, a := range x.Names {
		names[i] = a.Name
	}
	c.loadConst(names)
	c.addop(IMPORT_NAME, c.addName(x.Module))
	for i, a := range x.Names {
		if i == 0 && strings.HasPrefix(a.Name, "*") {
			c.addop0(IMPORT_STAR)
			return
		}
		c.addop(IMPORT_FROM, c.addName(a.Name))
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameop(store, syntax.Store)
	}
	c.addop0(POP_TOP)
}

// unwindStack unwinds the frame blocks up to the innermost loop (if
// toLoop) or all of them, and returns that loop (compiler_unwind_fblock_stack).
func (c *comp) unwindStack(preserveTOS, toLoop bool) *fblock {
	fbs := c.u.fblocks
	if len(fbs) == 0 {
		return nil
	}
	top := fbs[len(fbs)-1]
	if toLoop && (top.typ == fbWhileLoop || top.typ == fbForLoop) {
		return &top
	}
	c.u.fblocks = fbs[:len(fbs)-1]
	c.unwind(&top, preserveTOS)
	loop := c.unwindStack(preserveTOS, toLoop)
	c.u.fblocks = append(c.u.fblocks, top)
	return loop
}

// unwind emits the code that leaves frame block f (compiler_unwind_fblock).
func (c *comp) unwind(f *fblock, preserveTOS bool) {
	switch f.typ {
	case fbWhileLoop, fbExceptionHandler, fbExceptionGroupHandler, fbAsyncComprehensionGenerator:
	case fbForLoop:
		if preserveTOS {
			c.addop(SWAP, 2)
		}
		c.addop0(POP_TOP)
	case fbTryExcept:
		c.addop0(POP_BLOCK)
	case fbFinallyTry:
		c.addop0(POP_BLOCK)
		if preserveTOS {
			c.pushFblock(fbPopValue, nil, nil, nil)
		}
		c.visitStmts(f.datum.([]syntax.Stmt))
		if preserveTOS {
			c.popFblock()
		}
		c.u.loc = noLoc
	case fbFinallyEnd:
		if preserveTOS {
			c.addop(SWAP, 2)
		}
		c.addop0(POP_TOP)
		if preserveTOS {
			c.addop(SWAP, 2)
		}
		c.addop0(POP_BLOCK)
		c.addop0(POP_EXCEPT)
	case fbWith, fbAsyncWith:
		c.setLoc(f.datum.(syntax.Stmt).GetPos())
		c.addop0(POP_BLOCK)
		if preserveTOS {
			c.addop(SWAP, 2)
		}
		c.callExitWithNones()
		if f.typ == fbAsyncWith {
			c.addop(GET_AWAITABLE, 2)
			c.loadConst(nil)
			c.addYieldFrom(true)
		}
		c.addop0(POP_TOP)
		c.u.loc = noLoc
	case fbHandlerCleanup:
		name, _ := f.datum.(string)
		if name != "" {
			c.addop0(POP_BLOCK)
		}
		if preserveTOS {
			c.addop(SWAP, 2)
		}
		c.addop0(POP_BLOCK)
		c.addop0(POP_EXCEPT)
		if name != "" {
			c.loadConst(nil)
			c.nameop(name, syntax.Store)
			c.nameop(name, syntax.Del)
		}
	case fbPopValue:
		if preserveTOS {
			c.addop(SWAP, 2)
		}
		c.addop0(POP_TOP)
	}
}

func (c *comp) callExitWithNones() {
	c.loadConst(nil)
	c.loadConst(nil)
	c.loadConst(nil)
	c.addop(PRECALL, 2)
	c.addop(CALL, 2)
}
