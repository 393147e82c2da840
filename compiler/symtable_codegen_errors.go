// This file defines CheckCodegen: the SyntaxErrors that CPython 3.11's code
// generator (Python/compile.c) raises after the symbol table is built, such
// as "'return' outside function" or "'break' outside loop", found by a walk
// that visits the tree in the code generator's order and tracks its "current
// location", so that the first error and its position are CPython's.
//
// The code generator can call CheckCodegen before emitting anything and then
// assume a tree free of these errors. SyntaxWarnings (e.g. "is" with a
// literal) are not reported here.
//
// One known difference: for `except E as __debug__`, CPython's compile.c
// ignores the error of storing the name, which then surfaces (or is replaced
// by a later error) only when the generator next adds a new constant or
// name to its tables; CheckCodegen reports it at once, at the handler.

package compiler

import (
	"fmt"

	"krait/syntax"
)

// CodegenOptions are the compile() settings that change which errors the
// code generator raises.
type CodegenOptions struct {
	// Optimize is compile()'s optimize level; from 1 on, assert statements
	// are not compiled (so errors inside them are not raised).
	Optimize int
	// TopLevelAwait is PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for, async
	// with and async comprehensions are allowed at module level.
	TopLevelAwait bool
	// Warnings, if not nil, receives the SyntaxWarnings the generator
	// issues before its first error (codegen_warnings.go).
	Warnings *[]syntax.Warning
}

// scopeKind is the kind of code object being generated (CPython's
// COMPILER_SCOPE_*), which decides where await and yield from may appear.
type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// fblockKind is the kind of a frame block (CPython's enum fblocktype): the
// statically nested constructs that break, continue and return unwind.
type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
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

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

type fblock struct {
	kind    fblockKind
	finally []syntax.Stmt // the finally body of fbFinallyTry
}

// unit is one code object being generated.
type unit struct {
	blk     *Block
	scope   scopeKind
	loc     syntax.Pos // CPython's u_lineno, u_col_offset, ...
	fblocks []fblock
}

// unsetLoc is the location UNSET_LOC leaves: every field -1.
var unsetLoc = syntax.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}

type checker struct {
	st          *SymbolTable
	opts        CodegenOptions
	futureLine  int // CPython's ff_lineno: the line of the last leading future import
	interactive bool
	u           *unit
	units       []*unit // the code objects being generated, innermost last
	pool        []*unit // units allocated so far, for reuse
	err         *syntax.SyntaxError
}

// CheckCodegen returns the first SyntaxError that CPython 3.11's code
// generator would raise for mod, whose symbol table is st, or nil. Like
// BuildSymtable's, its offsets are UTF-8 columns plus one, and Text is left
// for the caller. CPython runs its AST optimizer before the symbol table;
// the only folding that changes these errors (negative and complex numbers
// in match patterns) is done here.
func CheckCodegen(mod syntax.Mod, st *SymbolTable, opts CodegenOptions) *syntax.SyntaxError {
	c := &checker{st: st, opts: opts, futureLine: futureLineno(mod)}
	c.enter(st.Top, scopeModule, 1)
	switch m := mod.(type) {
	case *syntax.Module:
		c.body(m.Body)
	case *syntax.Interactive:
		c.interactive = true
		c.stmts(m.Body)
	case *syntax.Expression:
		c.expr(m.Body)
	}
	return c.err
}

// fail records an error at the current location.
func (c *checker) fail(msg string) {
	if c.err != nil {
		return
	}
	l := c.u.loc
	c.err = &syntax.SyntaxError{Msg: msg, Filename: c.st.Filename, Lineno: l.Lineno,
		Offset: l.ColOffset + 1, EndLineno: l.EndLineno, EndOffset: l.EndColOffset + 1}
}

func (c *checker) failf(format string, args ...any) { c.fail(fmt.Sprintf(format, args...)) }

