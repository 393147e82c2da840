// This file defines the invalid_* rules of the grammar: alternatives that
// run only in the second pass and raise CPython's specific messages. Each
// runs at the current position and either raises or returns; the caller
// restores the position.

package syntax

import (
	"fmt"
	"strings"
)

// exprName is _PyPegen_get_expr_name: how messages name an expression.
func exprName(e Expr) string {
	switch n := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch n.Value.(type) {
		case nil:
			return "None"
		case bool:
			if n.Value.(bool) {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// targetsType says which kind of target a message is about.
type targetsType uint8

const (
	starTargets targetsType = iota
	delTargets
	forTargets
)

// invalidTarget is _PyPegen_get_invalid_target: the first part of e that
// cannot be a target, or nil.
func invalidTarget(e Expr, tt targetsType) Expr {
	switch n := e.(type) {
	case nil:
		return nil
	case *List:
		for _, x := range n.Elts {
			if c := invalidTarget(x, tt); c != nil {
				return c
			}
		}
		return nil
	case *Tuple:
		for _, x := range n.Elts {
			if c := invalidTarget(x, tt); c != nil {
				return c
			}
		}
		return nil
	case *Starred:
		if tt == delTargets {
			return e
		}
		return invalidTarget(n.Value, tt)
	case *Compare:
		if tt == forTargets {
			if n.Ops[0] == In {
				return invalidTarget(n.Left, tt)
			}
			return nil
		}
		return e
	case *Name, *Subscript, *Attribute:
		return nil
	}
	return e
}

// raiseInvalidTarget is RAISE_SYNTAX_ERROR_INVALID_TARGET; it returns if
// e holds no invalid target.
func (p *parser) raiseInvalidTarget(tt targetsType, e Expr) {
	t := invalidTarget(e, tt)
	if t == nil {
		return
	}
	msg := "cannot assign to "
	if tt == delTargets {
		msg = "cannot delete "
	}
	p.raiseNode(t.GetPos(), msg+exprName(t))
}

// raiseIndentAfter raises the IndentationError of a compound statement
// whose block is missing.
func (p *parser) raiseIndentAfter(what string, line int) {
	p.raiseHere(ClassIndentationError, fmt.Sprintf("expected an indented block after %s on line %d", what, line))
}

// newlineNoIndent matches NEWLINE !INDENT.
func (p *parser) newlineNoIndent() bool {
	return p.accept(NEWLINE) && p.peek() != INDENT
}

// invalidIndentedBlock is kw ':' NEWLINE !INDENT for else and finally.
func (p *parser) invalidIndentedBlock(kw Kind, what string) {
	t := p.expect(kw)
	if t != nil && p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter(what, t.Line)
	}
}

// invalidIfStmt is invalid_if_stmt and invalid_elif_stmt.
func (p *parser) invalidIfStmt() {
	start := p.pos
	kw := p.cur()
	p.pos++
	e := p.namedExpression()
	if e == nil {
		return
	}
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = start + 1
	p.namedExpression()
	if p.accept(COLON) && p.newlineNoIndent() {
		what := "'elif' statement"
		if kw.Kind == KwIf {
			what = "'if' statement"
		}
		p.raiseIndentAfter(what, kw.Line)
	}
}

// invalidWhileStmt is invalid_while_stmt.
func (p *parser) invalidWhileStmt() {
	kw := p.cur()
	p.pos++
	if p.namedExpression() == nil {
		return
	}
	mark := p.pos
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = mark
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("'while' statement", kw.Line)
	}
}

// invalidForStmt is invalid_for_stmt.
func (p *parser) invalidForStmt() {
	p.accept(KwAsync)
	kw := p.expect(KwFor)
	if kw == nil || p.starTargets() == nil || !p.accept(KwIn) || p.starExpressions() == nil {
		return
	}
	mark := p.pos
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = mark
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("'for' statement", kw.Line)
	}
}

// invalidForTarget is ASYNC? 'for' star_expressions.
func (p *parser) invalidForTarget() {
	p.accept(KwAsync)
	if !p.accept(KwFor) {
		return
	}
	if e := p.starExpressions(); e != nil {
		p.raiseInvalidTarget(forTargets, e)
	}
}

