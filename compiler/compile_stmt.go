// This file defines the code generation of simple statements, assignments,
// loops and the frame blocks that break, continue and return unwind.

package compiler

import (
	"krait/syntax"
)

// fblk is a statically nested construct that break, continue and return
// must unwind (CPython's fblockinfo).
type fblk struct {
	kind    fblockKind
	brk     label // loops: the break target
	cont    label // loops: the continue target
	final   []syntax.Stmt
	reg     int32 // with: the __exit__ register; handlers: the saved exception
	name    string
	hasName bool
	pos     Position // with: the statement's position (its exit call has it)
	iter    int32    // for loops: the iterator register
	outer   *handler // the exception handler around the construct
}

func (c *compiler) stmts(body []syntax.Stmt) {
	for _, s := range body {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s syntax.Stmt) {
	saved := c.u.loc
	c.setLoc(s.GetPos())
	m := c.mark()
	switch s := s.(type) {
	case *syntax.ExprStmt:
		c.exprStmt(s)
	case *syntax.Assign:
		c.assign(s)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Pass:
		c.emit(NOP, 0, 0, 0)
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Break:
		c.breakStmt()
	case *syntax.Continue:
		c.continueStmt()
	case *syntax.If:
		c.ifStmt(s)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		c.forStmt(s.Target, s.Iter, s.Body, s.Orelse, false)
	case *syntax.AsyncFor:
		c.u.topAsync = c.u.topAsync || c.u.kind == scopeModule
		c.forStmt(s.Target, s.Iter, s.Body, s.Orelse, true)
	case *syntax.Raise:
		c.raiseStmt(s)
	case *syntax.Assert:
		c.assertStmt(s)
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.FunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		c.functionDef(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Try:
		c.tryStmt(s.Body, s.Handlers, s.Orelse, s.Finalbody, false)
	case *syntax.TryStar:
		c.tryStmt(s.Body, s.Handlers, s.Orelse, s.Finalbody, true)
	case *syntax.With:
		c.withStmt(s.Items, s.Body, false)
	case *syntax.AsyncWith:
		c.u.topAsync = c.u.topAsync || c.u.kind == scopeModule
		c.withStmt(s.Items, s.Body, true)
	case *syntax.Match:
		c.matchStmt(s)
	default:
		c.errorf("internal compiler error: statement %T", s)
	}
	c.reset(m)
	c.u.loc = saved
}

func (c *compiler) exprStmt(s *syntax.ExprStmt) {
	if c.interact && len(c.stack) == 0 {
		r := c.expr(s.Value)
		c.emit(PRINT_EXPR, r, 0, 0)
		return
	}
	if k, ok := s.Value.(*syntax.Constant); ok {
		_ = k // a constant statement does nothing (CPython emits a NOP)
		c.emit(NOP, 0, 0, 0)
		return
	}
	c.expr(s.Value)
}

// --- assignment ---

func (c *compiler) assign(s *syntax.Assign) {
	if len(s.Targets) == 1 {
		t := s.Targets[0]
		if r, ok := c.directTarget(t); ok {
			if c.dropToNone(r, s.Value) { // compat18_dropnone.go
				return
			}
			c.exprInto(s.Value, r)
			c.markBound(r)
			c.visitLocal(r)
			return
		}
		if te, ve, ok := c.flatPair(t, s.Value); ok {
			c.parallelAssign(te, ve)
			return
		}
		if isSliceStore(t, s.Value) { // alloc16_slicestore.go
			c.sliceStore(t.(*syntax.Subscript), s.Value)
			return
		}
		if later, ok := storeOperands(t); ok {
			// `self.x = x`: the store reads the local's register, with
			// no MOVE into a temporary first (ray14_store.go).
			c.store(t, c.exprSafe(s.Value, later...))
			return
		}
	}
	v := c.exprTemp(s.Value)
	for _, t := range s.Targets {
		c.store(t, v)
	}
}

// directTarget returns the register of a target that an expression can be
// computed straight into: a fast local.
func (c *compiler) directTarget(t syntax.Expr) (int32, bool) {
	n, ok := t.(*syntax.Name)
	if !ok || !c.u.blk.FunctionLike() {
		return 0, false
	}
	name := c.mangle(n.Id)
	if c.u.blk.ScopeOf(name) != Local {
		return 0, false
	}
	return c.local(name), true
}

func (c *compiler) markBound(r int32) {
	if r&tagMask == 0 {
		c.u.bound.put(r, true)
	}
}

// flatMax bounds the values of one starred display that flatPair assigns
// one by one (each takes a register until the stores).
const flatMax = 8

// flatPair reports whether `t = v` can assign element by element without
// building v: t is a tuple or list of targets (at most one starred) and v
// a tuple or list display of as many values (at least as many less one,
// with a starred target), none starred. It returns their elements (v's as
// written; the check looks at v folded, as a display of constants is
// loaded as one constant and unpacked without an allocation anyway).
// CPython builds no tuple for `a, b = x, y`; nested targets
// (`(x, y), z = (q, r), w`) and starred ones (`h, *m, t = a, b, c, d`)
// are the same assignment flattened: every value is computed, left to
// right, before the first store, as with the tuple.
func (c *compiler) flatPair(t, v syntax.Expr) (te, ve []syntax.Expr, ok bool) {
	switch t := t.(type) {
	case *syntax.Tuple:
		te = t.Elts
	case *syntax.List:
		te = t.Elts
	default:
		return nil, nil, false
	}
	var folded []syntax.Expr
	switch fv := c.fold(v).(type) {
	case *syntax.Tuple:
		folded = fv.Elts
	case *syntax.List:
		folded = fv.Elts
	default:
		return nil, nil, false
	}
	switch v := v.(type) {
	case *syntax.Tuple:
		ve = v.Elts
	case *syntax.List:
		ve = v.Elts
	default:
		return nil, nil, false
	}
	if len(ve) != len(folded) || len(ve) == 0 || len(ve) > flatMax {
		return nil, nil, false
	}
	for _, e := range ve {
		if _, ok := e.(*syntax.Starred); ok {
			return nil, nil, false
		}
	}
	switch star := starIndex(te); {
	case star == -2:
		return nil, nil, false
	case star == -1 && (len(te) != len(ve) || len(ve) > 3), star >= 0 && len(ve) < len(te)-1:
		// More than three plain targets: CPython builds the tuple and
		// unpacks it, and its UNPACK_SEQUENCE has a position of its own.
		return nil, nil, false
	}
	return te, ve, true
}

// starIndex is the index of the starred target in te, -1 if there is
// none, -2 if there are several.
func starIndex(te []syntax.Expr) int {
	star := -1
	for i, e := range te {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				return -2
			}
			star = i
		}
	}
	return star
}

