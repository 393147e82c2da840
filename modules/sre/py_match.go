// This file defines re.Match, the result of a successful match: the group
// accessors, expand, the attributes and the repr.

package sre

import (
	"strconv"

	"krait/runtime"
)

// matchObject is a re.Match; spans holds start, end for groups 0..n.
type matchObject struct {
	runtime.Header
	pattern    value // the re.Pattern
	subj       subject
	spans      []int
	pos        int
	endpos     int
	lastindex  int
	groupindex *runtime.Dict
	indexgroup *runtime.Tuple
}

// MatchType is re.Match.
var MatchType *runtime.Type

func initMatchType() {
	MatchType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "re.Match",
		Doc:     "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
		Methods: matchMethods,
		GetSets: matchGetSets,
	}, func(t *runtime.Type) {
		t.New = cannotCreate
		t.Repr = match_repr
		t.GetItem = func(v, key value) (value, *exc) { return matchOf(v).group(key, none()) }
	})
}

func matchOf(v value) *matchObject { return runtime.PtrOf[matchObject](v) }

// newMatch copies the state's result into a new Match object; the spans
// of patterns with few groups share the object's allocation.
func newMatch(pattern value, s *subject, st *State) value {
	p := patternOf(pattern)
	var m *matchObject
	switch n := 2 * (p.pat.Groups + 1); {
	case n <= 4:
		b := &struct {
			matchObject
			buf [4]int
		}{}
		m = &b.matchObject
		m.spans = b.buf[:0:n]
	case n <= 10:
		b := &struct {
			matchObject
			buf [10]int
		}{}
		m = &b.matchObject
		m.spans = b.buf[:0:n]
	case n <= 22:
		b := &struct {
			matchObject
			buf [22]int
		}{}
		m = &b.matchObject
		m.spans = b.buf[:0:n]
	default:
		m = &matchObject{spans: make([]int, 0, n)}
	}
	m.Header = runtime.HeaderFor(MatchType)
	m.pattern, m.subj = pattern, *s
	m.spans = st.Spans(m.spans)
	m.pos, m.endpos, m.lastindex = st.Pos(), st.Endpos(), st.LastIndex()
	m.groupindex, m.indexgroup = p.groupindex, p.indexgroup
	return runtime.ValueOf(m)
}

// index resolves a group number or name (match_getindex).
func (m *matchObject) index(g value) (int, *exc) {
	i := -1
	if g.IsSmallInt() || g.Type().Index != nil {
		r, err := runtime.Index(g, "")
		if err != nil {
			return 0, err
		}
		if s, b, _ := runtime.IntParts(r); b == nil {
			i = int(s)
		}
	} else if m.groupindex != nil {
		v, found, err := m.groupindex.GetItem(g)
		if err != nil {
			return 0, err
		}
		if found {
			if s, b, ok := runtime.IntParts(v); ok && b == nil {
				i = int(s)
			}
		}
	}
	if i < 0 || 2*i >= len(m.spans) {
		return 0, runtime.NewIndexError("no such group")
	}
	return i, nil
}

// group returns one group's text, or dflt if it did not participate.
func (m *matchObject) group(g value, dflt value) (value, *exc) {
	i, err := m.index(g)
	if err != nil {
		return none(), err
	}
	return m.slice(i, dflt), nil
}

func (m *matchObject) slice(i int, dflt value) value {
	a, b := m.spans[2*i], m.spans[2*i+1]
	if a < 0 {
		return dflt
	}
	if m.subj.isBytes() {
		if _, ok := m.subj.obj.TryBytes(); !ok {
			return liveSlice(m.subj.obj, a, b)
		}
	}
	return m.subj.slice(a, b)
}

// liveSlice reads a group of a mutable bytes-like subject from its
// current contents, clamped to its current length, as
// match_getslice_by_index does.
func liveSlice(obj value, a, b int) value {
	buf, ok := runtime.BufferBytes(obj)
	if !ok {
		return runtime.NewBytes(nil)
	}
	a, b = min(a, len(buf)), min(b, len(buf))
	return runtime.NewBytes(append([]byte(nil), buf[a:b]...))
}

func match_group(self value, a []value) (value, *exc) {
	m := matchOf(self)
	args := a[0].AsTuple().Items()
	switch len(args) {
	case 0:
		return m.slice(0, none()), nil
	case 1:
		return m.group(args[0], none())
	}
	out := make([]value, len(args))
	for k, g := range args {
		v, err := m.group(g, none())
		if err != nil {
			return none(), err
		}
		out[k] = v
	}
	return runtime.TupleValue(out...), nil
}

func orNone(v value) value {
	if v.IsNull() {
		return none()
	}
	return v
}

func match_groups(self value, a []value) (value, *exc) {
	m := matchOf(self)
	dflt := orNone(a[0])
	out := make([]value, len(m.spans)/2-1)
	for k := range out {
		out[k] = m.slice(k+1, dflt)
	}
	return runtime.TupleValue(out...), nil
}

