// This file defines BuildSymtable and the bookkeeping of its first pass:
// opening blocks, recording a name's flags (mangled inside classes), and the
// SyntaxErrors that recording can raise.

package compiler

import (
	"fmt"

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
	slabs     int // block slabs carved so far (slabLen)
}

// Slab sizes: the initial capacity given to each block's Symbols and
// Varnames and Children (more grows them with append), and how many of each
// a slab holds.
const (
	firstSymbols  = 8
	firstVarnames = 4
	firstChildren = 4
	slabBlocks    = 32
	// firstSlabBlocks is the size of a builder's first block slab.
	firstSlabBlocks = 2
)

// newBlock returns a zeroed block with room for its first symbols.
func (b *builder) newBlock() *Block {
	if len(b.blockSlab) == 0 {
		b.blockSlab = make([]Block, b.slabLen())
	}
	blk := &b.blockSlab[0]
	b.blockSlab = b.blockSlab[1:]
	if len(b.symSlab) < firstSymbols {
		b.symSlab = make([]Symbol, firstSymbols*len(b.blockSlab)+firstSymbols)
	}
	blk.Symbols = b.symSlab[:0:firstSymbols]
	b.symSlab = b.symSlab[firstSymbols:]
	return blk
}

// slabLen is the number of blocks in the next block slab: the first holds
// firstSlabBlocks, since most sources compiled at run time (-c, exec and
// eval of a line, a .pth file's import line) have one or two scopes and a
// full slab of blocks and symbols was ~14 KB of fresh memory each.
func (b *builder) slabLen() int {
	b.slabs++
	if b.slabs == 1 {
		return firstSlabBlocks
	}
	return slabBlocks
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
// CPython reads it back from the file when there is one. A *FunctionType
// tree (compile()'s "func_type" mode only makes trees) is refused.
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
