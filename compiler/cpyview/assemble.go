// This file defines Code, the CPython 3.11 form of one code object, and
// the assembler that produces it from a unit's basic blocks: the generator
// and cell prefix, cell offsets, the CFG passes, jump offsets with
// EXTENDED_ARG, inline CACHE entries, the location table and the exception
// table.

package cpyview

import "krait/compiler"

// Code is a code object as CPython 3.11 compiles it.
type Code struct {
	Name, QualName  string
	FirstLineNo     int
	Bytecode        []byte
	Consts          []any
	Names           []string
	Varnames        []string
	Cellvars        []string
	Freevars        []string
	LocalsPlusNames []string
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           compiler.CodeFlags
	StackSize       int
	LineTable       []byte
	ExcTable        []byte
	// ScopeLine and ScopeCol are the position of the node that opened the
	// code's scope (zero for a module).
	ScopeLine, ScopeCol int
	// Unsupported, if not empty, is the construct that kept this code
	// object (and those nested in it) from being compiled.
	Unsupported string
}

func (c *comp) codeFlags() compiler.CodeFlags {
	blk := c.u.blk
	var f compiler.CodeFlags
	if blk.Type == compiler.FunctionBlock {
		f |= compiler.CoNewLocals | compiler.CoOptimized
		if blk.Nested {
			f |= compiler.CoNested
		}
		switch {
		case blk.Generator && !blk.Coroutine:
			f |= compiler.CoGenerator
		case !blk.Generator && blk.Coroutine:
			f |= compiler.CoCoroutine
		case blk.Generator && blk.Coroutine:
			f |= compiler.CoAsyncGenerator
		}
		if blk.Varargs {
			f |= compiler.CoVarargs
		}
		if blk.Varkeywords {
			f |= compiler.CoVarkeywords
		}
	}
	f |= compiler.CodeFlags(c.st.Future)
	return f
}

func (c *comp) assemble(addNone bool) *Code {
	u := c.u
	if l := u.cur.last(); l == nil || l.op != RETURN_VALUE {
		u.loc = noLoc
		if addNone {
			c.loadConst(nil)
		}
		c.addop0(RETURN_VALUE)
	}
	flags := c.codeFlags()
	nlocals := len(u.varnames)
	ncells, nfree := len(u.cellvars), len(u.freevars)
	fixed := make([]int, ncells+nfree)
	for i := range fixed {
		fixed[i] = nlocals + i
	}
	for i, name := range u.cellvars {
		if vi, ok := u.varIdx[name]; ok {
			fixed[i] = vi
		}
	}
	entry := u.entry
	c.insertPrefix(entry, fixed, flags)
	// fix_cell_offsets
	dropped := 0
	for i := range fixed {
		if fixed[i] == i+nlocals {
			fixed[i] -= dropped
		} else {
			dropped++
		}
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			switch in := &b.instrs[i]; in.op {
			case MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLASSDEREF:
				in.arg = fixed[in.arg]
			}
		}
	}
	c.optimizeCFG(entry)
	duplicateExitsWithoutLine(entry, u.blocks)
	consts := trimUnusedConsts(entry, u.consts)
	propagateLineNumbers(entry)
	guaranteeLinenoForExits(entry, u.firstLine)
	gen := flags&(compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) != 0
	depth := stackDepth(entry, gen)
	labelExceptionTargets(entry)
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			if in := &b.instrs[i]; isBlockPush(in.op) || in.op == POP_BLOCK {
				in.op = NOP
				in.target = nil
			}
		}
	}
	for b := entry; b != nil; b = b.next {
		cleanBlock(b)
	}
	normalizeJumps(entry)
	jumpOffsets(entry)

	co := &Code{Name: u.name, QualName: u.qualname, FirstLineNo: u.firstLine,
		Consts: consts, Names: u.names, Varnames: u.varnames, Cellvars: u.cellvars, Freevars: u.freevars,
		ArgCount: u.argcount, PosOnlyArgCount: u.posonly, KwOnlyArgCount: u.kwonly,
		Flags: flags, StackSize: depth}
	if u.scope == scopeModule {
		co.QualName = u.name
	}
	co.ScopeLine, co.ScopeCol = u.blk.Pos.Lineno, u.blk.Pos.ColOffset
	co.LocalsPlusNames = append([]string(nil), u.varnames...)
	for _, n := range u.cellvars {
		if _, ok := u.varIdx[n]; !ok {
			co.LocalsPlusNames = append(co.LocalsPlusNames, n)
		}
	}
	co.LocalsPlusNames = append(co.LocalsPlusNames, u.freevars...)
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			co.Bytecode = writeInstr(co.Bytecode, in)
		}
	}
	co.LineTable = lineTable(entry, u.firstLine)
	co.ExcTable = excTable(entry)
	return co
}