// enter starts a code object, reusing the units of finished ones.
func (c *checker) enter(blk *Block, scope scopeKind, firstLine int) {
	depth := len(c.units)
	if depth == len(c.pool) {
		c.pool = append(c.pool, &unit{})
	}
	u := c.pool[depth]
	*u = unit{blk: blk, scope: scope, fblocks: u.fblocks[:0],
		loc: syntax.Pos{Lineno: firstLine, EndLineno: firstLine}}
	c.units = append(c.units, u)
	c.u = u
}

func (c *checker) exit() {
	c.units = c.units[:len(c.units)-1]
	c.u = c.units[len(c.units)-1]
}

func (c *checker) setLoc(p *syntax.Pos) { c.u.loc = *p }

func (c *checker) push(kind fblockKind, f fblock) bool {
	if len(c.u.fblocks) >= maxBlocks {
		c.fail("too many statically nested blocks")
		return false
	}
	f.kind = kind
	c.u.fblocks = append(c.u.fblocks, f)
	return true
}

func (c *checker) pop() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// topLevelAwait is CPython's IS_TOP_LEVEL_AWAIT.
func (c *checker) topLevelAwait() bool {
	return c.opts.TopLevelAwait && c.u.blk.Type == ModuleBlock
}

// forbidden reports assignments and deletions of __debug__.
func (c *checker) forbidden(name string, ctx syntax.ExprContext) bool {
	if name != "__debug__" || ctx == syntax.Load {
		return false
	}
	if ctx == syntax.Store {
		c.fail("cannot assign to __debug__")
	} else {
		c.fail("cannot delete __debug__")
	}
	return true
}

// body compiles a module or class body (its docstring is an expression
// like any other here).
func (c *checker) body(list []syntax.Stmt) {
	if c.u.scope == scopeModule && len(list) > 0 {
		c.setLoc(list[0].GetPos())
	}
	c.stmts(list)
}

func (c *checker) stmts(list []syntax.Stmt) {
	for _, s := range list {
		if c.err != nil {
			return
		}
		c.stmt(s)
	}
}

func (c *checker) exprs(list []syntax.Expr) {
	for _, e := range list {
		if c.err != nil {
			return
		}
		if e != nil {
			c.expr(e)
		}
	}
}

func (c *checker) stmt(s syntax.Stmt) {
	c.setLoc(s.GetPos())
	switch s := s.(type) {
	case *syntax.FunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, scopeFunction)
	case *syntax.AsyncFunctionDef:
		c.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, scopeAsyncFunction)
	case *syntax.ClassDef:
		c.class(s)
	case *syntax.Return:
		c.returnStmt(s)
	case *syntax.Delete:
		c.exprs(s.Targets)
	case *syntax.Assign:
		c.expr(s.Value)
		c.exprs(s.Targets)
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		c.annAssign(s)
	case *syntax.For:
		if c.push(fbForLoop, fblock{}) {
			c.expr(s.Iter)
			c.expr(s.Target)
			c.stmts(s.Body)
			c.pop()
			c.stmts(s.Orelse)
		}
	case *syntax.AsyncFor:
		c.asyncFor(s)
	case *syntax.While:
		if c.push(fbWhileLoop, fblock{}) {
			c.jumpIf(s.Test)
			c.stmts(s.Body)
			c.pop()
			c.stmts(s.Orelse)
		}
	case *syntax.If:
		c.jumpIf(s.Test)
		c.stmts(s.Body)
		c.stmts(s.Orelse)
	case *syntax.Match:
		c.match(s)
	case *syntax.Raise:
		if s.Exc != nil {
			c.expr(s.Exc)
			if s.Cause != nil {
				c.expr(s.Cause)
			}
		}
	case *syntax.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Finalbody, func() { c.tryExcept(s) }, len(s.Handlers) > 0, s.Body)
		} else {
			c.tryExcept(s)
		}
	case *syntax.TryStar:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s.Finalbody, func() { c.tryStarExcept(s) }, len(s.Handlers) > 0, s.Body)
		} else {
			c.tryStarExcept(s)
		}
	case *syntax.Assert:
		c.checkAssert(s.Test)
		if c.opts.Optimize == 0 {
			c.jumpIf(s.Test)
			if s.Msg != nil {
				c.expr(s.Msg)
			}
		}
	case *syntax.Import:
		c.importStmt(s)
	case *syntax.ImportFrom:
		c.importFrom(s)
	case *syntax.ExprStmt:
		if _, ok := s.Value.(*syntax.Constant); !ok || c.interactive && len(c.units) == 1 {
			c.expr(s.Value)
		}
	case *syntax.Break:
		c.breakStmt(true)
	case *syntax.Continue:
		c.breakStmt(false)
	case *syntax.With:
		c.with(s.Items, s.Body, fbWith)
	case *syntax.AsyncWith:
		if c.topLevelAwait() || c.u.scope == scopeAsyncFunction {
			c.with(s.Items, s.Body, fbAsyncWith)
		} else {
			c.fail("'async with' outside async function")
		}
	}
}