// invalidDefRaw is invalid_def_raw.
func (p *parser) invalidDefRaw() {
	p.accept(KwAsync)
	kw := p.expect(KwDef)
	if kw == nil || p.expect(NAME) == nil || !p.accept(LPAR) {
		return
	}
	mark := p.pos
	if p.params(false) == nil {
		p.pos = mark
	}
	if !p.accept(RPAR) {
		return
	}
	mark = p.pos
	if p.accept(RARROW) && p.expression() == nil {
		p.pos = mark
	}
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("function definition", kw.Line)
	}
}

// invalidClassDefRaw is invalid_class_def_raw.
func (p *parser) invalidClassDefRaw() {
	kw := p.expect(KwClass)
	if kw == nil || p.expect(NAME) == nil {
		return
	}
	mark := p.pos
	if p.accept(LPAR) {
		m2 := p.pos
		if p.arguments() == nil {
			p.pos = m2
		}
		if !p.accept(RPAR) {
			p.pos = mark
		}
	}
	m := p.pos
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = m
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("class definition", kw.Line)
	}
}

// withItemsLoose is ','.(expression ['as' star_target])+ (or with
// expressions when paren is set), as the invalid with rules spell it.
func (p *parser) withItemsLoose(paren bool) bool {
	got := false
	for {
		mark := p.pos
		var e Expr
		if paren {
			e = p.expressions()
		} else {
			e = p.expression()
		}
		if e == nil {
			p.pos = mark
			if got {
				p.pos--
			}
			return got
		}
		got = true
		m := p.pos
		if p.accept(KwAs) && p.starTarget() == nil {
			p.pos = m
		}
		if !p.accept(COMMA) {
			return true
		}
	}
}

// invalidWithStmtIndent is invalid_with_stmt_indent.
func (p *parser) invalidWithStmtIndent() {
	start := p.pos
	p.accept(KwAsync)
	kw := p.expect(KwWith)
	if kw == nil {
		return
	}
	body := p.pos
	if p.withItemsLoose(false) && p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("'with' statement", kw.Line)
	}
	p.pos = body
	if p.accept(LPAR) && p.withItemsLoose(true) {
		p.accept(COMMA)
		if p.accept(RPAR) && p.accept(COLON) && p.newlineNoIndent() {
			p.raiseIndentAfter("'with' statement", kw.Line)
		}
	}
	p.pos = start
}

// invalidWithStmt is invalid_with_stmt.
func (p *parser) invalidWithStmt() {
	p.accept(KwAsync)
	if !p.accept(KwWith) {
		return
	}
	body := p.pos
	if p.withItemsLoose(false) && p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = body
	if p.accept(LPAR) && p.withItemsLoose(true) {
		p.accept(COMMA)
		if p.accept(RPAR) && p.accept(NEWLINE) {
			p.raiseHere(ClassSyntaxError, "expected ':'")
		}
	}
}

// invalidWithItem is expression 'as' expression &(',' | ')' | ':').
func (p *parser) invalidWithItem() {
	if p.expression() == nil || !p.accept(KwAs) {
		return
	}
	if e := p.expression(); e != nil {
		if k := p.peek(); k == COMMA || k == RPAR || k == COLON {
			p.raiseInvalidTarget(starTargets, e)
		}
	}
}