// flatValue returns the index in ve of the value target i of te receives
// (the first of them for the starred target).
func flatValue(te, ve []syntax.Expr, i int) int {
	if star := starIndex(te); star >= 0 && i > star {
		return len(ve) - (len(te) - i)
	}
	return i
}

// flatTarget returns the target in te of value j of ve, and whether that
// is the starred target.
func flatTarget(te, ve []syntax.Expr, j int) (syntax.Expr, bool) {
	star := starIndex(te)
	switch {
	case star < 0 || j < star:
		return te[j], false
	case j >= len(ve)-(len(te)-star-1):
		return te[len(te)-(len(ve)-j)], false
	}
	return te[star], true
}

// flatCount is the number of registers flatEval fills for te = ve.
func (c *compiler) flatCount(te, ve []syntax.Expr) int {
	n := 0
	for j, e := range ve {
		if t, star := flatTarget(te, ve, j); !star {
			if ste, sve, ok := c.flatPair(t, e); ok {
				n += c.flatCount(ste, sve)
				continue
			}
		}
		n++
	}
	return n
}

// flatEval computes the values of te = ve, left to right, into the
// registers from *next on.
func (c *compiler) flatEval(te, ve []syntax.Expr, next *int32) {
	for j, e := range ve {
		if t, star := flatTarget(te, ve, j); !star {
			if ste, sve, ok := c.flatPair(t, e); ok {
				c.flatEval(ste, sve, next)
				continue
			}
		}
		c.exprInto(e, *next)
		*next++
	}
}

