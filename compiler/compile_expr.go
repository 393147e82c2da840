// This file defines the code generation of expressions: name resolution,
// operators, calls, collections, f-strings, and conditional jumps (with the
// fused compare-and-branch instructions).

package compiler

import (
	"unicode/utf8"

	"krait/syntax"
)

// nameKinds say which instructions reach a variable.
type nameKind uint8

const (
	nkName   nameKind = iota // LOAD_NAME: module and class namespaces
	nkFast                   // a fast local register
	nkDeref                  // a cell register
	nkGlobal                 // LOAD_GLOBAL
)

func (c *compiler) mangle(name string) string { return Mangle(c.u.private, name) }

func (c *compiler) nameKind(name string) nameKind {
	blk := c.u.blk
	switch blk.ScopeOf(name) {
	case Free, Cell:
		return nkDeref
	case Local:
		if blk.FunctionLike() {
			return nkFast
		}
	case GlobalImplicit:
		if blk.FunctionLike() {
			return nkGlobal
		}
	case GlobalExplicit:
		return nkGlobal
	}
	return nkName
}

// checkFast emits CHECK_FAST unless local r is known to be bound.
func (c *compiler) checkFast(r int32) {
	if r&tagMask != 0 || c.u.bound.get(r) || c.u.safeParams.get(r) {
		return
	}
	c.emit(CHECK_FAST, r, 0, 0)
	c.u.bound.put(r, true)
}

// expr evaluates e and returns the register holding its value: a fast
// local's own register, or a new temporary.
func (c *compiler) expr(e syntax.Expr) int32 {
	if n, ok := e.(*syntax.Name); ok && n.Id != "__debug__" {
		name := c.mangle(n.Id)
		if c.nameKind(name) == nkFast {
			r := c.local(name)
			c.visitLocal(r)
			saved := c.u.loc
			c.setLoc(n.GetPos())
			c.checkFast(r)
			c.u.loc = saved
			return r
		}
	}
	r := c.tmp()
	c.exprInto(e, r)
	return r
}

// exprTemp evaluates e into a new temporary.
func (c *compiler) exprTemp(e syntax.Expr) int32 {
	r := c.tmp()
	c.exprInto(e, r)
	return r
}

// exprSafe is expr for an operand evaluated before the expressions in
// later: a local is copied if they could rebind it (with :=).
func (c *compiler) exprSafe(e syntax.Expr, later ...syntax.Expr) int32 {
	r := c.expr(e)
	if isTemp(r) {
		return r
	}
	for _, l := range later {
		if l != nil && hasWalrus(l) {
			t := c.tmp()
			c.move(t, r)
			return t
		}
	}
	return r
}

// singleWrite reports whether compiling e into a register writes it only
// once, at the end (or, for the two arms of a conditional, once per arm),
// so that it can target a local that e itself reads.
func singleWrite(e syntax.Expr) bool {
	switch e := e.(type) {
	case *syntax.BoolOp:
		return false
	case *syntax.Compare:
		return len(e.Ops) == 1
	case *syntax.IfExp:
		return singleWrite(e.Body) && singleWrite(e.Orelse)
	case *syntax.NamedExpr:
		return singleWrite(e.Value)
	}
	return true
}

