// This file defines the compound statements: blocks, def, class, if,
// while, for, with, try and the match statement's frame (its patterns are
// in parser_pattern.go).

package syntax

// compoundStmt is compound_stmt, dispatched on the first token.
func (p *parser) compoundStmt() Stmt {
	start := p.pos
	switch t := p.cur(); t.Kind {
	case KwDef:
		return p.functionDefRaw(nil)
	case AT:
		decos := p.decorators()
		if decos == nil {
			return nil
		}
		if p.peek() == KwClass {
			return p.classDefRaw(decos)
		}
		return p.functionDefRaw(decos)
	case KwAsync:
		if s := p.functionDefRaw(nil); s != nil {
			return s
		}
		p.pos = start
		if s := p.withStmt(); s != nil {
			return s
		}
		p.pos = start
		return p.forStmt()
	case KwIf:
		return p.ifStmt()
	case KwClass:
		return p.classDefRaw(nil)
	case KwWith:
		return p.withStmt()
	case KwFor:
		return p.forStmt()
	case KwTry:
		return p.tryStmt()
	case KwWhile:
		return p.whileStmt()
	case NAME:
		if t.Val == "match" {
			return p.matchStmt()
		}
	}
	return nil
}

// forced consumes a token of kind k or raises "expected 'what'", pegen's
// &&token.
func (p *parser) forced(k Kind, what string) *Token {
	t := p.at(p.pos)
	if t.Kind != k {
		p.raiseTok(t, "expected '"+what+"'")
	}
	p.pos++
	return t
}

// block is block: NEWLINE INDENT statements DEDENT | simple_stmts.
func (p *parser) block() []Stmt {
	start := p.pos
	if v, ok := p.memoGet(memoBlock, start); ok {
		if v == nil {
			return nil
		}
		return v.([]Stmt)
	}
	p.enter()
	res := p.blockInner()
	p.leave()
	if res == nil {
		p.pos = start
		p.memoSet(memoBlock, start, nil)
		return nil
	}
	p.memoSet(memoBlock, start, res)
	return res
}

func (p *parser) blockInner() []Stmt {
	start := p.pos
	if p.accept(NEWLINE) && p.accept(INDENT) {
		if ss := p.statements(); ss != nil && p.accept(DEDENT) {
			return ss
		}
	}
	p.pos = start
	if ss := p.simpleStmts(); ss != nil {
		return ss
	}
	p.pos = start
	if p.invalid && p.accept(NEWLINE) && p.peek() != INDENT {
		p.raiseHere(ClassIndentationError, "expected an indented block")
	}
	p.pos = start
	return nil
}

// decorators is ('@' named_expression NEWLINE)+.
func (p *parser) decorators() []Expr {
	var out []Expr
	for {
		mark := p.pos
		if !p.accept(AT) {
			break
		}
		e := p.namedExpression()
		if e == nil || !p.accept(NEWLINE) {
			p.pos = mark
			break
		}
		out = append(out, e)
	}
	return out
}

// emptyArguments is the arguments node of a def or lambda without
// parameters.
func emptyArguments() *Arguments {
	return &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{}, KwDefaults: []Expr{}, Defaults: []Expr{}}
}

// functionDefRaw is function_def_raw; decos are the decorators already
// parsed, which do not change the node's position.
func (p *parser) functionDefRaw(decos []Expr) Stmt {
	start := p.pos
	if p.invalid {
		p.invalidDefRaw()
		p.pos = start
	}
	isAsync := p.accept(KwAsync)
	if !p.accept(KwDef) {
		return nil
	}
	n := p.expect(NAME)
	if n == nil {
		return nil
	}
	p.forced(LPAR, "(")
	mark := p.pos
	args := p.params(false)
	if args == nil {
		p.pos = mark
		args = emptyArguments()
	}
	if !p.accept(RPAR) {
		return nil
	}
	var returns Expr
	mark = p.pos
	if p.accept(RARROW) {
		if returns = p.expression(); returns == nil {
			p.pos = mark
		}
	}
	p.forced(COLON, ":")
	tc := p.funcTypeComment()
	body := p.block()
	if body == nil {
		return nil
	}
	if decos == nil {
		decos = []Expr{}
	}
	if isAsync {
		p.checkVersion(5, "Async functions are")
		return &AsyncFunctionDef{Pos: p.span(start), Name: n.Val, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: tc}
	}
	return &FunctionDef{Pos: p.span(start), Name: n.Val, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: tc}
}