// flatStore stores the values flatEval computed into the targets of te,
// left to right; the starred target gets a list of its values.
func (c *compiler) flatStore(te, ve []syntax.Expr, next *int32) {
	for i, t := range te {
		if st, ok := t.(*syntax.Starred); ok {
			k := int32(len(ve) - (len(te) - 1))
			m := c.mark()
			r := c.tmp()
			saved := c.u.loc
			c.setLoc(t.GetPos())
			c.emit(BUILD_LIST, r, *next, k)
			c.u.loc = saved
			*next += k
			c.store(st.Value, r)
			c.reset(m)
			continue
		}
		if ste, sve, ok := c.flatPair(t, ve[flatValue(te, ve, i)]); ok {
			c.flatStore(ste, sve, next)
			continue
		}
		c.store(t, *next)
		*next++
	}
}

func (c *compiler) parallelAssign(te, ve []syntax.Expr) {
	base := c.tmps(c.flatCount(te, ve))
	next := base
	c.flatEval(te, ve, &next)
	next = base
	c.flatStore(te, ve, &next)
}

// store assigns the value in register v to target t.
func (c *compiler) store(t syntax.Expr, v int32) {
	saved := c.u.loc
	c.setLoc(t.GetPos())
	m := c.mark()
	switch t := t.(type) {
	case *syntax.Name:
		c.storeName(t.Id, v)
	case *syntax.Attribute:
		o := c.expr(t.Value)
		c.attrLoc(t)
		c.emit(STORE_ATTR, o, c.nameIndex(c.mangle(t.Attr)), v)
	case *syntax.Subscript:
		o := c.exprSafe(t.Value, t.Slice)
		if sl, ok := t.Slice.(*syntax.Slice); ok {
			base := c.sliceBounds(sl)
			c.setLoc(t.GetPos())
			c.emit(SET_SLICE, o, base, v)
			break
		}
		k := c.expr(t.Slice)
		c.setLoc(t.GetPos())
		c.emit(SET_ITEM, o, k, v)
	case *syntax.Tuple:
		c.unpack(t.Elts, v)
	case *syntax.List:
		c.unpack(t.Elts, v)
	case *syntax.Starred:
		c.store(t.Value, v)
	default:
		c.errorf("internal compiler error: store to %T", t)
	}
	c.reset(m)
	c.u.loc = saved
}

func (c *compiler) unpack(elts []syntax.Expr, v int32) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			star = i
		}
	}
	base := c.tmps(len(elts))
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, base, v, int32(len(elts)))
	} else {
		after := len(elts) - star - 1
		c.emit(UNPACK_EX, base, v, int32(star|after<<8))
	}
	for i, e := range elts {
		c.store(e, base+int32(i))
	}
}

// storeName stores v in the variable name, wherever it lives.
func (c *compiler) storeName(id string, v int32) {
	name := c.mangle(id)
	switch c.nameKind(name) {
	case nkFast:
		r := c.local(name)
		c.visitLocal(r)
		c.move(r, v)
		c.markBound(r)
	case nkDeref:
		c.emit(STORE_DEREF, c.cell(name), v, 0)
	case nkGlobal:
		c.emitName(STORE_GLOBAL, v, name)
	default:
		c.emitName(STORE_NAME, v, name)
	}
}