// exprInto evaluates e into register dst.
func (c *compiler) exprInto(e syntax.Expr, dst int32) {
	if !isTemp(dst) && !singleWrite(e) {
		t := c.tmp()
		c.exprInto(e, t)
		c.move(dst, t)
		c.release(t)
		return
	}
	saved := c.u.loc
	c.setLoc(e.GetPos())
	m := c.mark()
	e = c.fold(e)
	switch e := e.(type) {
	case *syntax.Constant:
		c.loadConst(dst, e.Value)
	case *syntax.Name:
		c.loadName(e, dst)
	case *syntax.BinOp:
		l := c.exprSafe(e.Left, e.Right)
		c.binaryInto(ADD+Opcode(e.Op), dst, l, e.Right, e.GetPos())
	case *syntax.UnaryOp:
		r := c.expr(e.Operand)
		c.setLoc(e.GetPos())
		c.emit([...]Opcode{INVERT, NOT, POS, NEG}[e.Op], dst, r, 0)
	case *syntax.BoolOp:
		end := c.newLabel()
		jump := JUMP_IF_FALSE
		if e.Op == syntax.Or {
			jump = JUMP_IF_TRUE
		}
		for i, v := range e.Values {
			c.exprInto(v, dst)
			if i < len(e.Values)-1 {
				c.setLoc(e.GetPos())
				c.emitJump(jump, dst, end)
			}
		}
		c.bind(end)
	case *syntax.IfExp:
		orelse, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, false, orelse)
		c.exprInto(e.Body, dst)
		c.emitJump(JUMP, 0, end)
		c.bind(orelse)
		c.exprInto(e.Orelse, dst)
		c.bind(end)
	case *syntax.Compare:
		c.compare(e, dst)
	case *syntax.Attribute:
		o := c.expr(e.Value)
		c.attrLoc(e)
		c.emit(LOAD_ATTR, dst, o, c.nameIndex(c.mangle(e.Attr)))
	case *syntax.Subscript:
		o := c.exprSafe(e.Value, e.Slice)
		if sl, ok := e.Slice.(*syntax.Slice); ok {
			base := c.sliceBounds(sl)
			c.setLoc(e.GetPos())
			c.emit(GET_SLICE, dst, o, base)
			break
		}
		k := c.expr(e.Slice)
		c.setLoc(e.GetPos())
		c.emit(GET_ITEM, dst, o, k)
	case *syntax.Slice:
		c.slice(e, dst)
	case *syntax.Call:
		c.call(e, dst)
	case *syntax.Tuple:
		c.collection(e.Elts, dst, BUILD_TUPLE)
	case *syntax.List:
		c.collection(e.Elts, dst, BUILD_LIST)
	case *syntax.Set:
		c.collection(e.Elts, dst, BUILD_SET)
	case *syntax.Dict:
		c.dict(e, dst)
	case *syntax.JoinedStr:
		c.joinedStr(e, dst)
	case *syntax.FormattedValue:
		c.formattedValue(e, dst)
	case *syntax.NamedExpr:
		c.exprInto(e.Value, dst)
		c.setLoc(e.GetPos())
		c.storeName(e.Target.(*syntax.Name).Id, dst)
	case *syntax.Lambda:
		c.lambda(e, dst)
	case *syntax.ListComp:
		c.comprehension(e, e.Generators, ListComprehension, dst)
	case *syntax.SetComp:
		c.comprehension(e, e.Generators, SetComprehension, dst)
	case *syntax.DictComp:
		c.comprehension(e, e.Generators, DictComprehension, dst)
	case *syntax.GeneratorExp:
		c.comprehension(e, e.Generators, GeneratorExpression, dst)
	case *syntax.Yield:
		c.yield(e, dst)
	case *syntax.YieldFrom:
		it := c.iterOf(e.Value, GET_YIELD_FROM_ITER, nil)
		c.setLoc(e.GetPos())
		c.yieldFrom(it, dst)
	case *syntax.Await:
		it := c.iterOf(e.Value, GET_AWAITABLE, nil)
		c.setLoc(e.GetPos())
		c.yieldFrom(it, dst)
	case *syntax.Starred:
		// Only reachable in invalid trees that CheckCodegen rejects.
		c.errorf("can't use starred expression here")
	default:
		c.errorf("internal compiler error: expression %T", e)
	}
	c.reset(m)
	c.u.loc = saved
}

// loadName loads a variable other than a fast local (or a fast local into
// another register).
func (c *compiler) loadName(n *syntax.Name, dst int32) {
	name := c.mangle(n.Id)
	switch c.nameKind(name) {
	case nkFast:
		r := c.local(name)
		c.visitLocal(r)
		c.checkFast(r)
		c.move(dst, r)
	case nkDeref:
		if c.u.blk.Type == ClassBlock {
			c.emit(LOAD_CLASSDEREF, dst, c.cell(name), 0)
		} else {
			c.emit(LOAD_DEREF, dst, c.cell(name), 0)
		}
	case nkGlobal:
		c.emitName(LOAD_GLOBAL, dst, name)
	default:
		c.emitName(LOAD_NAME, dst, name)
	}
}

