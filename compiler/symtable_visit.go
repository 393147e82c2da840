// This file defines the first pass of BuildSymtable: a walk over the tree
// that opens a Block per scope and records the raw facts about each name
// (bound here, used here, declared global, a parameter, ...), raising the
// SyntaxErrors that CPython's symtable.c raises while it walks.

package compiler

import (
	"fmt"
	"strings"

	"krait/syntax"
)

// Messages of the errors found while walking the tree.
const (
	msgGlobalParam        = "name '%s' is parameter and global"
	msgNonlocalParam      = "name '%s' is parameter and nonlocal"
	msgGlobalAfterAssign  = "name '%s' is assigned to before global declaration"
	msgNonlocalAfterAssig = "name '%s' is assigned to before nonlocal declaration"
	msgGlobalAfterUse     = "name '%s' is used prior to global declaration"
	msgNonlocalAfterUse   = "name '%s' is used prior to nonlocal declaration"
	msgGlobalAnnot        = "annotated name '%s' can't be global"
	msgNonlocalAnnot      = "annotated name '%s' can't be nonlocal"
	msgImportStar         = "import * only allowed at module level"
	msgDuplicateArgument  = "duplicate argument '%s' in function definition"
	msgCompInClass        = "assignment expression within a comprehension cannot be used in a class body"
	msgCompConflict       = "assignment expression cannot rebind comprehension iteration variable '%s'"
	msgCompInnerConflict  = "comprehension inner loop cannot rebind assignment expression target '%s'"
	msgCompIterExpr       = "assignment expression cannot be used in a comprehension iterable expression"
	msgNotInAnnotation    = "'%s' can not be used within an annotation"
)

// MsgNestingTooDeep is the message of the error BuildSymtable returns for a
// tree nested more than 3000 statements, expressions and patterns deep. It
// comes as a *syntax.SyntaxError without location, but CPython raises
// RecursionError there, and so should the caller. (CPython's limit is 3000
// minus 3 per Python frame active when compile() runs, so it matches a
// script run from the command line exactly.)
const MsgNestingTooDeep = "maximum recursion depth exceeded during compilation"

// maxNesting is CPython 3.11's default recursion limit (1000) times its
// COMPILER_STACK_FRAME_SCALE (3).
const maxNesting = 3000

// builder holds the state of both passes.
type builder struct {
	filename string
	future   FutureFlags
	table    *SymbolTable
	cur      *Block   // the block being filled
	stack    []*Block // the open blocks, innermost last
	top      *Block   // the module block (st_global)
	private  string   // the enclosing class's name, for mangling
	err      *syntax.SyntaxError
	free     []string // scratch for the analysis pass
	depth    int      // statements, expressions and patterns being visited

	// Slabs from which blocks and their first symbols and parameters are
	// carved, so that a typical block costs no allocation of its own.
	blockSlab []Block
	symSlab   []Symbol
	nameSlab  []string
	childSlab []*Block
}

// Slab sizes: the initial capacity given to each block's Symbols and
// Varnames and Children (more grows them with append), and how many of each
// a slab holds.
const (
	firstSymbols  = 8
	firstVarnames = 4
	firstChildren = 4
	slabBlocks    = 32
)

// newBlock returns a zeroed block with room for its first symbols.
func (b *builder) newBlock() *Block {
	if len(b.blockSlab) == 0 {
		b.blockSlab = make([]Block, slabBlocks)
	}
	blk := &b.blockSlab[0]
	b.blockSlab = b.blockSlab[1:]
	if len(b.symSlab) < firstSymbols {
		b.symSlab = make([]Symbol, firstSymbols*slabBlocks)
	}
	blk.Symbols = b.symSlab[:0:firstSymbols]
	b.symSlab = b.symSlab[firstSymbols:]
	return blk
}

// addVarname appends a parameter name to blk.Varnames.
func (b *builder) addVarname(blk *Block, name string) {
	if blk.Varnames == nil {
		if len(b.nameSlab) < firstVarnames {
			b.nameSlab = make([]string, firstVarnames*slabBlocks)
		}
		blk.Varnames = b.nameSlab[:0:firstVarnames]
		b.nameSlab = b.nameSlab[firstVarnames:]
	}
	blk.Varnames = append(blk.Varnames, name)
}

