// This file defines the symbol table: one Block per module, class, function,
// lambda and comprehension, holding each name's flags and resolved scope, as
// CPython 3.11's Python/symtable.c computes them. The first pass that builds
// it is in symtable_build.go, symtable_visit.go and symtable_expr.go, the
// second in symtable_analyze.go.

package compiler

import (
	"fmt"
	"slices"
	"strings"

	"krait/syntax"
)

// BlockType is the kind of a Block. The values are those of CPython's
// _Py_block_ty, which the symtable module exposes as TYPE_FUNCTION etc.
type BlockType uint8

// The block types.
const (
	FunctionBlock BlockType = iota
	ClassBlock
	ModuleBlock
	// AnnotationBlock holds the names of an annotation under
	// `from __future__ import annotations`; such blocks are never attached
	// to the tree, since those annotations are compiled to strings.
	AnnotationBlock
)

func (t BlockType) String() string {
	switch t {
	case FunctionBlock:
		return "function"
	case ClassBlock:
		return "class"
	case ModuleBlock:
		return "module"
	}
	return "annotation"
}

// SymbolFlags records how a name occurs in a block (CPython's DEF_* bits,
// with the same values).
type SymbolFlags uint16

// The symbol flags.
const (
	DefGlobal    SymbolFlags = 1 << iota // declared global (or bound by a walrus at module level)
	DefLocal                             // bound in the block
	DefParam                             // a parameter
	DefNonlocal                          // declared nonlocal (or bound by a walrus in a comprehension)
	Use                                  // read in the block
	DefFree                              // unused, as in CPython 3.11
	DefFreeClass                         // free in a method, and also bound or used in its class
	DefImport                            // bound by an import
	DefAnnot                             // annotated as a simple name
	DefCompIter                          // a comprehension's iteration variable

	// DefBound is any binding that makes a name local.
	DefBound = DefLocal | DefParam | DefImport
)

var flagNames = [...]string{"DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE",
	"DEF_FREE", "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"}

// String lists the flags with CPython's names, joined by '|'.
func (f SymbolFlags) String() string {
	var b strings.Builder
	for i, n := range flagNames {
		if f&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('|')
			}
			b.WriteString(n)
		}
	}
	if b.Len() == 0 {
		return "0"
	}
	return b.String()
}

// Scope is where a name lives at run time (CPython's LOCAL, GLOBAL_EXPLICIT,
// ... with the same values; 0 means the name does not occur in the block).
type Scope uint8

// The scopes.
const (
	ScopeNone      Scope = iota
	Local                // a fast local, or a name in a class or module namespace
	GlobalExplicit       // declared global
	GlobalImplicit       // not bound in any enclosing function: a global or builtin
	Free                 // bound in an enclosing function: read through a cell
	Cell                 // local, and free in some nested block
)

