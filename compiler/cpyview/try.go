// This file generates try statements and with statements as CPython 3.11
// does, with SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH pseudo-instructions
// that the assembler turns into the exception table.

package cpyview

import "krait/syntax"

func (c *comp) try(x *syntax.Try) {
	if len(x.Finalbody) > 0 {
		c.tryFinally(x, false)
	} else {
		c.tryExcept(x)
	}
}

func (c *comp) tryStar(t *syntax.TryStar) {
	x := &syntax.Try{Pos: t.Pos, Body: t.Body, Handlers: t.Handlers, Orelse: t.Orelse, Finalbody: t.Finalbody}
	if len(x.Finalbody) > 0 {
		c.tryFinally(x, true)
	} else {
		c.tryStarExcept(x)
	}
}

func (c *comp) tryStarExcept(x *syntax.Try) {
	body, except, orelse, end, cleanup, reraiseStar := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.setup(SETUP_FINALLY, except)
	c.useNext(body)
	c.pushFblock(fbTryExcept, body, nil, nil)
	c.visitStmts(x.Body)
	c.popFblock()
	c.addopNoLine(POP_BLOCK, 0)
	c.jumpNoLine(JUMP, orelse)
	c.useNext(except)
	c.u.loc = noLoc
	c.setup(SETUP_CLEANUP, cleanup)
	c.addop0(PUSH_EXC_INFO)
	c.pushFblock(fbExceptionGroupHandler, nil, nil, nil)
	n := len(x.Handlers)
	for i, h := range x.Handlers {
		c.setLoc(&h.Pos)
		next, withError, noMatch := c.newBlock(), c.newBlock(), c.newBlock()
		if i == 0 {
			c.addop(COPY, 1)
			c.addop(BUILD_LIST, 0)
			c.addop(SWAP, 2)
		}
		if h.Type != nil {
			c.visitExpr(h.Type)
			c.addop0(CHECK_EG_MATCH)
			c.addop(COPY, 1)
			c.jump(POP_JUMP_IF_NONE, noMatch)
		}
		cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
		if h.Name != "" {
			c.nameop(h.Name, syntax.Store)
		} else {
			c.addop0(POP_TOP)
		}
		c.setup(SETUP_CLEANUP, cleanupEnd)
		c.useNext(cleanupBody)
		c.pushFblock(fbHandlerCleanup, cleanupBody, nil, h.Name)
		c.visitStmts(h.Body)
		c.popFblock()
		c.addop0(POP_BLOCK)
		if h.Name != "" {
			c.loadConst(nil)
			c.nameop(h.Name, syntax.Store)
			c.nameop(h.Name, syntax.Del)
		}
		c.jump(JUMP, next)
		c.useNext(cleanupEnd)
		if h.Name != "" {
			c.loadConst(nil)
			c.nameop(h.Name, syntax.Store)
			c.nameop(h.Name, syntax.Del)
		}
		c.addop(LIST_APPEND, 3)
		c.addop0(POP_TOP)
		c.jump(JUMP, withError)
		c.useNext(next)
		c.addop0(NOP)
		c.jump(JUMP, withError)
		c.useNext(noMatch)
		c.setLoc(&h.Pos)
		c.addop0(POP_TOP)
		c.useNext(withError)
		if i == n-1 {
			c.addop(LIST_APPEND, 1)
			c.jump(JUMP, reraiseStar)
		}
	}
	c.u.loc = noLoc
	c.popFblock()
	reraise := c.newBlock()
	c.useNext(reraiseStar)
	c.addop0(PREP_RERAISE_STAR)
	c.addop(COPY, 1)
	c.jump(POP_JUMP_IF_NOT_NONE, reraise)
	c.addop0(POP_TOP)
	c.addop0(POP_BLOCK)
	c.addop0(POP_EXCEPT)
	c.jump(JUMP, end)
	c.useNext(reraise)
	c.addop0(POP_BLOCK)
	c.addop(SWAP, 2)
	c.addop0(POP_EXCEPT)
	c.addop(RERAISE, 0)
	c.useNext(cleanup)
	c.popExceptAndReraise()
	c.useNext(orelse)
	c.visitStmts(x.Orelse)
	c.useNext(end)
}

