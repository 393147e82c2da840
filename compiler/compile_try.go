// This file defines the code generation of try/except/else/finally,
// except*, and with/async with, on top of the exception table: a handler
// receives the exception in a register, and `finally` bodies are emitted
// once on the normal path and once in the handler, as in CPython 3.11.

package compiler

import "krait/syntax"

var noPos = Position{-1, -1, -1, -1}

// excRegs allocates the registers of a handler: the exception and lasti,
// the saved handled exception, and the cleanup handler's exception and
// lasti. They are written only when an exception is caught, so a value an
// earlier statement left in them is cleared first: it would stay alive
// for the whole try body (CPython's stack holds nothing there).
func (c *compiler) excRegs() (x, s, cl int32) {
	used := c.u.maxTemp
	x = c.tmps(2)
	s = c.tmp()
	cl = c.tmps(2)
	if n := used - x&^tagTemp; n > 0 {
		c.emit(CLEAR, x, min(n, cl&^tagTemp+2-x&^tagTemp), 0)
	}
	return
}

func (c *compiler) tryStmt(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse, final []syntax.Stmt, star bool) {
	if len(body) > 0 && body[0].GetPos().Lineno != int(c.u.loc.Line) {
		// The `try:` line has an instruction of its own, as CPython's
		// SETUP_FINALLY NOP: sys.settrace reports it and pdb stops there.
		c.emit(NOP, 0, 0, 0)
	}
	if len(final) == 0 {
		c.tryExcept(body, hs, orelse, star)
		return
	}
	c.tryFinally(func() {
		if len(hs) > 0 {
			c.tryExcept(body, hs, orelse, star)
		} else {
			c.stmts(body)
		}
	}, final)
}

func (c *compiler) tryFinally(inner func(), final []syntax.Stmt) {
	x, s, cl := c.excRegs()
	fin, clean, end := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	c.pushFblock(&fblk{kind: fbFinallyTry, final: final})
	c.u.handler = &handler{lbl: fin, reg: x}
	inner()
	c.popFblock()
	c.u.handler = outer
	c.stmts(final)
	c.emitJump(JUMP, 0, end)

	c.bind(fin)
	c.u.loc = noPos
	c.u.handler = &handler{lbl: clean, reg: cl, lasti: true}
	c.emit(PUSH_EXC_INFO, s, x, 0)
	c.pushFblock(&fblk{kind: fbFinallyEnd, reg: s})
	c.u.fblocks[len(c.u.fblocks)-1].outer = outer
	c.stmts(final)
	c.popFblock()
	c.u.loc = c.fallthroughLoc()
	c.emit(RERAISE, x, 0, 0)
	c.cleanup(clean, outer, x, s, cl)
	c.bind(end)
}

// fallthroughLoc is the location CPython's line propagation gives an
// instruction without one emitted next: that of the instruction before it
// when control only falls through from there, else none.
func (c *compiler) fallthroughLoc() Position {
	n := int32(len(c.u.instrs))
	if n == 0 {
		return noPos
	}
	for _, at := range c.u.labels {
		if at == n {
			return noPos // a jump target: more than one predecessor
		}
	}
	switch c.u.instrs[n-1].op {
	case JUMP, JUMP_BACK, RETURN, RETURN_CONST, RAISE, RERAISE:
		return noPos
	}
	return c.u.instrs[n-1].pos
}

// cleanup emits the handler that restores the handled exception and
// re-raises, for exceptions raised while handling another. It clears the
// handled exception's registers x..s first: an outer handler in this
// frame must not keep it alive (CPython pops it).
func (c *compiler) cleanup(l label, outer *handler, x, s, cl int32) {
	c.bind(l)
	c.u.handler = outer
	c.u.loc = noPos
	c.emit(POP_EXCEPT, s, 0, 0)
	c.emit(CLEAR, x, s-x+1, 0)
	c.emit(RERAISE, cl, 1, 0)
}