// insertPrefix adds COPY_FREE_VARS, MAKE_CELL and the generator prefix in
// front of the entry block.
func (c *comp) insertPrefix(entry *block, fixed []int, flags compiler.CodeFlags) {
	var pre []instr
	nfree := len(c.u.freevars)
	if nfree > 0 {
		pre = append(pre, instr{op: COPY_FREE_VARS, arg: nfree, loc: noLoc})
	}
	ncells := len(c.u.cellvars)
	if ncells > 0 {
		sorted := make([]int, ncells+len(c.u.varnames))
		for i := 0; i < ncells; i++ {
			sorted[fixed[i]] = i + 1
		}
		for _, s := range sorted {
			if s > 0 {
				pre = append(pre, instr{op: MAKE_CELL, arg: s - 1, loc: noLoc})
			}
		}
	}
	if flags&(compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) != 0 {
		l := c.u.firstLine
		pre = append(pre, instr{op: RETURN_GENERATOR, loc: loc{l, l, -1, -1}}, instr{op: POP_TOP, loc: noLoc})
	}
	entry.instrs = append(pre, entry.instrs...)
}

func instrSize(in instr) int {
	n := 1 + int(caches[in.op&0xff])
	if in.arg > 0xff {
		n++
	}
	if in.arg > 0xffff {
		n++
	}
	if in.arg > 0xffffff {
		n++
	}
	return n
}

func blockSize(b *block) int {
	n := 0
	for _, in := range b.instrs {
		n += instrSize(in)
	}
	return n
}

func jumpOffsets(entry *block) {
	for {
		total := 0
		for b := entry; b != nil; b = b.next {
			b.offset = total
			total += blockSize(b)
		}
		again := false
		for b := entry; b != nil; b = b.next {
			off := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				size := instrSize(*in)
				off += size
				if isJump(in.op) {
					t := in.target.offset
					if t < off {
						in.arg = off - t
					} else {
						in.arg = t - off
					}
					if instrSize(*in) != size {
						again = true
					}
				}
			}
		}
		if !again {
			return
		}
	}
}

func writeInstr(out []byte, in instr) []byte {
	arg := in.arg
	if !hasArg(in.op) {
		arg = 0
	}
	for shift := 24; shift > 0; shift -= 8 {
		if arg>>shift != 0 {
			out = append(out, EXTENDED_ARG, byte(arg>>shift))
		}
	}
	out = append(out, byte(in.op), byte(arg))
	for i := 0; i < int(caches[in.op]); i++ {
		out = append(out, CACHE, 0)
	}
	return out
}

func putVarint(b []byte, v uint) []byte {
	for v >= 64 {
		b = append(b, byte(v&63)|64)
		v >>= 6
	}
	return append(b, byte(v))
}

func putSvarint(b []byte, v int) []byte {
	if v < 0 {
		return putVarint(b, uint(-v)<<1|1)
	}
	return putVarint(b, uint(v)<<1)
}

// lineTable writes the 3.11 location table, one entry (or more, for long
// instructions) per instruction.
func lineTable(entry *block, firstLine int) []byte {
	var out []byte
	line := firstLine
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			size := instrSize(in)
			for size > 8 {
				out = writeLoc(out, in.loc, 8, &line)
				size -= 8
			}
			out = writeLoc(out, in.loc, size, &line)
		}
	}
	return out
}

