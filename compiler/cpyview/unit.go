// This file defines the state of the CPython view compiler: basic blocks of
// instructions (CPython 3.11's basicblock and instr), the per-code-object
// unit with its constant, name and variable tables, and the emit helpers
// the code generator uses.

package cpyview

import (
	"fmt"
	"math"
	"math/big"

	"krait/compiler"
	"krait/syntax"
)

// loc is an instruction's source span; line -1 means none.
type loc struct{ line, endLine, col, endCol int }

var noLoc = loc{-1, -1, -1, -1}

type instr struct {
	op, arg int
	target  *block
	loc     loc
	handler *block // exception handler, set by labelExceptionTargets
}

type block struct {
	instrs []instr
	next   *block // the block that follows in code order
	// analysis state
	preds         int
	visited       bool
	exit          bool
	noFallthru    bool
	cold          bool
	startDepth    int
	offset        int
	exceptStack   []*block
	preserveLasti bool
	handlerDepth  int
	isHandler     bool
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

type scopeType int

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// fblockType is the kind of a frame block (compile.c's fblocktype).
type fblockType int

const (
	fbWhileLoop fblockType = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
	fbAsyncComprehensionGenerator
)

type fblock struct {
	typ   fblockType
	block *block
	exit  *block
	datum any
}

// unit is one code object being compiled (compile.c's compiler_unit).
type unit struct {
	blk           *compiler.Block
	scope         scopeType
	name          string
	qualname      string
	private       string
	entry         *block
	cur           *block
	consts        []any
	constIdx      map[any]int
	names         []string
	nameIdx       map[string]int
	varnames      []string
	varIdx        map[string]int
	cellvars      []string
	cellIdx       map[string]int
	freevars      []string
	freeIdx       map[string]int
	argcount      int
	posonly       int
	kwonly        int
	firstLine     int
	loc           loc
	fblocks       []fblock
	blocks        []*block // in allocation order
	inInlinedComp bool
}

// c is the whole compilation's state.
type comp struct {
	st          *compiler.SymbolTable
	optimize    int
	interactive bool
	u           *unit
	stack       []*unit
	nestLevel   int
}

// unsupported aborts the view of a construct this compiler does not know.
type unsupported struct{ what string }

func (c *comp) fail(format string, a ...any) {
	panic(unsupported{fmt.Sprintf(format, a...)})
}

func (c *comp) newBlock() *block {
	b := &block{}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// useNext makes b the current block, following the current one.
func (c *comp) useNext(b *block) {
	c.u.cur.next = b
	c.u.cur = b
}

func (c *comp) addop(op int, arg int) {
	c.addopLoc(op, arg, c.u.loc)
}

func (c *comp) addopLoc(op int, arg int, l loc) {
	c.implicitBlock()
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, arg: arg, loc: l})
}

func (c *comp) addop0(op int) { c.addop(op, 0) }

// implicitBlock starts a new block when the current one ends with a jump
// or an exit: a block has at most one, at its end.
func (c *comp) implicitBlock() {
	if l := c.u.cur.last(); l != nil && (isJump(l.op) || isScopeExit(l.op)) {
		c.useNext(c.newBlock())
	}
}

func (c *comp) jump(op int, target *block) {
	c.implicitBlock()
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, target: target, loc: c.u.loc})
}

// addopNoLine emits an instruction with no location (UNSET_LOC).
func (c *comp) addopNoLine(op int, arg int) { c.addopLoc(op, arg, noLoc) }

// constKey identifies a constant as CPython's _PyCode_ConstantKey does:
// equal values of different types, and 0.0 and -0.0, stay apart.
func constKey(v any) any {
	switch x := v.(type) {
	case float64:
		return [2]any{"f", math.Float64bits(x)}
	case complex128:
		return [3]any{"c", math.Float64bits(real(x)), math.Float64bits(imag(x))}
	case *big.Int:
		return [2]any{"I", x.String()}
	case int64:
		return [2]any{"i", x}
	case bool:
		return [2]any{"b", x}
	case string:
		return [2]any{"s", x}
	case syntax.Bytes:
		return [2]any{"y", string(x)}
	case compiler.Tuple:
		s := "("
		for _, e := range x {
			s += fmt.Sprintf("%v,", constKey(e))
		}
		return [2]any{"t", s}
	case compiler.FrozenSet:
		s := "{"
		for _, e := range x {
			s += fmt.Sprintf("%v,", constKey(e))
		}
		return [2]any{"F", s}
	case *Code:
		return x
	case nil:
		return [1]any{"None"}
	case syntax.Ellipsis:
		return [1]any{"..."}
	}
	return [2]any{"?", fmt.Sprint(v)}
}

