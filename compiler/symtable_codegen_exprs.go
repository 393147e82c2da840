// This file defines CheckCodegen's walk over expressions and match patterns,
// in the order in which CPython 3.11's compile.c generates their code.

package compiler

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"krait/syntax"
)

// expr is compiler_visit_expr: the location is the expression's while it
// is compiled, and is restored afterwards.
func (c *checker) expr(e syntax.Expr) {
	if c.err != nil {
		return
	}
	saved := c.u.loc
	c.setLoc(e.GetPos())
	c.visitExpr(e)
	c.u.loc = saved
}

func (c *checker) visitExpr(e syntax.Expr) {
	switch e := e.(type) {
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.expr(e.Target)
	case *syntax.BoolOp:
		c.exprs(e.Values)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
	case *syntax.UnaryOp:
		c.expr(e.Operand)
	case *syntax.Lambda:
		if c.checkDebugArgs(e.Args) {
			c.defaults(e.Args)
			if c.err == nil {
				c.enter(c.st.Lookup(e), scopeLambda, e.Lineno)
				c.expr(e.Body)
				c.exit()
			}
		}
	case *syntax.IfExp:
		c.jumpIf(e.Test)
		c.expr(e.Body)
		c.expr(e.Orelse)
	case *syntax.Dict:
		for i, v := range e.Values {
			if e.Keys[i] != nil {
				c.expr(e.Keys[i])
			}
			c.expr(v)
		}
	case *syntax.Set:
		c.elements(e.Elts)
	case *syntax.GeneratorExp:
		c.comprehension(e, e.Generators, e.Elt, nil, false)
	case *syntax.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil, true)
	case *syntax.SetComp:
		c.comprehension(e, e.Generators, e.Elt, nil, true)
	case *syntax.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value, true)
	case *syntax.Yield:
		if c.u.blk.Type != FunctionBlock {
			c.fail("'yield' outside function")
		} else if e.Value != nil {
			c.expr(e.Value)
		}
	case *syntax.YieldFrom:
		switch {
		case c.u.blk.Type != FunctionBlock:
			c.fail("'yield' outside function")
		case c.u.scope == scopeAsyncFunction:
			c.fail("'yield from' inside async function")
		default:
			c.expr(e.Value)
		}
	case *syntax.Await:
		if !c.topLevelAwait() {
			if c.u.blk.Type != FunctionBlock {
				c.fail("'await' outside function")
				return
			}
			if c.u.scope != scopeAsyncFunction && c.u.scope != scopeComprehension {
				c.fail("'await' outside async function")
				return
			}
		}
		c.expr(e.Value)
	case *syntax.Compare:
		c.checkCompare(e)
		c.expr(e.Left)
		c.exprs(e.Comparators)
	case *syntax.Call:
		if _, ok := e.Func.(*syntax.Attribute); !ok {
			c.checkCaller(e.Func)
		}
		c.call(e)
	case *syntax.FormattedValue:
		c.expr(e.Value)
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		c.exprs(e.Values)
	case *syntax.Attribute:
		c.expr(e.Value)
		if c.err == nil && e.Ctx == syntax.Store {
			c.attrLoc(e)
			c.forbidden(e.Attr, syntax.Store)
		}
	case *syntax.Subscript:
		if e.Ctx == syntax.Load {
			c.checkSubscript(e.Value, e.Slice)
		}
		c.expr(e.Value)
		c.expr(e.Slice)
	case *syntax.Starred:
		if e.Ctx == syntax.Store {
			c.fail("starred assignment target must be in a list or tuple")
		} else {
			c.fail("can't use starred expression here")
		}
	case *syntax.Slice:
		for _, part := range []syntax.Expr{e.Lower, e.Upper, e.Step} {
			if part != nil {
				c.expr(part)
			}
		}
	case *syntax.Name:
		c.forbidden(e.Id, e.Ctx)
	case *syntax.List:
		c.sequence(e.Elts, e.Ctx)
	case *syntax.Tuple:
		c.sequence(e.Elts, e.Ctx)
	}
}

// attrLoc moves the location of a multi-line attribute to its name, as
// update_start_location_to_match_attr does.
func (c *checker) attrLoc(e *syntax.Attribute) {
	l := &c.u.loc
	if l.Lineno == e.EndLineno {
		return
	}
	l.Lineno = e.EndLineno
	if n := utf8.RuneCountInString(e.Attr); n <= e.EndColOffset {
		l.ColOffset = e.EndColOffset - n
	} else {
		l.ColOffset, l.EndColOffset = -1, -1
	}
	l.EndLineno = max(l.Lineno, l.EndLineno)
	if l.Lineno == l.EndLineno {
		l.EndColOffset = max(l.ColOffset, l.EndColOffset)
	}
}

