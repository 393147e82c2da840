// This file generates the code of expressions as CPython 3.11's
// compiler_visit_expr does: names by scope, calls with PRECALL/CALL and
// KW_NAMES, method calls, displays with constant folding, comparisons,
// boolean operators and conditional jumps.

package cpyview

import (
	"strings"
	"unicode/utf8"

	"krait/compiler"
	"krait/syntax"
)

const stackUseGuideline = 30

func (c *comp) visitExprs(es []syntax.Expr) {
	for _, e := range es {
		c.visitExpr(e)
	}
}

// visitExpr generates e at its own location, then restores the previous one.
func (c *comp) visitExpr(e syntax.Expr) {
	old := c.u.loc
	if p := e.GetPos(); p.Lineno > 0 { // f-string parts have no position of their own
		c.setLoc(p)
	} else if p.Lineno < 0 {
		c.u.loc = noLoc
	}
	c.expr1(e)
	c.u.loc = old
}

func (c *comp) expr1(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.Constant:
		c.loadConst(x.Value)
	case *syntax.Name:
		c.nameop(x.Id, x.Ctx)
	case *syntax.NamedExpr:
		c.visitExpr(x.Value)
		c.addop(COPY, 1)
		c.visitExpr(x.Target)
	case *syntax.BoolOp:
		op := JUMP_IF_TRUE_OR_POP
		if x.Op == syntax.And {
			op = JUMP_IF_FALSE_OR_POP
		}
		end := c.newBlock()
		n := len(x.Values) - 1
		for i := 0; i < n; i++ {
			c.visitExpr(x.Values[i])
			c.jump(op, end)
			c.useNext(c.newBlock())
		}
		c.visitExpr(x.Values[n])
		c.useNext(end)
	case *syntax.BinOp:
		c.visitExpr(x.Left)
		c.visitExpr(x.Right)
		c.addop(BINARY_OP, binopArg(x.Op, false))
	case *syntax.UnaryOp:
		c.visitExpr(x.Operand)
		c.addop0([...]int{UNARY_INVERT, UNARY_NOT, UNARY_POSITIVE, UNARY_NEGATIVE}[x.Op])
	case *syntax.Lambda:
		c.lambda(x)
	case *syntax.IfExp:
		end, next := c.newBlock(), c.newBlock()
		c.jumpIf(x.Test, next, false)
		c.visitExpr(x.Body)
		c.jumpNoLine(JUMP, end)
		c.useNext(next)
		c.visitExpr(x.Orelse)
		c.useNext(end)
	case *syntax.Dict:
		c.dict(x)
	case *syntax.Set:
		c.starunpack(x.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *syntax.GeneratorExp:
		c.comprehension(e, "<genexpr>", x.Generators, x.Elt, nil, compGen)
	case *syntax.ListComp:
		c.comprehension(e, "<listcomp>", x.Generators, x.Elt, nil, compList)
	case *syntax.SetComp:
		c.comprehension(e, "<setcomp>", x.Generators, x.Elt, nil, compSet)
	case *syntax.DictComp:
		c.comprehension(e, "<dictcomp>", x.Generators, x.Key, x.Value, compDict)
	case *syntax.Yield:
		if x.Value != nil {
			c.visitExpr(x.Value)
		} else {
			c.loadConst(nil)
		}
		c.addYield()
	case *syntax.YieldFrom:
		c.visitExpr(x.Value)
		c.addop0(GET_YIELD_FROM_ITER)
		c.loadConst(nil)
		c.addYieldFrom(false)
	case *syntax.Await:
		c.visitExpr(x.Value)
		c.addop(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.addYieldFrom(true)
	case *syntax.Compare:
		c.compare(x)
	case *syntax.Call:
		c.call(x)
	case *syntax.FormattedValue:
		c.visitExpr(x.Value)
		arg := 0
		switch x.Conversion {
		case 's':
			arg = 1
		case 'r':
			arg = 2
		case 'a':
			arg = 3
		}
		if x.FormatSpec != nil {
			c.visitExpr(x.FormatSpec)
			arg |= 4
		}
		c.addop(FORMAT_VALUE, arg)
	case *syntax.JoinedStr:
		if len(x.Values) > stackUseGuideline {
			c.loadConst("")
			c.addop(LOAD_METHOD, c.addName("join"))
			c.addop(BUILD_LIST, 0)
			for _, v := range x.Values {
				c.visitExpr(v)
				c.addop(LIST_APPEND, 1)
			}
			c.addop(PRECALL, 1)
			c.addop(CALL, 1)
		} else {
			c.visitExprs(x.Values)
			if len(x.Values) != 1 {
				c.addop(BUILD_STRING, len(x.Values))
			}
		}
	case *syntax.Attribute:
		c.visitExpr(x.Value)
		c.matchAttrStart(x)
		c.addop([...]int{LOAD_ATTR, STORE_ATTR, DELETE_ATTR}[x.Ctx], c.addName(x.Attr))
	case *syntax.Subscript:
		c.visitExpr(x.Value)
		c.visitExpr(x.Slice)
		c.addop0([...]int{BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR}[x.Ctx])
	case *syntax.Starred:
		if x.Ctx == syntax.Store {
			c.fail("starred assignment target must be in a list or tuple")
		}
		c.fail("can't use starred expression here")
	case *syntax.Slice:
		n := 2
		if x.Lower != nil {
			c.visitExpr(x.Lower)
		} else {
			c.loadConst(nil)
		}
		if x.Upper != nil {
			c.visitExpr(x.Upper)
		} else {
			c.loadConst(nil)
		}
		if x.Step != nil {
			n++
			c.visitExpr(x.Step)
		}
		c.addop(BUILD_SLICE, n)
	case *syntax.List:
		switch x.Ctx {
		case syntax.Store:
			c.assignmentHelper(x.Elts)
		case syntax.Load:
			c.starunpack(x.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
		default:
			c.visitExprs(x.Elts)
		}
	case *syntax.Tuple:
		switch x.Ctx {
		case syntax.Store:
			c.assignmentHelper(x.Elts)
		case syntax.Load:
			c.starunpack(x.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
		default:
			c.visitExprs(x.Elts)
		}
	default:
		c.fail("expression %T", e)
	}
}

func (c *comp) jumpNoLine(op int, target *block) {
	c.implicitBlock()
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, target: target, loc: noLoc})
}

// binopArg is the BINARY_OP argument of op (NB_*), in place or not.
func binopArg(op syntax.Operator, inplace bool) int {
	nb := [...]int{syntax.Add: 0, syntax.Sub: 10, syntax.Mult: 5, syntax.MatMult: 4, syntax.Div: 11,
		syntax.Modulo: 6, syntax.Pow: 8, syntax.LShift: 3, syntax.RShift: 9, syntax.BitOr: 7,
		syntax.BitXor: 12, syntax.BitAnd: 1, syntax.FloorDiv: 2}[op]
	if inplace {
		nb += 13
	}
	return nb
}

// nameop loads, stores or deletes name by its scope (compiler_nameop).
func (c *comp) nameop(name string, ctx syntax.ExprContext) {
	u := c.u
	mangled := compiler.Mangle(u.private, name)
	scope := u.blk.ScopeOf(mangled)
	const (
		opFast = iota
		opGlobal
		opDeref
		opName
	)
	optype := opName
	arg := 0
	switch scope {
	case compiler.Free:
		optype = opDeref
		arg = u.freeIdx[mangled]
	case compiler.Cell:
		optype = opDeref
		arg = u.cellIdx[mangled]
	case compiler.Local:
		if u.blk.Type == compiler.FunctionBlock {
			optype = opFast
		}
	case compiler.GlobalImplicit:
		if u.blk.Type == compiler.FunctionBlock {
			optype = opGlobal
		}
	case compiler.GlobalExplicit:
		optype = opGlobal
	}
	switch optype {
	case opDeref:
		switch ctx {
		case syntax.Load:
			if u.blk.Type == compiler.ClassBlock {
				c.addop(LOAD_CLASSDEREF, arg)
			} else {
				c.addop(LOAD_DEREF, arg)
			}
		case syntax.Store:
			c.addop(STORE_DEREF, arg)
		default:
			c.addop(DELETE_DEREF, arg)
		}
	case opFast:
		c.addop([...]int{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], c.addVarname(mangled))
	case opGlobal:
		i := c.addRawName(mangled)
		switch ctx {
		case syntax.Load:
			c.addop(LOAD_GLOBAL, i<<1)
		case syntax.Store:
			c.addop(STORE_GLOBAL, i)
		default:
			c.addop(DELETE_GLOBAL, i)
		}
	default:
		c.addop([...]int{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], c.addRawName(mangled))
	}
}

func isConst(e syntax.Expr) bool {
	_, ok := e.(*syntax.Constant)
	return ok
}

func allConst(es []syntax.Expr) bool {
	for _, e := range es {
		if e == nil || !isConst(e) {
			return false
		}
	}
	return true
}

func hasStarred(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// starunpack builds a list, tuple or set display (starunpack_helper).
func (c *comp) starunpack(elts []syntax.Expr, pushed, build, add, extend int, tuple bool) {
	n := len(elts)
	if n > 2 && allConst(elts) {
		items := make(compiler.Tuple, n)
		for i, e := range elts {
			items[i] = e.(*syntax.Constant).Value
		}
		if tuple && pushed == 0 {
			c.loadConst(items)
			return
		}
		c.addop(build, pushed)
		if add == SET_ADD {
			c.loadConst(compiler.FrozenSet(items))
		} else {
			c.loadConst(items)
		}
		c.addop(extend, 1)
		if tuple {
			c.addop0(LIST_TO_TUPLE)
		}
		return
	}
	big := n+pushed > stackUseGuideline
	if !hasStarred(elts) && !big {
		c.visitExprs(elts)
		if tuple {
			c.addop(BUILD_TUPLE, n+pushed)
		} else {
			c.addop(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.addop(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			if !built {
				c.addop(build, i+pushed)
				built = true
			}
			c.visitExpr(s.Value)
			c.addop(extend, 1)
		} else {
			c.visitExpr(e)
			if built {
				c.addop(add, 1)
			}
		}
	}
	if tuple {
		c.addop0(LIST_TO_TUPLE)
	}
}

// assignmentHelper unpacks into the targets elts (UNPACK_SEQUENCE/UNPACK_EX).
func (c *comp) assignmentHelper(elts []syntax.Expr) {
	seen := false
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok && !seen {
			if i >= 1<<8 || len(elts)-i-1 >= 1<<24 {
				c.fail("too many expressions in star-unpacking assignment")
			}
			c.addop(UNPACK_EX, i+(len(elts)-i-1)<<8)
			seen = true
		} else if ok {
			c.fail("multiple starred expressions in assignment")
		}
	}
	if !seen {
		c.addop(UNPACK_SEQUENCE, len(elts))
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.visitExpr(s.Value)
		} else {
			c.visitExpr(e)
		}
	}
}

func (c *comp) subdict(keys, values []syntax.Expr) {
	n := len(keys)
	big := n*2 > stackUseGuideline
	if n > 1 && !big && allConst(keys) {
		c.visitExprs(values)
		t := make(compiler.Tuple, n)
		for i, k := range keys {
			t[i] = k.(*syntax.Constant).Value
		}
		c.loadConst(t)
		c.addop(BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.addop(BUILD_MAP, 0)
	}
	for i := range keys {
		c.visitExpr(keys[i])
		c.visitExpr(values[i])
		if big {
			c.addop(MAP_ADD, 1)
		}
	}
	if !big {
		c.addop(BUILD_MAP, n)
	}
}

func (c *comp) dict(x *syntax.Dict) {
	n := len(x.Values)
	haveDict := false
	elements := 0
	flush := func(from, to int) {
		c.subdict(x.Keys[from:to], x.Values[from:to])
		if haveDict {
			c.addop(DICT_UPDATE, 1)
		}
		haveDict = true
		elements = 0
	}
	for i := 0; i < n; i++ {
		if x.Keys[i] == nil {
			if elements > 0 {
				flush(i-elements, i)
			}
			if !haveDict {
				c.addop(BUILD_MAP, 0)
				haveDict = true
			}
			c.visitExpr(x.Values[i])
			c.addop(DICT_UPDATE, 1)
		} else if elements*2 > stackUseGuideline {
			flush(i-elements, i+1)
		} else {
			elements++
		}
	}
	if elements > 0 {
		flush(n-elements, n)
	}
	if !haveDict {
		c.addop(BUILD_MAP, 0)
	}
}

func (c *comp) addCompare(op syntax.Cmpop) {
	switch op {
	case syntax.Eq:
		c.addop(COMPARE_OP, 2)
	case syntax.NotEq:
		c.addop(COMPARE_OP, 3)
	case syntax.Lt:
		c.addop(COMPARE_OP, 0)
	case syntax.LtE:
		c.addop(COMPARE_OP, 1)
	case syntax.Gt:
		c.addop(COMPARE_OP, 4)
	case syntax.GtE:
		c.addop(COMPARE_OP, 5)
	case syntax.Is:
		c.addop(IS_OP, 0)
	case syntax.IsNot:
		c.addop(IS_OP, 1)
	case syntax.In:
		c.addop(CONTAINS_OP, 0)
	case syntax.NotIn:
		c.addop(CONTAINS_OP, 1)
	}
}

func (c *comp) compare(x *syntax.Compare) {
	c.visitExpr(x.Left)
	n := len(x.Ops) - 1
	if n == 0 {
		c.visitExpr(x.Comparators[0])
		c.addCompare(x.Ops[0])
		return
	}
	cleanup := c.newBlock()
	for i := 0; i < n; i++ {
		c.visitExpr(x.Comparators[i])
		c.addop(SWAP, 2)
		c.addop(COPY, 2)
		c.addCompare(x.Ops[i])
		c.jump(JUMP_IF_FALSE_OR_POP, cleanup)
	}
	c.visitExpr(x.Comparators[n])
	c.addCompare(x.Ops[n])
	end := c.newBlock()
	c.jumpNoLine(JUMP, end)
	c.useNext(cleanup)
	c.addop(SWAP, 2)
	c.addop0(POP_TOP)
	c.useNext(end)
}

// jumpIf jumps to next when e's truth equals cond (compiler_jump_if).
func (c *comp) jumpIf(e syntax.Expr, next *block, cond bool) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, next, !cond)
			return
		}
	case *syntax.BoolOp:
		cond2 := x.Op == syntax.Or
		next2 := next
		if cond2 != cond {
			next2 = c.newBlock()
		}
		n := len(x.Values) - 1
		for i := 0; i < n; i++ {
			c.jumpIf(x.Values[i], next2, cond2)
		}
		c.jumpIf(x.Values[n], next, cond)
		if next2 != next {
			c.useNext(next2)
		}
		return
	case *syntax.IfExp:
		end, next2 := c.newBlock(), c.newBlock()
		c.jumpIf(x.Test, next2, false)
		c.jumpIf(x.Body, next, cond)
		c.jumpNoLine(JUMP, end)
		c.useNext(next2)
		c.jumpIf(x.Orelse, next, cond)
		c.useNext(end)
		return
	case *syntax.Compare:
		// CPython 3.11 moves to the comparison's location here, and stays
		// there after it.
		c.setLoc(&x.Pos)
		n := len(x.Ops) - 1
		if n > 0 {
			cleanup := c.newBlock()
			c.visitExpr(x.Left)
			for i := 0; i < n; i++ {
				c.visitExpr(x.Comparators[i])
				c.addop(SWAP, 2)
				c.addop(COPY, 2)
				c.addCompare(x.Ops[i])
				c.jump(POP_JUMP_IF_FALSE, cleanup)
			}
			c.visitExpr(x.Comparators[n])
			c.addCompare(x.Ops[n])
			if cond {
				c.jump(POP_JUMP_IF_TRUE, next)
			} else {
				c.jump(POP_JUMP_IF_FALSE, next)
			}
			end := c.newBlock()
			c.jumpNoLine(JUMP, end)
			c.useNext(cleanup)
			c.addop0(POP_TOP)
			if !cond {
				c.jumpNoLine(JUMP, next)
			}
			c.useNext(end)
			return
		}
	}
	c.visitExpr(e)
	if cond {
		c.jump(POP_JUMP_IF_TRUE, next)
	} else {
		c.jump(POP_JUMP_IF_FALSE, next)
	}
}