func writeLoc(out []byte, l loc, size int, prevLine *int) []byte {
	if l.line < 0 {
		return append(out, byte(0x80|15<<3|(size-1)))
	}
	delta := l.line - *prevLine
	col, endCol := l.col, l.endCol
	if col < 0 || endCol < 0 {
		if l.endLine == l.line || l.endLine == -1 {
			out = append(out, byte(0x80|13<<3|(size-1)))
			*prevLine = l.line
			return putSvarint(out, delta)
		}
	} else if l.endLine == l.line {
		if delta == 0 && col < 80 && endCol-col < 16 && endCol >= col {
			return append(out, byte(0x80|(col>>3)<<3|(size-1)), byte((col&7)<<4|(endCol-col)))
		}
		if delta >= 0 && delta < 3 && col < 128 && endCol < 128 {
			*prevLine = l.line
			return append(out, byte(0x80|(10+delta)<<3|(size-1)), byte(col), byte(endCol))
		}
	}
	out = append(out, byte(0x80|14<<3|(size-1)))
	out = putSvarint(out, delta)
	out = putVarint(out, uint(l.endLine-l.line))
	out = putVarint(out, uint(col+1))
	out = putVarint(out, uint(endCol+1))
	*prevLine = l.line
	return out
}

func putExcItem(out []byte, v int, msb byte) []byte {
	for shift := 24; shift > 0; shift -= 6 {
		if v >= 1<<shift {
			out = append(out, byte((v>>shift)&0x3f)|0x40|msb)
			msb = 0
		}
	}
	return append(out, byte(v&0x3f)|msb)
}

func excTable(entry *block) []byte {
	var out []byte
	var handler *block
	start := -1
	emit := func(end int) {
		depth := handler.startDepth - 1
		lasti := 0
		if handler.preserveLasti {
			depth--
			lasti = 1
		}
		out = putExcItem(out, start, 0x80)
		out = putExcItem(out, end-start, 0)
		out = putExcItem(out, handler.offset, 0)
		out = putExcItem(out, depth<<1|lasti, 0)
	}
	for b := entry; b != nil; b = b.next {
		off := b.offset
		for _, in := range b.instrs {
			if in.handler != handler {
				if handler != nil {
					emit(off)
				}
				start = off
				handler = in.handler
			}
			off += instrSize(in)
		}
	}
	if handler != nil {
		end := 0
		for b := entry; b != nil; b = b.next {
			end = b.offset + blockSize(b)
		}
		emit(end)
	}
	return out
}

// labelExceptionTargets gives every instruction its innermost handler.
func labelExceptionTargets(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.visited = false
		b.exceptStack = nil
	}
	type work struct {
		b     *block
		stack []*block
	}
	todo := []work{{entry, nil}}
	entry.visited = true
	top := func(s []*block) *block {
		if len(s) == 0 {
			return nil
		}
		return s[len(s)-1]
	}
	for len(todo) > 0 {
		w := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		b, stack := w.b, w.stack
		handler := top(stack)
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op):
				if !in.target.visited {
					in.target.visited = true
					todo = append(todo, work{in.target, append([]*block(nil), stack...)})
				}
				if in.op == SETUP_WITH || in.op == SETUP_CLEANUP {
					in.target.preserveLasti = true
				}
				stack = append(append([]*block(nil), stack...), in.target)
				handler = in.target
			case in.op == POP_BLOCK:
				stack = stack[:len(stack)-1]
				handler = top(stack)
			case isJump(in.op):
				in.handler = handler
				if !in.target.visited {
					in.target.visited = true
					todo = append(todo, work{in.target, append([]*block(nil), stack...)})
				}
			default:
				in.handler = handler
			}
		}
		if fallsThrough(b) && b.next != nil && !b.next.visited {
			b.next.visited = true
			todo = append(todo, work{b.next, stack})
		}
	}
}
