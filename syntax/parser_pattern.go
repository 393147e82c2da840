// This file defines the patterns of the match statement: sequence,
// mapping, class, literal, value, capture, wildcard, or and as patterns.

package syntax

// patterns is open_sequence_pattern (a MatchSequence) | pattern.
func (p *parser) patterns() Pattern {
	start := p.pos
	if pats := p.openSequencePattern(); pats != nil {
		return &MatchSequence{Pos: p.span(start), Patterns: pats}
	}
	p.pos = start
	return p.pattern()
}

// pattern is as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	start := p.pos
	p.enter()
	defer p.leave()
	a := p.orPattern()
	if a == nil {
		return nil
	}
	mark := p.pos
	if p.accept(KwAs) {
		if n := p.patternCaptureTarget(); n != nil {
			return &MatchAs{Pos: p.span(start), Pattern: a, Name: n.Val}
		}
		if p.invalid {
			if t := p.cur(); t.Kind == NAME && t.Val == "_" {
				p.raiseTok(t, "cannot use '_' as a target")
			}
			if p.peek() != NAME {
				if e := p.expression(); e != nil {
					p.raiseNode(e.GetPos(), "invalid pattern target")
				}
			}
		}
	}
	p.pos = mark
	return a
}

// orPattern is '|'.closed_pattern+.
func (p *parser) orPattern() Pattern {
	start := p.pos
	a := p.closedPattern()
	if a == nil {
		return nil
	}
	if p.peek() != VBAR {
		return a
	}
	pats := []Pattern{a}
	for {
		mark := p.pos
		if !p.accept(VBAR) {
			break
		}
		b := p.closedPattern()
		if b == nil {
			p.pos = mark
			break
		}
		pats = append(pats, b)
	}
	if len(pats) == 1 {
		return a
	}
	return &MatchOr{Pos: p.span(start), Patterns: pats}
}

// closedPattern is closed_pattern.
func (p *parser) closedPattern() Pattern {
	start := p.pos
	if v, ok := p.memoGet(memoClosedPattern, start); ok {
		if v == nil {
			return nil
		}
		return v.(Pattern)
	}
	pat := p.closedPatternInner()
	if pat == nil {
		p.pos = start
		p.memoSet(memoClosedPattern, start, nil)
		return nil
	}
	p.memoSet(memoClosedPattern, start, pat)
	return pat
}

func (p *parser) closedPatternInner() Pattern {
	start := p.pos
	if pat := p.literalPattern(); pat != nil {
		return pat
	}
	p.pos = start
	t := p.cur()
	if t.Kind == NAME {
		if n := p.patternCaptureTarget(); n != nil {
			return &MatchAs{Pos: p.span(start), Name: n.Val}
		}
		if t.Val == "_" {
			p.pos++
			return &MatchAs{Pos: p.span(start)}
		}
		// value_pattern: attr !('.' | '(' | '=')
		if a := p.attr(); a != nil {
			if k := p.peek(); k != DOT && k != LPAR && k != EQUAL {
				return &MatchValue{Pos: p.span(start), Value: a}
			}
		}
		p.pos = start
	}
	switch t.Kind {
	case LPAR:
		// group_pattern: '(' pattern ')'
		p.pos++
		if pat := p.pattern(); pat != nil && p.accept(RPAR) {
			return pat
		}
		// sequence_pattern: '(' open_sequence_pattern? ')'
		p.pos = start + 1
		pats := p.openSequencePattern()
		if pats == nil {
			p.pos = start + 1
			pats = []Pattern{}
		}
		if p.accept(RPAR) {
			return &MatchSequence{Pos: p.span(start), Patterns: pats}
		}
		return nil
	case LSQB:
		p.pos++
		pats := p.maybeSequencePattern()
		if pats == nil {
			pats = []Pattern{}
		}
		if p.accept(RSQB) {
			return &MatchSequence{Pos: p.span(start), Patterns: pats}
		}
		return nil
	case LBRACE:
		return p.mappingPattern()
	case NAME:
		return p.classPattern()
	}
	return nil
}

// patternCaptureTarget is !"_" NAME !('.' | '(' | '=').
func (p *parser) patternCaptureTarget() *Token {
	t := p.cur()
	if t.Kind != NAME || t.Val == "_" {
		return nil
	}
	p.pos++
	if k := p.peek(); k == DOT || k == LPAR || k == EQUAL {
		p.pos--
		return nil
	}
	return t
}

// literalPattern is literal_pattern.
func (p *parser) literalPattern() Pattern {
	start := p.pos
	switch p.peek() {
	case KwNone:
		p.pos++
		return &MatchSingleton{Pos: p.span(start), Value: nil}
	case KwTrue:
		p.pos++
		return &MatchSingleton{Pos: p.span(start), Value: true}
	case KwFalse:
		p.pos++
		return &MatchSingleton{Pos: p.span(start), Value: false}
	}
	if e := p.literalNumberOrString(); e != nil {
		return &MatchValue{Pos: p.span(start), Value: e}
	}
	return nil
}

