// This file defines the assignment and deletion targets: star_targets,
// single_target, del_targets and the t_primary chains they start with.

package syntax

// isTLookahead reports whether k is t_lookahead: '(' | '[' | '.'.
func isTLookahead(k Kind) bool { return k == LPAR || k == LSQB || k == DOT }

// tPrimary is t_primary: the longest chain of trailers after an atom such
// that another trailer follows, so that the caller can parse the last
// trailer itself as the target.
func (p *parser) tPrimary() Expr {
	start := p.pos
	if e, ok := p.memoExpr(memoTPrimary, start); ok {
		return e
	}
	p.enter()
	a := p.tPrimaryInner(start)
	p.leave()
	if a == nil {
		p.pos = start
	}
	p.memoSetExpr(memoTPrimary, start, a)
	return a
}

func (p *parser) tPrimaryInner(start int) Expr {
	a := p.atom()
	if a == nil || !isTLookahead(p.peek()) {
		return nil
	}
	for {
		mark := p.pos
		switch p.peek() {
		case DOT:
			p.pos++
			if n := p.expect(NAME); n != nil && isTLookahead(p.peek()) {
				a = &Attribute{Pos: p.span(start), Value: a, Attr: n.Val, Ctx: Load}
				continue
			}
		case LSQB:
			p.pos++
			if s := p.slices(); s != nil && p.accept(RSQB) && isTLookahead(p.peek()) {
				a = &Subscript{Pos: p.span(start), Value: a, Slice: s, Ctx: Load}
				continue
			}
		case LPAR:
			if g := p.genexp(); g != nil && isTLookahead(p.peek()) {
				a = &Call{Pos: p.span(start), Func: a, Args: []Expr{g}, Keywords: []*Keyword{}}
				continue
			}
			p.pos = mark + 1
			args := p.arguments()
			if args == nil {
				p.pos = mark + 1
			}
			if p.accept(RPAR) && isTLookahead(p.peek()) {
				c := &Call{Pos: p.span(start), Func: a, Args: []Expr{}, Keywords: []*Keyword{}}
				if args != nil {
					c.Args, c.Keywords = args.args, args.kws
				}
				a = c
				continue
			}
		}
		p.pos = mark
		return a
	}
}

// targetTrailer parses t_primary followed by '.' NAME or '[' slices ']'
// that no t_lookahead follows, giving an Attribute or Subscript with ctx.
func (p *parser) targetTrailer(ctx ExprContext) Expr {
	start := p.pos
	a := p.tPrimary()
	if a == nil {
		return nil
	}
	mark := p.pos
	if p.accept(DOT) {
		if n := p.expect(NAME); n != nil && !isTLookahead(p.peek()) {
			return &Attribute{Pos: p.span(start), Value: a, Attr: n.Val, Ctx: ctx}
		}
	}
	p.pos = mark
	if p.accept(LSQB) {
		if s := p.slices(); s != nil && p.accept(RSQB) && !isTLookahead(p.peek()) {
			return &Subscript{Pos: p.span(start), Value: a, Slice: s, Ctx: ctx}
		}
	}
	p.pos = start
	return nil
}

// singleSubscriptAttributeTarget is single_subscript_attribute_target.
func (p *parser) singleSubscriptAttributeTarget() Expr {
	return p.targetTrailer(Store)
}

// singleTarget is single_target.
func (p *parser) singleTarget() Expr {
	start := p.pos
	if t := p.targetTrailer(Store); t != nil {
		return t
	}
	if n := p.expect(NAME); n != nil {
		return &Name{Pos: Pos{n.Line, n.Col, n.EndLine, n.EndCol}, Id: n.Val, Ctx: Store}
	}
	if p.accept(LPAR) {
		if t := p.singleTarget(); t != nil && p.accept(RPAR) {
			return t
		}
	}
	p.pos = start
	return nil
}

// starTargets is star_targets.
func (p *parser) starTargets() Expr {
	start := p.pos
	a := p.starTarget()
	if a == nil {
		return nil
	}
	if p.peek() != COMMA {
		return a
	}
	p.accept(COMMA)
	elts := gather(p, []Expr{a}, (*parser).starTarget)
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Store}
}

// starTarget is star_target.
func (p *parser) starTarget() Expr {
	start := p.pos
	if e, ok := p.memoExpr(memoStarTarget, start); ok {
		return e
	}
	p.enter()
	var e Expr
	if p.accept(STAR) {
		if p.peek() != STAR {
			if t := p.starTarget(); t != nil {
				e = &Starred{Pos: p.span(start), Value: setCtx(t, Store), Ctx: Store}
			}
		}
	} else {
		e = p.targetWithStarAtom()
	}
	p.leave()
	if e == nil {
		p.pos = start
	}
	p.memoSetExpr(memoStarTarget, start, e)
	return e
}