var scopeNames = [...]string{"NONE", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"}

func (s Scope) String() string {
	if int(s) < len(scopeNames) {
		return scopeNames[s]
	}
	return fmt.Sprintf("Scope(%d)", s)
}

// CompKind says which comprehension a function block implements (CPython's
// _Py_comprehension_ty).
type CompKind uint8

// The comprehension kinds.
const (
	NoComprehension CompKind = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Symbol is one name of a block. Name is mangled when the name is private
// to a class (`__x` in class C is `_C__x`).
type Symbol struct {
	Name  string
	Flags SymbolFlags
	Scope Scope
}

// Block is the symbol table of one scope (CPython's PySTEntryObject).
type Block struct {
	Type BlockType
	// Name is "top" for the module, the class or function name (not
	// mangled), or "lambda", "genexpr", "listcomp", "setcomp", "dictcomp".
	Name string
	// Node is the tree node that opened the block: the syntax.Mod, a
	// *FunctionDef, *AsyncFunctionDef, *ClassDef, *Lambda or comprehension.
	Node syntax.Node
	// Pos is the node's span (zero for the module).
	Pos syntax.Pos
	// Symbols lists the names in the order they were first seen; names that
	// only pass through this block to reach a nested one (scope Free, no
	// flags) come last.
	Symbols []Symbol
	// Varnames lists the parameters in order: positional-only, positional,
	// keyword-only, *args, **kwargs (".0" for a comprehension).
	Varnames []string
	// Children are the nested blocks in source order.
	Children []*Block

	Nested            bool // inside a function, directly or not
	Free              bool // has free variables (or, nested, global reads)
	ChildFree         bool // some nested block has free variables
	Generator         bool // contains yield, or is a generator expression
	Coroutine         bool // async def, await, or async comprehension inside
	ReturnsValue      bool // has `return expr`
	NeedsClassClosure bool // a class whose methods use super() or __class__
	Varargs           bool // has *args
	Varkeywords       bool // has **kwargs
	Comprehension     CompKind

	parent       *Block
	index        map[string]int32 // name → position in Symbols, once there are many
	directives   []directive      // global/nonlocal declarations, for error locations
	compIterExpr int              // >0 while visiting a comprehension's iterable
	compIterTarg bool             // visiting a comprehension's target
}

// directive remembers where a global or nonlocal declaration (or the walrus
// standing for one) was, since analysis errors are reported there.
type directive struct {
	name string
	pos  syntax.Pos
}

// linearLimit is the number of symbols up to which a block finds a name by
// scanning; most blocks stay below it and never allocate an index.
const linearLimit = 8

// find returns the position of name in b.Symbols, or -1.
func (b *Block) find(name string) int {
	if b.index != nil {
		if i, ok := b.index[name]; ok {
			return int(i)
		}
		return -1
	}
	for i := range b.Symbols {
		if b.Symbols[i].Name == name {
			return i
		}
	}
	return -1
}

// add appends a symbol, keeping the index in step.
func (b *Block) add(s Symbol) {
	b.Symbols = append(b.Symbols, s)
	n := len(b.Symbols)
	switch {
	case b.index != nil:
		b.index[s.Name] = int32(n - 1)
	case n > linearLimit:
		b.index = make(map[string]int32, 2*n)
		for i := range b.Symbols {
			b.index[b.Symbols[i].Name] = int32(i)
		}
	}
}

// Lookup returns the symbol called name (already mangled), if any.
func (b *Block) Lookup(name string) (Symbol, bool) {
	if i := b.find(name); i >= 0 {
		return b.Symbols[i], true
	}
	return Symbol{}, false
}

// Flags returns the flags of name in b (0 if absent).
func (b *Block) Flags(name string) SymbolFlags {
	if i := b.find(name); i >= 0 {
		return b.Symbols[i].Flags
	}
	return 0
}

// ScopeOf returns the scope of name in b, or ScopeNone if b does not
// mention it (CPython's _PyST_GetScope).
func (b *Block) ScopeOf(name string) Scope {
	if i := b.find(name); i >= 0 {
		return b.Symbols[i].Scope
	}
	return ScopeNone
}

// CellVars returns the names the block's code keeps in cells, in the order
// of CPython 3.11's co_cellvars: parameters that are cells, in parameter
// order (they keep their argument slot), then the other cells sorted, then
// "__class__" in a class whose methods need it.
func (b *Block) CellVars() []string {
	var names []string
	for _, v := range b.Varnames {
		if b.ScopeOf(v) == Cell {
			names = append(names, v)
		}
	}
	params := len(names)
	for _, s := range b.Symbols {
		if s.Scope == Cell && s.Flags&DefParam == 0 {
			names = append(names, s.Name)
		}
	}
	slices.Sort(names[params:])
	if b.NeedsClassClosure {
		names = append(names, "__class__")
	}
	return names
}

// FreeVars returns the names the block's code receives in its closure,
// sorted, as CPython's co_freevars: free names, and names of a class that
// its methods read from an enclosing function (DefFreeClass).
func (b *Block) FreeVars() []string {
	var names []string
	for _, s := range b.Symbols {
		if s.Scope == Free || s.Flags&DefFreeClass != 0 {
			names = append(names, s.Name)
		}
	}
	slices.Sort(names)
	return names
}

// FunctionLike reports whether the block gets fast locals and closures:
// functions, lambdas and comprehensions.
func (b *Block) FunctionLike() bool { return b.Type == FunctionBlock }

// SymbolTable is the result of BuildSymtable.
type SymbolTable struct {
	Top      *Block // the module block
	Filename string
	Future   FutureFlags
	blocks   map[syntax.Node]*Block // built by Lookup
	count    int                    // number of blocks in the tree
}

// Lookup returns the block opened by node (a *FunctionDef, *ClassDef,
// *Lambda, comprehension, or the module), or nil. The index it needs is
// built on the first call, so concurrent first calls must be synchronized.
func (t *SymbolTable) Lookup(node syntax.Node) *Block {
	if t.blocks == nil {
		t.blocks = make(map[syntax.Node]*Block, t.count)
		var walk func(*Block)
		walk = func(b *Block) {
			t.blocks[b.Node] = b
			for _, c := range b.Children {
				walk(c)
			}
		}
		walk(t.Top)
	}
	return t.blocks[node]
}

// Mangle returns name as it is stored inside class private: a name that
// starts with two underscores and does not end with two, and has no dot,
// becomes "_" + private (without its leading underscores) + name. This is
// CPython's _Py_Mangle; private is "" outside a class.
func Mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// Dump returns the table as text, one line per block (type, name, line,
// whether nested, parameters) followed by one line per symbol (name, flags,
// scope), children indented below their parent. Names that only pass
// through a block come last, sorted, so that the text can be compared with
// what CPython's symtable module reports (testdata/symtable/symdump.py).
func (t *SymbolTable) Dump() string {
	var b strings.Builder
	dumpBlock(&b, t.Top, "")
	return b.String()
}

func dumpBlock(b *strings.Builder, blk *Block, ind string) {
	nested := 0
	if blk.Nested {
		nested = 1
	}
	fmt.Fprintf(b, "%s%s %s line=%d nested=%d varnames=%s\n", ind, blk.Type, blk.Name,
		blk.Pos.Lineno, nested, strings.Join(blk.Varnames, ","))
	var passed []Symbol
	for _, s := range blk.Symbols {
		if s.Flags == 0 {
			passed = append(passed, s)
			continue
		}
		fmt.Fprintf(b, "%s  %s %s %s\n", ind, s.Name, s.Flags, s.Scope)
	}
	slices.SortFunc(passed, func(x, y Symbol) int { return strings.Compare(x.Name, y.Name) })
	for _, s := range passed {
		fmt.Fprintf(b, "%s  %s %s %s\n", ind, s.Name, s.Flags, s.Scope)
	}
	for _, c := range blk.Children {
		dumpBlock(b, c, ind+"    ")
	}
}
