// This file generates functions, lambdas, classes and comprehensions: their
// nested code objects, and the code that makes the function (defaults,
// annotations, closure) in the enclosing one.

package cpyview

import (
	"krait/compiler"
	"krait/syntax"
)

func (c *comp) decorators(ds []syntax.Expr) { c.visitExprs(ds) }

// applyDecorators calls the decorators, innermost first, each at its own
// location.
func (c *comp) applyDecorators(ds []syntax.Expr) {
	for i := len(ds) - 1; i >= 0; i-- {
		c.setLoc(ds[i].GetPos())
		c.addop(PRECALL, 0)
		c.addop(CALL, 0)
	}
}

func (c *comp) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decos []syntax.Expr, returns syntax.Expr, async bool) {
	c.decorators(decos)
	first := s.GetPos().Lineno
	if len(decos) > 0 {
		first = decos[0].GetPos().Lineno
	}
	flags := c.defaultArguments(args)
	if c.annotations(args, returns) {
		flags |= 4
	}
	scope := scopeFunction
	if async {
		scope = scopeAsyncFunction
	}
	co := c.inScope(name, scope, s, first, func() *Code {
		c.functionBody(args, body)
		return c.assemble(true)
	})
	c.makeClosure(co, flags)
	c.applyDecorators(decos)
	c.setLoc(s.GetPos())
	c.nameop(name, syntax.Store)
}

// inScope compiles a nested code object with build, between entering and
// leaving its scope. A construct the view cannot compile makes only this
// code object (and those nested in it) unavailable.
func (c *comp) inScope(name string, scope scopeType, node syntax.Node, line int, build func() *Code) (co *Code) {
	saved, depth, nest := c.u, len(c.stack), c.nestLevel
	c.enterScope(name, scope, node, line)
	inner := c.u
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		u, ok := r.(unsupported)
		if !ok {
			panic(r)
		}
		c.u, c.stack, c.nestLevel = saved, c.stack[:depth], nest
		co = &Code{Name: name, QualName: inner.qualname, FirstLineNo: line, Freevars: inner.freevars,
			ScopeLine: inner.blk.Pos.Lineno, ScopeCol: inner.blk.Pos.ColOffset, Unsupported: u.what}
	}()
	co = build()
	c.exitScope()
	return co
}

func (c *comp) functionBody(args *syntax.Arguments, body []syntax.Stmt) {
	doc, hasDoc := "", false
	if c.optimize < 2 {
		doc, hasDoc = docstring(body)
	}
	if hasDoc {
		c.addConst(doc)
	} else {
		c.addConst(nil)
	}
	c.setArgCounts(args)
	i := 0
	if hasDoc {
		i = 1
	}
	for ; i < len(body); i++ {
		c.visitStmt(body[i])
	}
}

func (c *comp) setArgCounts(args *syntax.Arguments) {
	c.u.argcount = len(args.Args) + len(args.Posonlyargs)
	c.u.posonly = len(args.Posonlyargs)
	c.u.kwonly = len(args.Kwonlyargs)
}

func (c *comp) defaultArguments(args *syntax.Arguments) int {
	flags := 0
	if len(args.Defaults) > 0 {
		c.visitExprs(args.Defaults)
		c.addop(BUILD_TUPLE, len(args.Defaults))
		flags |= 1
	}
	var keys compiler.Tuple
	for i, a := range args.Kwonlyargs {
		if d := args.KwDefaults[i]; d != nil {
			keys = append(keys, compiler.Mangle(c.u.private, a.Arg))
			c.visitExpr(d)
		}
	}
	if len(keys) > 0 {
		c.loadConst(keys)
		c.addop(BUILD_CONST_KEY_MAP, len(keys))
		flags |= 2
	}
	return flags
}