// elements visits the items of a display, where starred items are allowed.
func (c *checker) elements(elts []syntax.Expr) {
	for _, elt := range elts {
		if st, ok := elt.(*syntax.Starred); ok {
			c.expr(st.Value)
		} else {
			c.expr(elt)
		}
	}
}

// sequence compiles a list or tuple: a display, an unpacking target, or
// deletion targets.
func (c *checker) sequence(elts []syntax.Expr, ctx syntax.ExprContext) {
	switch ctx {
	case syntax.Load:
		c.elements(elts)
	case syntax.Store:
		seen := false
		for i, elt := range elts {
			if _, ok := elt.(*syntax.Starred); !ok {
				continue
			}
			if seen {
				c.fail("multiple starred expressions in assignment")
				return
			}
			if i >= 1<<8 || len(elts)-i-1 >= math.MaxInt32>>8 {
				c.fail("too many expressions in star-unpacking assignment")
				return
			}
			seen = true
		}
		c.elements(elts)
	default:
		c.exprs(elts)
	}
}

// validateKeywords rejects keyword arguments named __debug__ or repeated.
func (c *checker) validateKeywords(kws []*syntax.Keyword) bool {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		if c.forbidden(k.Arg, syntax.Store) {
			return false
		}
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.setLoc(&other.Pos)
				c.fail("keyword argument repeated: " + k.Arg)
				return false
			}
		}
	}
	return true
}

func (c *checker) call(e *syntax.Call) {
	if !c.validateKeywords(e.Keywords) {
		return
	}
	if attr, ok := e.Func.(*syntax.Attribute); ok && attr.Ctx == syntax.Load && c.methodCall(e) {
		// The method is looked up without compiling the Attribute node.
		c.expr(attr.Value)
		c.exprs(e.Args)
		for _, k := range e.Keywords {
			c.expr(k.Value)
		}
		return
	}
	c.expr(e.Func)
	if c.err == nil {
		c.callHelper(e.Args, e.Keywords)
	}
}

// methodCall reports whether compile.c compiles the call with LOAD_METHOD
// (maybe_optimize_method_call), which skips the Attribute node itself.
func (c *checker) methodCall(e *syntax.Call) bool {
	attr := e.Func.(*syntax.Attribute)
	if name, ok := attr.Value.(*syntax.Name); ok && c.st.Top.Flags(name.Id)&DefImport != 0 {
		return false
	}
	if len(e.Args)+len(e.Keywords)+b2int(len(e.Keywords) != 0) >= 30 {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*syntax.Starred); ok {
			return false
		}
	}
	for _, k := range e.Keywords {
		if k.Arg == "" {
			return false
		}
	}
	return true
}

func b2int(v bool) int {
	if v {
		return 1
	}
	return 0
}

// callHelper compiles the arguments of a call or class definition.
func (c *checker) callHelper(args []syntax.Expr, kws []*syntax.Keyword) {
	if !c.validateKeywords(kws) {
		return
	}
	c.elements(args)
	for _, k := range kws {
		c.expr(k.Value)
	}
}

// comprehension compiles the comprehension's body as its own code object,
// then its first iterable in the enclosing one.
func (c *checker) comprehension(e syntax.Expr, gens []*syntax.Comprehension, elt, val syntax.Expr, notGen bool) {
	outerScope := c.u.scope
	topAwait := c.topLevelAwait()
	blk := c.st.Lookup(e)
	c.enter(blk, scopeComprehension, e.GetPos().Lineno)
	c.setLoc(e.GetPos())
	if blk.Coroutine && notGen && outerScope != scopeAsyncFunction &&
		outerScope != scopeComprehension && !topAwait {
		c.fail("asynchronous comprehension outside of an asynchronous function")
	} else {
		c.generators(gens, 0, elt, val)
	}
	c.exit()
	c.expr(gens[0].Iter)
}

