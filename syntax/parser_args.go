// This file defines call arguments (arguments, args, kwargs) and the
// parameter lists of def and lambda (params, lambda_params).

package syntax

// callArgs is what the arguments rule yields: the Call's args and
// keywords.
type callArgs struct {
	args []Expr
	kws  []*Keyword
}

// arguments is arguments: args [','] &')' | invalid_arguments.
func (p *parser) arguments() *callArgs {
	start := p.pos
	if v, ok := p.memoGet(memoArguments, start); ok {
		if v == nil {
			return nil
		}
		return v.(*callArgs)
	}
	p.enter()
	a := p.args()
	if a != nil {
		p.accept(COMMA)
		if p.peek() != RPAR {
			a = nil
		}
	}
	if a == nil {
		p.pos = start
		if p.invalid {
			p.invalidArguments()
			p.pos = start
		}
	}
	p.leave()
	if a == nil {
		p.memoSet(memoArguments, start, nil)
		return nil
	}
	p.memoSet(memoArguments, start, a)
	return a
}

// args is args: positional arguments then [',' kwargs], or kwargs alone.
func (p *parser) args() *callArgs {
	var pos []Expr
	for {
		mark := p.pos
		e := p.positionalArg()
		if e == nil {
			p.pos = mark
			if pos != nil {
				p.pos-- // give back the comma
			}
			break
		}
		pos = append(pos, e)
		if !p.accept(COMMA) {
			break
		}
	}
	res := &callArgs{args: pos, kws: []*Keyword{}}
	if pos == nil {
		res.args = []Expr{}
		if !p.kwargs(res) {
			return nil
		}
		return res
	}
	mark := p.pos
	if p.accept(COMMA) {
		if !p.kwargs(res) {
			p.pos = mark
		}
	}
	return res
}

// positionalArg is starred_expression | (assignment_expression |
// expression !':=') !'='.
func (p *parser) positionalArg() Expr {
	if e := p.starredExpression(); e != nil {
		return e
	}
	start := p.pos
	e := p.assignmentExpression()
	if e == nil {
		if e = p.expression(); e == nil || p.peek() == COLONEQUAL {
			p.pos = start
			return nil
		}
	}
	if p.peek() == EQUAL {
		p.pos = start
		return nil
	}
	return e
}

// kwargs is kwargs: keyword and starred arguments, then keyword and
// double-starred ones. It appends to res and reports whether any matched.
func (p *parser) kwargs(res *callArgs) bool {
	n0, k0 := len(res.args), len(res.kws)
	any := false
	// ','.kwarg_or_starred+
	for {
		mark := p.pos
		if !p.kwargOrStarred(res, false) {
			p.pos = mark
			if any {
				p.pos--
			}
			break
		}
		any = true
		if !p.accept(COMMA) {
			return true
		}
	}
	// [',' ','.kwarg_or_double_starred+], or the list alone.
	mark := p.pos
	if any && !p.accept(COMMA) {
		return true
	}
	got := false
	for {
		m := p.pos
		if !p.kwargOrStarred(res, true) {
			p.pos = m
			if got {
				p.pos--
			}
			break
		}
		got = true
		if !p.accept(COMMA) {
			break
		}
	}
	if !got {
		p.pos = mark
		if !any {
			res.args, res.kws = res.args[:n0], res.kws[:k0]
		}
	}
	return any || got
}

// kwargOrStarred is kwarg_or_starred (or, with double, kwarg_or_double_starred).
func (p *parser) kwargOrStarred(res *callArgs, double bool) bool {
	start := p.pos
	if p.invalid {
		p.invalidKwarg()
		p.pos = start
	}
	if n := p.cur(); n.Kind == NAME && p.peekAt(1) == EQUAL {
		p.pos += 2
		if v := p.expression(); v != nil {
			res.kws = append(res.kws, &Keyword{Pos: p.span(start), Arg: n.Val, Value: v})
			return true
		}
		p.pos = start
	}
	if double {
		if p.accept(DOUBLESTAR) {
			if v := p.expression(); v != nil {
				res.kws = append(res.kws, &Keyword{Pos: p.span(start), Value: v})
				return true
			}
		}
		p.pos = start
		return false
	}
	if e := p.starredExpression(); e != nil {
		res.args = append(res.args, e)
		return true
	}
	return false
}

// starEtc is what star_etc yields.
type starEtc struct {
	vararg     *Arg
	kwonly     []*Arg
	kwDefaults []Expr
	kwarg      *Arg
}

// params is params (or lambda_params when lambda is set).
func (p *parser) params(lambda bool) *Arguments {
	start := p.pos
	if p.invalid {
		p.invalidParameters(lambda)
		p.pos = start
	}
	return p.parameters(lambda)
}