// literalNumberOrString is the numeric and string alternatives shared by
// literal_pattern and literal_expr: signed_number !('+' | '-') |
// complex_number | strings.
func (p *parser) literalNumberOrString() Expr {
	start := p.pos
	if p.peek() == STRING {
		return p.strings()
	}
	if n := p.signedNumber(); n != nil {
		if k := p.peek(); k != PLUS && k != MINUS {
			return n
		}
	}
	p.pos = start
	// complex_number: signed_real_number ('+' | '-') imaginary_number
	real := p.signedNumber()
	if real == nil {
		return nil
	}
	var op Operator
	switch p.peek() {
	case PLUS:
		op = Add
	case MINUS:
		op = Sub
	default:
		p.pos = start
		return nil
	}
	p.ensureNumber(real, false)
	p.pos++
	t := p.expect(NUMBER)
	if t == nil {
		p.pos = start
		return nil
	}
	imag := p.number(t)
	p.ensureNumber(imag, true)
	return &BinOp{Pos: p.span(start), Left: real, Op: op, Right: imag}
}

// ensureNumber checks the parts of a complex literal pattern, as
// _PyPegen_ensure_real and _PyPegen_ensure_imaginary.
func (p *parser) ensureNumber(e Expr, imaginary bool) {
	c := e
	if u, ok := e.(*UnaryOp); ok {
		c = u.Operand
	}
	_, isComplex := c.(*Constant).Value.(complex128)
	if imaginary && !isComplex {
		p.raiseNode(c.GetPos(), "imaginary number required in complex literal")
	}
	if !imaginary && isComplex {
		p.raiseNode(c.GetPos(), "real number required in complex literal")
	}
}

// signedNumber is NUMBER | '-' NUMBER.
func (p *parser) signedNumber() Expr {
	start := p.pos
	if t := p.expect(NUMBER); t != nil {
		return p.number(t)
	}
	if p.accept(MINUS) {
		if t := p.expect(NUMBER); t != nil {
			return &UnaryOp{Pos: p.span(start), Op: USub, Operand: p.number(t)}
		}
	}
	p.pos = start
	return nil
}

// literalExpr is literal_expr, the literal keys of mapping patterns.
func (p *parser) literalExpr() Expr {
	start := p.pos
	switch p.peek() {
	case KwNone:
		p.pos++
		return &Constant{Pos: p.span(start), Value: nil}
	case KwTrue:
		p.pos++
		return &Constant{Pos: p.span(start), Value: true}
	case KwFalse:
		p.pos++
		return &Constant{Pos: p.span(start), Value: false}
	}
	return p.literalNumberOrString()
}

// attr is name_or_attr '.' NAME: a dotted name of at least two parts.
func (p *parser) attr() Expr {
	start := p.pos
	a := p.nameOrAttr()
	if _, ok := a.(*Attribute); !ok {
		p.pos = start
		return nil
	}
	return a
}

// nameOrAttr is NAME ('.' NAME)*.
func (p *parser) nameOrAttr() Expr {
	start := p.pos
	t := p.expect(NAME)
	if t == nil {
		return nil
	}
	var a Expr = &Name{Pos: Pos{t.Line, t.Col, t.EndLine, t.EndCol}, Id: t.Val, Ctx: Load}
	for {
		mark := p.pos
		if !p.accept(DOT) {
			return a
		}
		n := p.expect(NAME)
		if n == nil {
			p.pos = mark
			return a
		}
		a = &Attribute{Pos: p.span(start), Value: a, Attr: n.Val, Ctx: Load}
	}
}

// openSequencePattern is maybe_star_pattern ',' maybe_sequence_pattern?.
func (p *parser) openSequencePattern() []Pattern {
	start := p.pos
	a := p.maybeStarPattern()
	if a == nil || !p.accept(COMMA) {
		p.pos = start
		return nil
	}
	pats := []Pattern{a}
	mark := p.pos
	if rest := p.maybeSequencePattern(); rest != nil {
		pats = append(pats, rest...)
	} else {
		p.pos = mark
	}
	return pats
}

// maybeSequencePattern is ','.maybe_star_pattern+ ','?.
func (p *parser) maybeSequencePattern() []Pattern {
	return gather(p, nil, (*parser).maybeStarPattern)
}

// maybeStarPattern is star_pattern | pattern.
func (p *parser) maybeStarPattern() Pattern {
	start := p.pos
	if p.accept(STAR) {
		if n := p.patternCaptureTarget(); n != nil {
			return &MatchStar{Pos: p.span(start), Name: n.Val}
		}
		if t := p.cur(); t.Kind == NAME && t.Val == "_" {
			p.pos++
			return &MatchStar{Pos: p.span(start)}
		}
		p.pos = start
		return nil
	}
	return p.pattern()
}