// call generates a call (compiler_call), as a method call when it can.
func (c *comp) call(x *syntax.Call) {
	if c.methodCall(x) {
		return
	}
	old := c.u.loc
	c.setLoc(x.Func.GetPos())
	c.addop0(PUSH_NULL)
	c.u.loc = old
	c.visitExpr(x.Func)
	c.callHelper(0, x.Args, x.Keywords)
}

func (c *comp) methodCall(x *syntax.Call) bool {
	meth, ok := x.Func.(*syntax.Attribute)
	if !ok || meth.Ctx != syntax.Load {
		return false
	}
	argsl, kwdsl := len(x.Args), len(x.Keywords)
	kw := 0
	if kwdsl != 0 {
		kw = 1
	}
	if argsl+kwdsl+kw >= stackUseGuideline || hasStarred(x.Args) || c.importOriginated(meth.Value) {
		return false
	}
	for _, k := range x.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	c.visitExpr(meth.Value)
	old := c.u.loc
	c.setLoc(&meth.Pos)
	c.matchAttrStart(meth)
	c.addop(LOAD_METHOD, c.addName(meth.Attr))
	c.visitExprs(x.Args)
	if kwdsl > 0 {
		for _, k := range x.Keywords {
			c.visitExpr(k.Value)
		}
		c.kwNames(x.Keywords)
	}
	c.setLoc(&x.Pos)
	c.matchAttrStart(meth)
	c.addop(PRECALL, argsl+kwdsl)
	c.addop(CALL, argsl+kwdsl)
	c.u.loc = old
	return true
}