func (c *compiler) del(t syntax.Expr) {
	saved := c.u.loc
	c.setLoc(t.GetPos())
	m := c.mark()
	switch t := t.(type) {
	case *syntax.Name:
		name := c.mangle(t.Id)
		switch c.nameKind(name) {
		case nkFast:
			r := c.local(name)
			c.visitLocal(r)
			c.emit(DELETE_FAST, r, c.deadTemps(), 0)
			c.u.bound.put(r, false)
		case nkDeref:
			c.emit(DELETE_DEREF, c.cell(name), 0, 0)
		case nkGlobal:
			c.emitName(DELETE_GLOBAL, c.deadTemps(), name)
		default:
			c.emitName(DELETE_NAME, c.deadTemps(), name)
		}
	case *syntax.Attribute:
		o := c.expr(t.Value)
		c.setLoc(t.GetPos())
		c.emit(DELETE_ATTR, o, c.nameIndex(c.mangle(t.Attr)), 0)
	case *syntax.Subscript:
		o := c.exprSafe(t.Value, t.Slice)
		k := c.expr(t.Slice)
		c.setLoc(t.GetPos())
		c.emit(DEL_ITEM, o, k, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	}
	c.reset(m)
	c.u.loc = saved
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	op := IADD + Opcode(s.Op)
	switch t := s.Target.(type) {
	case *syntax.Name:
		if r, ok := c.directTarget(t); ok && !hasWalrus(s.Value) {
			c.checkFast(r)
			c.binaryInto(op, r, r, s.Value, s.GetPos())
			return
		}
		cur := c.tmp()
		c.exprInto(&syntax.Name{Pos: t.Pos, Id: t.Id, Ctx: syntax.Load}, cur)
		c.binaryInto(op, cur, cur, s.Value, s.GetPos())
		c.setLoc(t.GetPos())
		c.storeName(t.Id, cur)
	case *syntax.Attribute:
		// `self.n += 1` reads self's register (exprSafe copies a local
		// the value's := could rebind: the store goes to the object
		// loaded first).
		o := c.exprSafe(t.Value, s.Value)
		cur := c.tmp()
		c.setLoc(t.GetPos())
		c.emit(LOAD_ATTR, cur, o, c.nameIndex(c.mangle(t.Attr)))
		c.binaryInto(op, cur, cur, s.Value, s.GetPos())
		c.setLoc(t.GetPos())
		c.emit(STORE_ATTR, o, c.nameIndex(c.mangle(t.Attr)), cur)
	case *syntax.Subscript:
		o := c.exprSafe(t.Value, t.Slice, s.Value)
		k := c.exprSafe(t.Slice, s.Value)
		cur := c.tmp()
		c.setLoc(t.GetPos())
		c.emit(GET_ITEM, cur, o, k)
		c.binaryInto(op, cur, cur, s.Value, s.GetPos())
		c.setLoc(t.GetPos())
		c.emit(SET_ITEM, o, k, cur)
	}
}

func (c *compiler) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.assign(&syntax.Assign{Pos: s.Pos, Targets: []syntax.Expr{s.Target}, Value: s.Value})
		c.setLoc(s.GetPos())
	}
	future := c.future&FutureAnnotations != 0
	modOrClass := c.u.kind == scopeModule || c.u.kind == scopeClass
	switch t := s.Target.(type) {
	case *syntax.Name:
		if s.Simple != 0 && modOrClass {
			m := c.mark()
			v := c.tmp()
			c.annotation(s.Annotation, v)
			d := c.tmp()
			c.emitName(LOAD_NAME, d, "__annotations__")
			k := c.tmp()
			c.loadConst(k, c.mangle(t.Id))
			c.emit(SET_ITEM, d, k, v)
			c.reset(m)
			return
		}
	case *syntax.Attribute:
		if s.Value == nil {
			c.release(c.expr(t.Value))
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.release(c.expr(t.Value))
			c.checkAnnSubscr(t.Slice)
		}
	}
	if s.Value == nil && !future && modOrClass {
		c.release(c.expr(s.Annotation))
	}
}

func (c *compiler) checkAnnSubscr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if x != nil {
				c.release(c.expr(x))
			}
		}
	case *syntax.Tuple:
		for _, x := range e.Elts {
			c.checkAnnSubscr(x)
		}
	default:
		c.release(c.expr(e))
	}
}

// annotation evaluates an annotation into r: its value, or its source as a
// string under `from __future__ import annotations`.
func (c *compiler) annotation(e syntax.Expr, r int32) {
	if c.future&FutureAnnotations != 0 {
		c.loadConst(r, Unparse(e))
		return
	}
	c.exprInto(e, r)
}

