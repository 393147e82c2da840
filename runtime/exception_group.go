// This file defines BaseExceptionGroup and ExceptionGroup (construction,
// message/exceptions, split/subgroup/derive) and the two operations of
// except*: matching a clause (CHECK_EG_MATCH) and merging what the clauses
// raised into the exception that propagates (PREP_RERAISE_STAR), as
// CPython 3.11's Objects/exceptions.c and ceval.c do.

package runtime

import (
	"fmt"
	"strings"
)

// The exception group classes. ExceptionGroup has two bases, like CPython's
// ExceptionGroup(BaseExceptionGroup, Exception).
var (
	BaseExceptionGroupType = excType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType     = excType2("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
)

// excType2 declares a builtin exception class with two bases.
func excType2(name string, base, second *Type) *Type {
	t := excType(name, base)
	t.Bases = []*Type{base, second}
	return t
}

// egParts returns the message and the exceptions tuple of an exception group.
func egParts(e *Exception) (Value, *Tuple) {
	if len(e.extra) < 2 {
		return ValueOf(emptyStr), NewTuple(nil)
	}
	return e.extra[0], e.extra[1].AsTuple()
}

func eg_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	args = args[:len(args)-len(kwnames)]
	if len(args) != 2 {
		return Value{}, NewTypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].TryStr(); !ok {
		return Value{}, NewTypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	excs, err := egSequence(args[1])
	if err != nil {
		return Value{}, err
	}
	nestedBase := false
	for i, x := range excs {
		ex, ok := x.TryException()
		if !ok {
			return Value{}, NewValueError("Item %d of second argument (exceptions) is not an exception", i)
		}
		if !ex.typ.IsSubtype(ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case t == BaseExceptionGroupType:
		if !nestedBase {
			t = ExceptionGroupType
		}
	case t == ExceptionGroupType:
		if nestedBase {
			return Value{}, NewTypeError("Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case nestedBase && t.IsSubtype(ExceptionType):
		return Value{}, NewTypeError("Cannot nest BaseExceptions in '%s'", t.Name)
	}
	e := &Exception{Header: Header{t}, Args: NewTuple(append([]Value(nil), args...))}
	e.extra = []Value{args[0], NewTuple(excs).Value()}
	return e.Value(), nil
}

// egSequence checks and copies the exceptions argument.
func egSequence(v Value) ([]Value, *Exception) {
	t := v.Type()
	if t.IsSubtype(DictType) || t.Lookup(Intern("__getitem__")).IsNull() {
		return nil, NewTypeError("second argument (exceptions) must be a sequence")
	}
	excs, err := collectIter(v)
	if err != nil {
		return nil, err
	}
	if len(excs) == 0 {
		return nil, NewValueError("second argument (exceptions) must be a non-empty sequence")
	}
	return append([]Value(nil), excs...), nil
}

func eg_init(self Value, args []Value, kwnames []*Str) *Exception {
	args = args[:len(args)-len(kwnames)]
	self.AsException().Args = NewTuple(append([]Value(nil), args...))
	return nil
}

func eg_str(v Value) (Value, *Exception) {
	msg, excs := egParts(v.AsException())
	s, err := StrOf(msg)
	if err != nil {
		return Value{}, err
	}
	n := len(excs.items)
	plural := "s"
	if n == 1 {
		plural = ""
	}
	return StrValue(fmt.Sprintf("%s (%d sub-exception%s)", s.S, n, plural)), nil
}

// egMatcher is the condition of split/subgroup: a type or tuple of types,
// a predicate, or (for except*) a set of leaf identities.
type egMatcher struct {
	types Value
	pred  Value
	ids   map[*Exception]bool
}

func newEgMatcher(cond Value) (*egMatcher, *Exception) {
	if isExcClassOrTuple(cond) {
		return &egMatcher{types: cond}, nil
	}
	if cond.Type().Call != nil {
		return &egMatcher{pred: cond}, nil
	}
	return nil, NewTypeError("expected a function, exception type or tuple of exception types")
}

func isExcClassOrTuple(v Value) bool {
	if t, ok := v.TryType(); ok {
		return t.IsSubtype(BaseExceptionType)
	}
	tup, ok := v.TryTuple()
	if !ok {
		return false
	}
	for _, x := range tup.items {
		if t, ok := x.TryType(); !ok || !t.IsSubtype(BaseExceptionType) {
			return false
		}
	}
	return true
}

func (m *egMatcher) match(e *Exception) (bool, *Exception) {
	switch {
	case m.ids != nil:
		return m.ids[e], nil
	case !m.pred.IsNull():
		r, err := Call(m.pred, []Value{e.Value()}, nil)
		if err != nil {
			return false, err
		}
		return IsTrue(r)
	}
	return exceptionMatches(e.Value(), m.types)
}

// egSplit splits e by m into the matching part and (if rest) the rest,
// either nil when empty.
func egSplit(e *Exception, m *egMatcher, rest bool) (*Exception, *Exception, *Exception) {
	th := curThread
	if th.depth >= th.recursionLimit {
		return nil, nil, NewRecursionError("maximum recursion depth exceeded")
	}
	th.depth++
	defer func() { th.depth-- }()
	ok, err := m.match(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		return nil, e, nil
	}
	_, excs := egParts(e)
	var ms, rs []Value
	for _, x := range excs.items {
		xm, xr, err := egSplit(x.AsException(), m, rest)
		if err != nil {
			return nil, nil, err
		}
		if xm != nil {
			ms = append(ms, xm.Value())
		}
		if xr != nil {
			rs = append(rs, xr.Value())
		}
	}
	mg, err := egSubset(e, ms)
	if err != nil || !rest {
		return mg, nil, err
	}
	rg, err := egSubset(e, rs)
	return mg, rg, err
}

// egSubset derives a group of excs from e, keeping e's metadata.
func egSubset(e *Exception, excs []Value) (*Exception, *Exception) {
	if len(excs) == 0 {
		return nil, nil
	}
	r, err := callMethodByName(e.Value(), "derive", NewList(excs))
	if err != nil {
		return nil, err
	}
	g, ok := r.TryException()
	if !ok || !g.typ.IsSubtype(BaseExceptionGroupType) {
		return nil, NewTypeError("derive must return an instance of BaseExceptionGroup")
	}
	// PyException_SetCause, which CPython uses here, always sets
	// __suppress_context__.
	g.Traceback, g.Context, g.Cause, g.SuppressContext = e.Traceback, e.Context, e.Cause, true
	g.copyNotes(e)
	return g, nil
}

func excOrNoneVal(e *Exception) Value { return excOrNone(e) }

var egMethods = []Method{
	{Name: "__class_getitem__", Fn: classGetItemSelf, Sig: "item, /", Flags: MethO | MethClass, Doc: "See PEP 585"},
	{Name: "derive", Sig: "excs, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		msg, _ := egParts(self.AsException())
		return Call(BaseExceptionGroupType.Value(), []Value{msg, a[0]}, nil)
	}},
	{Name: "split", Sig: "matcher_value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		m, err := newEgMatcher(a[0])
		if err != nil {
			return Value{}, err
		}
		mg, rg, err := egSplit(self.AsException(), m, true)
		if err != nil {
			return Value{}, err
		}
		return TupleValue(excOrNoneVal(mg), excOrNoneVal(rg)), nil
	}},
	{Name: "subgroup", Sig: "matcher_value, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		m, err := newEgMatcher(a[0])
		if err != nil {
			return Value{}, err
		}
		mg, _, err := egSplit(self.AsException(), m, false)
		return excOrNoneVal(mg), err
	}},
}

var egGetSets = []GetSetDef{
	{Name: "message", Get: func(v Value) (Value, *Exception) {
		msg, _ := egParts(v.AsException())
		return msg, nil
	}},
	{Name: "exceptions", Get: func(v Value) (Value, *Exception) {
		_, excs := egParts(v.AsException())
		return excs.Value(), nil
	}},
}

func init() {
	b := BaseExceptionGroupType
	b.New, b.Init, b.Str = eg_new, eg_init, eg_str
	b.methods, b.getsets = egMethods, egGetSets
	for _, t := range []*Type{BaseExceptionGroupType, ExceptionGroupType} {
		t.InstAttrs = exceptionAttrs
		exceptionTypeByName[t.Name] = t
	}
}

// checkEgMatch is CHECK_EG_MATCH: it splits exc by the except* type typ
// and returns the rest and the matching group (None when nothing matches);
// f is the frame running the except* clause.
func checkEgMatch(f *frame, exc, typ Value) (Value, Value, *Exception) {
	if _, err := exceptionMatches(None, typ); err != nil {
		return Value{}, Value{}, err
	}
	if isEgClassIn(typ) {
		return Value{}, Value{}, NewTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	e, ok := exc.TryException()
	if !ok {
		return None, None, nil
	}
	full, err := exceptionMatches(exc, typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	if full {
		if e.typ.IsSubtype(BaseExceptionGroupType) {
			return None, exc, nil
		}
		w, err := Call(BaseExceptionGroupType.Value(), []Value{ValueOf(emptyStr), TupleValue(exc)}, nil)
		if err != nil {
			return Value{}, Value{}, err
		}
		// CPython gives the wrapper a fresh traceback of the current frame.
		addTraceback(w.AsException(), f)
		return None, w, nil
	}
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		return exc, None, nil
	}
	pair, err := callMethodByName(exc, "split", typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	p, ok := pair.TryTuple()
	if !ok || len(p.items) != 2 {
		return Value{}, Value{}, NewTypeError("%s.split must return a 2-tuple, got %s", e.typ.Name, pair.Type().Name)
	}
	if p.items[0].IsNone() {
		return exc, None, nil
	}
	return p.items[1], p.items[0], nil
}

func isEgClassIn(typ Value) bool {
	if t, ok := typ.TryType(); ok {
		return t.IsSubtype(BaseExceptionGroupType)
	}
	if tup, ok := typ.TryTuple(); ok {
		for _, x := range tup.items {
			if isEgClassIn(x) {
				return true
			}
		}
	}
	return false
}

// prepReraiseStar is PREP_RERAISE_STAR: from the original exception and
// the list of exceptions the clauses raised (and the unhandled rest), the
// exception to re-raise, or None.
func prepReraiseStar(orig, list Value) (Value, *Exception) {
	l, ok := list.TryList()
	if !ok || len(l.items) == 0 {
		return None, nil
	}
	o, ok := orig.TryException()
	if !ok || !o.typ.IsSubtype(BaseExceptionGroupType) {
		return l.items[0], nil
	}
	var raised, reraised []*Exception
	for _, x := range l.items {
		e, ok := x.TryException()
		if !ok {
			continue
		}
		if sameMetadata(e, o) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	ids := map[*Exception]bool{}
	for _, e := range reraised {
		egLeaves(e, ids)
	}
	keep, _, err := egSplit(o, &egMatcher{ids: ids}, false)
	if err != nil {
		return Value{}, err
	}
	if len(raised) == 0 {
		return excOrNone(keep), nil
	}
	if keep != nil {
		raised = append(raised, keep)
	}
	if len(raised) == 1 {
		return raised[0].Value(), nil
	}
	vs := make([]Value, len(raised))
	for i, e := range raised {
		vs[i] = e.Value()
	}
	return Call(BaseExceptionGroupType.Value(), []Value{ValueOf(emptyStr), NewList(vs)}, nil)
}

// sameMetadata reports whether e was re-raised from o's split rather than
// raised anew: the split parts share o's traceback, cause and context.
func sameMetadata(e, o *Exception) bool {
	return e.Traceback == o.Traceback && e.Cause == o.Cause && e.Context == o.Context &&
		len(e.NoteValues()) == len(o.NoteValues())
}

// egLeaves adds the leaf exceptions of e to ids.
func egLeaves(e *Exception, ids map[*Exception]bool) {
	if !e.typ.IsSubtype(BaseExceptionGroupType) {
		ids[e] = true
		return
	}
	_, excs := egParts(e)
	for _, x := range excs.items {
		egLeaves(x.AsException(), ids)
	}
}

// The limits of printing nested exception groups, as CPython's.
const (
	egMaxWidth = 15
	egMaxDepth = 10
)

// printExceptionGroup prints an exception group as CPython's tree: the
// group's own traceback, then each sub-exception in a numbered box.
func printExceptionGroup(p *excPrinter, e *Exception) {
	if p.depth > egMaxDepth {
		fmt.Fprintf(p.w, "%s... (max_group_depth is %d)\n", p.margin(), egMaxDepth)
		return
	}
	top := p.depth == 0
	if top {
		p.depth = 1
	}
	hm := p.margin()
	if p.depth == 1 {
		hm = "  + "
	}
	printOne(p, e, "Exception Group Traceback (most recent call last):\n", hm)
	_, excs := egParts(e)
	n := min(len(excs.items), egMaxWidth+1)
	indent := strings.Repeat(" ", 2*p.depth)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		if i < egMaxWidth {
			fmt.Fprintf(p.w, "%s%s+---------------- %d ----------------\n", indent, lead, i+1)
			p.depth++
			printChain(p, excs.items[i].AsException())
			p.depth--
		} else {
			fmt.Fprintf(p.w, "%s%s+---------------- ... ----------------\n", indent, lead)
			rem := len(excs.items) - egMaxWidth
			fmt.Fprintf(p.w, "%s  | and %s\n", indent, plural(rem, "more exception"))
		}
		if last && p.needClose {
			fmt.Fprintf(p.w, "%s  +------------------------------------\n", indent)
			p.needClose = false
		}
	}
	if top {
		p.depth = 0
	}
}