// targetWithStarAtom is target_with_star_atom.
func (p *parser) targetWithStarAtom() Expr {
	if t := p.targetTrailer(Store); t != nil {
		return t
	}
	return p.starAtom()
}

// starAtom is star_atom.
func (p *parser) starAtom() Expr {
	start := p.pos
	switch t := p.cur(); t.Kind {
	case NAME:
		p.pos++
		return &Name{Pos: Pos{t.Line, t.Col, t.EndLine, t.EndCol}, Id: t.Val, Ctx: Store}
	case LPAR:
		p.pos++
		if a := p.targetWithStarAtom(); a != nil && p.accept(RPAR) {
			return setCtx(a, Store)
		}
		p.pos = start + 1
		elts := p.starTargetsTupleSeq()
		if elts == nil {
			p.pos = start + 1
			elts = []Expr{}
		}
		if p.accept(RPAR) {
			return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Store}
		}
	case LSQB:
		p.pos++
		elts := p.starTargetsListSeq()
		if elts == nil {
			elts = []Expr{}
		}
		if p.accept(RSQB) {
			return &List{Pos: p.span(start), Elts: elts, Ctx: Store}
		}
	}
	p.pos = start
	return nil
}

// starTargetsTupleSeq is star_target (',' star_target)+ [','] |
// star_target ','.
func (p *parser) starTargetsTupleSeq() []Expr {
	a := p.starTarget()
	if a == nil || !p.accept(COMMA) {
		return nil
	}
	return gather(p, []Expr{a}, (*parser).starTarget)
}

// starTargetsListSeq is ','.star_target+ [','].
func (p *parser) starTargetsListSeq() []Expr {
	return gather(p, nil, (*parser).starTarget)
}

// delTargets is ','.del_target+ [','].
func (p *parser) delTargets() []Expr {
	return gather(p, nil, (*parser).delTarget)
}

// delTarget is del_target.
func (p *parser) delTarget() Expr {
	start := p.pos
	if e, ok := p.memoExpr(memoDelTarget, start); ok {
		return e
	}
	p.enter()
	e := p.targetTrailer(Del)
	if e == nil {
		e = p.delTAtom()
	}
	p.leave()
	if e == nil {
		p.pos = start
	}
	p.memoSetExpr(memoDelTarget, start, e)
	return e
}

// delTAtom is del_t_atom.
func (p *parser) delTAtom() Expr {
	start := p.pos
	switch t := p.cur(); t.Kind {
	case NAME:
		p.pos++
		return &Name{Pos: Pos{t.Line, t.Col, t.EndLine, t.EndCol}, Id: t.Val, Ctx: Del}
	case LPAR:
		p.pos++
		if a := p.delTarget(); a != nil && p.accept(RPAR) {
			return setCtx(a, Del)
		}
		p.pos = start + 1
		elts := p.delTargets()
		if elts == nil {
			elts = []Expr{}
		}
		if p.accept(RPAR) {
			return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Del}
		}
	case LSQB:
		p.pos++
		elts := p.delTargets()
		if elts == nil {
			elts = []Expr{}
		}
		if p.accept(RSQB) {
			return &List{Pos: p.span(start), Elts: elts, Ctx: Del}
		}
	}
	p.pos = start
	return nil
}

// setCtx returns e with its context set to ctx, recursively through
// tuples, lists and starred expressions, as _PyPegen_set_expr_context. It
// copies rather than mutates, since memoized nodes may be shared.
func setCtx(e Expr, ctx ExprContext) Expr {
	switch n := e.(type) {
	case *Name:
		if n.Ctx == ctx {
			return n
		}
		c := *n
		c.Ctx = ctx
		return &c
	case *Tuple:
		c := *n
		c.Elts = setCtxAll(n.Elts, ctx)
		c.Ctx = ctx
		return &c
	case *List:
		c := *n
		c.Elts = setCtxAll(n.Elts, ctx)
		c.Ctx = ctx
		return &c
	case *Starred:
		c := *n
		c.Value = setCtx(n.Value, ctx)
		c.Ctx = ctx
		return &c
	case *Subscript:
		if n.Ctx == ctx {
			return n
		}
		c := *n
		c.Ctx = ctx
		return &c
	case *Attribute:
		if n.Ctx == ctx {
			return n
		}
		c := *n
		c.Ctx = ctx
		return &c
	}
	return e
}

func setCtxAll(es []Expr, ctx ExprContext) []Expr {
	out := make([]Expr, len(es))
	for i, e := range es {
		out[i] = setCtx(e, ctx)
	}
	return out
}