// invalidTryStmt is invalid_try_stmt.
func (p *parser) invalidTryStmt() {
	start := p.pos
	kw := p.cur()
	p.pos++
	if !p.accept(COLON) {
		return
	}
	afterColon := p.pos
	if p.newlineNoIndent() {
		p.raiseIndentAfter("'try' statement", kw.Line)
	}
	p.pos = afterColon
	if p.block() != nil {
		if k := p.peek(); k != KwExcept && k != KwFinally {
			p.raiseHere(ClassSyntaxError, "expected 'except' or 'finally' block")
		}
	}
	// 'try' ':' block* except_block+ 'except' '*' ...
	p.pos = afterColon
	for p.block() != nil {
	}
	n := 0
	for p.exceptBlock() != nil {
		n++
	}
	if n > 0 {
		if a := p.expect(KwExcept); a != nil {
			if b := p.expect(STAR); b != nil && p.expression() != nil {
				p.optAsName()
				if p.accept(COLON) {
					p.raiseRange(tokPos(a), tokPos(b), "cannot have both 'except' and 'except*' on the same 'try'")
				}
			}
		}
	}
	p.pos = afterColon
	for p.block() != nil {
	}
	n = 0
	for p.exceptStarBlock() != nil {
		n++
	}
	if n > 0 {
		if a := p.expect(KwExcept); a != nil {
			mark := p.pos
			if p.expression() != nil {
				p.optAsName()
			} else {
				p.pos = mark
			}
			if p.accept(COLON) {
				p.raiseTok(a, "cannot have both 'except' and 'except*' on the same 'try'")
			}
		}
	}
	p.pos = start
}

// invalidExceptStmt is invalid_except_stmt.
func (p *parser) invalidExceptStmt() {
	start := p.pos
	p.pos++
	p.accept(STAR)
	if a := p.expression(); a != nil && p.accept(COMMA) && p.expressions() != nil {
		p.optAsName()
		if p.accept(COLON) {
			p.raiseFrom(a.GetPos(), "multiple exception types must be parenthesized")
		}
	}
	p.pos = start + 1
	p.accept(STAR)
	if p.expression() != nil {
		p.optAsName()
		if p.accept(NEWLINE) {
			p.raiseHere(ClassSyntaxError, "expected ':'")
		}
	}
	p.pos = start + 1
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = start + 1
	if p.accept(STAR) {
		if k := p.peek(); k == NEWLINE || k == COLON {
			p.raiseHere(ClassSyntaxError, "expected one or more exception types")
		}
	}
}

// invalidExceptStmtIndent is invalid_except_stmt_indent.
func (p *parser) invalidExceptStmtIndent() {
	start := p.pos
	kw := p.cur()
	p.pos++
	if p.expression() != nil {
		p.optAsName()
		if p.accept(COLON) && p.newlineNoIndent() {
			p.raiseIndentAfter("'except' statement", kw.Line)
		}
	}
	p.pos = start + 1
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("'except' statement", kw.Line)
	}
}

// invalidExceptStarStmtIndent is invalid_except_star_stmt_indent.
func (p *parser) invalidExceptStarStmtIndent() {
	kw := p.cur()
	p.pos++
	if p.accept(STAR) && p.expression() != nil {
		p.optAsName()
		if p.accept(COLON) && p.newlineNoIndent() {
			p.raiseIndentAfter("'except*' statement", kw.Line)
		}
	}
}

// invalidMatchStmt is invalid_match_stmt.
func (p *parser) invalidMatchStmt() {
	kw := p.cur()
	p.pos++
	if p.subjectExpr() == nil {
		return
	}
	mark := p.pos
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = mark
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("'match' statement", kw.Line)
	}
}

// invalidCaseBlock is invalid_case_block.
func (p *parser) invalidCaseBlock() {
	kw := p.cur()
	p.pos++
	if p.patterns() == nil {
		return
	}
	mark := p.pos
	if p.accept(KwIf) && p.namedExpression() == nil {
		p.pos = mark
	}
	mark = p.pos
	if p.accept(NEWLINE) {
		p.raiseHere(ClassSyntaxError, "expected ':'")
	}
	p.pos = mark
	if p.accept(COLON) && p.newlineNoIndent() {
		p.raiseIndentAfter("'case' statement", kw.Line)
	}
}