// BuildSymtable builds the symbol table of mod, as CPython 3.11 does before
// generating code, or returns the SyntaxError it would raise. future holds
// the module's __future__ features (from FutureFeatures, or'ed with the
// flags given to compile()); only FutureAnnotations matters here.
//
// Errors are located as CPython locates them: Offset and EndOffset are the
// node's UTF-8 byte columns plus one (CPython does not convert them to code
// points here), and Text is left empty for the caller to fill in, since
// CPython reads it back from the file when there is one.
func BuildSymtable(mod syntax.Mod, filename string, future FutureFlags) (*SymbolTable, *syntax.SyntaxError) {
	b := &builder{filename: filename, future: future}
	b.table = &SymbolTable{Filename: filename, Future: future}
	b.enter("top", ModuleBlock, mod, syntax.Pos{})
	b.top = b.cur
	b.table.Top = b.cur
	switch m := mod.(type) {
	case *syntax.Module:
		b.stmts(m.Body)
	case *syntax.Interactive:
		b.stmts(m.Body)
	case *syntax.Expression:
		b.expr(m.Body)
	case *syntax.FunctionType:
		return nil, &syntax.SyntaxError{Msg: "this compiler does not handle FunctionTypes", Filename: filename}
	}
	b.exit()
	if b.err == nil {
		b.analyze()
	}
	if b.err != nil {
		return nil, b.err
	}
	return b.table, nil
}

// failAt records the first error, located at pos.
func (b *builder) failAt(pos syntax.Pos, msg string) {
	if b.err != nil {
		return
	}
	b.err = &syntax.SyntaxError{
		Class:     syntax.ClassSyntaxError,
		Msg:       msg,
		Filename:  b.filename,
		Lineno:    pos.Lineno,
		Offset:    pos.ColOffset + 1,
		EndLineno: pos.EndLineno,
		EndOffset: pos.EndColOffset + 1,
	}
}

// enter opens a block for node and makes it current.
func (b *builder) enter(name string, typ BlockType, node syntax.Node, pos syntax.Pos) {
	blk := b.newBlock()
	blk.Type, blk.Name, blk.Node, blk.Pos, blk.parent = typ, name, node, pos, b.cur
	if prev := b.cur; prev != nil {
		blk.Nested = prev.Nested || prev.Type == FunctionBlock
		// bpo-37757: no walrus anywhere inside a comprehension's
		// outermost iterable, even in a nested lambda or comprehension.
		blk.compIterExpr = prev.compIterExpr
		if typ != AnnotationBlock {
			if prev.Children == nil {
				if len(b.childSlab) < firstChildren {
					b.childSlab = make([]*Block, firstChildren*slabBlocks)
				}
				prev.Children = b.childSlab[:0:firstChildren]
				b.childSlab = b.childSlab[firstChildren:]
			}
			prev.Children = append(prev.Children, blk)
		}
	}
	if typ != AnnotationBlock {
		b.table.count++
	}
	b.stack = append(b.stack, blk)
	b.cur = blk
}

// exit closes the current block.
func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

// lookup returns the flags of name in the current block.
func (b *builder) lookup(name string) SymbolFlags {
	return b.cur.Flags(Mangle(b.private, name))
}

// addDef records flag for name in the current block.
func (b *builder) addDef(name string, flag SymbolFlags, pos syntax.Pos) {
	b.addDefIn(b.cur, name, flag, pos)
}

// addDefIn records flag for name in blk (CPython's symtable_add_def_helper).
func (b *builder) addDefIn(blk *Block, name string, flag SymbolFlags, pos syntax.Pos) {
	mangled := Mangle(b.private, name)
	i := blk.find(mangled)
	val := flag
	if i >= 0 {
		old := blk.Symbols[i].Flags
		if flag&DefParam != 0 && old&DefParam != 0 {
			b.failAt(pos, fmt.Sprintf(msgDuplicateArgument, name))
			return
		}
		val |= old
	}
	if blk.compIterTarg {
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.failAt(pos, fmt.Sprintf(msgCompInnerConflict, name))
			return
		}
		val |= DefCompIter
	}
	if i >= 0 {
		blk.Symbols[i].Flags = val
	} else {
		blk.add(Symbol{Name: mangled, Flags: val})
	}
	if flag&DefParam != 0 {
		b.addVarname(blk, mangled)
	} else if flag&DefGlobal != 0 {
		// The module records every global declaration too.
		if j := b.top.find(mangled); j >= 0 {
			b.top.Symbols[j].Flags |= flag
		} else {
			b.top.add(Symbol{Name: mangled, Flags: flag})
		}
	}
}

// recordDirective remembers where a global or nonlocal name was declared.
func (b *builder) recordDirective(name string, pos syntax.Pos) {
	b.cur.directives = append(b.cur.directives, directive{Mangle(b.private, name), pos})
}

func (b *builder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		if b.err != nil {
			return
		}
		b.stmt(s)
	}
}