// binaryInto emits dst = left op right, with the constant form when right
// is a constant.
func (c *compiler) binaryInto(op Opcode, dst, left int32, right syntax.Expr, pos *syntax.Pos) {
	if k, ok := c.fold(right).(*syntax.Constant); ok {
		c.setLoc(pos)
		c.emit(op+(ADD_K-ADD), dst, left, c.constIndex(k.Value))
		return
	}
	r := c.expr(right)
	c.setLoc(pos)
	c.emit(op, dst, left, r)
}

func (c *compiler) compare(e *syntax.Compare, dst int32) {
	if len(e.Ops) == 1 {
		l := c.exprSafe(e.Left, e.Comparators[0])
		r := c.expr(c.foldIn(e.Ops[0], e.Comparators[0]))
		c.setLoc(e.GetPos())
		c.emit(EQ+Opcode(e.Ops[0]), dst, l, r)
		return
	}
	end := c.newLabel()
	l := c.exprSafe(e.Left, e.Comparators...)
	for i, op := range e.Ops {
		var r int32
		if i < len(e.Ops)-1 {
			r = c.exprTemp(e.Comparators[i])
		} else {
			r = c.expr(c.foldIn(op, e.Comparators[i]))
		}
		c.setLoc(e.GetPos())
		c.emit(EQ+Opcode(op), dst, l, r)
		if i < len(e.Ops)-1 {
			c.emitJump(JUMP_IF_FALSE, dst, end)
		}
		l = r
	}
	c.bind(end)
}

// jumpIf jumps to l when the truth of e is cond.
func (c *compiler) jumpIf(e syntax.Expr, cond bool, l label) {
	saved := c.u.loc
	defer func() { c.u.loc = saved }()
	c.setLoc(e.GetPos())
	m := c.mark()
	defer c.reset(m)
	e = c.fold(e)
	switch x := e.(type) {
	case *syntax.Constant:
		if t, _ := constTruth(x); t == cond {
			c.emitJump(JUMP, 0, l)
		}
		return
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, !cond, l)
			return
		}
	case *syntax.BoolOp:
		isAnd := x.Op == syntax.And
		if isAnd != cond {
			// and-false / or-true: any operand decides.
			for _, v := range x.Values {
				c.jumpIf(v, cond, l)
			}
			return
		}
		skip := c.newLabel()
		for i, v := range x.Values {
			if i < len(x.Values)-1 {
				c.jumpIf(v, !cond, skip)
			} else {
				c.jumpIf(v, cond, l)
			}
		}
		c.bind(skip)
		return
	case *syntax.Compare:
		c.compareJump(x, cond, l)
		return
	}
	r := c.expr(e)
	c.setLoc(e.GetPos())
	if cond {
		c.emitJump(JUMP_IF_TRUE, r, l)
	} else {
		c.emitJump(JUMP_IF_FALSE, r, l)
	}
}

func (c *compiler) compareJump(e *syntax.Compare, cond bool, l label) {
	n := len(e.Ops)
	var skip label = -1
	left := c.exprSafe(e.Left, e.Comparators...)
	for i, op := range e.Ops {
		right := c.foldIn(op, e.Comparators[i])
		last := i == n-1
		target, want := l, cond
		if !last {
			// An intermediate comparison that fails decides for false.
			want = false
			if cond {
				if skip < 0 {
					skip = c.newLabel()
				}
				target = skip
			}
		}
		if k, ok := c.fold(right).(*syntax.Constant); ok && last {
			c.setLoc(e.GetPos())
			if k.Value == nil && (op == syntax.Is || op == syntax.IsNot) {
				jop := JUMP_IF_NONE
				if (op == syntax.Is) != want {
					jop = JUMP_IF_NOT_NONE
				}
				c.emitJump(jop, left, target)
				break
			}
			c.emitBranch(IF_EQ_K+Opcode(op), left, c.constIndex(k.Value), boolInt(want), target)
			break
		}
		var r int32
		if last {
			r = c.expr(right)
		} else {
			r = c.exprTemp(right)
		}
		c.setLoc(e.GetPos())
		c.emitBranch(IF_EQ+Opcode(op), left, r, boolInt(want), target)
		left = r
	}
	if skip >= 0 {
		c.bind(skip)
	}
}