func (c *checker) generators(gens []*syntax.Comprehension, i int, elt, val syntax.Expr) {
	g := gens[i]
	if i > 0 {
		c.subIter(g.Iter)
	}
	if g.IsAsync != 0 && !c.push(fbAsyncComprehensionGenerator, fblock{}) {
		return
	}
	c.expr(g.Target)
	for _, cond := range g.Ifs {
		if c.err == nil {
			c.jumpIf(cond)
		}
	}
	if c.err != nil {
		return
	}
	if i+1 < len(gens) {
		c.generators(gens, i+1, elt, val)
	} else {
		c.expr(elt)
		if val != nil {
			c.expr(val)
		}
	}
	if g.IsAsync != 0 && c.err == nil {
		c.pop()
	}
}

// subIter compiles an inner iterable; `for y in [f(x)]` compiles f(x) only.
func (c *checker) subIter(it syntax.Expr) {
	var elts []syntax.Expr
	switch it := it.(type) {
	case *syntax.List:
		elts = it.Elts
	case *syntax.Tuple:
		elts = it.Elts
	}
	if len(elts) == 1 {
		if _, ok := elts[0].(*syntax.Starred); !ok {
			c.expr(elts[0])
			return
		}
	}
	c.expr(it)
}

// patternCtx is compile.c's pattern_context, for the checks that need it.
type patternCtx struct {
	stores           []string
	allowIrrefutable bool
}

func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Pattern == nil && as.Name == ""
}

func (c *checker) match(s *syntax.Match) {
	c.expr(s.Subject)
	n := len(s.Cases)
	hasDefault := 0
	if n > 1 && isWildcard(s.Cases[n-1].Pattern) {
		hasDefault = 1
	}
	for i, m := range s.Cases[:n-hasDefault] {
		if c.err != nil {
			return
		}
		c.setLoc(m.Pattern.GetPos())
		pc := &patternCtx{allowIrrefutable: m.Guard != nil || i == n-1}
		if !c.pattern(m.Pattern, pc) {
			return
		}
		if m.Guard != nil {
			c.jumpIf(m.Guard)
		}
		c.stmts(m.Body)
		c.u.loc = unsetLoc
		c.setLoc(m.Pattern.GetPos())
	}
	if hasDefault == 1 && c.err == nil {
		m := s.Cases[n-1]
		c.setLoc(m.Pattern.GetPos())
		if m.Guard != nil {
			c.jumpIf(m.Guard)
		}
		c.stmts(m.Body)
		c.u.loc = unsetLoc
	}
}

// storeName records a capture (compile.c's pattern_helper_store_name).
func (c *checker) storeName(name string, pc *patternCtx) bool {
	if name == "" {
		return true
	}
	if c.forbidden(name, syntax.Store) {
		return false
	}
	for _, s := range pc.stores {
		if s == name {
			c.fail(fmt.Sprintf("multiple assignments to name %s in pattern", pyReprStr(name)))
			return false
		}
	}
	pc.stores = append(pc.stores, name)
	return true
}

// subpattern compiles p with irrefutable patterns allowed.
func (c *checker) subpattern(p syntax.Pattern, pc *patternCtx) bool {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	ok := c.pattern(p, pc)
	pc.allowIrrefutable = saved
	return ok
}

func (c *checker) pattern(p syntax.Pattern, pc *patternCtx) bool {
	c.setLoc(p.GetPos())
	switch p := p.(type) {
	case *syntax.MatchValue:
		v := foldPatternValue(p.Value)
		if _, ok := v.(*syntax.Constant); !ok {
			if _, ok := v.(*syntax.Attribute); !ok {
				c.fail("patterns may only match literals and attribute lookups")
				return false
			}
		}
		c.expr(v)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		return c.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		return c.mappingPattern(p, pc)
	case *syntax.MatchClass:
		return c.classPattern(p, pc)
	case *syntax.MatchStar:
		return c.storeName(p.Name, pc)
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.fail(fmt.Sprintf("name capture %s makes remaining patterns unreachable", pyReprStr(p.Name)))
				} else {
					c.fail("wildcard makes remaining patterns unreachable")
				}
				return false
			}
			return c.storeName(p.Name, pc)
		}
		return c.pattern(p.Pattern, pc) && c.storeName(p.Name, pc)
	case *syntax.MatchOr:
		return c.orPattern(p, pc)
	}
	return c.err == nil
}

func (c *checker) sequencePattern(p *syntax.MatchSequence, pc *patternCtx) bool {
	star := -1
	for i, sub := range p.Patterns {
		if _, ok := sub.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.fail("multiple starred names in sequence pattern")
				return false
			}
			star = i
		}
	}
	for _, sub := range p.Patterns {
		if !c.subpattern(sub, pc) {
			return false
		}
	}
	return true
}

