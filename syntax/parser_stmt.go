// This file defines the start rules and the simple statements of the
// grammar (file, eval, interactive, func_type, simple_stmts, assignment,
// import, del, ...).

package syntax

import "strings"

// fileRule is file: [statements] ENDMARKER.
func (p *parser) fileRule() Node {
	body := p.statements()
	if !p.accept(ENDMARKER) {
		return nil
	}
	if body == nil {
		body = []Stmt{}
	}
	return &Module{Body: body, TypeIgnores: []*TypeIgnore{}}
}

// evalRule is eval: expressions NEWLINE* ENDMARKER.
func (p *parser) evalRule() Node {
	e := p.expressions()
	if e == nil {
		return nil
	}
	for p.accept(NEWLINE) {
	}
	if !p.accept(ENDMARKER) {
		return nil
	}
	return &Expression{Body: e}
}

// interactiveRule is interactive: statement_newline.
func (p *parser) interactiveRule() Node {
	start := p.pos
	if s := p.compoundStmt(); s != nil && p.accept(NEWLINE) {
		return &Interactive{Body: []Stmt{s}}
	}
	p.pos = start
	if ss := p.simpleStmts(); ss != nil {
		return &Interactive{Body: ss}
	}
	p.pos = start
	if p.accept(NEWLINE) {
		return &Interactive{Body: []Stmt{&Pass{Pos: p.span(start)}}}
	}
	return nil
}

// checkSingle rejects a single-input source holding more than one
// statement, as bad_single_statement does: after the statement, only
// blanks and comments may follow the tokenizer's position.
func (p *parser) checkSingle(*Interactive) *SyntaxError {
	t := &p.toks[p.fill-1]
	line, col := t.EndLine, t.EndCol
	if col < 0 {
		return nil
	}
	for {
		text := p.sourceLine(line)
		if text == "" {
			return nil
		}
		if col > len(text) {
			col = len(text)
		}
		rest := strings.TrimLeft(text[col:], " \t\n\f")
		if rest != "" && rest[0] != '#' {
			return p.makeError(ClassSyntaxError, "multiple statements found while compiling a single statement",
				t.Line, p.tokCol(t), t.EndLine, tokEndCol(t))
		}
		line, col = line+1, 0
	}
}

// funcTypeRule is func_type: '(' [type_expressions] ')' '->' expression
// NEWLINE* ENDMARKER.
func (p *parser) funcTypeRule() Node {
	if !p.accept(LPAR) {
		return nil
	}
	var args []Expr
	mark := p.pos
	if args = p.typeExpressions(); args == nil {
		p.pos = mark
		args = []Expr{}
	}
	if !p.accept(RPAR) || !p.accept(RARROW) {
		return nil
	}
	ret := p.expression()
	if ret == nil {
		return nil
	}
	for p.accept(NEWLINE) {
	}
	if !p.accept(ENDMARKER) {
		return nil
	}
	return &FunctionType{Argtypes: args, Returns: ret}
}

// typeExpressions is type_expressions: a comma list of expressions with an
// optional '*' and '**' entry at the end, whose stars are dropped.
func (p *parser) typeExpressions() []Expr {
	var list []Expr
	for {
		mark := p.pos
		e := p.expression()
		if e == nil {
			p.pos = mark
			if list != nil {
				p.pos-- // the gather leaves the comma
			}
			break
		}
		list = append(list, e)
		if !p.accept(COMMA) {
			break
		}
	}
	mark := p.pos
	if list == nil || p.accept(COMMA) {
		if star := p.starredTypeExpr(STAR); star != nil {
			list = append(list, star)
			m := p.pos
			if p.accept(COMMA) {
				if dstar := p.starredTypeExpr(DOUBLESTAR); dstar != nil {
					return append(list, dstar)
				}
			}
			p.pos = m
			return list
		}
		if dstar := p.starredTypeExpr(DOUBLESTAR); dstar != nil {
			return append(list, dstar)
		}
	}
	p.pos = mark
	return list
}

// starredTypeExpr is '*' expression (or '**' expression), without the star.
func (p *parser) starredTypeExpr(k Kind) Expr {
	mark := p.pos
	if p.accept(k) {
		if e := p.expression(); e != nil {
			return e
		}
	}
	p.pos = mark
	return nil
}

// statements is statements: statement+.
func (p *parser) statements() []Stmt {
	var out []Stmt
	for {
		mark := p.pos
		if p.peek() == ENDMARKER {
			break
		}
		ss := p.statement()
		if ss == nil {
			p.pos = mark
			break
		}
		out = append(out, ss...)
	}
	return out
}