// hasAnnotations reports whether a module or class body annotates a simple
// name anywhere outside nested scopes (CPython's find_ann).
func hasAnnotations(body []syntax.Stmt) bool {
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.AsyncFor:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.AsyncWith:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.TryStar:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		case *syntax.Match:
			for _, mc := range s.Cases {
				if hasAnnotations(mc.Body) {
					return true
				}
			}
		}
	}
	return false
}

// --- control flow ---

func (c *compiler) ifStmt(s *syntax.If) {
	if k, ok := constTruth(c.fold(s.Test)); ok {
		// CPython drops the dead branch (after checking it for errors);
		// its folded test leaves a NOP, so sys.settrace reports the line.
		c.emit(NOP, 0, 0, 0)
		if k {
			c.stmts(s.Body)
		} else {
			c.stmts(s.Orelse)
		}
		return
	}
	end := c.newLabel()
	next := end
	if len(s.Orelse) > 0 {
		next = c.newLabel()
	}
	c.jumpIf(s.Test, false, next)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		c.emitJump(JUMP, 0, end)
		c.bind(next)
		c.stmts(s.Orelse)
	}
	c.bind(end)
}

func (c *compiler) whileStmt(s *syntax.While) {
	body, cont, brk := c.newLabel(), c.newLabel(), c.newLabel()
	orelse := brk
	if len(s.Orelse) > 0 {
		orelse = c.newLabel()
	}
	k, isConst := constTruth(c.fold(s.Test))
	if isConst && !k {
		c.emit(NOP, 0, 0, 0) // the folded test's line, as CPython's NOP
		c.stmts(s.Orelse)
		return
	}
	if !isConst {
		c.jumpIf(s.Test, false, orelse)
	} else if len(s.Body) > 0 && s.Body[0].GetPos().Lineno != int(c.u.loc.Line) {
		// `while True:` has an instruction on its line, run once, as
		// CPython's NOP: sys.settrace reports the line when the loop starts.
		c.emit(NOP, 0, 0, 0)
	}
	c.bind(body)
	c.pushFblock(&fblk{kind: fbWhileLoop, brk: brk, cont: cont})
	c.stmts(s.Body)
	c.popFblock()
	c.bind(cont)
	c.setLoc(s.GetPos())
	if isConst {
		c.emitJump(JUMP_BACK, 0, body)
	} else {
		c.setLoc(s.Test.GetPos())
		c.jumpIf(s.Test, true, body)
	}
	if len(s.Orelse) > 0 {
		c.bind(orelse)
		c.stmts(s.Orelse)
	}
	c.bind(brk)
}

func (c *compiler) forStmt(target, iter syntax.Expr, body, orelse []syntax.Stmt, async bool) {
	if async {
		c.asyncFor(target, iter, body, orelse)
		return
	}
	stmtLoc := c.u.loc
	it := c.iterOf(c.foldIter(iter), GET_ITER, &stmtLoc)
	lbody, cont, brk := c.newLabel(), c.newLabel(), c.newLabel()
	exit := brk
	if len(orelse) > 0 {
		exit = c.newLabel()
	}
	v, direct := c.directTarget(target)
	if !direct {
		v = c.tmp()
	}
	c.u.loc = stmtLoc
	c.emitBranch(FOR_ITER, v, it, 0, exit)
	c.bind(lbody)
	if direct {
		c.markBound(v)
		c.visitLocal(v)
	} else {
		c.store(target, v)
	}
	c.pushFblock(&fblk{kind: fbForLoop, brk: brk, cont: cont, iter: it})
	c.stmts(body)
	c.popFblock()
	c.bind(cont)
	c.u.loc = stmtLoc
	c.emitBranch(FOR_LOOP, v, it, 0, lbody)
	if len(orelse) > 0 {
		c.bind(exit)
		c.stmts(orelse)
	}
	c.bind(brk)
}