// invalidNamedExpression is invalid_named_expression (memoized).
func (p *parser) invalidNamedExpression() {
	start := p.pos
	if _, ok := p.memoGet(memoInvalidNamed, start); ok {
		p.pos = start
		return
	}
	if a := p.expression(); a != nil && p.accept(COLONEQUAL) && p.expression() != nil {
		p.raiseNode(a.GetPos(), "cannot use assignment expressions with "+exprName(a))
	}
	p.pos = start
	if a := p.expect(NAME); a != nil && p.accept(EQUAL) {
		if b := p.bitwiseOr(); b != nil {
			if k := p.peek(); k != EQUAL && k != COLONEQUAL {
				p.raiseRange(tokPos(a), b.GetPos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
		}
	}
	p.pos = start
	if !p.lookaheadListTupleGenexpConst() {
		if a := p.bitwiseOr(); a != nil && p.accept(EQUAL) && p.bitwiseOr() != nil {
			if k := p.peek(); k != EQUAL && k != COLONEQUAL {
				p.raiseNode(a.GetPos(), "cannot assign to "+exprName(a)+" here. Maybe you meant '==' instead of '='?")
			}
		}
	}
	p.pos = start
	p.memoSet(memoInvalidNamed, start, nil)
	p.pos = start
}

// lookaheadListTupleGenexpConst is &(list|tuple|genexp|'True'|'None'|'False').
func (p *parser) lookaheadListTupleGenexpConst() bool {
	start := p.pos
	defer func() { p.pos = start }()
	switch p.peek() {
	case KwTrue, KwNone, KwFalse:
		return true
	case LSQB:
		return p.list() != nil
	case LPAR:
		if p.tupleOnly() != nil {
			return true
		}
		p.pos = start
		return p.genexp() != nil
	}
	return false
}

// tupleOnly is the tuple rule alone: '(' [star_named_expression ','
// [star_named_expressions]] ')'.
func (p *parser) tupleOnly() Expr {
	start := p.pos
	if !p.accept(LPAR) {
		return nil
	}
	if p.accept(RPAR) {
		return &Tuple{Pos: p.span(start), Elts: []Expr{}, Ctx: Load}
	}
	if e := p.starNamedExpression(); e != nil && p.accept(COMMA) {
		elts := append([]Expr{e}, p.starNamedExpressions()...)
		if p.accept(RPAR) {
			return &Tuple{Pos: p.span(start), Elts: elts, Ctx: Load}
		}
	}
	p.pos = start
	return nil
}

// isSoftKeyword is _PyPegen_soft_keyword_token as 3.11 has it: it compares
// only as many bytes as the name has, so any prefix of "match" or "case"
// (and "_") counts as a soft keyword.
func isSoftKeyword(t *Token) bool {
	if t.Kind != NAME {
		return false
	}
	for _, kw := range [...]string{"_", "case", "match"} {
		if strings.HasPrefix(kw, t.Val) {
			return true
		}
	}
	return false
}

// isLegacyName is _PyPegen_check_legacy_stmt.
func isLegacyName(e Expr) bool {
	n, ok := e.(*Name)
	return ok && (n.Id == "print" || n.Id == "exec")
}

// expressionWithoutInvalid is expression_without_invalid: expression with
// the invalid rules turned off for everything it calls. Measured against
// python3.11, a brace display there still gets its invalid rules ("1 {b c}"
// reports the missing comma inside, "1 (x, b = c d)" does not), so the
// rules stay on when it starts with '{'.
func (p *parser) expressionWithoutInvalid() Expr {
	if p.peek() != LBRACE {
		p.invalid = false
		defer func() { p.invalid = true }()
	}
	start := p.pos
	if p.peek() == KwLambda {
		return p.lambdef()
	}
	a := p.disjunction()
	if a == nil {
		p.pos = start
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

// invalidExpression is invalid_expression.
func (p *parser) invalidExpression() {
	start := p.pos
	t := p.cur()
	skip := isSoftKeyword(t) || (t.Kind == NAME && p.peekAt(1) == STRING)
	if !skip {
		if a := p.disjunction(); a != nil {
			if b := p.expressionWithoutInvalid(); b != nil {
				if !isLegacyName(a) && p.levels[p.pos-1] != 0 {
					p.raiseRange(a.GetPos(), b.GetPos(), "invalid syntax. Perhaps you forgot a comma?")
				}
			}
		}
	}
	p.pos = start
	if a := p.disjunction(); a != nil && p.accept(KwIf) {
		if b := p.disjunction(); b != nil {
			if k := p.peek(); k != KwElse && k != COLON {
				p.raiseRange(a.GetPos(), b.GetPos(), "expected 'else' after 'if' expression")
			}
		}
	}
	p.pos = start
}

// invalidLegacyExpression is invalid_legacy_expression.
func (p *parser) invalidLegacyExpression() {
	t := p.expect(NAME)
	if t == nil || p.peek() == LPAR {
		return
	}
	b := p.starExpressions()
	if b == nil {
		return
	}
	if t.Val == "print" || t.Val == "exec" {
		p.raiseRange(tokPos(t), b.GetPos(), fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", t.Val, t.Val))
	}
}

// invalidAnnAssignTarget is invalid_ann_assign_target.
func (p *parser) invalidAnnAssignTarget() Expr {
	start := p.pos
	switch p.peek() {
	case LSQB:
		if l := p.list(); l != nil {
			return l
		}
	case LPAR:
		if t := p.tupleOnly(); t != nil {
			return t
		}
		p.pos = start + 1
		if a := p.invalidAnnAssignTarget(); a != nil && p.accept(RPAR) {
			return a
		}
	}
	p.pos = start
	return nil
}

// invalidAssignment is invalid_assignment.
func (p *parser) invalidAssignment() {
	start := p.pos
	if a := p.invalidAnnAssignTarget(); a != nil && p.accept(COLON) && p.expression() != nil {
		p.raiseNode(a.GetPos(), "only single target (not "+exprName(a)+") can be annotated")
	}
	p.pos = start
	if a := p.starNamedExpression(); a != nil && p.accept(COMMA) {
		for p.starNamedExpressions() != nil {
		}
		if p.accept(COLON) && p.expression() != nil {
			p.raiseNode(a.GetPos(), "only single target (not tuple) can be annotated")
		}
	}
	p.pos = start
	if a := p.expression(); a != nil && p.accept(COLON) && p.expression() != nil {
		p.raiseNode(a.GetPos(), "illegal target for annotation")
	}
	p.pos = start
	p.skipStarTargetsEq()
	if a := p.starExpressions(); a != nil && p.accept(EQUAL) {
		p.raiseInvalidTarget(starTargets, a)
	}
	p.pos = start
	p.skipStarTargetsEq()
	if a := p.yieldExpr(); a != nil && p.accept(EQUAL) {
		p.raiseNode(a.GetPos(), "assignment to yield expression not possible")
	}
	p.pos = start
	if a := p.starExpressions(); a != nil && augOp(p.peek()) != noOp {
		p.pos++
		var v Expr
		if p.peek() == KwYield {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
		if v != nil {
			p.raiseNode(a.GetPos(), "'"+exprName(a)+"' is an illegal expression for augmented assignment")
		}
	}
	p.pos = start
}

// skipStarTargetsEq is (star_targets '=')*.
func (p *parser) skipStarTargetsEq() {
	for {
		mark := p.pos
		if p.starTargets() == nil || !p.accept(EQUAL) {
			p.pos = mark
			return
		}
	}
}

// invalidDelStmt is 'del' star_expressions.
func (p *parser) invalidDelStmt() {
	if !p.accept(KwDel) {
		return
	}
	if e := p.starExpressions(); e != nil {
		p.raiseInvalidTarget(delTargets, e)
	}
}

// invalidGroup is invalid_group.
func (p *parser) invalidGroup() {
	start := p.pos
	if !p.accept(LPAR) {
		return
	}
	if a := p.starredExpression(); a != nil && p.accept(RPAR) {
		p.raiseNode(a.GetPos(), "cannot use starred expression here")
	}
	p.pos = start + 1
	if a := p.expect(DOUBLESTAR); a != nil && p.expression() != nil && p.accept(RPAR) {
		p.raiseTok(a, "cannot use double starred expression here")
	}
}

// invalidComprehension is invalid_comprehension.
func (p *parser) invalidComprehension() {
	start := p.pos
	open := p.peek()
	if open != LSQB && open != LPAR && open != LBRACE {
		return
	}
	p.pos++
	if a := p.starredExpression(); a != nil && p.forIfClauses() != nil {
		p.raiseNode(a.GetPos(), "iterable unpacking cannot be used in comprehension")
	}
	if open == LPAR {
		p.pos = start
		return
	}
	p.pos = start + 1
	if a := p.starNamedExpression(); a != nil && p.accept(COMMA) {
		if b := p.starNamedExpressions(); b != nil && p.forIfClauses() != nil {
			p.raiseRange(a.GetPos(), b[len(b)-1].GetPos(), "did you forget parentheses around the comprehension target?")
		}
	}
	p.pos = start + 1
	if a := p.starNamedExpression(); a != nil {
		if b := p.expect(COMMA); b != nil && p.forIfClauses() != nil {
			p.raiseRange(a.GetPos(), tokPos(b), "did you forget parentheses around the comprehension target?")
		}
	}
	p.pos = start
}

// invalidDictComprehension is invalid_dict_comprehension.
func (p *parser) invalidDictComprehension() {
	if !p.accept(LBRACE) {
		return
	}
	if a := p.expect(DOUBLESTAR); a != nil && p.bitwiseOr() != nil && p.forIfClauses() != nil && p.accept(RBRACE) {
		p.raiseTok(a, "dict unpacking cannot be used in dict comprehension")
	}
}

// invalidDoubleStarredKVPairs is invalid_double_starred_kvpairs.
func (p *parser) invalidDoubleStarredKVPairs() {
	start := p.pos
	if keys, _ := p.doubleStarredKVPairs(); keys != nil {
		// The gather stops before a trailing comma; the rule then wants
		// ',' invalid_kvpair.
		if p.toks[p.pos-1].Kind == COMMA {
			p.pos--
		}
		if p.accept(COMMA) {
			p.invalidKVPair()
		}
	}
	p.pos = start
	p.kvpairStarredValue()
	p.pos = start
}

// kvpairStarredValue is the two alternatives shared by
// invalid_double_starred_kvpairs and invalid_kvpair after the first.
func (p *parser) kvpairStarredValue() {
	start := p.pos
	if p.expression() != nil && p.accept(COLON) {
		if a := p.expect(STAR); a != nil && p.bitwiseOr() != nil {
			p.raiseFrom(tokPos(a), "cannot use a starred expression in a dictionary value")
		}
	}
	p.pos = start
	if p.expression() != nil {
		if a := p.expect(COLON); a != nil {
			if k := p.peek(); k == RBRACE || k == COMMA {
				p.raiseTok(a, "expression expected after dictionary key and ':'")
			}
		}
	}
}

// invalidKVPair is invalid_kvpair.
func (p *parser) invalidKVPair() {
	start := p.pos
	if a := p.expression(); a != nil && p.peek() != COLON {
		ap := a.GetPos()
		panic(bailout{p.makeError(ClassSyntaxError, "':' expected after dictionary key", ap.Lineno, ap.EndColOffset, ap.EndLineno, 0)})
	}
	p.pos = start
	p.kvpairStarredValue()
}

// invalidKwarg is invalid_kwarg.
func (p *parser) invalidKwarg() {
	start := p.pos
	if t := p.cur(); t.Kind == KwTrue || t.Kind == KwFalse || t.Kind == KwNone {
		p.pos++
		if b := p.expect(EQUAL); b != nil {
			p.raiseRange(tokPos(t), tokPos(b), "cannot assign to "+t.Val)
		}
		p.pos = start
	}
	if a := p.expect(NAME); a != nil {
		if b := p.expect(EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(tokPos(a), tokPos(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.pos = start
	if p.cur().Kind == NAME && p.peekAt(1) == EQUAL {
		return
	}
	p.pos = start
	if a := p.expression(); a != nil {
		if b := p.expect(EQUAL); b != nil {
			p.raiseRange(a.GetPos(), tokPos(b), "expression cannot contain assignment, perhaps you meant \"==\"?")
		}
	}
	p.pos = start
}

// lastCompItem is _PyPegen_get_last_comprehension_item of the last
// comprehension.
func lastCompItem(gens []*Comprehension) *Pos {
	c := gens[len(gens)-1]
	if len(c.Ifs) == 0 {
		return c.Iter.GetPos()
	}
	return c.Ifs[len(c.Ifs)-1].GetPos()
}

// invalidArguments is invalid_arguments.
func (p *parser) invalidArguments() {
	start := p.pos
	// ((','.positional+ ',' kwargs) | kwargs) ',' '*': python3.11 points at
	// the '*'.
	res := &callArgs{}
	ok := false
	for {
		mark := p.pos
		if p.positionalArg() == nil {
			p.pos = mark
			break
		}
		ok = true
		if !p.accept(COMMA) {
			ok = false
			break
		}
	}
	if ok && !p.kwargs(res) {
		ok = false
	}
	if !ok {
		p.pos = start
		ok = p.kwargs(res)
	}
	if ok && p.accept(COMMA) {
		if t := p.expect(STAR); t != nil {
			p.raiseTok(t, "iterable argument unpacking follows keyword argument unpacking")
		}
	}
	p.pos = start
	if a := p.expression(); a != nil {
		if b := p.forIfClauses(); b != nil && p.accept(COMMA) {
			mark := p.pos
			if p.args() == nil {
				p.pos = mark
				if p.expression() == nil || p.forIfClauses() == nil {
					p.pos = mark
				}
			}
			p.raiseRange(a.GetPos(), lastCompItem(b), "Generator expression must be parenthesized")
		}
	}
	p.pos = start
	if a := p.expect(NAME); a != nil {
		if b := p.expect(EQUAL); b != nil && p.expression() != nil && p.forIfClauses() != nil {
			p.raiseRange(tokPos(a), tokPos(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
	}
	p.pos = start
	if a := p.args(); a != nil {
		if b := p.forIfClauses(); b != nil && len(a.args) > 1 {
			p.raiseRange(a.args[len(a.args)-1].GetPos(), lastCompItem(b), "Generator expression must be parenthesized")
		}
	}
	p.pos = start
	if p.args() != nil && p.accept(COMMA) {
		if a := p.expression(); a != nil {
			if b := p.forIfClauses(); b != nil {
				p.raiseRange(a.GetPos(), lastCompItem(b), "Generator expression must be parenthesized")
			}
		}
	}
	p.pos = start
	if a := p.args(); a != nil && p.accept(COMMA) && p.args() != nil {
		msg := "positional argument follows keyword argument"
		for _, k := range a.kws {
			if k.Arg == "" {
				msg = "positional argument follows keyword argument unpacking"
			}
		}
		p.raiseHere(ClassSyntaxError, msg)
	}
	p.pos = start
}

// invalidParameters is invalid_parameters / invalid_lambda_parameters.
func (p *parser) invalidParameters(lambda bool) {
	start := p.pos
	// param_no_default* invalid_parameters_helper param_no_default
	p.paramsNoDefault(lambda)
	mark := p.pos
	ok := false
	if _, b, _ := p.slashWithDefault(lambda); b != nil {
		ok = true
	} else {
		p.pos = mark
		c, _ := p.paramsWithDefault(lambda)
		ok = c != nil
	}
	if ok {
		if a := p.paramNoDefault(lambda); a != nil {
			p.raiseNode(&a.Pos, "non-default argument follows default argument")
		}
	}
	// param_no_default* '(' param_no_default+ ','? ')'
	p.pos = start
	p.paramsNoDefault(lambda)
	if a := p.expect(LPAR); a != nil {
		got := false
		if lambda {
			for {
				if p.param(true) == nil {
					break
				}
				got = true
				if !p.accept(COMMA) {
					break
				}
			}
		} else {
			got = p.paramsNoDefault(false) != nil
			p.accept(COMMA)
		}
		if got {
			if b := p.expect(RPAR); b != nil {
				msg := "Function parameters cannot be parenthesized"
				if lambda {
					msg = "Lambda expression parameters cannot be parenthesized"
				}
				p.raiseRange(tokPos(a), tokPos(b), msg)
			}
		}
	}
	// "/" ','
	p.pos = start
	if a := p.expect(SLASH); a != nil && p.accept(COMMA) {
		p.raiseTok(a, "at least one argument must precede /")
	}
	// (slash_no_default | slash_with_default) param_maybe_default* '/'
	p.pos = start
	if p.anySlash(lambda) {
		p.skipMaybeDefaults(lambda)
		if a := p.expect(SLASH); a != nil {
			p.raiseTok(a, "/ may appear only once")
		}
	}
	// (slash_no_default | slash_with_default)? param_maybe_default* '*'
	// (',' | param_no_default) param_maybe_default* '/'
	p.pos = start
	if !p.anySlash(lambda) {
		p.pos = start
	}
	p.skipMaybeDefaults(lambda)
	if p.accept(STAR) {
		if p.accept(COMMA) || p.paramNoDefault(lambda) != nil {
			p.skipMaybeDefaults(lambda)
			if a := p.expect(SLASH); a != nil {
				p.raiseTok(a, "/ must be ahead of *")
			}
		}
	}
	// param_maybe_default+ '/' '*'
	p.pos = start
	if p.skipMaybeDefaults(lambda) && p.accept(SLASH) {
		if a := p.expect(STAR); a != nil {
			p.raiseTok(a, "expected comma between / and *")
		}
	}
	p.pos = start
}

// anySlash is (slash_no_default | slash_with_default).
func (p *parser) anySlash(lambda bool) bool {
	start := p.pos
	if p.slashNoDefault(lambda) != nil {
		return true
	}
	p.pos = start
	if _, b, _ := p.slashWithDefault(lambda); b != nil {
		return true
	}
	p.pos = start
	return false
}

// skipMaybeDefaults is param_maybe_default*; it reports whether any
// matched.
func (p *parser) skipMaybeDefaults(lambda bool) bool {
	got := false
	for {
		if _, _, ok := p.paramWithDefault(lambda, true); !ok {
			return got
		}
		got = true
	}
}

// invalidStarEtc is invalid_star_etc / invalid_lambda_star_etc.
func (p *parser) invalidStarEtc(lambda bool) {
	start := p.pos
	a := p.expect(STAR)
	if a == nil {
		return
	}
	closer := RPAR
	if lambda {
		closer = COLON
	}
	if p.accept(closer) || (p.accept(COMMA) && (p.accept(closer) || p.accept(DOUBLESTAR))) {
		if lambda {
			p.raiseHere(ClassSyntaxError, "named arguments must follow bare *")
		}
		p.raiseTok(a, "named arguments must follow bare *")
	}
	p.pos = start + 1
	if p.accept(COMMA) && p.accept(TYPE_COMMENT) {
		p.raiseHere(ClassSyntaxError, "bare * has associated type comment")
	}
	p.pos = start + 1
	if p.param(lambda) != nil {
		if b := p.expect(EQUAL); b != nil {
			p.raiseTok(b, "var-positional argument cannot have default value")
		}
	}
	p.pos = start + 1
	if p.paramNoDefault(lambda) != nil || p.accept(COMMA) {
		p.skipMaybeDefaults(lambda)
		if b := p.expect(STAR); b != nil {
			if p.paramNoDefault(lambda) != nil || p.accept(COMMA) {
				p.raiseTok(b, "* argument may appear only once")
			}
		}
	}
}

// invalidKwds is invalid_kwds / invalid_lambda_kwds.
func (p *parser) invalidKwds(lambda bool) {
	start := p.pos
	if !p.accept(DOUBLESTAR) || p.param(lambda) == nil {
		return
	}
	after := p.pos
	if b := p.expect(EQUAL); b != nil {
		p.raiseTok(b, "var-keyword argument cannot have default value")
	}
	p.pos = after
	if p.accept(COMMA) {
		m := p.pos
		if a := p.param(lambda); a != nil {
			p.raiseNode(&a.Pos, "arguments cannot follow var-keyword argument")
		}
		p.pos = m
		if t := p.cur(); t.Kind == STAR || t.Kind == DOUBLESTAR || t.Kind == SLASH {
			p.raiseTok(t, "arguments cannot follow var-keyword argument")
		}
	}
	p.pos = start
}