func (b *builder) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil { // Dict.Keys and KwDefaults hold nil entries
			b.expr(e)
		}
	}
}

// enterNode counts one level of tree nesting, failing as CPython does past
// maxNesting levels; leaveNode undoes it.
func (b *builder) enterNode() bool {
	b.depth++
	if b.depth > maxNesting {
		if b.err == nil {
			b.err = &syntax.SyntaxError{Msg: MsgNestingTooDeep, Filename: b.filename}
		}
		return false
	}
	return true
}

func (b *builder) leaveNode() { b.depth-- }

func (b *builder) stmt(s syntax.Stmt) {
	if b.err != nil || !b.enterNode() {
		return
	}
	b.visitStmt(s)
	b.leaveNode()
}

func (b *builder) visitStmt(s syntax.Stmt) {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *syntax.AsyncFunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *syntax.ClassDef:
		b.class(s)
	case *syntax.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		b.exprs(s.Targets)
	case *syntax.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *syntax.AnnAssign:
		b.annAssign(s)
	case *syntax.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *syntax.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.AsyncFor:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *syntax.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *syntax.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			if s.Cause != nil {
				b.expr(s.Cause)
			}
		}
	case *syntax.Try:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.TryStar:
		b.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *syntax.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *syntax.Import:
		b.aliases(s.Names)
	case *syntax.ImportFrom:
		b.aliases(s.Names)
	case *syntax.Global:
		b.declare(s.Pos, s.Names, DefGlobal)
	case *syntax.Nonlocal:
		b.declare(s.Pos, s.Names, DefNonlocal)
	case *syntax.ExprStmt:
		b.expr(s.Value)
	case *syntax.With:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.AsyncWith:
		b.withItems(s.Items)
		b.stmts(s.Body)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	}
}

// function visits a def: the name, defaults, annotations and decorators in
// the enclosing block, then parameters and body in a new one.
func (b *builder) function(s syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	pos := *s.GetPos()
	b.addDef(name, DefLocal, pos)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(s, args, returns)
	b.exprs(decorators)
	if b.err != nil {
		return
	}
	b.enter(name, FunctionBlock, s, pos)
	b.cur.Coroutine = async
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

func (b *builder) class(s *syntax.ClassDef) {
	b.addDef(s.Name, DefLocal, s.Pos)
	b.exprs(s.Bases)
	for _, k := range s.Keywords {
		b.expr(k.Value)
	}
	b.exprs(s.DecoratorList)
	if b.err != nil {
		return
	}
	b.enter(s.Name, ClassBlock, s, s.Pos)
	saved := b.private
	b.private = s.Name
	b.stmts(s.Body)
	b.private = saved
	b.exit()
}

func (b *builder) annAssign(s *syntax.AnnAssign) {
	if name, ok := s.Target.(*syntax.Name); ok {
		cur := b.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && s.Simple != 0 {
			msg := msgNonlocalAnnot
			if cur&DefGlobal != 0 {
				msg = msgGlobalAnnot
			}
			b.failAt(s.Pos, fmt.Sprintf(msg, name.Id))
			return
		}
		if s.Simple != 0 {
			b.addDef(name.Id, DefAnnot|DefLocal, name.Pos)
		} else if s.Value != nil {
			b.addDef(name.Id, DefLocal, name.Pos)
		}
	} else {
		b.expr(s.Target)
	}
	b.annotation(s.Annotation)
	if s.Value != nil {
		b.expr(s.Value)
	}
}

func (b *builder) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt) {
	b.stmts(body)
	b.stmts(orelse) // before the handlers, as in CPython 3.11
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
	b.stmts(final)
}

func (b *builder) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

// declare handles global and nonlocal statements.
func (b *builder) declare(pos syntax.Pos, names []string, flag SymbolFlags) {
	for _, name := range names {
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			global := flag == DefGlobal
			var msg string
			switch {
			case cur&DefParam != 0:
				msg = pick(global, msgGlobalParam, msgNonlocalParam)
			case cur&Use != 0:
				msg = pick(global, msgGlobalAfterUse, msgNonlocalAfterUse)
			case cur&DefAnnot != 0:
				msg = pick(global, msgGlobalAnnot, msgNonlocalAnnot)
			default:
				msg = pick(global, msgGlobalAfterAssign, msgNonlocalAfterAssig)
			}
			b.failAt(pos, fmt.Sprintf(msg, name))
			return
		}
		b.addDef(name, flag, pos)
		b.recordDirective(name, pos)
	}
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}