// parameters is parameters / lambda_parameters.
func (p *parser) parameters(lambda bool) *Arguments {
	start := p.pos
	// slash_no_default param_no_default* param_with_default* [star_etc]
	if a := p.slashNoDefault(lambda); a != nil {
		b := p.paramsNoDefault(lambda)
		c, cd := p.paramsWithDefault(lambda)
		se := p.optStarEtc(lambda)
		p.checkVersion(8, "Positional-only parameters are")
		return makeArguments(a, append(b, c...), cd, se)
	}
	p.pos = start
	// slash_with_default param_with_default* [star_etc]
	if sa, sb, sbd := p.slashWithDefault(lambda); sb != nil {
		c, cd := p.paramsWithDefault(lambda)
		se := p.optStarEtc(lambda)
		p.checkVersion(8, "Positional-only parameters are")
		return makeArguments(append(sa, sb...), c, append(sbd, cd...), se)
	}
	p.pos = start
	// param_no_default+ param_with_default* [star_etc]
	if a := p.paramsNoDefault(lambda); a != nil {
		c, cd := p.paramsWithDefault(lambda)
		return makeArguments(nil, append(a, c...), cd, p.optStarEtc(lambda))
	}
	p.pos = start
	// param_with_default+ [star_etc]
	if c, cd := p.paramsWithDefault(lambda); c != nil {
		return makeArguments(nil, c, cd, p.optStarEtc(lambda))
	}
	p.pos = start
	if se := p.starEtc(lambda); se != nil {
		return makeArguments(nil, nil, nil, se)
	}
	p.pos = start
	return nil
}

// makeArguments assembles an arguments node as _PyPegen_make_arguments.
func makeArguments(posonly, args []*Arg, defaults []Expr, se *starEtc) *Arguments {
	a := emptyArguments()
	if posonly != nil {
		a.Posonlyargs = posonly
	}
	if args != nil {
		a.Args = args
	}
	if defaults != nil {
		a.Defaults = defaults
	}
	if se != nil {
		a.Vararg, a.Kwarg = se.vararg, se.kwarg
		if se.kwonly != nil {
			a.Kwonlyargs, a.KwDefaults = se.kwonly, se.kwDefaults
		}
	}
	return a
}

// paramEnd checks the end of one parameter: ',' (consumed) or a lookahead
// of ')' (':' for lambda).
// A type comment after it becomes a's (_PyPegen_add_type_comment_to_arg).
func (p *parser) paramEnd(lambda bool, a *Arg) bool {
	if p.accept(COMMA) {
		if !lambda {
			p.paramTypeComment(a)
		}
		return true
	}
	if !lambda {
		p.paramTypeComment(a)
		return p.peek() == RPAR
	}
	return p.peek() == COLON
}

func (p *parser) paramTypeComment(a *Arg) {
	if t := p.expect(TYPE_COMMENT); t != nil {
		a.TypeComment = t.Val
	}
}

// param is NAME annotation? (just NAME for lambda).
func (p *parser) param(lambda bool) *Arg {
	start := p.pos
	n := p.expect(NAME)
	if n == nil {
		return nil
	}
	var ann Expr
	if !lambda {
		mark := p.pos
		if p.accept(COLON) {
			if ann = p.expression(); ann == nil {
				p.pos = mark
			}
		}
	}
	return &Arg{Pos: p.span(start), Arg: n.Val, Annotation: ann}
}

// paramNoDefault is param_no_default.
func (p *parser) paramNoDefault(lambda bool) *Arg {
	start := p.pos
	a := p.param(lambda)
	if a == nil || !p.paramEnd(lambda, a) {
		p.pos = start
		return nil
	}
	return a
}

// paramsNoDefault is param_no_default*.
func (p *parser) paramsNoDefault(lambda bool) []*Arg {
	var out []*Arg
	for {
		a := p.paramNoDefault(lambda)
		if a == nil {
			return out
		}
		out = append(out, a)
	}
}

// defaultValue is default: '=' expression | invalid_default.
func (p *parser) defaultValue() Expr {
	start := p.pos
	if p.accept(EQUAL) {
		if e := p.expression(); e != nil {
			return e
		}
	}
	p.pos = start
	if p.invalid {
		if t := p.expect(EQUAL); t != nil {
			if k := p.peek(); k == RPAR || k == COMMA {
				p.raiseTok(t, "expected default value expression")
			}
		}
		p.pos = start
	}
	return nil
}

// paramWithDefault is param_with_default (or param_maybe_default when
// maybe is set).
func (p *parser) paramWithDefault(lambda, maybe bool) (*Arg, Expr, bool) {
	start := p.pos
	a := p.param(lambda)
	if a == nil {
		return nil, nil, false
	}
	d := p.defaultValue()
	if (d == nil && !maybe) || !p.paramEnd(lambda, a) {
		p.pos = start
		return nil, nil, false
	}
	return a, d, true
}