func (c *compiler) tryExcept(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse []syntax.Stmt, star bool) {
	x, s, cl := c.excRegs()
	exc, clean, end := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	c.pushFblock(&fblk{kind: fbTryExcept})
	c.u.handler = &handler{lbl: exc, reg: x}
	c.stmts(body)
	c.popFblock()
	c.u.handler = outer
	c.stmts(orelse)
	c.emitJump(JUMP, 0, end)

	c.bind(exc)
	c.u.loc = noPos
	hClean := &handler{lbl: clean, reg: cl, lasti: true}
	c.u.handler = hClean
	c.emit(PUSH_EXC_INFO, s, x, 0)
	if star {
		c.exceptStar(hs, x, s, cl, hClean, outer, end)
	} else {
		for _, h := range hs {
			c.exceptClause(h, x, s, cl, hClean, outer, end)
		}
		c.u.loc = noPos
		if last := hs[len(hs)-1]; last.Type != nil {
			// Reached only from the last clause's failed match: CPython's
			// line propagation gives it that clause's location (the
			// f_lineno of a frame the exception leaves).
			c.setLoc(last.GetPos())
		}
		c.emit(RERAISE, x, 0, 0)
	}
	c.cleanup(clean, outer, x, s, cl)
	c.bind(end)
}

func (c *compiler) exceptClause(h *syntax.ExceptHandler, x, s, cl int32, hClean, outer *handler, end label) {
	c.setLoc(h.GetPos())
	next := c.newLabel()
	if h.Type != nil {
		t := c.exprTemp(h.Type)
		c.setLoc(h.GetPos())
		c.emit(CHECK_EXC_MATCH, t, x, t)
		c.emitJump(JUMP_IF_FALSE, t, next)
		c.release(t)
	} else {
		c.emit(NOP, 0, 0, 0) // CPython's POP_TOP: a line event for "except:"
	}
	if h.Name == "" {
		c.pushFblock(&fblk{kind: fbHandlerCleanup, reg: s})
		c.u.fblocks[len(c.u.fblocks)-1].outer = outer
		c.stmts(h.Body)
		c.popFblock()
		c.u.handler = outer
		c.u.loc = noPos
		c.emit(POP_EXCEPT, s, 0, 0)
		c.clearFrom(x)
		c.emitJump(JUMP, 0, end)
		c.u.handler = hClean
		c.bind(next)
		return
	}
	c.storeName(h.Name, x)
	nameClean := c.newLabel()
	c.pushFblock(&fblk{kind: fbHandlerCleanup, reg: s, name: h.Name, hasName: true})
	c.u.fblocks[len(c.u.fblocks)-1].outer = outer
	c.u.handler = &handler{lbl: nameClean, reg: cl, lasti: true}
	c.stmts(h.Body)
	c.popFblock()
	c.u.handler = outer
	c.u.loc = noPos
	c.emit(POP_EXCEPT, s, 0, 0)
	c.unbindName(h.Name)
	c.clearFrom(x)
	c.emitJump(JUMP, 0, end)

	c.bind(nameClean)
	c.u.handler = hClean
	c.u.loc = noPos
	c.unbindName(h.Name)
	c.emit(RERAISE, cl, 1, 0)
	c.bind(next)
}

// clearFrom clears the temporaries from x up, after an exception was
// handled: they hold the exception (and through its traceback, frames)
// which CPython would have released, so gc.collect() and weak references
// can see it go.
func (c *compiler) clearFrom(x int32) {
	if n := c.u.top - x&^tagTemp; n > 0 {
		c.emit(CLEAR, x, n, 0)
	}
}

// unbindName does `name = None; del name` after an except clause.
func (c *compiler) unbindName(name string) {
	n := c.tmp()
	c.emit(LOAD_NONE, n, 0, 0)
	c.storeName(name, n)
	c.del(&syntax.Name{Id: name, Ctx: syntax.Del})
	c.release(n)
}