// funcTypeComment is func_type_comment; the tokenizer produces no
// TYPE_COMMENT tokens unless asked to, so this is almost always "".
func (p *parser) funcTypeComment() string {
	mark := p.pos
	if p.invalid && p.accept(TYPE_COMMENT) && p.accept(NEWLINE) && p.accept(TYPE_COMMENT) &&
		p.accept(NEWLINE) && p.accept(INDENT) { // invalid_double_type_comments
		p.raiseHere(ClassSyntaxError, "Cannot have two type comments on def")
	}
	p.pos = mark
	if p.accept(NEWLINE) {
		if t := p.expect(TYPE_COMMENT); t != nil && p.peek() == NEWLINE && p.peekAt(1) == INDENT {
			return t.Val
		}
		p.pos = mark
		return ""
	}
	if t := p.expect(TYPE_COMMENT); t != nil {
		return t.Val
	}
	return ""
}

// classDefRaw is class_def_raw.
func (p *parser) classDefRaw(decos []Expr) Stmt {
	start := p.pos
	if p.invalid {
		p.invalidClassDefRaw()
		p.pos = start
	}
	if !p.accept(KwClass) {
		return nil
	}
	n := p.expect(NAME)
	if n == nil {
		return nil
	}
	bases, kws := []Expr{}, []*Keyword{}
	mark := p.pos
	if p.accept(LPAR) {
		m2 := p.pos
		a := p.arguments()
		if a == nil {
			p.pos = m2
		}
		if p.accept(RPAR) {
			if a != nil {
				bases, kws = a.args, a.kws
			}
		} else {
			p.pos = mark
		}
	}
	if !p.accept(COLON) {
		return nil
	}
	body := p.block()
	if body == nil {
		return nil
	}
	if decos == nil {
		decos = []Expr{}
	}
	return &ClassDef{Pos: p.span(start), Name: n.Val, Bases: bases, Keywords: kws, Body: body, DecoratorList: decos}
}