func (c *checker) mappingPattern(p *syntax.MatchMapping, pc *patternCtx) bool {
	var seen []any
	for _, key := range p.Keys {
		key = foldPatternValue(key)
		switch k := key.(type) {
		case *syntax.Constant:
			for _, s := range seen {
				if constEqual(s, k.Value) {
					c.fail(fmt.Sprintf("mapping pattern checks duplicate key (%s)", pyRepr(k.Value)))
					return false
				}
			}
			seen = append(seen, k.Value)
		case *syntax.Attribute:
		default:
			c.fail("mapping pattern keys may only match literals and attribute lookups")
			return false
		}
		c.expr(key)
		if c.err != nil {
			return false
		}
	}
	for _, sub := range p.Patterns {
		if !c.subpattern(sub, pc) {
			return false
		}
	}
	return c.storeName(p.Rest, pc)
}

func (c *checker) classPattern(p *syntax.MatchClass, pc *patternCtx) bool {
	if len(p.KwdAttrs) > 0 {
		for i, attr := range p.KwdAttrs {
			c.setLoc(p.KwdPatterns[i].GetPos())
			if c.forbidden(attr, syntax.Store) {
				return false
			}
			for j := i + 1; j < len(p.KwdAttrs); j++ {
				if p.KwdAttrs[j] == attr {
					c.setLoc(p.KwdPatterns[j].GetPos())
					c.fail("attribute name repeated in class pattern: " + attr)
					return false
				}
			}
		}
		c.setLoc(&p.Pos)
	}
	c.expr(p.Cls)
	for _, list := range [][]syntax.Pattern{p.Patterns, p.KwdPatterns} {
		for _, sub := range list {
			if c.err != nil {
				return false
			}
			if !isWildcard(sub) && !c.subpattern(sub, pc) {
				return false
			}
		}
	}
	return c.err == nil
}

// orPattern checks that the alternatives bind the same names.
func (c *checker) orPattern(p *syntax.MatchOr, pc *patternCtx) bool {
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(alt.GetPos())
		sub := &patternCtx{allowIrrefutable: i == len(p.Patterns)-1 && pc.allowIrrefutable}
		if !c.pattern(alt, sub) {
			return false
		}
		if i == 0 {
			control = sub.stores
		} else if !sameNames(control, sub.stores) {
			c.fail("alternative patterns bind different names")
			return false
		}
	}
	for _, name := range control {
		for _, s := range pc.stores {
			if s == name {
				c.fail(fmt.Sprintf("multiple assignments to name %s in pattern", pyReprStr(name)))
				return false
			}
		}
		pc.stores = append(pc.stores, name)
	}
	return true
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, n := range a {
		found := false
		for _, m := range b {
			if n == m {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// foldPatternValue folds the signed and complex numbers the grammar allows
// in patterns (-1, 1+2j, -1-2j) into constants, as CPython's AST optimizer
// does before compiling; other expressions are returned as they are.
func foldPatternValue(e syntax.Expr) syntax.Expr {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op != syntax.USub {
			return e
		}
		if k, ok := x.Operand.(*syntax.Constant); ok {
			if v, ok := negate(k.Value); ok {
				return &syntax.Constant{Pos: x.Pos, Value: v}
			}
		}
	case *syntax.BinOp:
		if x.Op != syntax.Add && x.Op != syntax.Sub {
			return e
		}
		l, lok := foldPatternValue(x.Left).(*syntax.Constant)
		r, rok := x.Right.(*syntax.Constant)
		if !lok || !rok {
			return e
		}
		im, ok := r.Value.(complex128)
		if !ok {
			return e
		}
		re, ok := toComplex(l.Value)
		if !ok {
			return e
		}
		if x.Op == syntax.Sub {
			im = -im
		}
		return &syntax.Constant{Pos: x.Pos, Value: re + im}
	}
	return e
}

func negate(v any) (any, bool) {
	switch v := v.(type) {
	case int64:
		if v == math.MinInt64 {
			return new(big.Int).Neg(big.NewInt(v)), true
		}
		return -v, true
	case *big.Int:
		n := new(big.Int).Neg(v)
		if n.IsInt64() {
			return n.Int64(), true
		}
		return n, true
	case float64:
		return -v, true
	case complex128:
		return -v, true
	}
	return nil, false
}

func toComplex(v any) (complex128, bool) {
	switch v := v.(type) {
	case int64:
		return complex(float64(v), 0), true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		return complex(f, 0), true
	case float64:
		return complex(v, 0), true
	case complex128:
		return v, true
	}
	return 0, false
}

// constEqual is Python's == between two constants of a mapping pattern
// (True == 1 == 1.0 == 1+0j; a NaN equals nothing).
func constEqual(a, b any) bool {
	if ra, ok := numeric(a); ok {
		rb, ok := numeric(b)
		return ok && ra.equal(rb)
	}
	switch a := a.(type) {
	case string:
		b, ok := b.(string)
		return ok && a == b
	case syntax.Bytes:
		b, ok := b.(syntax.Bytes)
		return ok && a == b
	case nil:
		return b == nil
	case syntax.Ellipsis:
		_, ok := b.(syntax.Ellipsis)
		return ok
	}
	return false
}

// number is a numeric constant: an exact integer, or a float or complex.
type number struct {
	i    *big.Int // set for ints and bools
	re   float64
	im   float64
	isFl bool
}

func numeric(v any) (number, bool) {
	switch v := v.(type) {
	case bool:
		return number{i: big.NewInt(int64(b2int(v)))}, true
	case int64:
		return number{i: big.NewInt(v)}, true
	case *big.Int:
		return number{i: v}, true
	case float64:
		return number{re: v, isFl: true}, true
	case complex128:
		return number{re: real(v), im: imag(v), isFl: true}, true
	}
	return number{}, false
}

func (a number) equal(b number) bool {
	switch {
	case !a.isFl && !b.isFl:
		return a.i.Cmp(b.i) == 0
	case !a.isFl:
		return b.im == 0 && intEqualsFloat(a.i, b.re)
	case !b.isFl:
		return a.im == 0 && intEqualsFloat(b.i, a.re)
	}
	return a.re == b.re && a.im == b.im
}

func intEqualsFloat(i *big.Int, f float64) bool {
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
		return false
	}
	bf, _ := new(big.Float).SetFloat64(f).Int(nil)
	return bf.Cmp(i) == 0
}

// pyRepr is Python's repr() of a constant.
func pyRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return pyFloatRepr(v)
	case complex128:
		if real(v) == 0 && !math.Signbit(real(v)) {
			return pyImagRepr(imag(v)) + "j"
		}
		sign := "+"
		im := imag(v)
		if math.Signbit(im) {
			sign = "-"
			im = -im
		}
		return "(" + pyImagRepr(real(v)) + sign + pyImagRepr(im) + "j)"
	case string:
		return pyReprStr(v)
	case syntax.Bytes:
		return pyReprBytes(string(v))
	case syntax.Ellipsis:
		return "Ellipsis"
	}
	return fmt.Sprint(v)
}

