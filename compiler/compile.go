// This file defines Compile, the entry point of the code generator, and the
// per-code-object state it keeps: instructions before assembly, labels,
// register allocation, the constant and name tables, and the location that
// instructions are attributed to.

package compiler

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"krait/syntax"
)

// Options are the compile() settings that change the code generated.
type Options struct {
	// Flags are __future__ features given to compile() (or inherited), or'ed
	// with those of the module.
	Flags FutureFlags
	// Optimize is -O's level: from 1 on, assert statements and `if
	// __debug__` blocks are dropped; from 2 on, docstrings too.
	Optimize int
	// TopLevelAwait is PyCF_ALLOW_TOP_LEVEL_AWAIT.
	TopLevelAwait bool
	// Warnings, if not nil, receives the compile-time SyntaxWarnings, to
	// be issued through the warnings module (before any error returned).
	Warnings *[]syntax.Warning
}

// Register operands are tagged while generating code, because the number of
// fast locals and cells is only known at the end: an untagged value is a
// fast local (its Varnames index).
const (
	tagCell = 1 << 28 // cell or free variable: index into Cellvars+Freevars
	tagTemp = 1 << 29 // temporary: index above the cells
	tagMask = tagCell | tagTemp
)

type label int32

// ins is an instruction before assembly. For wide formats, b holds bx.
// A branch instruction or a jump has target >= 0.
type ins struct {
	op      Opcode
	a, b, c int32
	target  label
	pos     Position
	handler *handler
}

// handler is an exception handler: the label it jumps to and the register
// that receives the exception.
type handler struct {
	lbl   label
	reg   int32
	lasti bool
}

// codeUnit is the state of one code object being generated.
type codeUnit struct {
	blk        *Block
	kind       scopeKind
	name       string
	qualname   string
	private    string // the enclosing class name, for mangling
	instrs     []ins
	labels     []int32 // label → instruction index, -1 while unbound
	consts     []any
	constIdx   map[string]int32
	names      []string
	nameIdx    map[string]int32
	varnames   []string
	varIdx     map[string]int32
	cells      []string // Cellvars then Freevars
	cellIdx    map[string]int32
	ncellvars  int
	top        int32 // next free temporary
	maxTemp    int32
	loc        Position
	handler    *handler
	fblocks    []*fblk
	bound      localSet // fast locals known to be bound here
	visited    []int32  // locals in the order CPython's code generator meets them
	seen       localSet
	safeParams localSet // parameters never deleted
	firstLine  int
	flags      CodeFlags
	argcount   int
	posonly    int
	kwonly     int
	inComp     bool // generating a comprehension's body
	topAsync   bool // an async for or async with at module level

	// classCell is the cell of a class body's implicit __class__ (its
	// methods' and __classcell__'s), distinct from a free __class__ the
	// body declares nonlocal; -1 if none.
	classCell int32
}

// compiler holds the state of one Compile call.
type compiler struct {
	st       *SymbolTable
	filename string
	opts     Options
	future   FutureFlags
	u        *codeUnit
	stack    []*codeUnit
	err      *syntax.SyntaxError
	interact bool
	// pendingHandler is the handler to restore after unwindTo.
	pendingHandler *handler
	// insPool holds instruction buffers of finished units for reuse: most
	// of the allocation of code generation is growing these.
	insPool [][]ins
	posBuf  []Position
}

// bailout carries a SyntaxError found while generating (e.g. too many
// registers) up to Compile.
type bailout struct{ err *syntax.SyntaxError }