// statement is statement: compound_stmt | simple_stmts.
func (p *parser) statement() []Stmt {
	start := p.pos
	if s := p.compoundStmt(); s != nil {
		return []Stmt{s}
	}
	p.pos = start
	return p.simpleStmts()
}

// simpleStmts is simple_stmts: ';'.simple_stmt+ [';'] NEWLINE.
func (p *parser) simpleStmts() []Stmt {
	s := p.simpleStmt()
	if s == nil {
		return nil
	}
	if p.accept(NEWLINE) {
		return []Stmt{s}
	}
	out := []Stmt{s}
	for p.accept(SEMI) {
		mark := p.pos
		s := p.simpleStmt()
		if s == nil {
			p.pos = mark
			break
		}
		out = append(out, s)
	}
	if !p.accept(NEWLINE) {
		return nil
	}
	return out
}

// simpleStmt is simple_stmt. Assignments are tried first, as the grammar
// says; when the logical line holds no '=', ':' or augmented assignment at
// bracket depth 0 none of them can match, so the expression statement is
// parsed directly and the assignment alternatives only run if it fails (so
// the furthest token examined stays the same as CPython's).
func (p *parser) simpleStmt() Stmt {
	start := p.pos
	switch p.peek() {
	case KwReturn:
		return p.returnStmt()
	case KwImport:
		return p.importName()
	case KwFrom:
		return p.importFrom()
	case KwRaise:
		return p.raiseStmt()
	case KwPass:
		p.pos++
		return &Pass{Pos: p.span(start)}
	case KwBreak:
		p.pos++
		return &Break{Pos: p.span(start)}
	case KwContinue:
		p.pos++
		return &Continue{Pos: p.span(start)}
	case KwDel:
		return p.delStmt()
	case KwYield:
		if p.invalid {
			p.invalidAssignment()
			p.pos = start
		}
		if y := p.yieldExpr(); y != nil {
			return &ExprStmt{Pos: p.span(start), Value: y}
		}
		return nil
	case KwAssert:
		return p.assertStmt()
	case KwGlobal, KwNonlocal:
		return p.globalStmt()
	}
	if p.invalid || p.lineMayAssign() {
		if s := p.assignment(); s != nil {
			return s
		}
		p.pos = start
		if e := p.starExpressions(); e != nil {
			return &ExprStmt{Pos: p.span(start), Value: e}
		}
		return nil
	}
	if e := p.starExpressions(); e != nil {
		return &ExprStmt{Pos: p.span(start), Value: e}
	}
	p.pos = start
	p.assignment()
	p.pos = start
	return nil
}

// lineMayAssign scans the rest of the logical line for a token that could
// make it an assignment. The scan fetches tokens without examining them.
func (p *parser) lineMayAssign() bool {
	depth := 0
	for i := p.pos; ; i++ {
		if !p.fetch(i) {
			return true
		}
		switch k := p.toks[i].Kind; k {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
			if depth < 0 {
				return true
			}
		case NEWLINE, ENDMARKER:
			return false
		case SEMI:
			if depth == 0 {
				return false
			}
		case EQUAL, COLON:
			if depth == 0 {
				return true
			}
		default:
			if depth == 0 && augOp(k) != noOp {
				return true
			}
		}
	}
}

// noOp is what augOp returns for a token that is not an augmented assignment.
const noOp Operator = 255

// equalAhead reports whether an '=' follows in the logical line at
// bracket depth 0. Like lineMayAssign it only fetches tokens.
func (p *parser) equalAhead() bool {
	depth := 0
	for i := p.pos; ; i++ {
		if !p.fetch(i) {
			return true
		}
		switch p.toks[i].Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
			if depth < 0 {
				return true
			}
		case NEWLINE, ENDMARKER, SEMI:
			if depth <= 0 {
				return false
			}
		case EQUAL:
			if depth == 0 {
				return true
			}
		}
	}
}

// augOp maps an augmented assignment token to its operator, or noOp.
func augOp(k Kind) Operator {
	switch k {
	case PLUSEQUAL:
		return Add
	case MINEQUAL:
		return Sub
	case STAREQUAL:
		return Mult
	case ATEQUAL:
		return MatMult
	case SLASHEQUAL:
		return Div
	case PERCENTEQUAL:
		return Modulo
	case AMPEREQUAL:
		return BitAnd
	case VBAREQUAL:
		return BitOr
	case CIRCUMFLEXEQUAL:
		return BitXor
	case LEFTSHIFTEQUAL:
		return LShift
	case RIGHTSHIFTEQUAL:
		return RShift
	case DOUBLESTAREQUAL:
		return Pow
	case DOUBLESLASHEQUAL:
		return FloorDiv
	}
	return noOp
}