// matchAttrStart moves the start of the location to the attribute name
// when the attribute is on another line than the location starts on
// (compile.c's update_start_location_to_match_attr).
func (c *comp) matchAttrStart(attr *syntax.Attribute) {
	l := &c.u.loc
	if l.line == attr.EndLineno {
		return
	}
	l.line = attr.EndLineno
	if n := utf8.RuneCountInString(attr.Attr); n <= attr.EndColOffset {
		l.col = attr.EndColOffset - n
	} else {
		l.col, l.endCol = -1, -1
	}
	l.endLine = max(l.line, l.endLine)
	if l.line == l.endLine {
		l.endCol = max(l.col, l.endCol)
	}
}

// importOriginated reports a name the module binds by an import: calls of
// its attributes are not compiled as method calls.
func (c *comp) importOriginated(e syntax.Expr) bool {
	n, ok := e.(*syntax.Name)
	return ok && c.st.Top.Flags(n.Id)&compiler.DefImport != 0
}

func (c *comp) kwNames(kws []*syntax.Keyword) {
	t := make(compiler.Tuple, len(kws))
	for i, k := range kws {
		t[i] = k.Arg
	}
	c.addop(KW_NAMES, c.addConst(t))
}

func (c *comp) callHelper(n int, args []syntax.Expr, kws []*syntax.Keyword) {
	nelts, nkw := len(args), len(kws)
	ex := nelts+nkw*2 > stackUseGuideline || hasStarred(args)
	for _, k := range kws {
		if k.Arg == "" {
			ex = true
		}
	}
	if !ex {
		c.visitExprs(args)
		if nkw > 0 {
			for _, k := range kws {
				c.visitExpr(k.Value)
			}
			c.kwNames(kws)
		}
		c.addop(PRECALL, n+nelts+nkw)
		c.addop(CALL, n+nelts+nkw)
		return
	}
	if n == 0 && nelts == 1 {
		if s, ok := args[0].(*syntax.Starred); ok {
			c.visitExpr(s.Value)
			goto kwargs
		}
	}
	c.starunpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
kwargs:
	if nkw > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(kws[i-nseen : i])
					if haveDict {
						c.addop(DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.addop(BUILD_MAP, 0)
					haveDict = true
				}
				c.visitExpr(k.Value)
				c.addop(DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(kws[nkw-nseen:])
			if haveDict {
				c.addop(DICT_MERGE, 1)
			}
		}
	}
	k := 0
	if nkw > 0 {
		k = 1
	}
	c.addop(CALL_FUNCTION_EX, k)
}