// paramsWithDefault is param_with_default*.
func (p *parser) paramsWithDefault(lambda bool) ([]*Arg, []Expr) {
	var args []*Arg
	var defs []Expr
	for {
		a, d, ok := p.paramWithDefault(lambda, false)
		if !ok {
			return args, defs
		}
		args = append(args, a)
		defs = append(defs, d)
	}
}

// slashNoDefault is param_no_default+ '/' (',' | &')').
func (p *parser) slashNoDefault(lambda bool) []*Arg {
	start := p.pos
	a := p.paramsNoDefault(lambda)
	if a != nil && p.accept(SLASH) && p.slashEnd(lambda) {
		return a
	}
	p.pos = start
	return nil
}

func (p *parser) slashEnd(lambda bool) bool {
	if p.accept(COMMA) {
		return true
	}
	if lambda {
		return p.peek() == COLON
	}
	return p.peek() == RPAR
}

// slashWithDefault is param_no_default* param_with_default+ '/' (',' |
// &')').
func (p *parser) slashWithDefault(lambda bool) ([]*Arg, []*Arg, []Expr) {
	start := p.pos
	a := p.paramsNoDefault(lambda)
	b, bd := p.paramsWithDefault(lambda)
	if b != nil && p.accept(SLASH) && p.slashEnd(lambda) {
		if a == nil {
			a = []*Arg{}
		}
		return a, b, bd
	}
	p.pos = start
	return nil, nil, nil
}

// optStarEtc is [star_etc].
func (p *parser) optStarEtc(lambda bool) *starEtc {
	mark := p.pos
	se := p.starEtc(lambda)
	if se == nil {
		p.pos = mark
	}
	return se
}

// starEtc is star_etc / lambda_star_etc.
func (p *parser) starEtc(lambda bool) *starEtc {
	start := p.pos
	if p.invalid {
		p.invalidStarEtc(lambda)
		p.pos = start
	}
	if p.accept(STAR) {
		mark := p.pos
		// '*' param_no_default param_maybe_default* [kwds]
		a := p.paramNoDefault(lambda)
		if a == nil && !lambda {
			// '*' param_no_default_star_annotation ...
			p.pos = mark
			a = p.paramStarAnnotation()
		}
		if a != nil {
			se := &starEtc{vararg: a}
			p.maybeDefaults(lambda, se)
			se.kwarg = p.optKwds(lambda)
			return se
		}
		p.pos = mark
		// '*' ',' param_maybe_default+ [kwds]
		if p.accept(COMMA) {
			se := &starEtc{}
			if p.maybeDefaults(lambda, se) {
				se.kwarg = p.optKwds(lambda)
				return se
			}
		}
		p.pos = start
		return nil
	}
	if kw := p.kwds(lambda); kw != nil {
		return &starEtc{kwarg: kw}
	}
	p.pos = start
	return nil
}

// paramStarAnnotation is param_no_default_star_annotation: NAME ':'
// star_expression, then ',' or &')'.
func (p *parser) paramStarAnnotation() *Arg {
	start := p.pos
	n := p.expect(NAME)
	if n == nil || !p.accept(COLON) {
		p.pos = start
		return nil
	}
	ann := p.starExpression()
	if ann == nil {
		p.pos = start
		return nil
	}
	a := &Arg{Pos: p.span(start), Arg: n.Val, Annotation: ann}
	if !p.paramEnd(false, a) {
		p.pos = start
		return nil
	}
	return a
}

// maybeDefaults is param_maybe_default*, appending keyword-only
// parameters to se; it reports whether there was at least one.
func (p *parser) maybeDefaults(lambda bool, se *starEtc) bool {
	got := false
	for {
		a, d, ok := p.paramWithDefault(lambda, true)
		if !ok {
			return got
		}
		got = true
		se.kwonly = append(se.kwonly, a)
		se.kwDefaults = append(se.kwDefaults, d)
	}
}

// optKwds is [kwds].
func (p *parser) optKwds(lambda bool) *Arg {
	mark := p.pos
	a := p.kwds(lambda)
	if a == nil {
		p.pos = mark
	}
	return a
}

// kwds is kwds: '**' param_no_default.
func (p *parser) kwds(lambda bool) *Arg {
	start := p.pos
	if p.invalid {
		p.invalidKwds(lambda)
		p.pos = start
	}
	if !p.accept(DOUBLESTAR) {
		return nil
	}
	a := p.paramNoDefault(lambda)
	if a == nil {
		p.pos = start
	}
	return a
}
