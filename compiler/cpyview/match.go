// This file generates match statements as CPython 3.11 does: each case's
// pattern leaves the captured values on the stack, and failed matches jump
// to a chain of "fail_pop" blocks that pop what the pattern pushed.

package cpyview

import (
	"slices"

	"krait/compiler"
	"krait/syntax"
)

// patternCtx is compile.c's pattern_context.
type patternCtx struct {
	stores           []string
	allowIrrefutable bool
	failPop          []*block
	onTop            int
}

func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

func isStarWildcard(p syntax.Pattern) bool {
	s, ok := p.(*syntax.MatchStar)
	return ok && s.Name == ""
}

func (c *comp) match(s *syntax.Match) {
	pc := &patternCtx{}
	c.visitExpr(s.Subject)
	end := c.newBlock()
	cases := len(s.Cases)
	last := s.Cases[cases-1]
	hasDefault := 0
	if isWildcard(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		c.setLoc(m.Pattern.GetPos())
		if i != cases-hasDefault-1 {
			c.addop(COPY, 1)
		}
		pc.stores = nil
		pc.allowIrrefutable = m.Guard != nil || i == cases-1
		pc.failPop = nil
		pc.onTop = 0
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameop(name, syntax.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.addop0(POP_TOP)
		}
		c.visitStmts(m.Body)
		c.jump(JUMP, end)
		c.setLoc(m.Pattern.GetPos())
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		c.setLoc(last.Pattern.GetPos())
		if cases == 1 {
			c.addop0(POP_TOP)
		} else {
			c.addop0(NOP)
		}
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.visitStmts(last.Body)
	}
	c.useNext(end)
}

func (c *comp) ensureFailPop(pc *patternCtx, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newBlock())
	}
}

func (c *comp) jumpToFailPop(pc *patternCtx, op int) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.jump(op, pc.failPop[pops])
}

func (c *comp) emitAndResetFailPop(pc *patternCtx) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useNext(pc.failPop[i])
		c.addop0(POP_TOP)
	}
	c.useNext(pc.failPop[0])
	pc.failPop = nil
}

func (c *comp) rotate(count int) {
	for ; count > 1; count-- {
		c.addop(SWAP, count)
	}
}

func (c *comp) storeName(name string, pc *patternCtx) {
	if name == "" {
		c.addop0(POP_TOP)
		return
	}
	if slices.Contains(pc.stores, name) {
		c.fail("multiple assignments to name %q in pattern", name)
	}
	c.rotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *comp) pattern(p syntax.Pattern, pc *patternCtx) {
	c.setLoc(p.GetPos())
	switch x := p.(type) {
	case *syntax.MatchValue:
		c.visitExpr(x.Value)
		c.addCompare(syntax.Eq)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSingleton:
		c.loadConst(x.Value)
		c.addCompare(syntax.Is)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	case *syntax.MatchSequence:
		c.patternSequence(x, pc)
	case *syntax.MatchMapping:
		c.patternMapping(x, pc)
	case *syntax.MatchClass:
		c.patternClass(x, pc)
	case *syntax.MatchStar:
		c.storeName(x.Name, pc)
	case *syntax.MatchAs:
		if x.Pattern == nil {
			if !pc.allowIrrefutable {
				c.fail("irrefutable pattern")
			}
			c.storeName(x.Name, pc)
			return
		}
		pc.onTop++
		c.addop(COPY, 1)
		c.pattern(x.Pattern, pc)
		pc.onTop--
		c.storeName(x.Name, pc)
	case *syntax.MatchOr:
		c.patternOr(x, pc)
	default:
		c.fail("pattern %T", p)
	}
}

func (c *comp) subpattern(p syntax.Pattern, pc *patternCtx) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

func (c *comp) patternSequence(x *syntax.MatchSequence, pc *patternCtx) {
	size := len(x.Patterns)
	star := -1
	onlyWildcard, starWildcard := true, false
	for i, p := range x.Patterns {
		if _, ok := p.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.fail("multiple starred names in sequence pattern")
			}
			starWildcard = isStarWildcard(p)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && isWildcard(p)
	}
	pc.onTop++
	c.addop0(MATCH_SEQUENCE)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if star < 0 {
		c.addop0(GET_LEN)
		c.loadConst(int64(size))
		c.addCompare(syntax.Eq)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	} else if !onlyWildcard {
		c.addop0(GET_LEN)
		c.loadConst(int64(size - 1))
		c.addCompare(syntax.GtE)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.addop0(POP_TOP)
	case starWildcard:
		pc.onTop++
		for i, p := range x.Patterns {
			if isWildcard(p) || i == star {
				continue
			}
			c.addop(COPY, 1)
			if i < star {
				c.loadConst(int64(i))
			} else {
				c.addop0(GET_LEN)
				c.loadConst(int64(size - i))
				c.addop(BINARY_OP, binopArg(syntax.Sub, false))
			}
			c.addop0(BINARY_SUBSCR)
			c.subpattern(p, pc)
		}
		pc.onTop--
		c.addop0(POP_TOP)
	default:
		c.unpackPatterns(x.Patterns)
		pc.onTop += size
		for _, p := range x.Patterns {
			pc.onTop--
			c.subpattern(p, pc)
		}
	}
}

