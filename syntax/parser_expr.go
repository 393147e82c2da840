// This file defines the expression rules, from star_expressions down to
// atoms: operators with their precedence, comparisons, lambda, yield,
// await, primaries (attribute, call, subscript) and slices.

package syntax

// expressions is expressions: expression (',' expression)* [','], a Tuple
// when there is a comma.
func (p *parser) expressions() Expr {
	start := p.pos
	e := p.expression()
	if e == nil {
		return nil
	}
	if p.peek() != COMMA {
		return e
	}
	p.accept(COMMA)
	elts := gather(p, []Expr{e}, (*parser).expression)
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// gather parses items separated by commas with an optional trailing comma
// (','.item+ [','] after elts): it stops, at the position before it, at the
// first item that does not parse.
func gather[T comparable](p *parser, elts []T, item func(*parser) T) []T {
	var none T
	for {
		mark := p.pos
		e := item(p)
		if e == none {
			p.pos = mark
			return elts
		}
		elts = append(elts, e)
		if !p.accept(COMMA) {
			return elts
		}
	}
}

// starExpressions is star_expressions.
func (p *parser) starExpressions() Expr {
	start := p.pos
	e := p.starExpression()
	if e == nil {
		return nil
	}
	if p.peek() != COMMA {
		return e
	}
	p.accept(COMMA)
	elts := gather(p, []Expr{e}, (*parser).starExpression)
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// starExpression is star_expression: '*' bitwise_or | expression.
func (p *parser) starExpression() Expr {
	start := p.pos
	if p.accept(STAR) {
		if e := p.bitwiseOr(); e != nil {
			return &Starred{Pos: p.span(start), Value: e, Ctx: Load}
		}
		p.pos = start
		return nil
	}
	return p.expression()
}

// starNamedExpressions is ','.star_named_expression+ [','].
func (p *parser) starNamedExpressions() []Expr {
	return gather(p, nil, (*parser).starNamedExpression)
}

// starNamedExpression is star_named_expression.
func (p *parser) starNamedExpression() Expr {
	start := p.pos
	if p.accept(STAR) {
		if e := p.bitwiseOr(); e != nil {
			return &Starred{Pos: p.span(start), Value: e, Ctx: Load}
		}
		p.pos = start
		return nil
	}
	return p.namedExpression()
}

// assignmentExpression is NAME ':=' ~ expression.
func (p *parser) assignmentExpression() Expr {
	start := p.pos
	n := p.cur()
	if n.Kind != NAME || p.peekAt(1) != COLONEQUAL {
		return nil
	}
	p.pos += 2
	v := p.expression()
	if v == nil {
		p.pos = start
		return nil
	}
	target := &Name{Pos: Pos{n.Line, n.Col, n.EndLine, n.EndCol}, Id: n.Val, Ctx: Store}
	p.checkVersion(8, "Assignment expressions are")
	return &NamedExpr{Pos: p.span(start), Target: target, Value: v}
}

// namedExpression is named_expression.
func (p *parser) namedExpression() Expr {
	start := p.pos
	if e := p.assignmentExpression(); e != nil {
		return e
	}
	if p.invalid {
		p.invalidNamedExpression()
		p.pos = start
	}
	e := p.expression()
	if e == nil || p.peek() == COLONEQUAL {
		p.pos = start
		return nil
	}
	return e
}

// expression is expression: a conditional expression, a disjunction or a
// lambda.
func (p *parser) expression() Expr {
	start := p.pos
	if e, ok := p.memoExpr(memoExpression, start); ok {
		return e
	}
	p.enter()
	e := p.expressionInner()
	p.leave()
	if e == nil {
		p.pos = start
	}
	p.memoSetExpr(memoExpression, start, e)
	return e
}

func (p *parser) expressionInner() Expr {
	start := p.pos
	if p.invalid {
		p.invalidExpression()
		p.pos = start
		p.invalidLegacyExpression()
		p.pos = start
	}
	if p.peek() == KwLambda {
		return p.lambdef()
	}
	a := p.disjunction()
	if a == nil {
		return nil
	}
	mark := p.pos
	if p.accept(KwIf) {
		if b := p.disjunction(); b != nil && p.accept(KwElse) {
			if c := p.expression(); c != nil {
				return &IfExp{Pos: p.span(start), Test: b, Body: a, Orelse: c}
			}
		}
		p.pos = mark
	}
	return a
}

// disjunction is conjunction ('or' conjunction)*.
func (p *parser) disjunction() Expr {
	return p.boolOp(KwOr, Or, (*parser).conjunction)
}

// conjunction is inversion ('and' inversion)*.
func (p *parser) conjunction() Expr {
	return p.boolOp(KwAnd, And, (*parser).inversion)
}

// boolOp is operand (kw operand)*, a BoolOp when kw appears.
func (p *parser) boolOp(kw Kind, op Boolop, operand func(*parser) Expr) Expr {
	start := p.pos
	a := operand(p)
	if a == nil || p.peek() != kw {
		return a
	}
	vals := []Expr{a}
	for {
		mark := p.pos
		if !p.accept(kw) {
			break
		}
		b := operand(p)
		if b == nil {
			p.pos = mark
			break
		}
		vals = append(vals, b)
	}
	if len(vals) == 1 {
		return a
	}
	return &BoolOp{Pos: p.span(start), Op: op, Values: vals}
}

// inversion is 'not' inversion | comparison.
func (p *parser) inversion() Expr {
	start := p.pos
	if p.accept(KwNot) {
		p.enter()
		a := p.inversion()
		p.leave()
		if a != nil {
			return &UnaryOp{Pos: p.span(start), Op: Not, Operand: a}
		}
		p.pos = start
	}
	return p.comparison()
}

// comparison is bitwise_or compare_op_bitwise_or_pair*.
func (p *parser) comparison() Expr {
	start := p.pos
	a := p.bitwiseOr()
	if a == nil {
		return nil
	}
	var ops []Cmpop
	var comps []Expr
	for {
		mark := p.pos
		op, ok := p.compareOp()
		if !ok {
			p.pos = mark
			break
		}
		b := p.bitwiseOr()
		if b == nil {
			p.pos = mark
			break
		}
		ops = append(ops, op)
		comps = append(comps, b)
	}
	if ops == nil {
		return a
	}
	return &Compare{Pos: p.span(start), Left: a, Ops: ops, Comparators: comps}
}

// compareOp consumes a comparison operator.
func (p *parser) compareOp() (Cmpop, bool) {
	switch p.peek() {
	case EQEQUAL:
		p.pos++
		return Eq, true
	case NOTEQUAL:
		if p.checkBarry(&p.toks[p.pos]) {
			return 0, false
		}
		p.pos++
		return NotEq, true
	case LESSEQUAL:
		p.pos++
		return LtE, true
	case LESS:
		p.pos++
		return Lt, true
	case GREATEREQUAL:
		p.pos++
		return GtE, true
	case GREATER:
		p.pos++
		return Gt, true
	case KwNot:
		if p.peekAt(1) == KwIn {
			p.pos += 2
			return NotIn, true
		}
	case KwIn:
		p.pos++
		return In, true
	case KwIs:
		// 'is' 'not' bitwise_or | 'is' bitwise_or: a 'not' after 'is' can
		// only be the former, since no bitwise_or starts with 'not'.
		p.pos++
		if p.accept(KwNot) {
			return IsNot, true
		}
		return Is, true
	}
	return 0, false
}

// bitwiseOr is bitwise_or: bitwise_xor ('|' bitwise_xor)*.
func (p *parser) bitwiseOr() Expr {
	start := p.pos
	if e, ok := p.memoExpr(memoBitwiseOr, start); ok {
		return e
	}
	a := p.binaryLevel(start, 0)
	if a == nil {
		p.pos = start
	}
	p.memoSetExpr(memoBitwiseOr, start, a)
	return a
}

// binLevels lists the left-associative binary operator levels, loosest
// first: |, ^, &, shifts, sums, terms.
var binLevels = [...][]struct {
	k  Kind
	op Operator
}{
	{{VBAR, BitOr}},
	{{CIRCUMFLEX, BitXor}},
	{{AMPER, BitAnd}},
	{{LEFTSHIFT, LShift}, {RIGHTSHIFT, RShift}},
	{{PLUS, Add}, {MINUS, Sub}},
	{{STAR, Mult}, {SLASH, Div}, {DOUBLESLASH, FloorDiv}, {PERCENT, Modulo}, {AT, MatMult}},
}

// binaryLevel parses one level of left-associative binary operators; the
// grammar's left recursion becomes a loop.
func (p *parser) binaryLevel(start, level int) Expr {
	var a Expr
	if level == len(binLevels)-1 {
		a = p.factor()
	} else {
		a = p.binaryLevel(start, level+1)
	}
	if a == nil {
		return nil
	}
	for {
		k := p.peek()
		op, found := Operator(0), false
		for _, o := range binLevels[level] {
			if o.k == k {
				op, found = o.op, true
				break
			}
		}
		if !found {
			return a
		}
		mark := p.pos
		p.pos++
		var b Expr
		if level == len(binLevels)-1 {
			b = p.factor()
		} else {
			b = p.binaryLevel(p.pos, level+1)
		}
		if b == nil {
			p.pos = mark
			return a
		}
		if op == MatMult {
			p.checkVersion(5, "The '@' operator is")
		}
		a = &BinOp{Pos: p.span(start), Left: a, Op: op, Right: b}
	}
}

// factor is '+' factor | '-' factor | '~' factor | power.
func (p *parser) factor() Expr {
	start := p.pos
	var op Unaryop
	switch p.peek() {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	p.pos++
	p.enter()
	a := p.factor()
	p.leave()
	if a == nil {
		p.pos = start
		return nil
	}
	return &UnaryOp{Pos: p.span(start), Op: op, Operand: a}
}

// power is await_primary '**' factor | await_primary.
func (p *parser) power() Expr {
	start := p.pos
	a := p.awaitPrimary()
	if a == nil {
		return nil
	}
	mark := p.pos
	if p.accept(DOUBLESTAR) {
		p.enter()
		b := p.factor()
		p.leave()
		if b != nil {
			return &BinOp{Pos: p.span(start), Left: a, Op: Pow, Right: b}
		}
		p.pos = mark
	}
	return a
}

// awaitPrimary is AWAIT primary | primary.
func (p *parser) awaitPrimary() Expr {
	start := p.pos
	if p.accept(KwAwait) {
		if a := p.primary(); a != nil {
			p.checkVersion(5, "Await expressions are")
			return &Await{Pos: p.span(start), Value: a}
		}
		p.pos = start
		return nil
	}
	return p.primary()
}

// primary is atom followed by any number of '.' NAME, genexp, '('
// arguments ')' and '[' slices ']' trailers.
func (p *parser) primary() Expr {
	start := p.pos
	a := p.atom()
	if a == nil {
		return nil
	}
	for {
		mark := p.pos
		switch p.peek() {
		case DOT:
			p.pos++
			if n := p.expect(NAME); n != nil {
				a = &Attribute{Pos: p.span(start), Value: a, Attr: n.Val, Ctx: Load}
				continue
			}
		case LPAR:
			if c := p.callTrailer(start, a); c != nil {
				a = c
				continue
			}
		case LSQB:
			p.pos++
			if s := p.slices(); s != nil && p.accept(RSQB) {
				a = &Subscript{Pos: p.span(start), Value: a, Slice: s, Ctx: Load}
				continue
			}
		}
		p.pos = mark
		return a
	}
}

// callTrailer parses genexp | '(' [arguments] ')' after the primary a.
func (p *parser) callTrailer(start int, a Expr) Expr {
	mark := p.pos
	p.enter()
	defer p.leave()
	if g := p.genexp(); g != nil {
		return &Call{Pos: p.span(start), Func: a, Args: []Expr{g}, Keywords: []*Keyword{}}
	}
	p.pos = mark + 1
	args := p.arguments()
	if args == nil {
		p.pos = mark + 1
	}
	if !p.accept(RPAR) {
		p.pos = mark
		return nil
	}
	c := &Call{Pos: p.span(start), Func: a, Args: []Expr{}, Keywords: []*Keyword{}}
	if args != nil {
		c.Args, c.Keywords = args.args, args.kws
	}
	return c
}

// slices is slices: a single slice, or a Tuple of slices and starred
// expressions.
func (p *parser) slices() Expr {
	start := p.pos
	s := p.slice()
	if s != nil && p.peek() != COMMA {
		return s
	}
	var elts []Expr
	for {
		mark := p.pos
		var e Expr
		if s != nil {
			e, s = s, nil
		} else if e = p.slice(); e == nil {
			p.pos = mark
			e = p.starredExpression()
		}
		if e == nil {
			if elts == nil {
				p.pos = start
				return nil
			}
			p.pos = mark
			break
		}
		elts = append(elts, e)
		if !p.accept(COMMA) {
			break
		}
	}
	return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// slice is [expression] ':' [expression] [':' [expression]] |
// named_expression.
func (p *parser) slice() Expr {
	start := p.pos
	lower := p.expression()
	if lower == nil {
		p.pos = start
	}
	if p.accept(COLON) {
		mark := p.pos
		upper := p.expression()
		if upper == nil {
			p.pos = mark
		}
		var step Expr
		if p.accept(COLON) {
			m2 := p.pos
			if step = p.expression(); step == nil {
				p.pos = m2
			}
		}
		return &Slice{Pos: p.span(start), Lower: lower, Upper: upper, Step: step}
	}
	p.pos = start
	return p.namedExpression()
}

// starredExpression is '*' expression.
func (p *parser) starredExpression() Expr {
	start := p.pos
	if !p.accept(STAR) {
		return nil
	}
	e := p.expression()
	if e == nil {
		p.pos = start
		return nil
	}
	return &Starred{Pos: p.span(start), Value: e, Ctx: Load}
}

// atom is atom: names, constants, strings, numbers and the bracketed
// displays.
func (p *parser) atom() Expr {
	start := p.pos
	t := p.cur()
	switch t.Kind {
	case NAME:
		p.pos++
		return &Name{Pos: Pos{t.Line, t.Col, t.EndLine, t.EndCol}, Id: t.Val, Ctx: Load}
	case KwTrue:
		p.pos++
		return &Constant{Pos: p.span(start), Value: true}
	case KwFalse:
		p.pos++
		return &Constant{Pos: p.span(start), Value: false}
	case KwNone:
		p.pos++
		return &Constant{Pos: p.span(start), Value: nil}
	case ELLIPSIS:
		p.pos++
		return &Constant{Pos: p.span(start), Value: Ellipsis{}}
	case STRING:
		return p.strings()
	case NUMBER:
		p.pos++
		if hasUnderscore(t.Val) {
			p.checkVersion(6, "Underscores in numeric literals are")
		}
		return p.number(t)
	case LPAR:
		p.enter()
		defer p.leave()
		return p.parenAtom()
	case LSQB:
		p.enter()
		defer p.leave()
		if l := p.list(); l != nil {
			return l
		}
		p.pos = start
		return p.listcomp()
	case LBRACE:
		p.enter()
		defer p.leave()
		return p.braceAtom()
	}
	return nil
}

// strings is STRING+, decoded by parseStrings.
func (p *parser) strings() Expr {
	start := p.pos
	if e, ok := p.memoExpr(memoStrings, start); ok {
		return e
	}
	for p.peek() == STRING {
		p.pos++
	}
	p.checkFStringVersion(p.toks[start:p.pos])
	e, err := parseStrings(p, p.toks[start:p.pos])
	if err != nil {
		panic(bailout{err})
	}
	p.memoSetExpr(memoStrings, start, e)
	return e
}

// parenAtom is &'(' (tuple | group | genexp).
func (p *parser) parenAtom() Expr {
	start := p.pos
	p.pos++
	if p.accept(RPAR) {
		return &Tuple{Pos: p.span(start), Elts: []Expr{}, Ctx: Load}
	}
	mark := p.pos
	// tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
	if e := p.starNamedExpression(); e != nil && p.accept(COMMA) {
		elts := []Expr{e}
		elts = append(elts, p.starNamedExpressions()...)
		if p.accept(RPAR) {
			return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
		}
	}
	// group: '(' (yield_expr | named_expression) ')'
	p.pos = mark
	var e Expr
	if p.peek() == KwYield {
		e = p.yieldExpr()
	} else {
		e = p.namedExpression()
	}
	if e != nil && p.accept(RPAR) {
		return e
	}
	if p.invalid {
		p.pos = start
		p.invalidGroup()
	}
	p.pos = start
	return p.genexp()
}

// list is '[' [star_named_expressions] ']'.
func (p *parser) list() Expr {
	start := p.pos
	p.pos++
	elts := p.starNamedExpressions()
	if !p.accept(RSQB) {
		return nil
	}
	if elts == nil {
		elts = []Expr{}
	}
	return &List{Pos: p.span(start), Elts: elts, Ctx: Load}
}

// listcomp is '[' named_expression for_if_clauses ']'.
func (p *parser) listcomp() Expr {
	start := p.pos
	p.pos++
	if e := p.namedExpression(); e != nil {
		if gens := p.forIfClauses(); gens != nil && p.accept(RSQB) {
			return &ListComp{Pos: p.span(start), Elt: e, Generators: gens}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidComprehension()
	}
	return nil
}

// genexp is '(' (assignment_expression | expression !':=') for_if_clauses
// ')'.
func (p *parser) genexp() Expr {
	start := p.pos
	if !p.accept(LPAR) {
		return nil
	}
	e := p.assignmentExpression()
	if e == nil {
		if e = p.expression(); e != nil && p.peek() == COLONEQUAL {
			e = nil
		}
	}
	if e != nil {
		if gens := p.forIfClauses(); gens != nil && p.accept(RPAR) {
			return &GeneratorExp{Pos: p.span(start), Elt: e, Generators: gens}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidComprehension()
		p.pos = start
	}
	return nil
}

// braceAtom is &'{' (dict | set | dictcomp | setcomp).
func (p *parser) braceAtom() Expr {
	start := p.pos
	p.pos++
	// dict: '{' [double_starred_kvpairs] '}'
	keys, vals := p.doubleStarredKVPairs()
	if p.accept(RBRACE) {
		if keys == nil {
			keys, vals = []Expr{}, []Expr{}
		}
		return &Dict{Pos: p.span(start), Keys: keys, Values: vals}
	}
	// The grammar's "'{' invalid_double_starred_kvpairs '}'" is not an
	// alternative made of an invalid rule alone, so pegen runs it in the
	// first pass too.
	p.pos = start + 1
	p.invalidDoubleStarredKVPairs()
	// set: '{' star_named_expressions '}'
	p.pos = start + 1
	if elts := p.starNamedExpressions(); elts != nil && p.accept(RBRACE) {
		return &Set{Pos: p.span(start), Elts: elts}
	}
	// dictcomp: '{' kvpair for_if_clauses '}'
	p.pos = start + 1
	if k, v := p.kvpair(); k != nil {
		if gens := p.forIfClauses(); gens != nil && p.accept(RBRACE) {
			return &DictComp{Pos: p.span(start), Key: k, Value: v, Generators: gens}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidDictComprehension()
		p.pos = start
	}
	// setcomp: '{' named_expression for_if_clauses '}'
	p.pos = start + 1
	if e := p.namedExpression(); e != nil {
		if gens := p.forIfClauses(); gens != nil && p.accept(RBRACE) {
			return &SetComp{Pos: p.span(start), Elt: e, Generators: gens}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidComprehension()
		p.pos = start
	}
	return nil
}

// doubleStarredKVPairs is ','.double_starred_kvpair+ [','], returning
// keys (nil for '**') and values; nil, nil when there is none.
func (p *parser) doubleStarredKVPairs() (keys, vals []Expr) {
	for {
		mark := p.pos
		var k, v Expr
		if p.accept(DOUBLESTAR) {
			if v = p.bitwiseOr(); v == nil {
				p.pos = mark
				return
			}
		} else if k, v = p.kvpair(); k == nil {
			p.pos = mark
			return
		}
		keys = append(keys, k)
		vals = append(vals, v)
		if !p.accept(COMMA) {
			return
		}
	}
}

// kvpair is expression ':' expression.
func (p *parser) kvpair() (Expr, Expr) {
	start := p.pos
	k := p.expression()
	if k == nil || !p.accept(COLON) {
		p.pos = start
		return nil, nil
	}
	v := p.expression()
	if v == nil {
		p.pos = start
		return nil, nil
	}
	return k, v
}

// forIfClauses is for_if_clause+.
func (p *parser) forIfClauses() []*Comprehension {
	var out []*Comprehension
	for {
		c := p.forIfClause()
		if c == nil {
			return out
		}
		out = append(out, c)
	}
}

// forIfClause is for_if_clause, with the cut after 'in'.
func (p *parser) forIfClause() *Comprehension {
	start := p.pos
	isAsync := 0
	if p.accept(KwAsync) {
		isAsync = 1
	}
	if p.accept(KwFor) {
		if t := p.starTargets(); t != nil && p.accept(KwIn) {
			iter := p.disjunction()
			if iter == nil {
				p.pos = start
				return nil
			}
			ifs := []Expr{}
			for {
				mark := p.pos
				if !p.accept(KwIf) {
					break
				}
				c := p.disjunction()
				if c == nil {
					p.pos = mark
					break
				}
				ifs = append(ifs, c)
			}
			if isAsync != 0 {
				p.checkVersion(6, "Async comprehensions are")
			}
			return &Comprehension{Target: t, Iter: iter, Ifs: ifs, IsAsync: isAsync}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidForTarget()
		p.pos = start
	}
	return nil
}

// yieldExpr is 'yield' 'from' expression | 'yield' [star_expressions].
func (p *parser) yieldExpr() Expr {
	start := p.pos
	if !p.accept(KwYield) {
		return nil
	}
	if p.accept(KwFrom) {
		if e := p.expression(); e != nil {
			return &YieldFrom{Pos: p.span(start), Value: e}
		}
		p.pos = start + 1
	}
	mark := p.pos
	v := p.starExpressions()
	if v == nil {
		p.pos = mark
	}
	return &Yield{Pos: p.span(start), Value: v}
}

// lambdef is 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() Expr {
	start := p.pos
	if !p.accept(KwLambda) {
		return nil
	}
	p.enter()
	defer p.leave()
	mark := p.pos
	args := p.params(true)
	if args == nil {
		p.pos = mark
		args = emptyArguments()
	}
	if !p.accept(COLON) {
		p.pos = start
		return nil
	}
	body := p.expression()
	if body == nil {
		p.pos = start
		return nil
	}
	return &Lambda{Pos: p.span(start), Args: args, Body: body}
}