// ifStmt is if_stmt (and elif_stmt, which has the same shape).
func (p *parser) ifStmt() Stmt {
	start := p.pos
	p.enter()
	defer p.leave()
	if p.invalid {
		p.invalidIfStmt()
		p.pos = start
	}
	p.pos++
	test := p.namedExpression()
	if test == nil || !p.accept(COLON) {
		return nil
	}
	body := p.block()
	if body == nil {
		return nil
	}
	mark := p.pos
	if p.peek() == KwElif {
		if e := p.ifStmt(); e != nil {
			return &If{Pos: p.span(start), Test: test, Body: body, Orelse: []Stmt{e}}
		}
		p.pos = mark
	}
	orelse := p.optElseBlock()
	return &If{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

// optElseBlock is [else_block]; it returns an empty list when absent.
func (p *parser) optElseBlock() []Stmt {
	mark := p.pos
	if p.peek() != KwElse {
		return []Stmt{}
	}
	if p.invalid {
		p.invalidIndentedBlock(KwElse, "'else' statement")
		p.pos = mark
	}
	p.pos++
	p.forced(COLON, ":")
	if b := p.block(); b != nil {
		return b
	}
	p.pos = mark
	return []Stmt{}
}

// whileStmt is while_stmt.
func (p *parser) whileStmt() Stmt {
	start := p.pos
	if p.invalid {
		p.invalidWhileStmt()
		p.pos = start
	}
	p.pos++
	test := p.namedExpression()
	if test == nil || !p.accept(COLON) {
		return nil
	}
	body := p.block()
	if body == nil {
		return nil
	}
	orelse := p.optElseBlock()
	return &While{Pos: p.span(start), Test: test, Body: body, Orelse: orelse}
}

// forStmt is for_stmt, with the cut after 'in'.
func (p *parser) forStmt() Stmt {
	start := p.pos
	if p.invalid {
		p.invalidForStmt()
		p.pos = start
	}
	isAsync := p.accept(KwAsync)
	if p.accept(KwFor) {
		if t := p.starTargets(); t != nil && p.accept(KwIn) {
			iter := p.starExpressions()
			if iter == nil || !p.accept(COLON) {
				return nil
			}
			tc := ""
			if t := p.expect(TYPE_COMMENT); t != nil {
				tc = t.Val
			}
			body := p.block()
			if body == nil {
				return nil
			}
			orelse := p.optElseBlock()
			if isAsync {
				p.checkVersion(5, "Async for loops are")
				return &AsyncFor{Pos: p.span(start), Target: t, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
			}
			return &For{Pos: p.span(start), Target: t, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidForTarget()
		p.pos = start
	}
	return nil
}

// withStmt is with_stmt.
func (p *parser) withStmt() Stmt {
	start := p.pos
	if p.invalid {
		p.invalidWithStmtIndent()
		p.pos = start
	}
	isAsync := p.accept(KwAsync)
	if !p.accept(KwWith) {
		return nil
	}
	mark := p.pos
	if p.accept(LPAR) {
		if items := p.withItems(); items != nil {
			p.accept(COMMA)
			if p.accept(RPAR) && p.accept(COLON) {
				if body := p.block(); body != nil {
					p.checkVersion(9, "Parenthesized context managers are")
					return p.makeWith(start, isAsync, items, body, "")
				}
			}
		}
	}
	p.pos = mark
	if items := p.withItems(); items != nil && p.accept(COLON) {
		tc := ""
		if t := p.expect(TYPE_COMMENT); t != nil {
			tc = t.Val
		}
		if body := p.block(); body != nil {
			if isAsync {
				p.checkVersion(5, "Async with statements are")
			}
			return p.makeWith(start, isAsync, items, body, tc)
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidWithStmt()
		p.pos = start
	}
	return nil
}

func (p *parser) makeWith(start int, isAsync bool, items []*WithItem, body []Stmt, tc string) Stmt {
	if isAsync {
		return &AsyncWith{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
	}
	return &With{Pos: p.span(start), Items: items, Body: body, TypeComment: tc}
}

// withItems is ','.with_item+.
func (p *parser) withItems() []*WithItem {
	var out []*WithItem
	for {
		mark := p.pos
		it := p.withItem()
		if it == nil {
			if out != nil {
				p.pos = mark - 1
			}
			return out
		}
		out = append(out, it)
		if !p.accept(COMMA) {
			return out
		}
	}
}

// withItem is with_item.
func (p *parser) withItem() *WithItem {
	start := p.pos
	e := p.expression()
	if e == nil {
		return nil
	}
	mark := p.pos
	if p.accept(KwAs) {
		if t := p.starTarget(); t != nil {
			if k := p.peek(); k == COMMA || k == RPAR || k == COLON {
				return &WithItem{ContextExpr: e, OptionalVars: t}
			}
		}
	}
	if p.invalid {
		p.pos = start
		p.invalidWithItem()
	}
	p.pos = mark
	return &WithItem{ContextExpr: e}
}

// tryStmt is try_stmt.
func (p *parser) tryStmt() Stmt {
	start := p.pos
	if p.invalid {
		p.invalidTryStmt()
		p.pos = start
	}
	p.pos++
	p.forced(COLON, ":")
	body := p.block()
	if body == nil {
		return nil
	}
	if p.peek() == KwFinally {
		if f := p.finallyBlock(); f != nil {
			return &Try{Pos: p.span(start), Body: body, Handlers: []*ExceptHandler{}, Orelse: []Stmt{}, Finalbody: f}
		}
		return nil
	}
	mark := p.pos
	star := false
	var handlers []*ExceptHandler
	for {
		h := p.exceptBlock()
		if h == nil {
			break
		}
		handlers = append(handlers, h)
	}
	if handlers == nil {
		p.pos = mark
		star = true
		for {
			h := p.exceptStarBlock()
			if h == nil {
				break
			}
			handlers = append(handlers, h)
		}
		if handlers == nil {
			return nil
		}
	}
	orelse := p.optElseBlock()
	final := []Stmt{}
	if p.peek() == KwFinally {
		m := p.pos
		if f := p.finallyBlock(); f != nil {
			final = f
		} else {
			p.pos = m
		}
	}
	if star {
		p.checkVersion(11, "Exception groups are")
		return &TryStar{Pos: p.span(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Pos: p.span(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

// exceptBlock is except_block.
func (p *parser) exceptBlock() *ExceptHandler {
	start := p.pos
	if p.peek() != KwExcept {
		return nil
	}
	if p.invalid {
		p.invalidExceptStmtIndent()
		p.pos = start
	}
	p.pos++
	mark := p.pos
	if e := p.expression(); e != nil {
		name := p.optAsName()
		if p.accept(COLON) {
			if body := p.block(); body != nil {
				return &ExceptHandler{Pos: p.span(start), Type: e, Name: name, Body: body}
			}
		}
	}
	p.pos = mark
	if p.accept(COLON) {
		if body := p.block(); body != nil {
			return &ExceptHandler{Pos: p.span(start), Body: body}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidExceptStmt()
		p.pos = start
	}
	return nil
}

// optAsName is ['as' NAME].
func (p *parser) optAsName() string {
	mark := p.pos
	if p.accept(KwAs) {
		if n := p.expect(NAME); n != nil {
			return n.Val
		}
		p.pos = mark
	}
	return ""
}

// exceptStarBlock is except_star_block.
func (p *parser) exceptStarBlock() *ExceptHandler {
	start := p.pos
	if p.peek() != KwExcept {
		return nil
	}
	if p.invalid {
		p.invalidExceptStarStmtIndent()
		p.pos = start
	}
	p.pos++
	if p.accept(STAR) {
		if e := p.expression(); e != nil {
			name := p.optAsName()
			if p.accept(COLON) {
				if body := p.block(); body != nil {
					return &ExceptHandler{Pos: p.span(start), Type: e, Name: name, Body: body}
				}
			}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidExceptStmt()
		p.pos = start
	}
	return nil
}

// finallyBlock is finally_block.
func (p *parser) finallyBlock() []Stmt {
	start := p.pos
	if p.invalid {
		p.invalidIndentedBlock(KwFinally, "'finally' statement")
		p.pos = start
	}
	p.pos++
	p.forced(COLON, ":")
	return p.block()
}

// matchStmt is match_stmt.
func (p *parser) matchStmt() Stmt {
	start := p.pos
	p.pos++
	if subj := p.subjectExpr(); subj != nil && p.accept(COLON) && p.accept(NEWLINE) && p.accept(INDENT) {
		var cases []*MatchCase
		for {
			c := p.caseBlock()
			if c == nil {
				break
			}
			cases = append(cases, c)
		}
		if cases != nil && p.accept(DEDENT) {
			p.checkVersion(10, "Pattern matching is")
			return &Match{Pos: p.span(start), Subject: subj, Cases: cases}
		}
	}
	p.pos = start
	if p.invalid {
		p.invalidMatchStmt()
		p.pos = start
	}
	return nil
}

// subjectExpr is subject_expr.
func (p *parser) subjectExpr() Expr {
	start := p.pos
	if e := p.starNamedExpression(); e != nil && p.accept(COMMA) {
		elts := []Expr{e}
		mark := p.pos
		if rest := p.starNamedExpressions(); rest != nil {
			elts = append(elts, rest...)
		} else {
			p.pos = mark
		}
		return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
	}
	p.pos = start
	return p.namedExpression()
}

// caseBlock is case_block.
func (p *parser) caseBlock() *MatchCase {
	start := p.pos
	t := p.cur()
	if t.Kind != NAME || t.Val != "case" {
		return nil
	}
	if p.invalid {
		p.invalidCaseBlock()
		p.pos = start
	}
	p.pos++
	pat := p.patterns()
	if pat == nil {
		return nil
	}
	var guard Expr
	mark := p.pos
	if p.accept(KwIf) {
		if guard = p.namedExpression(); guard == nil {
			p.pos = mark
		}
	}
	if !p.accept(COLON) {
		return nil
	}
	body := p.block()
	if body == nil {
		return nil
	}
	return &MatchCase{Pattern: pat, Guard: guard, Body: body}
}