// mappingPattern is mapping_pattern.
func (p *parser) mappingPattern() Pattern {
	start := p.pos
	p.pos++
	if p.accept(RBRACE) {
		return &MatchMapping{Pos: p.span(start), Keys: []Expr{}, Patterns: []Pattern{}}
	}
	if rest := p.doubleStarPattern(); rest != "" {
		p.accept(COMMA)
		if p.accept(RBRACE) {
			return &MatchMapping{Pos: p.span(start), Keys: []Expr{}, Patterns: []Pattern{}, Rest: rest}
		}
		p.pos = start
		return nil
	}
	var keys []Expr
	var pats []Pattern
	for {
		mark := p.pos
		k := p.literalExpr()
		if k == nil {
			p.pos = mark
			k = p.attr()
		}
		var v Pattern
		if k != nil && p.accept(COLON) {
			v = p.pattern()
		}
		if v == nil {
			p.pos = mark
			if keys != nil {
				p.pos--
			}
			break
		}
		keys = append(keys, k)
		pats = append(pats, v)
		if !p.accept(COMMA) {
			break
		}
	}
	if keys == nil {
		p.pos = start
		return nil
	}
	mark := p.pos
	if p.accept(COMMA) {
		if rest := p.doubleStarPattern(); rest != "" {
			p.accept(COMMA)
			if p.accept(RBRACE) {
				return &MatchMapping{Pos: p.span(start), Keys: keys, Patterns: pats, Rest: rest}
			}
		}
	}
	p.pos = mark
	p.accept(COMMA)
	if p.accept(RBRACE) {
		return &MatchMapping{Pos: p.span(start), Keys: keys, Patterns: pats}
	}
	p.pos = start
	return nil
}

// doubleStarPattern is '**' pattern_capture_target; it returns the name.
func (p *parser) doubleStarPattern() string {
	mark := p.pos
	if p.accept(DOUBLESTAR) {
		if n := p.patternCaptureTarget(); n != nil {
			return n.Val
		}
	}
	p.pos = mark
	return ""
}

// classPattern is class_pattern.
func (p *parser) classPattern() Pattern {
	start := p.pos
	cls := p.nameOrAttr()
	if cls == nil || !p.accept(LPAR) {
		p.pos = start
		return nil
	}
	open := p.pos
	if p.accept(RPAR) {
		return &MatchClass{Pos: p.span(start), Cls: cls, Patterns: []Pattern{}, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
	}
	pos := p.positionalPatterns()
	var names []string
	var kpats []Pattern
	if pos != nil {
		mark := p.pos
		p.accept(COMMA)
		if p.accept(RPAR) {
			return &MatchClass{Pos: p.span(start), Cls: cls, Patterns: pos, KwdAttrs: []string{}, KwdPatterns: []Pattern{}}
		}
		p.pos = mark
		if !p.accept(COMMA) {
			return p.invalidClassPattern(start, open)
		}
	}
	names, kpats = p.keywordPatterns()
	if names == nil {
		return p.invalidClassPattern(start, open)
	}
	p.accept(COMMA)
	if !p.accept(RPAR) {
		return p.invalidClassPattern(start, open)
	}
	if pos == nil {
		pos = []Pattern{}
	}
	return &MatchClass{Pos: p.span(start), Cls: cls, Patterns: pos, KwdAttrs: names, KwdPatterns: kpats}
}

// positionalPatterns is ','.pattern+.
func (p *parser) positionalPatterns() []Pattern {
	var pats []Pattern
	for {
		mark := p.pos
		a := p.pattern()
		if a == nil {
			p.pos = mark
			if pats != nil {
				p.pos--
			}
			return pats
		}
		pats = append(pats, a)
		if !p.accept(COMMA) {
			return pats
		}
	}
}

// keywordPatterns is ','.(NAME '=' pattern)+.
func (p *parser) keywordPatterns() ([]string, []Pattern) {
	var names []string
	var pats []Pattern
	for {
		mark := p.pos
		n := p.expect(NAME)
		var v Pattern
		if n != nil && p.accept(EQUAL) {
			v = p.pattern()
		}
		if v == nil {
			p.pos = mark
			if names != nil {
				p.pos--
			}
			return names, pats
		}
		names = append(names, n.Val)
		pats = append(pats, v)
		if !p.accept(COMMA) {
			return names, pats
		}
	}
}

// invalidClassPattern is the class_pattern failure, with the
// invalid_class_pattern check in the error pass.
func (p *parser) invalidClassPattern(start, open int) Pattern {
	if p.invalid {
		// [positional_patterns ','] keyword_patterns ',' positional_patterns
		p.pos = open
		mark := p.pos
		if p.positionalPatterns() == nil || !p.accept(COMMA) {
			p.pos = mark
		}
		if names, _ := p.keywordPatterns(); names != nil && p.accept(COMMA) {
			if pats := p.positionalPatterns(); pats != nil {
				p.raiseRange(pats[0].GetPos(), pats[len(pats)-1].GetPos(), "positional patterns follow keyword patterns")
			}
		}
	}
	p.pos = start
	return nil
}
