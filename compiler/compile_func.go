// This file defines the code generation of functions, lambdas, classes and
// comprehensions (each its own code object, with 3.11's semantics), their
// closures, and of yield, yield from, await and async for.

package compiler

import (
	"krait/syntax"
)

// qualname computes the __qualname__ of a new scope named name (CPython's
// compiler_set_qualname).
func (c *compiler) qualname(name string) string {
	if len(c.stack) == 0 && c.u.kind == scopeModule {
		return name
	}
	u := c.u
	if u.kind == scopeModule {
		return name
	}
	mangled := Mangle(u.private, name)
	if u.blk.ScopeOf(mangled) == GlobalExplicit {
		return name
	}
	if u.kind == scopeFunction || u.kind == scopeAsyncFunction || u.kind == scopeLambda {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

// makeClosure puts the closure tuple of child in R[r].
func (c *compiler) makeClosure(child *Code, r int32) {
	base := c.tmps(len(child.Freevars))
	for i, n := range child.Freevars {
		cell := c.cell(n)
		if n == "__class__" && c.u.classCell >= 0 {
			cell = c.u.classCell | tagCell // the class's own cell, as get_ref_type says
		}
		c.emit(MOVE, base+int32(i), cell, 0)
	}
	c.emit(BUILD_TUPLE, r, base, int32(len(child.Freevars)))
	c.release(base)
}

// deletedNames collects the names a function body deletes (or unbinds at
// the end of an except clause), outside nested scopes.
func deletedNames(body []syntax.Stmt, out map[string]bool) {
	var target func(e syntax.Expr)
	target = func(e syntax.Expr) {
		switch e := e.(type) {
		case *syntax.Name:
			out[e.Id] = true
		case *syntax.Tuple:
			for _, x := range e.Elts {
				target(x)
			}
		case *syntax.List:
			for _, x := range e.Elts {
				target(x)
			}
		}
	}
	for _, s := range body {
		switch s := s.(type) {
		case *syntax.Delete:
			for _, t := range s.Targets {
				target(t)
			}
		case *syntax.If:
			deletedNames(s.Body, out)
			deletedNames(s.Orelse, out)
		case *syntax.For:
			deletedNames(s.Body, out)
			deletedNames(s.Orelse, out)
		case *syntax.AsyncFor:
			deletedNames(s.Body, out)
			deletedNames(s.Orelse, out)
		case *syntax.While:
			deletedNames(s.Body, out)
			deletedNames(s.Orelse, out)
		case *syntax.With:
			deletedNames(s.Body, out)
		case *syntax.AsyncWith:
			deletedNames(s.Body, out)
		case *syntax.Try:
			tryDeleted(s.Body, s.Handlers, s.Orelse, s.Finalbody, out)
		case *syntax.TryStar:
			tryDeleted(s.Body, s.Handlers, s.Orelse, s.Finalbody, out)
		case *syntax.Match:
			for _, mc := range s.Cases {
				deletedNames(mc.Body, out)
			}
		}
	}
}

func tryDeleted(body []syntax.Stmt, hs []*syntax.ExceptHandler, orelse, final []syntax.Stmt, out map[string]bool) {
	deletedNames(body, out)
	deletedNames(orelse, out)
	deletedNames(final, out)
	for _, h := range hs {
		if h.Name != "" {
			out[h.Name] = true
		}
		deletedNames(h.Body, out)
	}
}

// setupFunctionUnit fills in the argument counts and flags of a function
// unit and the parameters that are always bound.
func (c *compiler) setupFunctionUnit(args *syntax.Arguments, body []syntax.Stmt, async bool) {
	u := c.u
	u.flags = CoOptimized | CoNewLocals
	blk := u.blk
	if blk.Nested {
		u.flags |= CoNested
	}
	if args != nil {
		u.argcount = len(args.Posonlyargs) + len(args.Args)
		u.posonly = len(args.Posonlyargs)
		u.kwonly = len(args.Kwonlyargs)
		if args.Vararg != nil {
			u.flags |= CoVarargs
		}
		if args.Kwarg != nil {
			u.flags |= CoVarkeywords
		}
	}
	switch {
	case blk.Coroutine && blk.Generator:
		u.flags |= CoAsyncGenerator
	case blk.Coroutine || async:
		u.flags |= CoCoroutine
	case blk.Generator:
		u.flags |= CoGenerator
	}
	if blk.Coroutine && blk.Generator {
		u.flags &^= CoCoroutine
	}
	u.flags |= CodeFlags(c.future & (FutureAnnotations | FutureBarryAsBDFL))
	del := map[string]bool{}
	deletedNames(body, del)
	for i, v := range blk.Varnames {
		if !del[v] && blk.ScopeOf(v) == Local {
			u.safeParams.put(int32(i), true)
		}
	}
}

// defaults evaluates the defaults, keyword defaults, annotations of a
// function into consecutive registers from r on, returning the
// MAKE_FUNCTION flags.
func (c *compiler) defaults(args *syntax.Arguments, returns syntax.Expr, r int32, withAnn bool) int32 {
	var flags int32
	if len(args.Defaults) > 0 {
		t := c.tmp()
		m := c.mark()
		c.collection(args.Defaults, t, BUILD_TUPLE)
		c.reset(m) // the items' temporaries are free again: kwdefaults go in t+1
		flags |= 1
	}
	var kwd []syntax.Expr
	for i, d := range args.KwDefaults {
		if d != nil {
			kwd = append(kwd, &syntax.Constant{Value: c.mangle(args.Kwonlyargs[i].Arg)}, d)
		}
	}
	if len(kwd) > 0 {
		t := c.tmp()
		m := c.mark()
		base := c.tmps(len(kwd))
		for i, e := range kwd {
			c.exprInto(e, base+int32(i))
		}
		c.emit(BUILD_MAP, t, base, int32(len(kwd)/2))
		c.reset(m)
		flags |= 2
	}
	if withAnn {
		var ann []syntax.Expr
		add := func(a *syntax.Arg) {
			if a != nil && a.Annotation != nil {
				ann = append(ann, &syntax.Constant{Value: c.mangle(a.Arg)}, a.Annotation)
			}
		}
		for _, a := range args.Posonlyargs {
			add(a)
		}
		for _, a := range args.Args {
			add(a)
		}
		add(args.Vararg)
		for _, a := range args.Kwonlyargs {
			add(a)
		}
		add(args.Kwarg)
		if returns != nil {
			ann = append(ann, &syntax.Constant{Value: "return"}, returns)
		}
		if len(ann) > 0 {
			t := c.tmp()
			m := c.mark()
			base := c.tmps(len(ann))
			for i, e := range ann {
				if st, ok := e.(*syntax.Starred); ok && i%2 == 1 {
					// *args: *Ts is annotated with the one item of *Ts.
					if c.future&FutureAnnotations != 0 {
						c.loadConst(base+int32(i), "*"+Unparse(st.Value))
					} else {
						v := c.exprTemp(st.Value)
						c.emit(UNPACK_SEQUENCE, base+int32(i), v, 1)
						c.release(v)
					}
				} else if i%2 == 1 {
					c.annotation(e, base+int32(i))
				} else {
					c.exprInto(e, base+int32(i))
				}
			}
			c.emit(BUILD_TUPLE, t, base, int32(len(ann)))
			c.reset(m)
			flags |= 4
		}
	}
	return flags
}

// makeFunction emits MAKE_FUNCTION for child into R[r], whose parts were
// already evaluated into R[r], R[r+1], ... (flags says which).
func (c *compiler) makeFunction(child *Code, r int32, flags int32) {
	if len(child.Freevars) > 0 {
		n := 0
		for f := flags; f != 0; f &= f - 1 {
			n++
		}
		c.makeClosure(child, r+int32(n))
		flags |= 8
	}
	c.emit(MAKE_FUNCTION, r, c.constIndex(child), flags)
}

func (c *compiler) functionDef(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decos []syntax.Expr, returns syntax.Expr, async bool) {
	pos := s.GetPos()
	dbase := c.tmps(len(decos))
	for i, d := range decos {
		c.exprInto(d, dbase+int32(i))
	}
	c.setLoc(pos)
	f := c.u.top | tagTemp
	flags := c.defaults(args, returns, f, true)
	if flags == 0 {
		c.tmp()
	}
	firstLine := pos.Lineno
	if len(decos) > 0 {
		firstLine = decos[0].GetPos().Lineno
	}
	blk := c.st.Lookup(s)
	kind := scopeFunction
	if async {
		kind = scopeAsyncFunction
	}
	qn := c.qualname(name)
	c.enter(blk, kind, name, qn, firstLine)
	c.setupFunctionUnit(args, body, async)
	doc, hasDoc := docstring(body)
	if hasDoc && c.opts.Optimize < 2 {
		c.constIndex(doc)
	} else {
		c.constIndex(nil)
	}
	if hasDoc {
		body = body[1:]
	}
	c.stmts(body)
	if n := len(body); n == 0 || !endsInReturn(body) {
		c.implicitReturn()
	}
	child := c.leave()
	c.setLoc(pos)
	c.makeFunction(child, f, flags)
	c.decorate(decos, dbase, f)
	c.storeName(name, f)
}

// endsInReturn reports whether a body ends in a return or raise, after
// which no implicit return is needed.
func endsInReturn(body []syntax.Stmt) bool {
	switch body[len(body)-1].(type) {
	case *syntax.Return, *syntax.Raise:
		return true
	}
	return false
}

// decorate applies decorators R[dbase+i] to R[f], innermost first.
func (c *compiler) decorate(decos []syntax.Expr, dbase, f int32) {
	// The store of the result has the def's line again, as CPython's
	// compiler_apply_decorators restores it (sys.settrace reports it).
	defer func(loc Position) { c.u.loc = loc }(c.u.loc)
	for i := len(decos) - 1; i >= 0; i-- {
		c.setLoc(decos[i].GetPos())
		t := c.tmps(2)
		c.move(t, dbase+int32(i))
		c.move(t+1, f)
		c.emit(CALL, t, 1, 0)
		c.move(f, t)
		c.release(t)
	}
}

func (c *compiler) lambda(e *syntax.Lambda, dst int32) {
	f := c.u.top | tagTemp
	flags := c.defaults(e.Args, nil, f, false)
	if flags == 0 {
		c.tmp()
	}
	blk := c.st.Lookup(e)
	c.enter(blk, scopeLambda, "<lambda>", c.qualname("<lambda>"), e.Lineno)
	c.setupFunctionUnit(e.Args, nil, false)
	c.constIndex(nil)
	c.setLoc(e.Body.GetPos())
	// A generator lambda returns its body's value too (the value of
	// StopIteration), as CPython's since 3.5.
	r := c.expr(e.Body)
	c.setLoc(e.Body.GetPos())
	c.emit(RETURN, r, 0, 0)
	child := c.leave()
	c.setLoc(e.GetPos())
	c.makeFunction(child, f, flags)
	c.move(dst, f)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	pos := s.GetPos()
	dbase := c.tmps(len(s.DecoratorList))
	for i, d := range s.DecoratorList {
		c.exprInto(d, dbase+int32(i))
	}
	firstLine := pos.Lineno
	if len(s.DecoratorList) > 0 {
		firstLine = s.DecoratorList[0].GetPos().Lineno
	}
	blk := c.st.Lookup(s)
	qn := c.qualname(s.Name)
	c.enter(blk, scopeClass, s.Name, qn, firstLine)
	c.u.private = s.Name
	c.u.flags = CodeFlags(c.future & (FutureAnnotations | FutureBarryAsBDFL))
	c.u.loc = Position{int32(firstLine), int32(firstLine), 0, 0}
	t := c.tmp()
	c.emitName(LOAD_NAME, t, "__name__")
	c.emitName(STORE_NAME, t, "__module__")
	c.loadConst(t, qn)
	c.emitName(STORE_NAME, t, "__qualname__")
	body := s.Body
	if hasAnnotations(body) {
		c.emit(SETUP_ANNOTATIONS, 0, 0, 0)
	}
	if doc, ok := docstring(body); ok {
		if c.opts.Optimize < 2 {
			c.setLoc(body[0].GetPos())
			c.loadConst(t, doc)
			c.emitName(STORE_NAME, t, "__doc__")
		}
		body = body[1:]
	}
	c.release(t)
	c.stmts(body)
	// The return is artificial, as CPython's (UNSET_LOC): it belongs to
	// the line that ran before it, which a folded if/else decides.
	c.u.loc = noPos
	if blk.NeedsClassClosure {
		r := c.tmp()
		c.emit(MOVE, r, c.u.classCell|tagCell, 0)
		c.emitName(STORE_NAME, r, "__classcell__")
		c.emit(RETURN, r, 0, 0)
	} else {
		c.returnNone()
	}
	child := c.leave()

	c.setLoc(pos)
	base := c.tmps(3)
	c.emit(LOAD_BUILD_CLASS, base, 0, 0)
	c.makeFunction(child, base+1, 0)
	c.loadConst(base+2, s.Name)
	call := &syntax.Call{Pos: s.Pos, Func: nil, Args: s.Bases, Keywords: s.Keywords}
	if hasStar(s.Bases) || hasStarKw(call) {
		c.classCallEx(s, base)
	} else {
		for _, b := range s.Bases {
			c.exprInto(b, c.tmp())
		}
		var names Tuple
		for _, k := range s.Keywords {
			c.exprInto(k.Value, c.tmp())
			names = append(names, k.Arg)
		}
		c.setLoc(pos)
		n := int32(2 + len(s.Bases) + len(s.Keywords))
		if names != nil {
			c.emit(CALL_KW, base, n, c.constIndex(names))
		} else {
			c.emit(CALL, base, n, 0)
		}
	}
	c.release(base + 1)
	c.decorate(s.DecoratorList, dbase, base)
	c.storeName(s.Name, base)
}

// classCallEx calls __build_class__ (R[base]) with the body function and
// name (R[base+1], R[base+2]) followed by starred bases or ** keywords.
func (c *compiler) classCallEx(s *syntax.ClassDef, base int32) {
	pos := s.GetPos()
	args := c.tmp()
	c.emit(BUILD_LIST, args, base+1, 2)
	for _, b := range s.Bases {
		m := c.mark()
		if st, ok := b.(*syntax.Starred); ok {
			r := c.expr(st.Value)
			c.setLoc(pos)
			c.emit(LIST_EXTEND, args, r, 0)
		} else {
			r := c.expr(b)
			c.setLoc(pos)
			c.emit(LIST_APPEND, args, r, 0)
		}
		c.reset(m)
	}
	c.emit(LIST_TO_TUPLE, args, args, 0)
	c.move(base+1, args)
	c.release(args)
	k := base + 2
	c.emit(BUILD_MAP, k, k, 0)
	for _, kwd := range s.Keywords {
		m := c.mark()
		if kwd.Arg == "" {
			r := c.expr(kwd.Value)
			c.setLoc(pos)
			c.emit(DICT_MERGE, k, r, base)
		} else {
			key := c.tmp()
			c.loadConst(key, kwd.Arg)
			v := c.expr(kwd.Value)
			c.setLoc(pos)
			c.emit(MAP_ADD, k, key, v)
		}
		c.reset(m)
	}
	c.setLoc(pos)
	c.emit(CALL_EX, base, 1, 0)
}

// --- comprehensions ---

var compNames = [...]string{ListComprehension: "<listcomp>", DictComprehension: "<dictcomp>",
	SetComprehension: "<setcomp>", GeneratorExpression: "<genexpr>"}

func (c *compiler) comprehension(e syntax.Expr, gens []*syntax.Comprehension, kind CompKind, dst int32) {
	pos := e.GetPos()
	blk := c.st.Lookup(e)
	name := compNames[kind]
	f := c.target(dst)
	c.enter(blk, scopeComprehension, name, c.qualname(name), pos.Lineno)
	c.setupFunctionUnit(nil, nil, false)
	c.u.argcount = 1
	c.setLoc(pos)
	var acc int32 = -1
	switch kind {
	case ListComprehension:
		acc = c.tmp()
		c.emit(BUILD_LIST, acc, acc, 0)
	case SetComprehension:
		acc = c.tmp()
		c.emit(BUILD_SET, acc, acc, 0)
	case DictComprehension:
		acc = c.tmp()
		c.emit(BUILD_MAP, acc, acc, 0)
	}
	c.compGenerator(e, gens, 0, kind, acc)
	c.setLoc(pos)
	if acc >= 0 {
		c.emit(RETURN, acc, 0, 0)
	} else {
		c.returnNone()
	}
	isAsync := blk.Coroutine
	child := c.leave()

	c.setLoc(pos)
	c.makeFunction(child, f, 0)
	it := c.tmp()
	c.exprInto(gens[0].Iter, it)
	c.setLoc(pos)
	if gens[0].IsAsync != 0 {
		c.emit(GET_AITER, it, it, 0)
	} else {
		c.emit(GET_ITER, it, it, 0)
	}
	c.setLoc(pos)
	c.emit(CALL, f, 1, 0)
	if isAsync && kind != GeneratorExpression {
		c.emit(GET_AWAITABLE, f, f, 0)
		c.yieldFrom(f, f)
	}
	c.move(dst, f)
}

// compGenerator emits the loops of generators[i:] and the element.
func (c *compiler) compGenerator(e syntax.Expr, gens []*syntax.Comprehension, i int, kind CompKind, acc int32) {
	g := gens[i]
	var it int32
	if i == 0 {
		it = c.local(".0")
	} else {
		op := GET_ITER
		if g.IsAsync != 0 {
			op = GET_AITER
		}
		compLoc := c.u.loc
		it = c.iterOf(g.Iter, op, &compLoc)
	}
	if g.IsAsync != 0 {
		c.asyncLoop(g.Target, it, func(cont label) { c.compBody(e, gens, i, kind, acc, cont) })
		return
	}
	body, cont, exit := c.newLabel(), c.newLabel(), c.newLabel()
	v, direct := c.directTarget(g.Target)
	if !direct {
		v = c.tmp()
	}
	c.setLoc(e.GetPos())
	c.emitBranch(FOR_ITER, v, it, 0, exit)
	c.bind(body)
	if direct {
		c.markBound(v)
		c.visitLocal(v)
	} else {
		c.store(g.Target, v)
	}
	c.compBody(e, gens, i, kind, acc, cont)
	c.bind(cont)
	c.setLoc(e.GetPos())
	c.emitBranch(FOR_LOOP, v, it, 0, body)
	c.bind(exit)
}

func (c *compiler) compBody(e syntax.Expr, gens []*syntax.Comprehension, i int, kind CompKind, acc int32, cont label) {
	g := gens[i]
	for _, cond := range g.Ifs {
		c.jumpIf(cond, false, cont)
	}
	if i+1 < len(gens) {
		m := c.mark()
		c.compGenerator(e, gens, i+1, kind, acc)
		c.reset(m)
		return
	}
	m := c.mark()
	switch x := e.(type) {
	case *syntax.ListComp:
		r := c.expr(x.Elt)
		c.setLoc(x.Elt.GetPos())
		c.emit(LIST_APPEND, acc, r, 0)
	case *syntax.SetComp:
		r := c.expr(x.Elt)
		c.setLoc(x.Elt.GetPos())
		c.emit(SET_ADD, acc, r, 0)
	case *syntax.DictComp:
		k := c.exprSafe(x.Key, x.Value)
		v := c.expr(x.Value)
		c.setLoc(x.Value.GetPos())
		c.emit(MAP_ADD, acc, k, v)
	case *syntax.GeneratorExp:
		r := c.expr(x.Elt)
		c.setLoc(x.Elt.GetPos())
		if c.u.blk.Coroutine {
			w := c.target(r)
			c.emit(ASYNC_GEN_WRAP, w, r, 0)
			r = w
		}
		c.emit(YIELD_VALUE, c.tmp(), r, 0)
	}
	c.reset(m)
}

// --- generators ---

func (c *compiler) yield(e *syntax.Yield, dst int32) {
	var v int32
	if e.Value != nil {
		v = c.expr(e.Value)
	} else {
		v = c.tmp()
		c.emit(LOAD_NONE, v, 0, 0)
	}
	c.setLoc(e.GetPos())
	if c.u.blk.Coroutine {
		w := c.target(v)
		c.emit(ASYNC_GEN_WRAP, w, v, 0)
		v = w
	}
	c.emit(YIELD_VALUE, dst, v, 0)
}

// yieldFrom delegates to the iterator in R[it] until it returns, leaving
// its return value in dst.
func (c *compiler) yieldFrom(it, dst int32) {
	v := c.tmp()
	c.emit(LOAD_NONE, v, 0, 0)
	loop, exit := c.newLabel(), c.newLabel()
	c.bind(loop)
	c.emitBranch(SEND, v, it, 0, exit)
	c.emit(YIELD_VALUE, v, v, it+1)
	c.emitJump(JUMP_BACK, 0, loop)
	c.bind(exit)
	c.move(dst, v)
}

// asyncFor compiles `async for` in a function body.
func (c *compiler) asyncFor(target, iter syntax.Expr, body, orelse []syntax.Stmt) {
	it := c.iterOf(iter, GET_AITER, nil)
	brk := c.newLabel()
	var cont label
	c.asyncLoopStmt(target, it, func(cl label) {
		cont = cl
		c.pushFblock(&fblk{kind: fbForLoop, brk: brk, cont: cont, iter: it})
		c.stmts(body)
		c.popFblock()
	})
	c.stmts(orelse)
	c.bind(brk)
}

func (c *compiler) asyncLoopStmt(target syntax.Expr, it int32, body func(cont label)) {
	c.asyncLoop(target, it, body)
}

// asyncLoop emits the loop of `async for`: await anext() under a handler
// that ends the loop on StopAsyncIteration (END_ASYNC_FOR).
func (c *compiler) asyncLoop(target syntax.Expr, it int32, body func(cont label)) {
	loop, cont, end := c.newLabel(), c.newLabel(), c.newLabel()
	exc := c.tmps(2)
	v := c.tmp()
	h := &handler{lbl: end, reg: exc}
	c.bind(loop)
	saved := c.u.handler
	c.u.handler = h
	c.setLoc(target.GetPos())
	c.emit(GET_ANEXT, v, it, 0)
	c.yieldFrom(v, v)
	c.u.handler = saved
	c.store(target, v)
	body(cont)
	c.bind(cont)
	c.u.loc = noPos // artificial, as CPython's: only its target reports line 1
	c.emitJump(JUMP_BACK, 0, loop)
	c.bind(end)
	c.setLoc(target.GetPos())
	c.emit(END_ASYNC_FOR, exc, 0, 0)
}