func (c *comp) addConst(v any) int {
	k := constKey(v)
	if i, ok := c.u.constIdx[k]; ok {
		return i
	}
	i := len(c.u.consts)
	c.u.consts = append(c.u.consts, v)
	c.u.constIdx[k] = i
	return i
}

func (c *comp) loadConst(v any) { c.addop(LOAD_CONST, c.addConst(v)) }

func (c *comp) addName(name string) int {
	name = compiler.Mangle(c.u.private, name)
	return c.addRawName(name)
}

func (c *comp) addRawName(name string) int {
	if i, ok := c.u.nameIdx[name]; ok {
		return i
	}
	i := len(c.u.names)
	c.u.names = append(c.u.names, name)
	c.u.nameIdx[name] = i
	return i
}

func (c *comp) addVarname(name string) int {
	if i, ok := c.u.varIdx[name]; ok {
		return i
	}
	i := len(c.u.varnames)
	c.u.varnames = append(c.u.varnames, name)
	c.u.varIdx[name] = i
	return i
}

func (c *comp) setLoc(p *syntax.Pos) {
	c.u.loc = loc{p.Lineno, p.EndLineno, p.ColOffset, p.EndColOffset}
}

// enterScope starts a new code object (compiler_enter_scope).
func (c *comp) enterScope(name string, scope scopeType, node syntax.Node, line int) {
	blk := c.st.Lookup(node)
	if blk == nil {
		c.fail("no symbol table entry")
	}
	u := &unit{blk: blk, scope: scope, name: name, firstLine: line,
		constIdx: map[any]int{}, nameIdx: map[string]int{}, varIdx: map[string]int{},
		cellIdx: map[string]int{}, freeIdx: map[string]int{}}
	for _, v := range blk.Varnames {
		u.varIdx[v] = len(u.varnames)
		u.varnames = append(u.varnames, v)
	}
	for _, n := range blk.CellVars() {
		u.cellIdx[n] = len(u.cellvars)
		u.cellvars = append(u.cellvars, n)
	}
	for _, n := range blk.FreeVars() {
		u.freeIdx[n] = len(u.cellvars) + len(u.freevars)
		u.freevars = append(u.freevars, n)
	}
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	c.nestLevel++
	u.entry = c.newBlock()
	u.cur = u.entry
	if scope == scopeModule {
		u.loc = loc{0, 1, 0, 0}
	} else {
		c.setQualname()
		u.loc = loc{line, line, 0, 0}
	}
	c.addop(RESUME, 0)
	if scope == scopeModule {
		u.loc = noLoc
	}
}

func (c *comp) exitScope() {
	c.nestLevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// setQualname computes the qualified name (compiler_set_qualname).
func (c *comp) setQualname() {
	u := c.u
	if len(c.stack) == 0 {
		u.qualname = u.name
		return
	}
	parent := c.stack[len(c.stack)-1]
	base := ""
	forceGlobal := false
	if u.scope == scopeFunction || u.scope == scopeAsyncFunction || u.scope == scopeClass {
		mangled := compiler.Mangle(parent.private, u.name)
		if parent.blk.ScopeOf(mangled) == compiler.GlobalExplicit {
			forceGlobal = true
		}
	}
	if !forceGlobal {
		switch parent.scope {
		case scopeFunction, scopeAsyncFunction, scopeLambda:
			base = parent.qualname + ".<locals>"
		case scopeModule:
		default:
			base = parent.qualname
		}
	}
	if base != "" {
		u.qualname = base + "." + u.name
	} else {
		u.qualname = u.name
	}
}