// checkDebugArgs rejects parameters named __debug__.
func (c *checker) checkDebugArgs(a *syntax.Arguments) bool {
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, {a.Vararg}, a.Kwonlyargs, {a.Kwarg}} {
		for _, arg := range list {
			if arg != nil && c.forbidden(arg.Arg, syntax.Store) {
				return false
			}
		}
	}
	return true
}

func (c *checker) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, scope scopeKind) {
	if !c.checkDebugArgs(args) {
		return
	}
	c.exprs(decorators)
	first := s.GetPos().Lineno
	if len(decorators) > 0 {
		first = decorators[0].GetPos().Lineno
	}
	c.defaults(args)
	c.annotations(args, returns)
	if c.err != nil {
		return
	}
	c.enter(c.st.Lookup(s), scope, first)
	if hasDocstring(body) {
		body = body[1:]
	}
	c.stmts(body)
	c.exit()
	if c.err == nil {
		c.forbidden(name, syntax.Store)
	}
}

// defaults visits positional defaults, then keyword-only ones.
func (c *checker) defaults(a *syntax.Arguments) {
	c.exprs(a.Defaults)
	c.exprs(a.KwDefaults)
}

// annotations visits a def's annotations in compile.c's order (which
// differs from the symbol table's), unless they are postponed.
func (c *checker) annotations(a *syntax.Arguments, returns syntax.Expr) {
	if c.st.Future&FutureAnnotations != 0 {
		return
	}
	ann := func(arg *syntax.Arg) {
		if arg == nil || arg.Annotation == nil {
			return
		}
		if st, ok := arg.Annotation.(*syntax.Starred); ok {
			c.expr(st.Value) // *args: *Ts
		} else {
			c.expr(arg.Annotation)
		}
	}
	for _, list := range [][]*syntax.Arg{a.Args, a.Posonlyargs, {a.Vararg}, a.Kwonlyargs, {a.Kwarg}} {
		for _, arg := range list {
			ann(arg)
		}
	}
	if returns != nil {
		c.expr(returns)
	}
}

func (c *checker) class(s *syntax.ClassDef) {
	c.exprs(s.DecoratorList)
	if c.err != nil {
		return
	}
	first := s.Lineno
	if len(s.DecoratorList) > 0 {
		first = s.DecoratorList[0].GetPos().Lineno
	}
	c.enter(c.st.Lookup(s), scopeClass, first)
	c.body(s.Body)
	c.exit()
	if c.err == nil {
		c.callHelper(s.Bases, s.Keywords)
	}
	if c.err == nil {
		c.forbidden(s.Name, syntax.Store)
	}
}

func (c *checker) returnStmt(s *syntax.Return) {
	if c.u.blk.Type != FunctionBlock {
		c.fail("'return' outside function")
		return
	}
	if s.Value != nil && c.u.blk.Coroutine && c.u.blk.Generator {
		c.fail("'return' with value in async generator")
		return
	}
	_, constant := s.Value.(*syntax.Constant)
	preserve := s.Value != nil && !constant
	if preserve {
		c.expr(s.Value)
	} else if s.Value != nil {
		c.setLoc(s.Value.GetPos())
	}
	if s.Value == nil || s.Value.GetPos().Lineno != s.Lineno {
		c.setLoc(&s.Pos)
	}
	if c.err == nil {
		c.unwind(preserve, false)
	}
}