// exceptStar emits the except* clauses: each splits the remaining group,
// exceptions raised by the clauses are collected, and PREP_RERAISE_STAR
// decides what propagates.
func (c *compiler) exceptStar(hs []*syntax.ExceptHandler, x, s, cl int32, hClean, outer *handler, end label) {
	rest := c.tmp()
	raised := c.tmp()
	c.move(rest, x)
	c.emit(BUILD_LIST, raised, raised, 0)
	for _, h := range hs {
		c.setLoc(h.GetPos())
		next := c.newLabel()
		t := c.exprTemp(h.Type)
		pair := c.tmps(2)
		c.setLoc(h.GetPos())
		c.emit(CHECK_EG_MATCH, pair, rest, t)
		c.move(rest, pair)
		match := pair + 1
		c.emitJump(JUMP_IF_NONE, match, next)
		if h.Name != "" {
			c.storeName(h.Name, match)
		}
		he := c.newLabel()
		hx := c.tmps(2)
		c.pushFblock(&fblk{kind: fbExceptionGroupHandler, reg: s})
		c.u.fblocks[len(c.u.fblocks)-1].outer = outer
		c.u.handler = &handler{lbl: he, reg: hx, lasti: true}
		c.stmts(h.Body)
		c.popFblock()
		c.u.handler = hClean
		c.u.loc = noPos
		if h.Name != "" {
			c.unbindName(h.Name)
		}
		c.emitJump(JUMP, 0, next)
		c.bind(he)
		if h.Name != "" {
			c.unbindName(h.Name)
		}
		c.emit(LIST_APPEND, raised, hx, 0)
		c.bind(next)
		c.release(t)
	}
	c.u.loc = noPos
	c.emit(LIST_APPEND, raised, rest, 0)
	p := c.tmp()
	c.move(p, x)
	c.emit(PREP_RERAISE_STAR, p, raised, 0)
	re := c.newLabel()
	c.emitJump(JUMP_IF_NOT_NONE, p, re)
	c.u.handler = outer
	c.emit(POP_EXCEPT, s, 0, 0)
	c.clearFrom(x)
	c.emitJump(JUMP, 0, end)
	c.bind(re)
	c.emit(POP_EXCEPT, s, 0, 0)
	c.emit(RERAISE, p, 0, 0)
}

// --- with ---

func (c *compiler) withStmt(items []*syntax.WithItem, body []syntax.Stmt, async bool) {
	pos := c.u.loc
	c.withItem(items, 0, body, async, pos)
}

func (c *compiler) withItem(items []*syntax.WithItem, i int, body []syntax.Stmt, async bool, pos Position) {
	item := items[i]
	mgr := c.expr(item.ContextExpr)
	e := c.tmps(2)
	c.u.loc = pos
	if async {
		c.emit(BEFORE_ASYNC_WITH, e, mgr, 0)
		c.emit(GET_AWAITABLE, e+1, e+1, 1)
		c.yieldFrom(e+1, e+1)
	} else {
		c.emit(BEFORE_WITH, e, mgr, 0)
	}
	x, s, cl := c.excRegs()
	with, clean, end := c.newLabel(), c.newLabel(), c.newLabel()
	outer := c.u.handler
	kind := fbWith
	if async {
		kind = fbAsyncWith
	}
	c.pushFblock(&fblk{kind: kind, reg: e, pos: pos})
	c.u.handler = &handler{lbl: with, reg: x, lasti: true}
	if item.OptionalVars != nil {
		c.store(item.OptionalVars, e+1)
	}
	if i+1 < len(items) {
		c.withItem(items, i+1, body, async, pos)
	} else {
		c.stmts(body)
	}
	c.popFblock()
	c.u.handler = outer
	c.u.loc = pos
	c.callExit(e, async)
	c.emitJump(JUMP, 0, end)

	c.bind(with)
	c.u.loc = pos
	c.u.handler = &handler{lbl: clean, reg: cl, lasti: true}
	c.emit(PUSH_EXC_INFO, s, x, 0)
	t := c.tmp()
	c.emit(WITH_EXCEPT_START, t, e, x)
	if async {
		c.emit(GET_AWAITABLE, t, t, 2)
		c.yieldFrom(t, t)
	}
	sup := c.newLabel()
	c.emitJump(JUMP_IF_TRUE, t, sup)
	c.emit(RERAISE, x, 1, 0)
	c.bind(sup)
	c.u.handler = outer
	c.emit(POP_EXCEPT, s, 0, 0)
	c.clearFrom(x)
	c.emitJump(JUMP, 0, end)
	c.cleanup(clean, outer, x, s, cl)
	c.bind(end)
}

// callExit calls the __exit__ in R[e] with three Nones.
func (c *compiler) callExit(e int32, async bool) {
	t := c.tmps(4)
	c.move(t, e)
	for i := int32(1); i <= 3; i++ {
		c.emit(LOAD_NONE, t+i, 0, 0)
	}
	c.emit(CALL, t, 3, 0)
	if async {
		c.emit(GET_AWAITABLE, t, t, 2)
		c.yieldFrom(t, t)
	}
	c.release(t)
}