// Compile compiles a tree returned by syntax.Parse into the code object of a
// module (mode ModeExec), an expression (ModeEval) or an interactive
// statement (ModeSingle), or returns the SyntaxError CPython raises.
func Compile(mod syntax.Mod, filename string, mode syntax.Mode, opts Options) (code *Code, err *syntax.SyntaxError) {
	if _, ok := mod.(*syntax.FunctionType); ok {
		return nil, &syntax.SyntaxError{Msg: "this compiler does not handle FunctionTypes", Filename: filename}
	}
	fut, err := FutureFeatures(mod, filename)
	if err != nil {
		return nil, err
	}
	fut |= opts.Flags
	st, err := BuildSymtable(mod, filename, fut)
	if err != nil {
		return nil, err
	}
	if err = CheckCodegen(mod, st, CodegenOptions{Optimize: opts.Optimize, TopLevelAwait: opts.TopLevelAwait, Warnings: opts.Warnings}); err != nil {
		return nil, err
	}
	c := &compiler{st: st, filename: filename, opts: opts, future: fut}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			code, err = nil, b.err
		}
	}()
	return c.module(mod), nil
}

func (c *compiler) errorf(format string, args ...any) {
	panic(bailout{&syntax.SyntaxError{Msg: fmt.Sprintf(format, args...), Filename: c.filename,
		Lineno: int(c.u.loc.Line), Offset: int(c.u.loc.Col) + 1}})
}

// module compiles the top-level code object.
func (c *compiler) module(mod syntax.Mod) *Code {
	c.enter(c.st.Top, scopeModule, "<module>", "<module>", 1)
	switch m := mod.(type) {
	case *syntax.Module:
		c.u.loc = Position{1, 1, 0, 0}
		if hasAnnotations(m.Body) {
			c.emit(SETUP_ANNOTATIONS, 0, 0, 0)
		}
		body := m.Body
		if doc, ok := docstring(body); ok && c.opts.Optimize < 2 {
			c.setLoc(body[0].GetPos())
			r := c.tmp()
			c.loadConst(r, doc)
			c.emitName(STORE_NAME, r, "__doc__")
			c.release(r)
			body = body[1:]
		} else if ok {
			body = body[1:]
		}
		c.stmts(body)
		c.implicitReturn()
	case *syntax.Interactive:
		c.interact = true
		if hasAnnotations(m.Body) {
			c.emit(SETUP_ANNOTATIONS, 0, 0, 0)
		}
		c.stmts(m.Body)
		c.returnNone()
	case *syntax.Expression:
		r := c.tmp()
		c.exprInto(m.Body, r)
		c.emit(RETURN, r, 0, 0)
	}
	// With PyCF_ALLOW_TOP_LEVEL_AWAIT, code that awaits is a coroutine
	// (CPython's compute_code_flags).
	if c.opts.TopLevelAwait && (c.st.Top.Coroutine || c.u.topAsync) {
		c.u.flags |= CoCoroutine
	}
	return c.leave()
}

// implicitReturn ends a body with `return None`, at the position of the
// last instruction, as CPython does.
func (c *compiler) implicitReturn() {
	// No line of its own: as in CPython (which copies the return into
	// each predecessor), it belongs to the line that ran before it, and
	// sys.settrace reports no line event for it.
	c.u.loc = noPos
	c.returnNone()
}

func (c *compiler) returnNone() {
	c.emitConst(RETURN_CONST, 0, nil)
}

// enter starts a new code object for blk.
func (c *compiler) enter(blk *Block, kind scopeKind, name, qualname string, firstLine int) {
	u := &codeUnit{blk: blk, kind: kind, name: name, qualname: qualname, firstLine: firstLine,
		constIdx: map[string]int32{}, nameIdx: map[string]int32{}, varIdx: map[string]int32{},
		cellIdx: map[string]int32{}}
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	u.loc = Position{int32(firstLine), int32(firstLine), -1, -1}
	if n := len(c.insPool); n > 0 {
		u.instrs = c.insPool[n-1][:0]
		c.insPool = c.insPool[:n-1]
	}
	for _, v := range blk.Varnames {
		u.varIdx[v] = int32(len(u.varnames))
		u.varnames = append(u.varnames, v)
	}
	u.classCell = -1
	for _, n := range blk.CellVars() {
		u.cellIdx[n] = int32(len(u.cells))
		u.cells = append(u.cells, n)
	}
	if blk.NeedsClassClosure {
		u.classCell = u.cellIdx["__class__"]
	}
	u.ncellvars = len(u.cells)
	for _, n := range blk.FreeVars() {
		u.cellIdx[n] = int32(len(u.cells))
		u.cells = append(u.cells, n)
	}
	c.u = u
}