func (c *comp) subkwargs(kws []*syntax.Keyword) {
	n := len(kws)
	big := n*2 > stackUseGuideline
	if n > 1 && !big {
		t := make(compiler.Tuple, n)
		for i, k := range kws {
			c.visitExpr(k.Value)
			t[i] = k.Arg
		}
		c.loadConst(t)
		c.addop(BUILD_CONST_KEY_MAP, n)
		return
	}
	if big {
		c.addopNoLine(BUILD_MAP, 0)
	}
	for _, k := range kws {
		c.loadConst(k.Arg)
		c.visitExpr(k.Value)
		if big {
			c.addopNoLine(MAP_ADD, 1)
		}
	}
	if !big {
		c.addop(BUILD_MAP, n)
	}
}

func (c *comp) addYield() {
	if c.u.blk.Generator && c.u.blk.Coroutine {
		c.addop0(ASYNC_GEN_WRAP)
	}
	c.addop0(YIELD_VALUE)
	c.addop(RESUME, 1)
}

func (c *comp) addYieldFrom(await bool) {
	start, resume, exit := c.newBlock(), c.newBlock(), c.newBlock()
	c.useNext(start)
	c.jump(SEND, exit)
	c.useNext(resume)
	c.addop(YIELD_VALUE, 0)
	if await {
		c.addop(RESUME, 3)
	} else {
		c.addop(RESUME, 2)
	}
	c.jump(JUMP_NO_INTERRUPT, start)
	c.useNext(exit)
}

var _ = strings.Index