func boolInt(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

func (c *compiler) slice(e *syntax.Slice, dst int32) {
	n := 2
	if e.Step != nil {
		n = 3
	}
	base := c.tmps(n)
	for i, x := range []syntax.Expr{e.Lower, e.Upper, e.Step}[:n] {
		if x == nil {
			c.emit(LOAD_NONE, base+int32(i), 0, 0)
		} else {
			c.exprInto(x, base+int32(i))
		}
	}
	c.setLoc(e.GetPos())
	c.emit(BUILD_SLICE, dst, base, int32(n))
}

// sliceBounds evaluates the bounds of a[lower:upper:step] into three
// consecutive temporaries (None for an absent one) for GET_SLICE and
// SET_SLICE, which slice an exact list or tuple without a slice object.
func (c *compiler) sliceBounds(e *syntax.Slice) int32 {
	base := c.tmps(3)
	for i, x := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
		if x == nil {
			c.emit(LOAD_NONE, base+int32(i), 0, 0)
		} else {
			c.exprInto(x, base+int32(i))
		}
	}
	return base
}

// maxDirect is the number of items up to which a collection or call has its
// items in consecutive registers (CPython's STACK_USE_GUIDELINE).
const maxDirect = 30

func hasStar(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

func allConst(elts []syntax.Expr) bool {
	for _, e := range elts {
		if _, ok := e.(*syntax.Constant); !ok {
			return false
		}
	}
	return true
}

// collection builds a tuple, list or set.
func (c *compiler) collection(elts []syntax.Expr, dst int32, build Opcode) {
	pos := c.u.loc
	folded := make([]syntax.Expr, len(elts))
	for i, e := range elts {
		folded[i] = c.fold(e)
	}
	if build != BUILD_TUPLE && len(elts) > 2 && allConst(folded) {
		// A list or set of constants extends an empty one by a constant.
		vals := make(Tuple, len(elts))
		for i, e := range folded {
			vals[i] = e.(*syntax.Constant).Value
		}
		t := c.tmp()
		c.u.loc = pos
		c.emit(build, dst, t, 0)
		if build == BUILD_SET {
			c.loadConst(t, FrozenSet(vals))
			c.emit(SET_UPDATE, dst, t, 0)
		} else {
			c.loadConst(t, vals)
			c.emit(LIST_EXTEND, dst, t, 0)
		}
		return
	}
	if build == BUILD_TUPLE && len(elts) > 0 && allConst(folded) {
		// CPython folds a tuple of constants built by the compiler itself
		// (defaults, the operands of `%`) into a constant too.
		vals := make(Tuple, len(elts))
		for i, e := range folded {
			vals[i] = e.(*syntax.Constant).Value
			switch vals[i].(type) {
			case nil, bool:
			default:
				c.constIndex(vals[i]) // CPython folds after adding the items
			}
		}
		c.foldNops(elts, pos)
		c.u.loc = pos
		c.loadConst(dst, vals)
		return
	}
	if !hasStar(elts) && len(elts) <= maxDirect {
		base := c.tmps(len(elts))
		for i, e := range elts {
			c.exprInto(e, base+int32(i))
		}
		c.u.loc = pos
		c.emit(build, dst, base, int32(len(elts)))
		return
	}
	// Build a list (or set) item by item, then convert.
	acc := c.target(dst)
	n := 0
	for n < len(elts) && n < maxDirect {
		if _, ok := elts[n].(*syntax.Starred); ok {
			break
		}
		n++
	}
	base := c.tmps(n)
	for i := 0; i < n; i++ {
		c.exprInto(elts[i], base+int32(i))
	}
	c.u.loc = pos
	setOp, add, ext := BUILD_LIST, LIST_APPEND, LIST_EXTEND
	if build == BUILD_SET {
		setOp, add, ext = BUILD_SET, SET_ADD, SET_UPDATE
	}
	c.emit(setOp, acc, base, int32(n))
	c.release(base)
	for _, e := range elts[n:] {
		m := c.mark()
		if s, ok := e.(*syntax.Starred); ok {
			r := c.expr(s.Value)
			c.u.loc = pos
			c.emit(ext, acc, r, 0)
		} else {
			r := c.expr(e)
			c.u.loc = pos
			c.emit(add, acc, r, 0)
		}
		c.reset(m)
	}
	if build == BUILD_TUPLE {
		c.emit(LIST_TO_TUPLE, dst, acc, 0)
	} else {
		c.move(dst, acc)
	}
}

func (c *compiler) dict(e *syntax.Dict, dst int32) {
	pos := c.u.loc
	n := len(e.Keys)
	simple := n <= maxDirect/2
	for _, k := range e.Keys {
		if k == nil {
			simple = false
		}
	}
	if simple {
		base := c.tmps(2 * n)
		for i := range e.Keys {
			c.exprInto(e.Keys[i], base+int32(2*i))
			c.exprInto(e.Values[i], base+int32(2*i+1))
		}
		c.u.loc = pos
		c.emit(BUILD_MAP, dst, base, int32(n))
		return
	}
	acc := c.target(dst)
	c.emit(BUILD_MAP, acc, acc, 0)
	for i := range e.Keys {
		m := c.mark()
		if e.Keys[i] == nil {
			r := c.expr(e.Values[i])
			c.u.loc = pos
			c.emit(DICT_UPDATE, acc, r, 0)
		} else {
			k := c.exprTemp(e.Keys[i])
			v := c.expr(e.Values[i])
			c.u.loc = pos
			c.emit(MAP_ADD, acc, k, v)
		}
		c.reset(m)
	}
	c.move(dst, acc)
}

func (c *compiler) joinedStr(e *syntax.JoinedStr, dst int32) {
	if len(e.Values) == 0 {
		c.loadConst(dst, "")
		return
	}
	if len(e.Values) == 1 {
		switch v := e.Values[0].(type) {
		case *syntax.FormattedValue:
			c.formattedValue(v, dst)
			return
		case *syntax.Constant:
			c.loadConst(dst, v.Value)
			return
		}
	}
	if n := len(e.Values); n > maxStringParts {
		c.joinedStrGroups(e, dst)
		return
	}
	base := c.tmps(len(e.Values))
	for i, v := range e.Values {
		c.exprInto(v, base+int32(i))
	}
	c.setLoc(e.GetPos())
	c.emit(BUILD_STRING, dst, base, int32(len(e.Values)))
}

// maxStringParts bounds the parts one BUILD_STRING joins, so that its
// register block stays within the interpreter's operand fields however
// many fields an f-string (or a run of concatenated ones) has.
const maxStringParts = 1024

// joinedStrGroups compiles an f-string of more than maxStringParts parts
// as the join of the joins of its groups of maxStringParts.
func (c *compiler) joinedStrGroups(e *syntax.JoinedStr, dst int32) {
	var groups []syntax.Expr
	for i := 0; i < len(e.Values); i += maxStringParts {
		part := e.Values[i:min(i+maxStringParts, len(e.Values))]
		groups = append(groups, &syntax.JoinedStr{Pos: e.Pos, Values: part})
	}
	c.joinedStr(&syntax.JoinedStr{Pos: e.Pos, Values: groups}, dst)
}

func (c *compiler) formattedValue(e *syntax.FormattedValue, dst int32) {
	var flags int32
	switch e.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	base := c.tmps(1)
	c.exprInto(e.Value, base)
	if e.FormatSpec != nil {
		flags |= 4
		c.exprInto(e.FormatSpec, c.tmp())
	}
	c.setLoc(e.GetPos())
	c.emit(FORMAT_VALUE, dst, base, flags)
}

// --- calls ---

func (c *compiler) call(e *syntax.Call, dst int32) {
	pos := e.GetPos()
	star := hasStar(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == "" {
			star = true
		}
	}
	big := len(e.Args)+len(e.Keywords) > maxDirect
	base := c.target(dst)
	if star || big {
		c.exprInto(e.Func, base)
		c.callEx(e, base)
	} else if a, ok := e.Func.(*syntax.Attribute); ok && a.Ctx == syntax.Load && !c.importOriginated(a.Value) {
		o := c.expr(a.Value)
		c.attrLoc(a)
		c.emit(LOAD_METHOD, base, o, c.nameIndex(c.mangle(a.Attr)))
		c.release(base + 1)
		c.tmps(1)
		names := c.args(e)
		c.setLoc(pos)
		c.matchAttrStart(a)
		n := int32(len(e.Args) + len(e.Keywords))
		if names != nil {
			c.emit(CALL_METHOD_KW, base, n, c.constIndex(names))
		} else {
			c.emit(CALL_METHOD, base, n, 0)
		}
	} else {
		c.exprInto(e.Func, base)
		names := c.args(e)
		c.setLoc(pos)
		n := int32(len(e.Args) + len(e.Keywords))
		if names != nil {
			c.emit(CALL_KW, base, n, c.constIndex(names))
		} else {
			c.emit(CALL, base, n, 0)
		}
	}
	c.move(dst, base)
}

// attrLoc sets the location of an attribute access: the whole node, or
// only the attribute name when the object ends on an earlier line (CPython
// 3.11's update_start_location_to_match_attr).
func (c *compiler) attrLoc(a *syntax.Attribute) {
	c.setLoc(a.GetPos())
	c.matchAttrStart(a)
}

// matchAttrStart moves the start of the current location to the attribute
// name when the location starts on an earlier line. Like CPython, it
// subtracts the name's length in code points from a byte offset.
func (c *compiler) matchAttrStart(a *syntax.Attribute) {
	l := &c.u.loc
	if l.Line == int32(a.EndLineno) {
		return
	}
	l.Line = int32(a.EndLineno)
	if n := int32(utf8.RuneCountInString(a.Attr)); n <= int32(a.EndColOffset) {
		l.Col = int32(a.EndColOffset) - n
	} else {
		l.Col, l.EndCol = -1, -1
	}
	l.EndLine = max(l.Line, l.EndLine)
	if l.Line == l.EndLine {
		l.EndCol = max(l.Col, l.EndCol)
	}
}

// importOriginated reports whether e names a module bound by an import at
// the top level, on which CPython 3.11 calls attributes without
// LOAD_METHOD.
func (c *compiler) importOriginated(e syntax.Expr) bool {
	n, ok := e.(*syntax.Name)
	return ok && c.st.Top.Flags(n.Id)&DefImport != 0
}

// args evaluates positional then keyword arguments into the next
// registers, returning the keyword names (nil if none).
func (c *compiler) args(e *syntax.Call) Tuple {
	for _, a := range e.Args {
		c.exprInto(a, c.tmp())
	}
	var names Tuple
	for _, k := range e.Keywords {
		c.exprInto(k.Value, c.tmp())
		names = append(names, k.Arg)
	}
	return names
}

// callEx calls R[base] with *args and **kwargs built as a tuple and a dict.
func (c *compiler) callEx(e *syntax.Call, base int32) {
	pos := e.GetPos()
	args := c.tmp()
	if len(e.Args) == 1 && !hasStarKw(e) {
		if s, ok := e.Args[0].(*syntax.Starred); ok && len(e.Keywords) == 0 {
			c.exprInto(s.Value, args)
			c.setLoc(pos)
			c.emit(CALL_EX, base, 0, 0)
			return
		}
	}
	m := c.mark()
	if s, ok := soleStarred(e.Args); ok {
		// f(*a, ...): CALL_EX makes a tuple of a (after the keywords, as
		// CPython's CALL_FUNCTION_EX), and a tuple is passed as it is.
		c.exprInto(s.Value, args)
	} else {
		c.collection(e.Args, args, BUILD_TUPLE)
	}
	// CALL_EX finds the kwargs dict right after the args tuple, so the
	// temporaries the tuple's items used must be free again.
	c.reset(m)
	if len(e.Keywords) == 0 {
		c.setLoc(pos)
		c.emit(CALL_EX, base, 0, 0)
		return
	}
	kw := c.tmp()
	if len(e.Keywords) == 1 && e.Keywords[0].Arg == "" {
		// f(..., **m) alone: CALL_EX reads m without a copy when it is a
		// dict of str keys (b == 2; nothing can observe the copy).
		c.exprInto(e.Keywords[0].Value, kw)
		c.setLoc(pos)
		c.emit(CALL_EX, base, 2, 0)
		return
	}
	c.emit(BUILD_MAP, kw, kw, 0)
	merged := false
	for _, k := range e.Keywords {
		m := c.mark()
		switch {
		case k.Arg == "":
			r := c.expr(k.Value)
			c.setLoc(pos)
			c.emit(DICT_MERGE, kw, r, base)
			merged = true
		case merged:
			// After a ** mapping, a named keyword may repeat one of its keys:
			// merge it so DICT_MERGE reports "got multiple values".
			key, one := c.tmp(), c.tmp()
			c.loadConst(key, k.Arg)
			c.exprInto(k.Value, one)
			c.setLoc(pos)
			c.emit(BUILD_MAP, one, key, 1)
			c.emit(DICT_MERGE, kw, one, base)
		default:
			key := c.tmp()
			c.loadConst(key, k.Arg)
			v := c.expr(k.Value)
			c.setLoc(pos)
			c.emit(MAP_ADD, kw, key, v)
		}
		c.reset(m)
	}
	c.setLoc(pos)
	c.emit(CALL_EX, base, 1, 0)
}

// soleStarred returns the starred argument of a call whose only
// positional argument is *s.
func soleStarred(args []syntax.Expr) (*syntax.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*syntax.Starred)
	return s, ok
}

