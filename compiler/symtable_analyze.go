// This file defines the second pass of BuildSymtable: deciding the scope of
// every name from the facts the first pass gathered, top down, and turning
// locals that nested blocks read into cells, bottom up.
//
// CPython passes each block copies of the sets of names bound in enclosing
// functions ("bound") and declared global ("global"). Those sets are a pure
// function of the enclosing blocks' already-analyzed symbols, so instead of
// copying them per block we answer membership by walking up the parents
// (inBound, inGlobal); only the free-variable sets flowing back up are
// materialized, in one scratch slice.

package compiler

import "fmt"

// analyze resolves the scopes of the whole tree.
func (b *builder) analyze() {
	b.free = b.free[:0]
	b.analyzeBlock(b.top)
}

// analyzeBlock resolves blk and its children, then leaves the names free in
// blk (its own and those its children need from further out), without
// duplicates, at the end of b.free.
func (b *builder) analyzeBlock(blk *Block) {
	for i := range blk.Symbols {
		b.analyzeName(blk, &blk.Symbols[i])
		if b.err != nil {
			return
		}
	}
	start := len(b.free)
	for _, c := range blk.Children {
		b.analyzeBlock(c)
		if b.err != nil {
			return
		}
		if c.Free || c.ChildFree {
			blk.ChildFree = true
		}
	}
	b.free = b.free[:start+len(dedupe(b.free[start:]))]
	switch blk.Type {
	case FunctionBlock:
		b.makeCells(blk, start)
	case ClassBlock:
		if b.drop(start, "__class__") {
			blk.NeedsClassClosure = true
		}
	}
	b.updateSymbols(blk, start)
	// The block's own free names join those of its children.
	n := len(blk.Symbols)
	for i := 0; i < n; i++ {
		if s := &blk.Symbols[i]; s.Scope == Free && s.Flags != 0 {
			b.free = append(b.free, s.Name)
		}
	}
	b.free = b.free[:start+len(dedupe(b.free[start:]))]
}

// analyzeName decides the scope of one symbol (CPython's analyze_name).
func (b *builder) analyzeName(blk *Block, s *Symbol) {
	flags := s.Flags
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			b.failAtDirective(blk, s.Name, fmt.Sprintf("name '%s' is nonlocal and global", s.Name))
			return
		}
		s.Scope = GlobalExplicit
	case flags&DefNonlocal != 0:
		if blk.Type == ModuleBlock {
			b.failAtDirective(blk, s.Name, "nonlocal declaration not allowed at module level")
			return
		}
		if !inBound(blk, s.Name) {
			b.failAtDirective(blk, s.Name, fmt.Sprintf("no binding for nonlocal '%s' found", s.Name))
			return
		}
		s.Scope = Free
		blk.Free = true
	case flags&DefBound != 0:
		s.Scope = Local
	case inBound(blk, s.Name):
		s.Scope = Free
		blk.Free = true
	case inGlobal(blk, s.Name):
		s.Scope = GlobalImplicit
	default:
		if blk.Nested {
			blk.Free = true
		}
		s.Scope = GlobalImplicit
	}
}

// failAtDirective reports an analysis error at the first global or nonlocal
// declaration of name in blk.
func (b *builder) failAtDirective(blk *Block, name, msg string) {
	for _, d := range blk.directives {
		if d.name == name {
			b.failAt(d.pos, msg)
			return
		}
	}
	b.failAt(blk.Pos, msg)
}

// inBound reports whether name is bound in a function enclosing blk, so that
// blk can reach it through a cell. Class bodies are skipped (their names are
// not visible to nested blocks), except that a class provides __class__.
func inBound(blk *Block, name string) bool {
	for p := blk.parent; p != nil; p = p.parent {
		switch p.Type {
		case ModuleBlock:
			return false
		case ClassBlock:
			if name == "__class__" {
				return true
			}
		default:
			if i := p.find(name); i >= 0 {
				s := p.Symbols[i]
				if s.Scope == Local || s.Scope == Cell {
					return true
				}
				if s.Flags&DefGlobal != 0 {
					return false
				}
			}
		}
	}
	return false
}

// inGlobal reports whether the nearest function or module enclosing blk
// that mentions name declares it global (rather than binding it).
func inGlobal(blk *Block, name string) bool {
	for p := blk.parent; p != nil; p = p.parent {
		if p.Type == ClassBlock {
			continue
		}
		if i := p.find(name); i >= 0 {
			s := p.Symbols[i]
			if s.Flags&DefGlobal != 0 {
				return true
			}
			if s.Scope == Local || s.Scope == Cell {
				return false
			}
		}
	}
	return false
}

// makeCells turns the locals of a function that its children read into
// cells, and removes them from the free names above start.
func (b *builder) makeCells(blk *Block, start int) {
	for i := range blk.Symbols {
		s := &blk.Symbols[i]
		if s.Scope == Local && b.drop(start, s.Name) {
			s.Scope = Cell
		}
	}
}

// drop removes name from b.free[start:], reporting whether it was there.
func (b *builder) drop(start int, name string) bool {
	for i := start; i < len(b.free); i++ {
		if b.free[i] == name {
			last := len(b.free) - 1
			b.free[i] = b.free[last]
			b.free = b.free[:last]
			return true
		}
	}
	return false
}

// updateSymbols records, in blk, the names its children need from further
// out: a class marks those it also binds (DefFreeClass); other blocks gain a
// flagless Free symbol so that the closure can be passed through.
func (b *builder) updateSymbols(blk *Block, start int) {
	for _, name := range b.free[start:] {
		if i := blk.find(name); i >= 0 {
			if f := &blk.Symbols[i].Flags; blk.Type == ClassBlock && *f&(DefBound|DefGlobal) != 0 {
				*f |= DefFreeClass
			}
			continue
		}
		if blk.Type != ModuleBlock && !inBound(blk, name) {
			continue // a global
		}
		blk.add(Symbol{Name: name, Scope: Free})
	}
}

// dedupe removes repeated names from list in place, keeping first ones.
func dedupe(list []string) []string {
	if len(list) < 2 {
		return list
	}
	if len(list) > 32 {
		seen := make(map[string]struct{}, len(list))
		out := list[:0]
		for _, s := range list {
			if _, ok := seen[s]; !ok {
				seen[s] = struct{}{}
				out = append(out, s)
			}
		}
		return out
	}
	out := list[:0]
next:
	for _, s := range list {
		for _, t := range out {
			if s == t {
				continue next
			}
		}
		out = append(out, s)
	}
	return out
}
