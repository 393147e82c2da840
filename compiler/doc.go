// Package compiler turns a syntax tree (package syntax) into code objects.
//
// Compilation runs in CPython's order: FutureFeatures reads the
// `from __future__ import ...` statements at the top of a module,
// BuildSymtable resolves the scope of every name (CPython 3.11's
// Python/symtable.c), CheckCodegen reports the SyntaxErrors that CPython's
// code generator (Python/compile.c) raises, and the code generator then
// consults the resulting SymbolTable: SymbolTable.Lookup gives the Block of
// a module, class, function, lambda or comprehension node, Block.ScopeOf
// tells whether a (mangled, see Mangle) name is local, global, free or a
// cell there, and Block.CellVars and Block.FreeVars give the closure layout
// in co_cellvars and co_freevars order.
//
// The package imports syntax and never the runtime: what it produces is
// plain data. Every SyntaxError it returns carries CPython's message and
// location for the same source.
package compiler
