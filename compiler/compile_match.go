// This file defines the code generation of match statements. A pattern is
// matched against a subject register and jumps to a failure label; the
// names it captures are recorded with the registers holding their values
// and stored only once the whole pattern has matched, as CPython does.

package compiler

import "krait/syntax"

// capture is a name bound by a pattern and the register of its value.
type capture struct {
	name string
	reg  int32
}

func (c *compiler) matchStmt(s *syntax.Match) {
	subj := c.exprTemp(s.Subject)
	end := c.newLabel()
	for i, mc := range s.Cases {
		m := c.mark()
		last := i == len(s.Cases)-1
		c.setLoc(mc.Pattern.GetPos())
		if last && mc.Guard == nil && isWildcard(mc.Pattern) {
			// CPython's NOP: sys.settrace reports the line of "case _:".
			c.emit(NOP, 0, 0, 0)
			c.stmts(mc.Body)
			c.reset(m)
			break
		}
		fail := c.newLabel()
		var caps []capture
		c.pattern(mc.Pattern, subj, fail, &caps)
		for _, cp := range caps {
			c.storeName(cp.name, cp.reg)
		}
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, false, fail)
		}
		c.stmts(mc.Body)
		if !last {
			// No line of its own (CPython's carries the body's last
			// line): sys.settrace reports no return to the case line.
			c.u.loc = noPos
			c.emitJump(JUMP, 0, end)
		}
		c.bind(fail)
		c.reset(m)
	}
	c.bind(end)
}

func isStarWildcard(p syntax.Pattern) bool {
	s, ok := p.(*syntax.MatchStar)
	return ok && s.Name == ""
}

// pattern emits the test of p against R[v], jumping to fail on mismatch.
func (c *compiler) pattern(p syntax.Pattern, v int32, fail label, caps *[]capture) {
	saved := c.u.loc
	c.setLoc(p.GetPos())
	defer func() { c.u.loc = saved }()
	switch p := p.(type) {
	case *syntax.MatchValue:
		val := c.fold(p.Value)
		if k, ok := val.(*syntax.Constant); ok {
			c.emitBranch(IF_EQ_K, v, c.constIndex(k.Value), 0, fail)
			return
		}
		r := c.expr(val)
		c.setLoc(p.GetPos())
		c.emitBranch(IF_EQ, v, r, 0, fail)
	case *syntax.MatchSingleton:
		c.emitBranch(IF_IS_K, v, c.constIndex(p.Value), 0, fail)
	case *syntax.MatchAs:
		if p.Pattern != nil {
			c.pattern(p.Pattern, v, fail, caps)
		}
		if p.Name != "" {
			*caps = append(*caps, capture{p.Name, v})
		}
	case *syntax.MatchOr:
		c.matchOr(p, v, fail, caps)
	case *syntax.MatchSequence:
		c.matchSequence(p, v, fail, caps)
	case *syntax.MatchMapping:
		c.matchMapping(p, v, fail, caps)
	case *syntax.MatchClass:
		c.matchClass(p, v, fail, caps)
	case *syntax.MatchStar:
		// Only inside sequences, handled there.
	}
}

func (c *compiler) matchOr(p *syntax.MatchOr, v int32, fail label, caps *[]capture) {
	success := c.newLabel()
	var common []capture
	for i, alt := range p.Patterns {
		next := fail
		if i < len(p.Patterns)-1 {
			next = c.newLabel()
		}
		var altCaps []capture
		c.pattern(alt, v, next, &altCaps)
		if i == 0 {
			for _, cp := range altCaps {
				common = append(common, capture{cp.name, c.tmp()})
			}
		}
		for _, cp := range altCaps {
			for _, cm := range common {
				if cm.name == cp.name {
					c.move(cm.reg, cp.reg)
				}
			}
		}
		c.emitJump(JUMP, 0, success)
		if next != fail {
			c.bind(next)
		}
	}
	c.bind(success)
	*caps = append(*caps, common...)
}