// mayRebind reports whether unwinding the frame blocks could run code that
// rebinds a local (a finally body, or the unbinding of an except name).
func (c *compiler) mayRebind() bool {
	for _, f := range c.u.fblocks {
		if f.kind == fbFinallyTry || f.kind == fbFinallyEnd || f.hasName {
			return true
		}
	}
	return false
}

// iterOf evaluates e and applies op (GET_ITER, GET_AITER, ...) into a
// temporary, reusing e's own temporary when it has one.
func (c *compiler) iterOf(e syntax.Expr, op Opcode, loc *Position) int32 {
	r := c.expr(e)
	it := r
	if !isTemp(r) {
		it = c.tmp()
	}
	if loc != nil {
		c.u.loc = *loc
	} else {
		c.setLoc(e.GetPos())
	}
	c.emit(op, it, r, 0)
	return it
}

func (c *compiler) pushFblock(f *fblk) {
	f.outer = c.u.handler
	c.u.fblocks = append(c.u.fblocks, f)
}
func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *compiler) breakStmt() {
	loc := c.u.loc
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		f := c.u.fblocks[i]
		if f.kind == fbWhileLoop || f.kind == fbForLoop {
			if i < len(c.u.fblocks)-1 {
				// CPython's NOP: the break's line is reported before a
				// finally body that unwinding runs.
				c.emit(NOP, 0, 0, 0)
			}
			c.unwindTo(i+1, false, loc)
			c.dropIter(f) // compat19a_dropiter.go
			c.emitJump(JUMP, 0, f.brk)
			c.u.handler = c.pendingHandler
			return
		}
	}
}

func (c *compiler) continueStmt() {
	loc := c.u.loc
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		f := c.u.fblocks[i]
		if f.kind == fbWhileLoop || f.kind == fbForLoop {
			if i < len(c.u.fblocks)-1 {
				// CPython's NOP: the continue's line is reported before a
				// finally body that unwinding runs.
				c.emit(NOP, 0, 0, 0)
			}
			c.unwindTo(i+1, false, loc)
			c.emitJump(JUMP, 0, f.cont)
			c.u.handler = c.pendingHandler
			return
		}
	}
}

func (c *compiler) returnStmt(s *syntax.Return) {
	loc := c.u.loc
	var v int32 = -1
	if s.Value != nil {
		if k, ok := c.fold(s.Value).(*syntax.Constant); ok && len(c.u.fblocks) == 0 {
			c.emitConst(RETURN_CONST, 0, k.Value)
			return
		}
		if c.mayRebind() {
			// A finally body could rebind a local: copy the value.
			v = c.exprTemp(s.Value)
		} else {
			v = c.expr(s.Value)
		}
	} else if len(c.u.fblocks) > 0 {
		c.emit(NOP, 0, 0, 0) // CPython's: the line before the exits run
	}
	c.unwindTo(0, true, loc)
	if v < 0 {
		c.returnNone()
	} else {
		c.emit(RETURN, v, 0, 0)
	}
	c.u.handler = c.pendingHandler
}

// unwindTo emits the exits of the frame blocks from the innermost down to
// index downTo (finally bodies, with exits, handler cleanups), as a return
// (preserving a value held in a register) or a break/continue.
func (c *compiler) unwindTo(downTo int, isReturn bool, loc Position) {
	saved, savedH := c.u.fblocks, c.u.handler
	after := loc
	for i := len(saved) - 1; i >= downTo; i-- {
		f := saved[i]
		c.u.fblocks = saved[:i]
		c.u.handler = f.outer
		after = c.unwindOne(f, isReturn, loc, after)
	}
	// As CPython's, the jump or return has the position of the last
	// finally statement or with exit it runs after (sys.settrace shows it).
	c.u.loc = after
	c.u.fblocks = saved
	// The jump or return itself runs outside the unwound constructs; the
	// caller restores the handler for the code that follows.
	c.pendingHandler = savedH
}