func (c *comp) setup(op int, target *block) {
	c.implicitBlock()
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, target: target, loc: c.u.loc})
}

func (c *comp) popExceptAndReraise() {
	c.addop(COPY, 3)
	c.addop0(POP_EXCEPT)
	c.addop(RERAISE, 1)
}

func (c *comp) tryFinally(x *syntax.Try, star bool) {
	body, end, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.setup(SETUP_FINALLY, end)
	c.useNext(body)
	c.pushFblock(fbFinallyTry, body, end, x.Finalbody)
	if len(x.Handlers) > 0 && star {
		c.tryStarExcept(x)
	} else if len(x.Handlers) > 0 {
		c.tryExcept(x)
	} else {
		c.visitStmts(x.Body)
	}
	c.addopNoLine(POP_BLOCK, 0)
	c.popFblock()
	c.visitStmts(x.Finalbody)
	c.jumpNoLine(JUMP, exit)
	c.useNext(end)
	c.u.loc = noLoc
	c.setup(SETUP_CLEANUP, cleanup)
	c.addop0(PUSH_EXC_INFO)
	c.pushFblock(fbFinallyEnd, end, nil, nil)
	c.visitStmts(x.Finalbody)
	c.popFblock()
	// CPython's RERAISE and cleanup keep the location of the last
	// statement compiled, even one after a return (then dead code).
	c.addop(RERAISE, 0)
	c.useNext(cleanup)
	c.popExceptAndReraise()
	c.useNext(exit)
}

func (c *comp) tryExcept(x *syntax.Try) {
	body, except, end, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.setup(SETUP_FINALLY, except)
	c.useNext(body)
	c.pushFblock(fbTryExcept, body, nil, nil)
	c.visitStmts(x.Body)
	c.popFblock()
	c.addopNoLine(POP_BLOCK, 0)
	c.visitStmts(x.Orelse)
	c.jumpNoLine(JUMP, end)
	c.useNext(except)
	c.u.loc = noLoc
	c.setup(SETUP_CLEANUP, cleanup)
	c.addop0(PUSH_EXC_INFO)
	c.pushFblock(fbExceptionHandler, nil, nil, nil)
	for i, h := range x.Handlers {
		c.setLoc(&h.Pos)
		if h.Type == nil && i < len(x.Handlers)-1 {
			c.fail("default 'except:' must be last")
		}
		except = c.newBlock()
		if h.Type != nil {
			c.visitExpr(h.Type)
			c.addop0(CHECK_EXC_MATCH)
			c.jump(POP_JUMP_IF_FALSE, except)
		}
		if h.Name != "" {
			cleanupEnd, cleanupBody := c.newBlock(), c.newBlock()
			c.nameop(h.Name, syntax.Store)
			c.setup(SETUP_CLEANUP, cleanupEnd)
			c.useNext(cleanupBody)
			c.pushFblock(fbHandlerCleanup, cleanupBody, nil, h.Name)
			c.visitStmts(h.Body)
			c.popFblock()
			c.u.loc = noLoc
			c.addop0(POP_BLOCK)
			c.addop0(POP_BLOCK)
			c.addop0(POP_EXCEPT)
			c.loadConst(nil)
			c.nameop(h.Name, syntax.Store)
			c.nameop(h.Name, syntax.Del)
			c.jump(JUMP, end)
			c.useNext(cleanupEnd)
			c.u.loc = noLoc
			c.loadConst(nil)
			c.nameop(h.Name, syntax.Store)
			c.nameop(h.Name, syntax.Del)
			c.addop(RERAISE, 1)
		} else {
			cleanupBody := c.newBlock()
			c.addop0(POP_TOP)
			c.useNext(cleanupBody)
			c.pushFblock(fbHandlerCleanup, cleanupBody, nil, nil)
			c.visitStmts(h.Body)
			c.popFblock()
			c.u.loc = noLoc
			c.addop0(POP_BLOCK)
			c.addop0(POP_EXCEPT)
			c.jump(JUMP, end)
		}
		c.useNext(except)
	}
	c.u.loc = noLoc
	c.popFblock()
	c.addop(RERAISE, 0)
	c.useNext(cleanup)
	c.popExceptAndReraise()
	c.useNext(end)
}