func (c *compiler) matchSequence(p *syntax.MatchSequence, v int32, fail label, caps *[]capture) {
	pats := p.Patterns
	star := -1
	onlyWild := true
	for i, sp := range pats {
		if _, ok := sp.(*syntax.MatchStar); ok {
			star = i
		}
		if !isWildcard(sp) && !isStarWildcard(sp) {
			onlyWild = false
		}
	}
	t := c.tmp()
	c.emit(MATCH_SEQUENCE, t, v, 0)
	c.emitJump(JUMP_IF_FALSE, t, fail)
	n := len(pats)
	if star < 0 || n > 1 {
		c.emit(GET_LEN, t, v, 0)
		if star < 0 {
			c.emitBranch(IF_EQ_K, t, c.constIndex(int64(n)), 0, fail)
		} else {
			c.emitBranch(IF_GE_K, t, c.constIndex(int64(n-1)), 0, fail)
		}
	}
	if onlyWild {
		return
	}
	if star >= 0 && isStarWildcard(pats[star]) {
		// Subscript the items around a wildcard star.
		for i, sp := range pats {
			if isWildcard(sp) || i == star {
				continue
			}
			item := c.tmp()
			if i < star {
				k := c.tmp()
				c.loadConst(k, int64(i))
				c.emit(GET_ITEM, item, v, k)
			} else {
				k := c.tmp()
				c.emit(SUB_K, k, t, c.constIndex(int64(n-i)))
				c.emit(GET_ITEM, item, v, k)
			}
			c.pattern(sp, item, fail, caps)
		}
		return
	}
	base := c.tmps(n)
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, base, v, int32(n))
	} else {
		c.emit(UNPACK_EX, base, v, int32(star|(n-star-1)<<8))
	}
	for i, sp := range pats {
		if s, ok := sp.(*syntax.MatchStar); ok {
			if s.Name != "" {
				*caps = append(*caps, capture{s.Name, base + int32(i)})
			}
			continue
		}
		c.pattern(sp, base+int32(i), fail, caps)
	}
}

func (c *compiler) matchMapping(p *syntax.MatchMapping, v int32, fail label, caps *[]capture) {
	t := c.tmp()
	c.emit(MATCH_MAPPING, t, v, 0)
	c.emitJump(JUMP_IF_FALSE, t, fail)
	n := len(p.Keys)
	if n == 0 && p.Rest == "" {
		return
	}
	if n > 0 {
		c.emit(GET_LEN, t, v, 0)
		c.emitBranch(IF_GE_K, t, c.constIndex(int64(n)), 0, fail)
	}
	keys := c.tmp()
	if kt, ok := c.constTuple(p.Keys); ok {
		c.loadConst(keys, kt)
	} else {
		c.collection(p.Keys, keys, BUILD_TUPLE)
	}
	c.setLoc(p.GetPos())
	if n > 0 {
		vals := c.tmp()
		c.emit(MATCH_KEYS, vals, v, keys)
		c.emitJump(JUMP_IF_NONE, vals, fail)
		base := c.tmps(n)
		c.emit(UNPACK_SEQUENCE, base, vals, int32(n))
		for i, sp := range p.Patterns {
			c.pattern(sp, base+int32(i), fail, caps)
		}
	}
	if p.Rest != "" {
		r := c.tmp()
		c.setLoc(p.GetPos())
		c.emit(COPY_DICT_WITHOUT_KEYS, r, v, keys)
		*caps = append(*caps, capture{p.Rest, r})
	}
}

func (c *compiler) matchClass(p *syntax.MatchClass, v int32, fail label, caps *[]capture) {
	base := c.tmps(3)
	c.move(base, v)
	c.exprInto(p.Cls, base+1)
	names := make(Tuple, len(p.KwdAttrs))
	for i, a := range p.KwdAttrs {
		names[i] = a
	}
	c.loadConst(base+2, names)
	res := c.tmp()
	c.setLoc(p.GetPos())
	c.emit(MATCH_CLASS, res, base, int32(len(p.Patterns)))
	c.emitJump(JUMP_IF_NONE, res, fail)
	all := append(append([]syntax.Pattern{}, p.Patterns...), p.KwdPatterns...)
	if len(all) == 0 {
		return
	}
	items := c.tmps(len(all))
	c.emit(UNPACK_SEQUENCE, items, res, int32(len(all)))
	for i, sp := range all {
		if isWildcard(sp) {
			continue
		}
		c.pattern(sp, items+int32(i), fail, caps)
	}
}