// pyFloatRepr is repr(float): the shortest digits, in fixed notation for
// exponents from -4 to 15, with ".0" on integral values.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	digits := strings.Replace(strings.TrimPrefix(mant, "-"), ".", "", 1)
	var out string
	if exp < -4 || exp >= 16 {
		out = digits[:1]
		if len(digits) > 1 {
			out += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es = "-"
			exp = -exp
		}
		out += fmt.Sprintf("e%s%02d", es, exp)
	} else if exp < 0 {
		out = "0." + strings.Repeat("0", -exp-1) + digits
	} else if len(digits) > exp+1 {
		out = digits[:exp+1] + "." + digits[exp+1:]
	} else {
		out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
	}
	if neg {
		out = "-" + out
	}
	return out
}

// pyImagRepr formats a complex part as repr(complex) does: like a float,
// but without ".0" on integral values.
func pyImagRepr(f float64) string {
	return strings.TrimSuffix(pyFloatRepr(f), ".0")
}

// pyReprStr is repr(str) for a WTF-8 string.
func pyReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 || r >= 0xD800 && r <= 0xDFFF {
			r, n = decodeWTF8(s[i:])
		}
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f:
			b.WriteRune(r)
		case r >= 0xD800 && r <= 0xDFFF || !unicode.IsPrint(r) || r == 0xad:
			switch {
			case r <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// decodeWTF8 decodes a (possibly surrogate) three-byte sequence, or one
// invalid byte as itself.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return rune(s[0]), 1
}

// pyReprBytes is repr(bytes).
func pyReprBytes(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == quote || ch == '\\':
			b.WriteByte('\\')
			b.WriteByte(ch)
		case ch == '\n':
			b.WriteString(`\n`)
		case ch == '\r':
			b.WriteString(`\r`)
		case ch == '\t':
			b.WriteString(`\t`)
		case ch < 0x20 || ch >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, ch)
		default:
			b.WriteByte(ch)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