// leave assembles the current code object and returns to its parent.
func (c *compiler) leave() *Code {
	code := c.assemble()
	c.insPool = append(c.insPool, c.u.instrs)
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// --- registers ---

// tmp allocates the next temporary.
func (c *compiler) tmp() int32 {
	r := c.u.top
	c.u.top++
	if c.u.top > c.u.maxTemp {
		c.u.maxTemp = c.u.top
	}
	return r | tagTemp
}

// tmps allocates n consecutive temporaries and returns the first.
func (c *compiler) tmps(n int) int32 {
	r := c.u.top | tagTemp
	for i := 0; i < n; i++ {
		c.tmp()
	}
	return r
}

// release frees temporary r and every temporary above it; locals and cells
// are ignored, so a caller can release whatever an expression returned.
func (c *compiler) release(r int32) {
	if r&tagTemp != 0 && r&^tagTemp < c.u.top {
		c.u.top = r &^ tagTemp
	}
}

// mark returns the allocation state, to be restored with reset.
func (c *compiler) mark() int32 { return c.u.top }

func (c *compiler) reset(m int32) { c.u.top = m }

func isTemp(r int32) bool { return r&tagTemp != 0 }

// target returns dst if it is the topmost temporary (so that a result can
// be built in place), or a new temporary.
func (c *compiler) target(dst int32) int32 {
	if isTemp(dst) && dst&^tagTemp == c.u.top-1 {
		return dst
	}
	return c.tmp()
}

// local returns the register of fast local name, adding it to Varnames.
func (c *compiler) local(name string) int32 {
	if i, ok := c.u.varIdx[name]; ok {
		return i
	}
	i := int32(len(c.u.varnames))
	c.u.varnames = append(c.u.varnames, name)
	c.u.varIdx[name] = i
	return i
}

// visitLocal records that CPython's code generator would meet local r
// here: co_varnames lists the locals after the parameters in that order,
// which can differ from the order in which registers were allocated (an
// assignment's target register is needed before its value is compiled).
func (c *compiler) visitLocal(r int32) {
	if !c.u.seen.get(r) {
		c.u.seen.put(r, true)
		c.u.visited = append(c.u.visited, r)
	}
}

// localSet is a set of fast locals, by register.
type localSet []bool

func (f localSet) get(r int32) bool { return int(r) < len(f) && f[r] }

func (f *localSet) put(r int32, v bool) {
	for int(r) >= len(*f) {
		*f = append(*f, false)
	}
	(*f)[r] = v
}

// cell returns the register of cell or free variable name.
func (c *compiler) cell(name string) int32 {
	i, ok := c.u.cellIdx[name]
	if !ok {
		c.errorf("internal compiler error: no cell for %s", name)
	}
	return i | tagCell
}

// --- emission ---

func (c *compiler) emit(op Opcode, a, b, cc int32) int {
	if cc == 0 && op >= BUILD_TUPLE && op <= BUILD_STRING {
		b = a // no items: b names no register
	}
	if cc == 0 && op == UNPACK_SEQUENCE {
		a = b // no targets: a names no register
	}
	c.u.instrs = append(c.u.instrs, ins{op: op, a: a, b: b, c: cc, target: -1, pos: c.u.loc, handler: c.u.handler})
	return len(c.u.instrs) - 1
}

// emitJump emits a jump-format instruction (operand bx is the target).
func (c *compiler) emitJump(op Opcode, a int32, l label) {
	i := c.emit(op, a, 0, 0)
	c.u.instrs[i].target = l
}

// emitBranch emits a branch instruction and the JUMP word with its target.
func (c *compiler) emitBranch(op Opcode, a, b, cc int32, l label) {
	c.emit(op, a, b, cc)
	c.emitJump(JUMP, 0, l)
}

func (c *compiler) newLabel() label {
	c.u.labels = append(c.u.labels, -1)
	return label(len(c.u.labels) - 1)
}

// bind places l at the next instruction. A label is a join point, so what
// is known about bound locals is forgotten.
func (c *compiler) bind(l label) {
	c.u.labels[l] = int32(len(c.u.instrs))
	clear(c.u.bound)
}

// setLoc attributes the next instructions to p; nodes made up by the
// compiler (no line) keep the current location.
func (c *compiler) setLoc(p *syntax.Pos) {
	if p.Lineno == 0 {
		return
	}
	c.u.loc = Position{int32(p.Lineno), int32(p.EndLineno), int32(p.ColOffset), int32(p.EndColOffset)}
}

// constKey gives constants of distinct types distinct keys, as CPython's
// _PyCode_ConstantKey does (1, 1.0, True and -0.0, 0.0 are distinct).
func constKey(v any) string {
	switch x := v.(type) {
	case nil:
		return "N"
	case bool:
		if x {
			return "T"
		}
		return "F"
	case int64:
		return fmt.Sprintf("i%d", x)
	case *big.Int:
		return "i" + x.String()
	case float64:
		return fmt.Sprintf("f%x", math.Float64bits(x))
	case complex128:
		return fmt.Sprintf("c%x,%x", math.Float64bits(real(x)), math.Float64bits(imag(x)))
	case string:
		return "s" + x
	case syntax.Bytes:
		return "b" + string(x)
	case syntax.Ellipsis:
		return "E"
	case Tuple:
		var b strings.Builder
		b.WriteString("(")
		for _, e := range x {
			k := constKey(e)
			fmt.Fprintf(&b, "%d:%s", len(k), k)
		}
		return b.String()
	case FrozenSet:
		var b strings.Builder
		b.WriteString("{")
		for _, e := range x {
			k := constKey(e)
			fmt.Fprintf(&b, "%d:%s", len(k), k)
		}
		return b.String()
	case *Code:
		return fmt.Sprintf("C%p", x)
	}
	return fmt.Sprintf("?%v", v)
}

// constIndex returns the index of constant v in Consts.
func (c *compiler) constIndex(v any) int32 {
	k := constKey(v)
	if i, ok := c.u.constIdx[k]; ok {
		return i
	}
	i := int32(len(c.u.consts))
	c.u.consts = append(c.u.consts, v)
	c.u.constIdx[k] = i
	return i
}

// nameIndex returns the index of name in Names.
func (c *compiler) nameIndex(name string) int32 {
	if i, ok := c.u.nameIdx[name]; ok {
		return i
	}
	i := int32(len(c.u.names))
	c.u.names = append(c.u.names, name)
	c.u.nameIdx[name] = i
	return i
}

func (c *compiler) emitConst(op Opcode, a int32, v any) {
	c.emit(op, a, c.constIndex(v), 0)
}

func (c *compiler) emitName(op Opcode, a int32, name string) {
	c.emit(op, a, c.nameIndex(name), 0)
}

// loadConst loads constant v into r, with the short forms for singletons.
func (c *compiler) loadConst(r int32, v any) {
	switch v {
	case nil:
		c.emit(LOAD_NONE, r, 0, 0)
	case true:
		c.emit(LOAD_TRUE, r, 0, 0)
	case false:
		c.emit(LOAD_FALSE, r, 0, 0)
	default:
		c.emitConst(LOAD_CONST, r, v)
	}
}

// move copies src into dst unless they are the same register.
func (c *compiler) move(dst, src int32) {
	if dst != src {
		c.emit(MOVE, dst, src, 0)
	}
}

// docstring returns the docstring of a body.
func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := e.Value.(*syntax.Constant); ok {
			if s, ok := k.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}
