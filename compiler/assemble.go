// This file defines the assembler: it maps tagged registers to window
// indices, resolves labels to absolute word indices (inserting EXT prefixes
// for operands that do not fit, until the layout is stable), and builds the
// exception table, the position table and the inline cache index.

package compiler

import "slices"

// assemble turns the current unit into a Code.
func (c *compiler) assemble() *Code {
	u := c.u
	removed := make([]bool, len(u.instrs))
	c.dropBoundChecks(removed)
	perm := c.localOrder()
	nloc := int32(len(u.varnames))
	ncell := int32(len(u.cells))
	reg := func(r int32) int32 {
		switch {
		case r&tagTemp != 0:
			return nloc + ncell + r&^tagTemp
		case r&tagCell != 0:
			return nloc + r&^tagCell
		}
		if int(r) < len(perm) {
			return perm[r]
		}
		return r // an unused operand (e.g. of a bare raise)
	}
	// Map register operands.
	for i := range u.instrs {
		in := &u.instrs[i]
		f := OpTable[in.op].Operands()
		ops := [3]*int32{&in.a, &in.b, &in.c}
		for j := 0; j < len(f); j++ {
			switch f[j] {
			case 'r':
				*ops[j] = reg(*ops[j])
			case 'd':
				if *ops[j] != 0 {
					*ops[j] = reg(*ops[j]-1) + 1
				}
			}
		}
		if in.handler != nil && !in.handler.mapped() {
			in.handler.reg = reg(in.handler.reg) | 1<<30
		}
	}
	// Word sizes: one word plus EXT prefixes, iterated until jump targets
	// are stable (sizes only grow).
	n := len(u.instrs)
	size := make([]int, n)
	start := make([]int, n+1)
	for i := range size {
		if !removed[i] {
			size[i] = 1
		}
	}
	for {
		pc := 0
		for i := 0; i < n; i++ {
			start[i] = pc
			pc += size[i]
		}
		start[n] = pc
		changed := false
		for i := 0; i < n; i++ {
			in := &u.instrs[i]
			if in.target >= 0 {
				in.b = int32(start[u.labels[in.target]])
			}
			s := 1 + extCount(in)
			if !removed[i] && s > size[i] {
				size[i] = s
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	total := start[n]
	code := &Code{
		Instrs:   make([]uint32, 0, total),
		NumRegs:  int(nloc + ncell + u.maxTemp),
		Consts:   u.consts,
		Names:    u.names,
		Varnames: u.varnames,
		Cellvars: u.cells[:u.ncellvars:u.ncellvars],
		Freevars: u.cells[u.ncellvars:],
		Name:     u.name, QualName: u.qualname, Filename: c.filename,
		FirstLineNo: u.firstLine, Flags: u.flags,
		ArgCount: u.argcount, PosOnlyArgCount: u.posonly, KwOnlyArgCount: u.kwonly,
		ScopeLine: int32(u.blk.Pos.Lineno), ScopeCol: int32(u.blk.Pos.ColOffset),
	}
	pos := c.posBuf[:0]
	for i := 0; i < n; i++ {
		in := &u.instrs[i]
		if removed[i] {
			continue
		}
		for k := size[i] - 1; k >= 1; k-- {
			code.Instrs = append(code.Instrs, extWord(in, k))
			pos = append(pos, in.pos)
		}
		code.Instrs = append(code.Instrs, word(in))
		pos = append(pos, in.pos)
	}
	code.LineTable = encodePositions(pos, u.firstLine)
	c.posBuf = pos
	code.ExcTable = excTable(u.instrs, start, u.labels)
	code.CacheIndex = make([]uint32, total)
	for i := 0; i < n; i++ {
		if removed[i] {
			continue
		}
		code.CacheIndex[start[i]+size[i]-1] = uint32(code.NumCaches)
		code.NumCaches += OpTable[u.instrs[i].op].Cache
	}
	return code
}

// localOrder renumbers the fast locals so that Varnames lists the
// parameters, then the other locals in the order CPython meets them. It
// returns the old → new register map and reorders u.varnames.
func (c *compiler) localOrder() []int32 {
	u := c.u
	n := len(u.varnames)
	perm := make([]int32, n)
	nparams := len(u.blk.Varnames)
	placed := make([]bool, n)
	next := int32(0)
	for i := 0; i < nparams && i < n; i++ {
		perm[i] = next
		placed[i] = true
		next++
	}
	for _, r := range u.visited {
		if !placed[r] {
			perm[r] = next
			placed[r] = true
			next++
		}
	}
	for i := range placed {
		if !placed[i] {
			perm[i] = next
			next++
		}
	}
	names := make([]string, n)
	for i, v := range u.varnames {
		names[perm[i]] = v
	}
	u.varnames = names
	return perm
}

// mapped reports whether the handler's register was already mapped (bit 30
// marks it, since handlers are shared by many instructions).
func (h *handler) mapped() bool { return h.reg&(1<<30) != 0 }

// fields returns the operand values as they are laid out: a, b, c, or a and
// bx for wide formats.
func fields(in *ins) (a, b, cc uint32, wide bool) {
	return uint32(in.a), uint32(in.b), uint32(in.c), OpTable[in.op].Wide()
}

// extCount is the number of EXT prefixes the instruction needs.
func extCount(in *ins) int {
	a, b, cc, wide := fields(in)
	n := 0
	for a>>(8*(n+1)) != 0 {
		n++
	}
	if wide {
		m := 0
		for b>>(16*(m+1)) != 0 {
			m++
		}
		return max(n, m)
	}
	for b>>(8*(n+1)) != 0 || cc>>(8*(n+1)) != 0 {
		n++
	}
	return n
}

// extWord is the k-th prefix counted from the instruction (k = 1 is the
// prefix right before it, holding the second-lowest bytes).
func extWord(in *ins, k int) uint32 {
	a, b, cc, wide := fields(in)
	w := uint32(EXT) | (a>>(8*k)&0xff)<<8
	if wide {
		return w | (b>>(16*k)&0xffff)<<16
	}
	return w | (b>>(8*k)&0xff)<<16 | (cc>>(8*k)&0xff)<<24
}

func word(in *ins) uint32 {
	a, b, cc, wide := fields(in)
	w := uint32(in.op) | (a&0xff)<<8
	if wide {
		return w | (b&0xffff)<<16
	}
	return w | (b&0xff)<<16 | (cc&0xff)<<24
}

// excTable compresses the per-instruction handlers into rows.
func excTable(instrs []ins, start []int, labels []int32) []ExcEntry {
	var out []ExcEntry
	for i := 0; i < len(instrs); {
		h := instrs[i].handler
		j := i + 1
		for j < len(instrs) && instrs[j].handler == h {
			j++
		}
		if h != nil && start[i] < start[j] {
			out = append(out, ExcEntry{Start: uint32(start[i]), End: uint32(start[j]),
				Handler: uint32(start[labels[h.lbl]]), Reg: uint32(h.reg &^ (1 << 30)), Lasti: h.lasti})
		}
		i = j
	}
	return slices.Clip(out)
}