func hasStarKw(e *syntax.Call) bool {
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// --- walrus detection ---

// hasWalrus reports whether e contains an assignment expression outside
// nested scopes (lambdas; comprehensions bind in the enclosing scope, so
// they count).
func hasWalrus(e syntax.Expr) bool {
	found := false
	walkExpr(e, func(x syntax.Expr) bool {
		switch x.(type) {
		case *syntax.NamedExpr:
			found = true
		case *syntax.Lambda:
			return false
		}
		return !found
	})
	return found
}

// walkExpr calls f on e and its subexpressions, in no particular order,
// skipping the children of a node for which f returns false.
func walkExpr(e syntax.Expr, f func(syntax.Expr) bool) {
	if e == nil || !f(e) {
		return
	}
	w := func(xs ...syntax.Expr) {
		for _, x := range xs {
			walkExpr(x, f)
		}
	}
	gens := func(gs []*syntax.Comprehension) {
		for _, g := range gs {
			w(g.Target, g.Iter)
			w(g.Ifs...)
		}
	}
	switch e := e.(type) {
	case *syntax.BoolOp:
		w(e.Values...)
	case *syntax.NamedExpr:
		w(e.Value)
	case *syntax.BinOp:
		w(e.Left, e.Right)
	case *syntax.UnaryOp:
		w(e.Operand)
	case *syntax.IfExp:
		w(e.Test, e.Body, e.Orelse)
	case *syntax.Dict:
		w(e.Keys...)
		w(e.Values...)
	case *syntax.Set:
		w(e.Elts...)
	case *syntax.ListComp:
		w(e.Elt)
		gens(e.Generators)
	case *syntax.SetComp:
		w(e.Elt)
		gens(e.Generators)
	case *syntax.DictComp:
		w(e.Key, e.Value)
		gens(e.Generators)
	case *syntax.GeneratorExp:
		w(e.Elt)
		gens(e.Generators)
	case *syntax.Await:
		w(e.Value)
	case *syntax.Yield:
		w(e.Value)
	case *syntax.YieldFrom:
		w(e.Value)
	case *syntax.Compare:
		w(e.Left)
		w(e.Comparators...)
	case *syntax.Call:
		w(e.Func)
		w(e.Args...)
		for _, k := range e.Keywords {
			w(k.Value)
		}
	case *syntax.FormattedValue:
		w(e.Value, e.FormatSpec)
	case *syntax.JoinedStr:
		w(e.Values...)
	case *syntax.Attribute:
		w(e.Value)
	case *syntax.Subscript:
		w(e.Value, e.Slice)
	case *syntax.Starred:
		w(e.Value)
	case *syntax.List:
		w(e.Elts...)
	case *syntax.Tuple:
		w(e.Elts...)
	case *syntax.Slice:
		w(e.Lower, e.Upper, e.Step)
	}
}

// foldNops leaves a NOP on each line the items of a folded tuple sit on
// that its load (at pos) does not: CPython's peephole folding keeps the
// lines of the loads it replaces as NOPs (dropping one whose line its
// neighbour has), and a trace function sees them as line events (a
// default value on its own line of a def).
func (c *compiler) foldNops(elts []syntax.Expr, pos Position) {
	prev := int32(-1) // the line of the instruction before, as CPython's
	if n := len(c.u.instrs); n > 0 {
		prev = c.u.instrs[n-1].pos.Line
	}
	for i, e := range elts {
		p := e.GetPos()
		line := int32(p.Lineno)
		next := pos.Line
		if i+1 < len(elts) {
			next = int32(elts[i+1].GetPos().Lineno)
		}
		if p.Lineno == 0 || line == prev || line == next {
			continue
		}
		c.setLoc(p)
		c.emit(NOP, 0, 0, 0)
		prev = line
	}
}