func match_groupdict(self value, a []value) (value, *exc) {
	m := matchOf(self)
	dflt := orNone(a[0])
	d := runtime.NewDict()
	if m.groupindex == nil {
		return d.Value(), nil
	}
	for _, k := range m.groupindex.Keys() {
		v, err := m.group(k, dflt)
		if err != nil {
			return none(), err
		}
		if err := d.SetItem(k, v); err != nil {
			return none(), err
		}
	}
	return d.Value(), nil
}

// spanOf returns the span of the optional group argument.
func (m *matchObject) spanOf(g value) (int, int, *exc) {
	i := 0
	if !g.IsNull() {
		var err *exc
		if i, err = m.index(g); err != nil {
			return 0, 0, err
		}
	}
	return m.spans[2*i], m.spans[2*i+1], nil
}

func match_start(self value, a []value) (value, *exc) {
	s, _, err := matchOf(self).spanOf(a[0])
	return runtime.Int(int64(s)), err
}

func match_end(self value, a []value) (value, *exc) {
	_, e, err := matchOf(self).spanOf(a[0])
	return runtime.Int(int64(e)), err
}

func match_span(self value, a []value) (value, *exc) {
	s, e, err := matchOf(self).spanOf(a[0])
	if err != nil {
		return none(), err
	}
	return spanTuple(s, e), nil
}

func spanTuple(s, e int) value {
	return runtime.TupleValue(runtime.Int(int64(s)), runtime.Int(int64(e)))
}

func match_expand(self value, a []value) (value, *exc) {
	re, err := runtime.ImportModule("re")
	if err != nil {
		return none(), err
	}
	f, err := runtime.GetAttrString(re, "_expand")
	if err != nil {
		return none(), err
	}
	return runtime.Call(f, []value{matchOf(self).pattern, self, a[0]}, nil)
}

func match_repr(self value) (value, *exc) {
	m := matchOf(self)
	r, err := runtime.Repr(m.slice(0, none()))
	if err != nil {
		return none(), err
	}
	return runtime.StrValue("<re.Match object; span=(" + strconv.Itoa(m.spans[0]) + ", " +
		strconv.Itoa(m.spans[1]) + "), match=" + truncate(r.S, 50) + ">"), nil
}

var matchMethods = []runtime.Method{
	{Name: "group", Sig: "*args", Flags: runtime.MethBorrowArgs, Fn: match_group,
		Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
	{Name: "start", Sig: "group=, /", Fn: match_start, Doc: "Return index of the start of the substring matched by group."},
	{Name: "end", Sig: "group=, /", Fn: match_end, Doc: "Return index of the end of the substring matched by group."},
	{Name: "span", Sig: "group=, /", Fn: match_span, Doc: "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
	{Name: "groups", Sig: "default=", Fn: match_groups,
		Doc: "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match."},
	{Name: "groupdict", Sig: "default=", Fn: match_groupdict,
		Doc: "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match."},
	{Name: "expand", Sig: "template", Fn: match_expand,
		Doc: "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."},
	{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: returnSelf},
	{Name: "__deepcopy__", Sig: "memo, /", Flags: runtime.MethO, Fn: returnSelf},
	{Name: "__class_getitem__", Sig: "item, /", Flags: runtime.MethO | runtime.MethClass, Fn: runtime.ClassGetItem,
		Doc: "Parameterize the class (PEP 585)."},
}

var matchGetSets = []runtime.GetSetDef{
	{Name: "string", Get: func(v value) (value, *exc) { return matchOf(v).subj.obj, nil }},
	{Name: "re", Get: func(v value) (value, *exc) { return matchOf(v).pattern, nil }},
	{Name: "pos", Get: func(v value) (value, *exc) { return runtime.Int(int64(matchOf(v).pos)), nil }},
	{Name: "endpos", Get: func(v value) (value, *exc) { return runtime.Int(int64(matchOf(v).endpos)), nil }},
	{Name: "lastindex", Get: func(v value) (value, *exc) {
		m := matchOf(v)
		if m.lastindex < 0 {
			return none(), nil
		}
		return runtime.Int(int64(m.lastindex)), nil
	}},
	{Name: "lastgroup", Get: func(v value) (value, *exc) {
		m := matchOf(v)
		if m.lastindex < 0 || m.indexgroup == nil || m.lastindex >= m.indexgroup.Len() {
			return none(), nil
		}
		return m.indexgroup.Items()[m.lastindex], nil
	}},
	{Name: "regs", Get: func(v value) (value, *exc) {
		m := matchOf(v)
		out := make([]value, len(m.spans)/2)
		for k := range out {
			out[k] = spanTuple(m.spans[2*k], m.spans[2*k+1])
		}
		return runtime.TupleValue(out...), nil
	}},
}