// breakStmt compiles break (or continue).
func (c *checker) breakStmt(isBreak bool) {
	saved := c.u.loc
	found, ok := c.unwind(false, true)
	if !ok || found {
		return
	}
	c.u.loc = saved
	if isBreak {
		c.fail("'break' outside loop")
	} else {
		c.fail("'continue' not properly in loop")
	}
}

// unwind mimics compiler_unwind_fblock_stack: it walks the frame blocks
// from the innermost, compiling finally bodies again on the way out, until
// a loop if wantLoop. It reports whether a loop was found, and false for ok
// on error.
func (c *checker) unwind(preserve, wantLoop bool) (found, ok bool) {
	n := len(c.u.fblocks)
	if n == 0 {
		return false, true
	}
	top := c.u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		c.fail("'break', 'continue' and 'return' cannot appear in an except* block")
		return false, false
	}
	if wantLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return true, true
	}
	c.u.fblocks = c.u.fblocks[:n-1]
	switch top.kind {
	case fbFinallyTry:
		if preserve && !c.push(fbPopValue, fblock{}) {
			return false, false
		}
		c.stmts(top.finally)
		if preserve && c.err == nil {
			c.pop()
		}
		c.u.loc = unsetLoc
	case fbWith, fbAsyncWith:
		c.u.loc = unsetLoc // after the __exit__ call, which cannot fail
	}
	if c.err != nil {
		return false, false
	}
	found, ok = c.unwind(preserve, wantLoop)
	c.u.fblocks = append(c.u.fblocks[:n-1], top)
	return found, ok
}

func (c *checker) tryFinally(final []syntax.Stmt, handlers func(), hasHandlers bool, body []syntax.Stmt) {
	if !c.push(fbFinallyTry, fblock{finally: final}) {
		return
	}
	if hasHandlers {
		handlers()
	} else {
		c.stmts(body)
	}
	if c.err != nil {
		return
	}
	c.pop()
	c.stmts(final)
	c.u.loc = unsetLoc
	if c.err == nil && c.push(fbFinallyEnd, fblock{}) {
		c.stmts(final)
		c.pop()
	}
}

func (c *checker) tryExcept(s *syntax.Try) {
	if !c.push(fbTryExcept, fblock{}) {
		return
	}
	c.stmts(s.Body)
	c.pop()
	c.stmts(s.Orelse)
	if c.err != nil {
		return
	}
	c.u.loc = unsetLoc
	if !c.push(fbExceptionHandler, fblock{}) {
		return
	}
	for i, h := range s.Handlers {
		c.setLoc(&h.Pos)
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.fail("default 'except:' must be last")
			return
		}
		if h.Type != nil {
			c.expr(h.Type)
		}
		if h.Name != "" && c.err == nil && c.forbidden(h.Name, syntax.Store) {
			return
		}
		if c.err != nil || !c.push(fbHandlerCleanup, fblock{}) {
			return
		}
		c.stmts(h.Body)
		c.pop()
		c.u.loc = unsetLoc
	}
	c.pop()
}

func (c *checker) tryStarExcept(s *syntax.TryStar) {
	if !c.push(fbTryExcept, fblock{}) {
		return
	}
	c.stmts(s.Body)
	c.pop()
	if c.err != nil {
		return
	}
	c.u.loc = unsetLoc
	if !c.push(fbExceptionGroupHandler, fblock{}) {
		return
	}
	for _, h := range s.Handlers {
		c.setLoc(&h.Pos)
		if h.Type != nil {
			c.expr(h.Type)
		}
		if h.Name != "" && c.err == nil && c.forbidden(h.Name, syntax.Store) {
			return
		}
		if c.err != nil || !c.push(fbHandlerCleanup, fblock{}) {
			return
		}
		c.stmts(h.Body)
		c.pop()
		c.u.loc = unsetLoc
	}
	if c.err != nil {
		return
	}
	c.pop()
	c.stmts(s.Orelse)
}