// annotations pushes the (name, value) tuple of the annotations, if any.
func (c *comp) annotations(args *syntax.Arguments, returns syntax.Expr) bool {
	n := 0
	one := func(id string, ann syntax.Expr) {
		if ann == nil {
			return
		}
		c.loadConst(compiler.Mangle(c.u.private, id))
		if c.st.Future&compiler.FutureAnnotations != 0 {
			c.annotation(ann)
		} else if s, ok := ann.(*syntax.Starred); ok {
			c.visitExpr(s.Value)
			c.addop(UNPACK_SEQUENCE, 1)
		} else {
			c.visitExpr(ann)
		}
		n += 2
	}
	for _, a := range args.Args {
		one(a.Arg, a.Annotation)
	}
	for _, a := range args.Posonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Vararg != nil {
		one(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		one(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		one(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	one("return", returns)
	if n > 0 {
		c.addop(BUILD_TUPLE, n)
		return true
	}
	return false
}

// makeClosure loads the closure cells, the code and makes the function.
func (c *comp) makeClosure(co *Code, flags int) {
	if len(co.Freevars) > 0 {
		for _, name := range co.Freevars {
			var arg int
			if c.u.scope == scopeClass && name == "__class__" || c.u.blk.ScopeOf(name) == compiler.Cell {
				arg = c.u.cellIdx[name]
			} else {
				arg = c.u.freeIdx[name]
			}
			c.addop(LOAD_CLOSURE, arg)
		}
		flags |= 8
		c.addop(BUILD_TUPLE, len(co.Freevars))
	}
	c.loadConst(co)
	c.addop(MAKE_FUNCTION, flags)
}

func (c *comp) class(s *syntax.ClassDef) {
	c.decorators(s.DecoratorList)
	first := s.Lineno
	if len(s.DecoratorList) > 0 {
		first = s.DecoratorList[0].GetPos().Lineno
	}
	co := c.inScope(s.Name, scopeClass, s, first, func() *Code {
		c.classBody(s)
		return c.assemble(true)
	})
	c.addop0(PUSH_NULL)
	c.addop0(LOAD_BUILD_CLASS)
	c.makeClosure(co, 0)
	c.loadConst(s.Name)
	c.callHelper(2, s.Bases, s.Keywords)
	c.applyDecorators(s.DecoratorList)
	c.setLoc(&s.Pos)
	c.nameop(s.Name, syntax.Store)
}

func (c *comp) classBody(s *syntax.ClassDef) {
	c.u.private = s.Name
	c.nameop("__name__", syntax.Load)
	c.nameop("__module__", syntax.Store)
	c.loadConst(c.u.qualname)
	c.nameop("__qualname__", syntax.Store)
	c.body(s.Body)
	c.u.loc = noLoc
	if c.u.blk.NeedsClassClosure {
		c.addop(LOAD_CLOSURE, c.u.cellIdx["__class__"])
		c.addop(COPY, 1)
		c.nameop("__classcell__", syntax.Store)
	} else {
		c.loadConst(nil)
	}
	c.addop0(RETURN_VALUE)
}

func (c *comp) lambda(e *syntax.Lambda) {
	flags := c.defaultArguments(e.Args)
	co := c.inScope("<lambda>", scopeLambda, e, e.Lineno, func() *Code {
		c.addConst(nil)
		c.setArgCounts(e.Args)
		c.visitExpr(e.Body)
		if c.u.blk.Generator {
			return c.assemble(false)
		}
		c.addop0(RETURN_VALUE)
		return c.assemble(true)
	})
	c.makeClosure(co, flags)
}

type compType int

const (
	compGen compType = iota
	compList
	compSet
	compDict
)

func (c *comp) comprehension(e syntax.Expr, name string, gens []*syntax.Comprehension, elt, val syntax.Expr, typ compType) {
	outer := gens[0]
	isAsyncGen := c.st.Lookup(e).Coroutine
	co := c.inScope(name, scopeComprehension, e, e.GetPos().Lineno, func() *Code {
		c.setLoc(e.GetPos())
		switch typ {
		case compList:
			c.addop(BUILD_LIST, 0)
		case compSet:
			c.addop(BUILD_SET, 0)
		case compDict:
			c.addop(BUILD_MAP, 0)
		}
		c.compGenerator(gens, 0, 0, elt, val, typ)
		if typ != compGen {
			c.addop0(RETURN_VALUE)
		}
		return c.assemble(true)
	})
	c.makeClosure(co, 0)
	c.visitExpr(outer.Iter)
	if outer.IsAsync != 0 {
		c.addop0(GET_AITER)
	} else {
		c.addop0(GET_ITER)
	}
	c.addop(PRECALL, 0)
	c.addop(CALL, 0)
	if isAsyncGen && typ != compGen {
		c.addop(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.addYieldFrom(true)
	}
}

func (c *comp) compGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, typ compType) {
	if gens[i].IsAsync != 0 {
		c.asyncCompGenerator(gens, i, depth, elt, val, typ)
		return
	}
	gen := gens[i]
	start, ifCleanup, anchor := c.newBlock(), c.newBlock(), c.newBlock()
	if i == 0 {
		c.u.argcount = 1
		c.addop(LOAD_FAST, 0)
	} else {
		var elts []syntax.Expr
		switch it := gen.Iter.(type) {
		case *syntax.List:
			elts = it.Elts
		case *syntax.Tuple:
			elts = it.Elts
		}
		if len(elts) == 1 {
			if _, ok := elts[0].(*syntax.Starred); !ok {
				c.visitExpr(elts[0])
				start = nil
			}
		}
		if start != nil {
			c.visitExpr(gen.Iter)
			c.addop0(GET_ITER)
		}
	}
	if start != nil {
		depth++
		c.useNext(start)
		c.jump(FOR_ITER, anchor)
	}
	c.visitExpr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, depth, elt, val, typ)
	} else {
		c.compElement(elt, val, typ, depth)
	}
	c.useNext(ifCleanup)
	if start != nil {
		c.jump(JUMP, start)
		c.useNext(anchor)
	}
}

// compElement adds the element to the comprehension's result.
func (c *comp) compElement(elt, val syntax.Expr, typ compType, depth int) {
	{
		switch typ {
		case compGen:
			c.visitExpr(elt)
			c.addYield()
			c.addop0(POP_TOP)
		case compList:
			c.visitExpr(elt)
			c.addop(LIST_APPEND, depth+1)
		case compSet:
			c.visitExpr(elt)
			c.addop(SET_ADD, depth+1)
		case compDict:
			c.visitExpr(elt)
			c.visitExpr(val)
			c.addop(MAP_ADD, depth+1)
		}
	}
}

func (c *comp) asyncCompGenerator(gens []*syntax.Comprehension, i, depth int, elt, val syntax.Expr, typ compType) {
	gen := gens[i]
	start, except, ifCleanup := c.newBlock(), c.newBlock(), c.newBlock()
	if i == 0 {
		c.u.argcount = 1
		c.addop(LOAD_FAST, 0)
	} else {
		c.visitExpr(gen.Iter)
		c.addop0(GET_AITER)
	}
	c.useNext(start)
	c.pushFblock(fbAsyncComprehensionGenerator, start, nil, nil)
	c.setup(SETUP_FINALLY, except)
	c.addop0(GET_ANEXT)
	c.loadConst(nil)
	c.addYieldFrom(true)
	c.addop0(POP_BLOCK)
	c.visitExpr(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	depth++
	if i+1 < len(gens) {
		c.compGenerator(gens, i+1, depth, elt, val, typ)
	} else {
		c.compElement(elt, val, typ, depth)
	}
	c.useNext(ifCleanup)
	c.jump(JUMP, start)
	c.popFblock()
	c.useNext(except)
	c.addop0(END_ASYNC_FOR)
}