func (c *comp) unpackPatterns(ps []syntax.Pattern) {
	n := len(ps)
	for i, p := range ps {
		if _, ok := p.(*syntax.MatchStar); ok {
			c.addop(UNPACK_EX, i+(n-i-1)<<8)
			return
		}
	}
	c.addop(UNPACK_SEQUENCE, n)
}

func (c *comp) patternMapping(x *syntax.MatchMapping, pc *patternCtx) {
	size := len(x.Keys)
	if size != len(x.Patterns) {
		c.fail("keys and patterns differ in length")
	}
	pc.onTop++
	c.addop0(MATCH_MAPPING)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	if size == 0 && x.Rest == "" {
		pc.onTop--
		c.addop0(POP_TOP)
		return
	}
	if size > 0 {
		c.addop0(GET_LEN)
		c.loadConst(int64(size))
		c.addCompare(syntax.GtE)
		c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	}
	for _, k := range x.Keys {
		c.visitExpr(k)
	}
	c.addop(BUILD_TUPLE, size)
	c.addop0(MATCH_KEYS)
	pc.onTop += 2
	c.addop(COPY, 1)
	c.loadConst(nil)
	c.addop(IS_OP, 1)
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.addop(UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, p := range x.Patterns {
		pc.onTop--
		c.subpattern(p, pc)
	}
	pc.onTop -= 2
	if x.Rest != "" {
		c.addop(BUILD_MAP, 0)
		c.addop(SWAP, 3)
		c.addop(DICT_UPDATE, 2)
		c.addop(UNPACK_SEQUENCE, size)
		for ; size > 0; size-- {
			c.addop(COPY, 1+size)
			c.addop(SWAP, 2)
			c.addop0(DELETE_SUBSCR)
		}
		c.storeName(x.Rest, pc)
	} else {
		c.addop0(POP_TOP)
		c.addop0(POP_TOP)
	}
}

func (c *comp) patternClass(x *syntax.MatchClass, pc *patternCtx) {
	nargs, nattrs := len(x.Patterns), len(x.KwdAttrs)
	c.visitExpr(x.Cls)
	names := make(compiler.Tuple, nattrs)
	for i, n := range x.KwdAttrs {
		names[i] = n
	}
	c.loadConst(names)
	c.addop(MATCH_CLASS, nargs)
	c.addop(COPY, 1)
	c.loadConst(nil)
	c.addop(IS_OP, 1)
	pc.onTop++
	c.jumpToFailPop(pc, POP_JUMP_IF_FALSE)
	c.addop(UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var p syntax.Pattern
		if i < nargs {
			p = x.Patterns[i]
		} else {
			p = x.KwdPatterns[i-nargs]
		}
		if isWildcard(p) {
			c.addop0(POP_TOP)
			continue
		}
		c.subpattern(p, pc)
	}
}

func (c *comp) patternOr(x *syntax.MatchOr, pc *patternCtx) {
	end := c.newBlock()
	old := *pc
	var control []string
	for i, alt := range x.Patterns {
		c.setLoc(alt.GetPos())
		pc.stores = nil
		pc.allowIrrefutable = i == len(x.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.addop(COPY, 1)
		c.pattern(alt, pc)
		if i == 0 {
			control = pc.stores
		} else if len(pc.stores) != len(control) {
			c.fail("alternative patterns bind different names")
		} else if len(pc.stores) > 0 {
			for ic := len(control) - 1; ic >= 0; ic-- {
				is := slices.Index(pc.stores, control[ic])
				if is < 0 {
					c.fail("alternative patterns bind different names")
				}
				if ic != is {
					rot := is + 1
					rotated := append([]string(nil), pc.stores[:rot]...)
					rest := append([]string(nil), pc.stores[rot:]...)
					at := ic - is
					pc.stores = append(append(append([]string(nil), rest[:at]...), rotated...), rest[at:]...)
					for ; rot > 0; rot-- {
						c.rotate(ic + 1)
					}
				}
			}
		}
		c.jump(JUMP, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	c.addop0(POP_TOP)
	c.jumpToFailPop(pc, JUMP)
	c.useNext(end)
	nrots := len(control) + 1 + pc.onTop + len(pc.stores)
	for _, name := range control {
		c.rotate(nrots)
		if slices.Contains(pc.stores, name) {
			c.fail("multiple assignments to name %q in pattern", name)
		}
		pc.stores = append(pc.stores, name)
	}
	c.addop0(POP_TOP)
}