func (c *compiler) unwindOne(f *fblk, isReturn bool, loc, after Position) Position {
	switch f.kind {
	case fbFinallyTry:
		c.stmts(f.final)
		if n := len(f.final); n > 0 {
			c.setLoc(f.final[n-1].GetPos())
			after = c.u.loc
		}
	case fbFinallyEnd, fbExceptionHandler, fbExceptionGroupHandler:
		c.u.loc = loc
		c.emit(POP_EXCEPT, f.reg, 0, 0)
	case fbHandlerCleanup:
		c.u.loc = loc
		c.emit(POP_EXCEPT, f.reg, 0, 0)
		if f.hasName {
			n := c.tmp()
			c.emit(LOAD_NONE, n, 0, 0)
			c.storeName(f.name, n)
			c.del(&syntax.Name{Id: f.name, Ctx: syntax.Del})
			c.release(n)
		}
	case fbWith, fbAsyncWith:
		c.u.loc = f.pos
		c.callExit(f.reg, f.kind == fbAsyncWith)
		after = f.pos
	case fbForLoop:
		if isReturn {
			c.u.loc = loc
			c.dropIter(f) // compat19a_dropiter.go
		}
	}
	c.u.loc = loc
	return after
}

func (c *compiler) raiseStmt(s *syntax.Raise) {
	switch {
	case s.Exc == nil:
		c.emit(RAISE, 0, 0, 0)
	case s.Cause == nil:
		r := c.expr(s.Exc)
		c.setLoc(s.GetPos())
		c.emit(RAISE, r, 0, 1)
	default:
		r := c.exprTemp(s.Exc)
		k := c.expr(s.Cause)
		c.setLoc(s.GetPos())
		c.emit(RAISE, r, k, 2)
	}
}

func (c *compiler) assertStmt(s *syntax.Assert) {
	if c.opts.Optimize > 0 {
		return
	}
	end := c.newLabel()
	c.jumpIf(s.Test, true, end)
	c.u.loc = assertLoc(s.Test, c.u.loc)
	r := c.tmp()
	c.emit(LOAD_ASSERTION_ERROR, r, 0, 0)
	if s.Msg != nil {
		c.exprInto(s.Msg, c.tmp())
		c.emit(CALL, r, 1, 0)
	}
	c.emit(RAISE, r, 0, 1)
	c.bind(end)
}

// assertLoc is the location CPython 3.11 leaves after compiling the test of
// an assert: that of the last comparison its jumps went through.
func assertLoc(e syntax.Expr, loc Position) Position {
	switch x := e.(type) {
	case *syntax.BoolOp:
		return assertLoc(x.Values[len(x.Values)-1], loc)
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			return assertLoc(x.Operand, loc)
		}
	case *syntax.Compare:
		p := x.GetPos()
		return Position{int32(p.Lineno), int32(p.EndLineno), int32(p.ColOffset), int32(p.EndColOffset)}
	}
	return loc
}

// --- imports ---

func (c *compiler) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		r := c.tmps(2)
		c.emit(LOAD_NONE, r, 0, 0)
		c.loadConst(r+1, int64(0))
		c.emitName(IMPORT_NAME, r, a.Name)
		if a.Asname == "" {
			top := a.Name
			if i := indexByte(top, '.'); i >= 0 {
				top = top[:i]
			}
			c.storeName(top, r)
		} else {
			parts := splitDots(a.Name)
			mod := r
			if len(parts) > 1 {
				t := c.tmp()
				for _, p := range parts[1:] {
					c.emit(IMPORT_FROM, t, mod, c.nameIndex(p))
					mod = t
				}
			}
			c.storeName(a.Asname, mod)
		}
		c.release(r)
	}
}

func (c *compiler) importFrom(s *syntax.ImportFrom) {
	r := c.tmps(2)
	names := make(Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(r, names)
	c.loadConst(r+1, int64(s.Level))
	c.emitName(IMPORT_NAME, r, s.Module)
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.emit(IMPORT_STAR, r, 0, 0)
		return
	}
	t := c.tmp()
	for _, a := range s.Names {
		c.emit(IMPORT_FROM, t, r, c.nameIndex(a.Name))
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		c.storeName(name, t)
	}
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

func splitDots(s string) []string {
	var out []string
	for {
		i := indexByte(s, '.')
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
}