func (c *comp) with(x *syntax.With, pos int) {
	item := x.Items[pos]
	blk, final, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(item.ContextExpr)
	c.addop0(BEFORE_WITH)
	c.setup(SETUP_WITH, final)
	c.useNext(blk)
	c.pushFblock(fbWith, blk, final, syntax.Stmt(x))
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.addop0(POP_TOP)
	}
	if pos+1 == len(x.Items) {
		c.visitStmts(x.Body)
	} else {
		c.with(x, pos+1)
	}
	c.u.loc = noLoc
	c.addop0(POP_BLOCK)
	c.popFblock()
	c.setLoc(&x.Pos)
	c.callExitWithNones()
	c.addop0(POP_TOP)
	c.jump(JUMP, exit)
	c.useNext(final)
	c.setup(SETUP_CLEANUP, cleanup)
	c.addop0(PUSH_EXC_INFO)
	c.addop0(WITH_EXCEPT_START)
	c.withExceptFinish(cleanup)
	c.useNext(exit)
}

func (c *comp) withExceptFinish(cleanup *block) {
	c.u.loc = noLoc
	exit := c.newBlock()
	c.jump(POP_JUMP_IF_TRUE, exit)
	c.addop(RERAISE, 2)
	c.useNext(cleanup)
	c.popExceptAndReraise()
	c.useNext(exit)
	c.addop0(POP_TOP)
	c.addop0(POP_BLOCK)
	c.addop0(POP_EXCEPT)
	c.addop0(POP_TOP)
	c.addop0(POP_TOP)
}

func (c *comp) awaitNone(arg int) {
	c.addop(GET_AWAITABLE, arg)
	c.loadConst(nil)
	c.addYieldFrom(true)
}

func (c *comp) asyncFor(x *syntax.AsyncFor) {
	start, except, end := c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(x.Iter)
	c.addop0(GET_AITER)
	c.useNext(start)
	c.pushFblock(fbForLoop, start, end, nil)
	c.setup(SETUP_FINALLY, except)
	c.addop0(GET_ANEXT)
	c.loadConst(nil)
	c.addYieldFrom(true)
	c.addop0(POP_BLOCK)
	c.visitExpr(x.Target)
	c.visitStmts(x.Body)
	c.u.loc = noLoc
	c.jump(JUMP, start)
	c.popFblock()
	c.useNext(except)
	c.setLoc(x.Iter.GetPos())
	c.addop0(END_ASYNC_FOR)
	c.visitStmts(x.Orelse)
	c.useNext(end)
}

func (c *comp) asyncWith(x *syntax.AsyncWith, pos int) {
	item := x.Items[pos]
	blk, final, exit, cleanup := c.newBlock(), c.newBlock(), c.newBlock(), c.newBlock()
	c.visitExpr(item.ContextExpr)
	c.addop0(BEFORE_ASYNC_WITH)
	c.awaitNone(1)
	c.setup(SETUP_WITH, final)
	c.useNext(blk)
	c.pushFblock(fbAsyncWith, blk, final, syntax.Stmt(x))
	if item.OptionalVars != nil {
		c.visitExpr(item.OptionalVars)
	} else {
		c.addop0(POP_TOP)
	}
	if pos+1 == len(x.Items) {
		c.visitStmts(x.Body)
	} else {
		c.asyncWith(x, pos+1)
	}
	c.popFblock()
	c.addop0(POP_BLOCK)
	c.setLoc(&x.Pos)
	c.callExitWithNones()
	c.awaitNone(2)
	c.addop0(POP_TOP)
	c.jump(JUMP, exit)
	c.useNext(final)
	c.setup(SETUP_CLEANUP, cleanup)
	c.addop0(PUSH_EXC_INFO)
	c.addop0(WITH_EXCEPT_START)
	c.awaitNone(2)
	c.withExceptFinish(cleanup)
	c.useNext(exit)
}