func (c *checker) asyncFor(s *syntax.AsyncFor) {
	if !c.topLevelAwait() && c.u.scope != scopeAsyncFunction {
		c.fail("'async for' outside async function")
		return
	}
	c.expr(s.Iter)
	if c.err != nil || !c.push(fbForLoop, fblock{}) {
		return
	}
	c.expr(s.Target)
	c.stmts(s.Body)
	c.pop()
	c.stmts(s.Orelse)
}

// with compiles the items of a with statement one inside the other.
func (c *checker) with(items []*syntax.WithItem, body []syntax.Stmt, kind fblockKind) {
	for i, it := range items {
		if i > 0 && kind == fbAsyncWith && !c.topLevelAwait() && c.u.scope != scopeAsyncFunction {
			c.fail("'async with' outside async function")
			return
		}
		c.expr(it.ContextExpr)
		if c.err != nil || !c.push(kind, fblock{}) {
			return
		}
		if it.OptionalVars != nil {
			c.expr(it.OptionalVars)
		}
	}
	c.stmts(body)
	if c.err == nil {
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-len(items)]
	}
}

func (c *checker) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		name := a.Asname
		if name == "" {
			name = a.Name
			for i := 0; i < len(name); i++ {
				if name[i] == '.' {
					name = name[:i]
					break
				}
			}
		}
		if c.forbidden(name, syntax.Store) {
			return
		}
	}
}

func (c *checker) importFrom(s *syntax.ImportFrom) {
	if s.Lineno > c.futureLine && s.Module == "__future__" {
		c.fail("from __future__ imports must occur at the beginning of the file")
		return
	}
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			return
		}
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		if c.forbidden(name, syntax.Store) {
			return
		}
	}
}

func (c *checker) augAssign(s *syntax.AugAssign) {
	saved := c.u.loc
	c.setLoc(s.Target.GetPos())
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		c.expr(t.Value)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
	}
	c.u.loc = saved
	c.expr(s.Value)
	if c.err != nil {
		return
	}
	c.setLoc(s.Target.GetPos())
	if t, ok := s.Target.(*syntax.Name); ok {
		c.forbidden(t.Id, syntax.Store)
	}
}

func (c *checker) annAssign(s *syntax.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.expr(s.Target)
	}
	if c.err != nil {
		return
	}
	moduleOrClass := c.u.scope == scopeModule || c.u.scope == scopeClass
	future := c.st.Future&FutureAnnotations != 0
	switch t := s.Target.(type) {
	case *syntax.Name:
		if c.forbidden(t.Id, syntax.Store) {
			return
		}
		if s.Simple != 0 && moduleOrClass && !future {
			c.expr(s.Annotation)
		}
	case *syntax.Attribute:
		if c.forbidden(t.Attr, syntax.Store) {
			return
		}
		if s.Value == nil {
			c.expr(t.Value)
		}
	case *syntax.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.annSubscript(t.Slice)
		}
	}
	if s.Simple == 0 && !future && moduleOrClass && c.err == nil {
		c.expr(s.Annotation)
	}
}

// annSubscript is check_ann_subscr: the parts of an annotated subscript
// target that are evaluated.
func (c *checker) annSubscript(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.Slice:
		for _, part := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				c.expr(part)
			}
		}
	case *syntax.Tuple:
		for _, elt := range e.Elts {
			c.annSubscript(elt)
		}
	default:
		c.expr(e)
	}
}

// jumpIf visits a condition as compiler_jump_if does, which leaves the
// location of a chained comparison set.
func (c *checker) jumpIf(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			c.jumpIf(e.Operand)
			return
		}
	case *syntax.BoolOp:
		for _, v := range e.Values {
			if c.err == nil {
				c.jumpIf(v)
			}
		}
		return
	case *syntax.IfExp:
		c.jumpIf(e.Test)
		if c.err == nil {
			c.jumpIf(e.Body)
		}
		if c.err == nil {
			c.jumpIf(e.Orelse)
		}
		return
	case *syntax.Compare:
		if len(e.Ops) > 1 {
			c.setLoc(&e.Pos)
			c.checkCompare(e)
			c.expr(e.Left)
			c.exprs(e.Comparators)
			return
		}
	}
	c.expr(e)
}