// aliases binds the names of an import.
func (b *builder) aliases(names []*syntax.Alias) {
	for _, a := range names {
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		if name == "*" {
			if b.cur.Type != ModuleBlock {
				b.failAt(a.Pos, msgImportStar)
				return
			}
			continue
		}
		if dot := strings.IndexByte(name, '.'); dot >= 0 {
			name = name[:dot]
		}
		b.addDef(name, DefImport, a.Pos)
	}
}

// arguments binds the parameters, in CPython's order.
func (b *builder) arguments(a *syntax.Arguments) {
	b.params(a.Posonlyargs)
	b.params(a.Args)
	b.params(a.Kwonlyargs)
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.Varargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.Varkeywords = true
	}
}

func (b *builder) params(args []*syntax.Arg) {
	for _, a := range args {
		b.addDef(a.Arg, DefParam, a.Pos)
	}
}

// annotations visits a def's parameter and return annotations. Under
// `from __future__ import annotations` they go to throw-away blocks, since
// they are compiled to strings.
func (b *builder) annotations(s syntax.Stmt, a *syntax.Arguments, returns syntax.Expr) {
	future := b.future&FutureAnnotations != 0
	if future {
		b.enter("_annotation", AnnotationBlock, s, *s.GetPos())
	}
	b.argAnnotations(a.Posonlyargs)
	b.argAnnotations(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	b.argAnnotations(a.Kwonlyargs)
	if future {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

func (b *builder) argAnnotations(args []*syntax.Arg) {
	for _, a := range args {
		if a.Annotation != nil {
			b.expr(a.Annotation)
		}
	}
}

func (b *builder) annotation(e syntax.Expr) {
	if b.future&FutureAnnotations == 0 {
		b.expr(e)
		return
	}
	b.enter("_annotation", AnnotationBlock, e, *e.GetPos())
	b.expr(e)
	b.exit()
}

func (b *builder) expr(e syntax.Expr) {
	if b.err != nil || !b.enterNode() {
		return
	}
	b.visitExpr(e)
	b.leaveNode()
}

func (b *builder) visitExpr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		b.namedExpr(e)
	case *syntax.BoolOp:
		b.exprs(e.Values)
	case *syntax.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *syntax.UnaryOp:
		b.expr(e.Operand)
	case *syntax.Lambda:
		b.exprs(e.Args.Defaults)
		b.exprs(e.Args.KwDefaults)
		if b.err != nil {
			return
		}
		b.enter("lambda", FunctionBlock, e, e.Pos)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *syntax.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *syntax.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *syntax.Set:
		b.exprs(e.Elts)
	case *syntax.GeneratorExp:
		b.comprehension(e, "genexpr", GeneratorExpression, e.Generators, e.Elt, nil)
	case *syntax.ListComp:
		b.comprehension(e, "listcomp", ListComprehension, e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(e, "setcomp", SetComprehension, e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(e, "dictcomp", DictComprehension, e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if b.notInAnnotation("yield expression", e.Pos) {
			if e.Value != nil {
				b.expr(e.Value)
			}
			b.yield(e.Pos)
		}
	case *syntax.YieldFrom:
		if b.notInAnnotation("yield expression", e.Pos) {
			b.expr(e.Value)
			b.yield(e.Pos)
		}
	case *syntax.Await:
		if b.notInAnnotation("await expression", e.Pos) {
			b.expr(e.Value)
			b.cur.Coroutine = true
		}
	case *syntax.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *syntax.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		for _, k := range e.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(e.Value)
		if e.FormatSpec != nil {
			b.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(e.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		b.expr(e.Value)
	case *syntax.Subscript:
		b.expr(e.Value)
		b.expr(e.Slice)
	case *syntax.Starred:
		b.expr(e.Value)
	case *syntax.Slice:
		if e.Lower != nil {
			b.expr(e.Lower)
		}
		if e.Upper != nil {
			b.expr(e.Upper)
		}
		if e.Step != nil {
			b.expr(e.Step)
		}
	case *syntax.Name:
		b.name(e)
	case *syntax.List:
		b.exprs(e.Elts)
	case *syntax.Tuple:
		b.exprs(e.Elts)
	}
}

func (b *builder) name(e *syntax.Name) {
	flag := DefLocal
	if e.Ctx == syntax.Load {
		flag = Use
	}
	b.addDef(e.Id, flag, e.Pos)
	// super() needs the class cell: count it as a use of __class__.
	if e.Ctx == syntax.Load && b.cur.Type == FunctionBlock && e.Id == "super" {
		b.addDef("__class__", Use, e.Pos)
	}
}

// notInAnnotation fails if the current block is an annotation.
func (b *builder) notInAnnotation(what string, pos syntax.Pos) bool {
	if b.cur.Type == AnnotationBlock {
		b.failAt(pos, fmt.Sprintf(msgNotInAnnotation, what))
		return false
	}
	return true
}

// yield marks the current block a generator; comprehensions cannot yield.
func (b *builder) yield(pos syntax.Pos) {
	b.cur.Generator = true
	var what string
	switch b.cur.Comprehension {
	case NoComprehension:
		return
	case ListComprehension:
		what = "list comprehension"
	case SetComprehension:
		what = "set comprehension"
	case DictComprehension:
		what = "dict comprehension"
	default:
		what = "generator expression"
	}
	b.failAt(pos, "'yield' inside "+what)
}

func (b *builder) namedExpr(e *syntax.NamedExpr) {
	if !b.notInAnnotation("named expression", e.Pos) {
		return
	}
	if b.cur.compIterExpr > 0 {
		b.failAt(e.Pos, msgCompIterExpr)
		return
	}
	if b.cur.Comprehension != NoComprehension {
		if target, ok := e.Target.(*syntax.Name); ok {
			b.extendNamedExprScope(target)
		}
	}
	b.expr(e.Value)
	b.expr(e.Target)
}

// extendNamedExprScope makes a walrus inside a comprehension bind its target
// in the nearest enclosing function or module (PEP 572).
func (b *builder) extendNamedExprScope(e *syntax.Name) {
	name := e.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		blk := b.stack[i]
		if blk.Comprehension != NoComprehension {
			if f := blk.Flags(name); f&DefCompIter != 0 && f&DefLocal != 0 {
				b.failAt(e.Pos, fmt.Sprintf(msgCompConflict, name))
				return
			}
			continue
		}
		switch blk.Type {
		case FunctionBlock:
			if blk.Flags(name)&DefGlobal != 0 {
				b.addDef(name, DefGlobal, e.Pos)
			} else {
				b.addDef(name, DefNonlocal, e.Pos)
			}
			b.recordDirective(name, e.Pos)
			b.addDefIn(blk, name, DefLocal, e.Pos)
			return
		case ModuleBlock:
			b.addDef(name, DefGlobal, e.Pos)
			b.recordDirective(name, e.Pos)
			b.addDefIn(blk, name, DefGlobal, e.Pos)
			return
		case ClassBlock:
			b.failAt(e.Pos, msgCompInClass)
			return
		}
	}
}

// comprehension visits a comprehension: its first iterable in the current
// block, the rest in a new function block whose parameter ".0" receives the
// iterator.
func (b *builder) comprehension(e syntax.Expr, name string, kind CompKind,
	gens []*syntax.Comprehension, elt, value syntax.Expr) {
	if len(gens) == 0 {
		return
	}
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	if b.err != nil {
		return
	}
	pos := *e.GetPos()
	b.enter(name, FunctionBlock, e, pos)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.Coroutine = true
	}
	b.addDef(".0", DefParam, pos)
	b.cur.compIterTarg = true
	b.expr(outer.Target)
	b.cur.compIterTarg = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarg = true
		b.expr(g.Target)
		b.cur.compIterTarg = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.Coroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	b.cur.Generator = kind == GeneratorExpression
	async := b.cur.Coroutine && kind != GeneratorExpression
	b.exit()
	// An asynchronous list, set or dict comprehension is awaited where it
	// is evaluated, so the enclosing block becomes a coroutine (3.11).
	if async {
		b.cur.Coroutine = true
	}
}

func (b *builder) pattern(p syntax.Pattern) {
	if b.err != nil || !b.enterNode() {
		return
	}
	b.visitPattern(p)
	b.leaveNode()
}

func (b *builder) visitPattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchValue:
		b.expr(p.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		b.patterns(p.Patterns)
	case *syntax.MatchStar:
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchMapping:
		b.exprs(p.Keys)
		b.patterns(p.Patterns)
		if p.Rest != "" {
			b.addDef(p.Rest, DefLocal, p.Pos)
		}
	case *syntax.MatchClass:
		b.expr(p.Cls)
		b.patterns(p.Patterns)
		b.patterns(p.KwdPatterns)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			b.pattern(p.Pattern)
		}
		if p.Name != "" {
			b.addDef(p.Name, DefLocal, p.Pos)
		}
	case *syntax.MatchOr:
		b.patterns(p.Patterns)
	}
}

func (b *builder) patterns(ps []syntax.Pattern) {
	for _, p := range ps {
		b.pattern(p)
	}
}