// assignment is the assignment rule: annotated, plain and augmented
// assignments.
func (p *parser) assignment() Stmt {
	start := p.pos
	// NAME ':' expression ['=' annotated_rhs]
	if n := p.expect(NAME); n != nil && p.accept(COLON) {
		if ann := p.expression(); ann != nil {
			target := &Name{Pos: Pos{n.Line, n.Col, n.EndLine, n.EndCol}, Id: n.Val, Ctx: Store}
			return p.annAssignRest(start, target, ann, 1)
		}
	}
	p.pos = start
	// ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
	var target Expr
	if p.accept(LPAR) {
		if t := p.singleTarget(); t != nil && p.accept(RPAR) {
			target = t
		}
	}
	if target == nil {
		p.pos = start
		target = p.singleSubscriptAttributeTarget()
	}
	if target != nil && p.accept(COLON) {
		if ann := p.expression(); ann != nil {
			return p.annAssignRest(start, target, ann, 0)
		}
	}
	p.pos = start
	if s := p.plainAssignment(start); s != nil {
		return s
	}
	p.pos = start
	// single_target augassign ~ (yield_expr | star_expressions)
	if t := p.singleTarget(); t != nil {
		if op := augOp(p.peek()); op != noOp {
			p.pos++
			if op == MatMult {
				p.checkVersion(5, "The '@' operator is")
			}
			var v Expr
			if p.peek() == KwYield {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			if v == nil {
				return nil // the cut: no further alternatives
			}
			return &AugAssign{Pos: p.span(start), Target: t, Op: op, Value: v}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidAssignment()
		p.pos = start
	}
	return nil
}

// annAssignRest finishes an annotated assignment: ['=' annotated_rhs].
func (p *parser) annAssignRest(start int, target, ann Expr, simple int) Stmt {
	mark := p.pos
	var value Expr
	if p.accept(EQUAL) {
		if value = p.annotatedRHS(); value == nil {
			p.pos = mark
		}
	}
	p.checkVersion(6, "Variable annotation syntax is")
	return &AnnAssign{Pos: p.span(start), Target: target, Annotation: ann, Value: value, Simple: simple}
}

// annotatedRHS is annotated_rhs: yield_expr | star_expressions.
func (p *parser) annotatedRHS() Expr {
	if p.peek() == KwYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// plainAssignment is (star_targets '=')+ (yield_expr | star_expressions)
// !'=' [TYPE_COMMENT].
func (p *parser) plainAssignment(start int) Stmt {
	var targets []Expr
	skipped := -1
	for {
		mark := p.pos
		if targets != nil && !p.equalAhead() {
			// No '=' follows at bracket depth 0, so star_targets '='
			// cannot match here; it examines no further than the value
			// parse below, which it would fail before anyway.
			skipped = mark
			break
		}
		t := p.starTargets()
		if t == nil || !p.accept(EQUAL) {
			p.pos = mark
			break
		}
		targets = append(targets, t)
	}
	if targets == nil {
		return nil
	}
	valueStart := p.pos
	value := p.annotatedRHS()
	if value == nil || p.peek() == EQUAL {
		if skipped >= 0 {
			p.pos = skipped
			p.starTargets() // examine what the grammar would have
			p.pos = valueStart
		}
		return nil
	}
	tc := ""
	if t := p.expect(TYPE_COMMENT); t != nil {
		tc = t.Val
	}
	return &Assign{Pos: p.span(start), Targets: targets, Value: value, TypeComment: tc}
}

// returnStmt is 'return' [star_expressions].
func (p *parser) returnStmt() Stmt {
	start := p.pos
	p.pos++
	mark := p.pos
	v := p.starExpressions()
	if v == nil {
		p.pos = mark
	}
	return &Return{Pos: p.span(start), Value: v}
}

// raiseStmt is 'raise' expression ['from' expression] | 'raise'.
func (p *parser) raiseStmt() Stmt {
	start := p.pos
	p.pos++
	mark := p.pos
	if exc := p.expression(); exc != nil {
		mark2 := p.pos
		var cause Expr
		if p.accept(KwFrom) {
			if cause = p.expression(); cause == nil {
				p.pos = mark2
			}
		}
		return &Raise{Pos: p.span(start), Exc: exc, Cause: cause}
	}
	p.pos = mark
	return &Raise{Pos: p.span(start)}
}

// globalStmt is 'global' ','.NAME+ (and the same for 'nonlocal').
func (p *parser) globalStmt() Stmt {
	start := p.pos
	kw := p.cur().Kind
	p.pos++
	var names []string
	for {
		n := p.expect(NAME)
		if n == nil {
			if names == nil {
				return nil
			}
			p.pos--
			break
		}
		names = append(names, n.Val)
		if !p.accept(COMMA) {
			break
		}
	}
	if kw == KwGlobal {
		return &Global{Pos: p.span(start), Names: names}
	}
	return &Nonlocal{Pos: p.span(start), Names: names}
}

// delStmt is 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt.
func (p *parser) delStmt() Stmt {
	start := p.pos
	p.pos++
	if ts := p.delTargets(); ts != nil {
		if k := p.peek(); k == SEMI || k == NEWLINE {
			return &Delete{Pos: p.span(start), Targets: ts}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidDelStmt()
	}
	return nil
}

// assertStmt is 'assert' expression [',' expression].
func (p *parser) assertStmt() Stmt {
	start := p.pos
	p.pos++
	test := p.expression()
	if test == nil {
		return nil
	}
	mark := p.pos
	var msg Expr
	if p.accept(COMMA) {
		if msg = p.expression(); msg == nil {
			p.pos = mark
		}
	}
	return &Assert{Pos: p.span(start), Test: test, Msg: msg}
}

// importName is 'import' dotted_as_names.
func (p *parser) importName() Stmt {
	start := p.pos
	p.pos++
	var names []*Alias
	for {
		a := p.dottedAsName()
		if a == nil {
			if names == nil {
				return nil
			}
			p.pos--
			break
		}
		names = append(names, a)
		if !p.accept(COMMA) {
			break
		}
	}
	return &Import{Pos: p.span(start), Names: names}
}

// dottedAsName is dotted_name ['as' NAME].
func (p *parser) dottedAsName() *Alias {
	start := p.pos
	name := p.dottedName()
	if name == "" {
		return nil
	}
	return p.aliasRest(start, name)
}

// aliasRest finishes an alias: ['as' NAME].
func (p *parser) aliasRest(start int, name string) *Alias {
	mark := p.pos
	as := ""
	if p.accept(KwAs) {
		if n := p.expect(NAME); n != nil {
			as = n.Val
		} else {
			p.pos = mark
		}
	}
	return &Alias{Pos: p.span(start), Name: name, Asname: as}
}

// dottedName is dotted_name: NAME ('.' NAME)*, joined with dots.
func (p *parser) dottedName() string {
	n := p.expect(NAME)
	if n == nil {
		return ""
	}
	name := n.Val
	for {
		mark := p.pos
		if !p.accept(DOT) {
			break
		}
		m := p.expect(NAME)
		if m == nil {
			p.pos = mark
			break
		}
		name += "." + m.Val
	}
	return name
}

// importFrom is import_from.
func (p *parser) importFrom() Stmt {
	start := p.pos
	p.pos++
	level := 0
	for {
		if p.accept(DOT) {
			level++
		} else if p.accept(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	mark := p.pos
	module := p.dottedName()
	if module == "" && level == 0 {
		return nil
	}
	if !p.accept(KwImport) {
		if module == "" {
			return nil
		}
		// The second alternative needs 'import' right after the dots.
		p.pos = mark
		return nil
	}
	names := p.importFromTargets()
	if names == nil {
		return nil
	}
	return &ImportFrom{Pos: p.span(start), Module: module, Names: names, Level: level}
}

// importFromTargets is import_from_targets.
func (p *parser) importFromTargets() []*Alias {
	start := p.pos
	if p.accept(LPAR) {
		if names := p.importFromAsNames(); names != nil {
			p.accept(COMMA)
			if p.accept(RPAR) {
				return names
			}
		}
		p.pos = start
	}
	if names := p.importFromAsNames(); names != nil && p.peek() != COMMA {
		return names
	}
	p.pos = start
	if p.accept(STAR) {
		return []*Alias{{Pos: p.span(start), Name: "*"}}
	}
	if p.invalid {
		if names := p.importFromAsNames(); names != nil && p.accept(COMMA) && p.peek() == NEWLINE {
			p.raiseHere(ClassSyntaxError, "trailing comma not allowed without surrounding parentheses")
		}
		p.pos = start
	}
	return nil
}

// importFromAsNames is ','.import_from_as_name+.
func (p *parser) importFromAsNames() []*Alias {
	var names []*Alias
	for {
		start := p.pos
		n := p.expect(NAME)
		if n == nil {
			if names == nil {
				return nil
			}
			p.pos--
			return names
		}
		names = append(names, p.aliasRest(start, n.Val))
		if !p.accept(COMMA) {
			return names
		}
	}
}
