// This file defines re.Pattern, the compiled pattern object _sre.compile
// returns: match, fullmatch, search, findall, finditer, split, sub, subn,
// scanner, its attributes, repr, equality and hash.

package sre

import (
	"fmt"
	gomath "math"
	"strings"

	"krait/runtime"
)

// patternObject is a re.Pattern.
type patternObject struct {
	runtime.Header
	pat        *Pattern
	pattern    value // the source str or bytes (or None)
	flags      int64
	isBytes    int // 1 bytes pattern, 0 str, -1 unknown (pattern None)
	groupindex *runtime.Dict
	indexgroup *runtime.Tuple
}

// PatternType is re.Pattern.
var PatternType *runtime.Type

func initPatternType() {
	PatternType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "re.Pattern",
		Doc:     "Compiled regular expression object.",
		Methods: patternMethods,
		GetSets: patternGetSets,
	}, func(t *runtime.Type) {
		t.New = cannotCreate
		t.Repr = pattern_repr
		t.Hash = pattern_hash
		t.RichCompare = pattern_richcompare
	})
}

func cannotCreate(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
	return none(), runtime.NewTypeError("cannot create '%s' instances", t.Name)
}

func patternOf(v value) *patternObject { return runtime.PtrOf[patternObject](v) }

func newPatternObject(src value, flags int64, code []uint32, groups int, gi *runtime.Dict, ig *runtime.Tuple) (value, *exc) {
	lazyTypes() // done by the module's Exec; this keeps Go callers safe
	p, err := NewPattern(code, groups)
	if err != nil {
		return none(), runtime.NewRuntimeError("invalid SRE code")
	}
	po := &patternObject{Header: runtime.HeaderFor(PatternType), pat: p, pattern: src, flags: flags, isBytes: -1, indexgroup: ig}
	if !src.IsNone() {
		s, e := getString(src)
		if e != nil {
			return none(), e
		}
		po.isBytes = 0
		if s.isBytes() {
			po.isBytes = 1
		}
	}
	if gi.Len() > 0 {
		po.groupindex = gi.Copy()
	}
	return runtime.ValueOf(po), nil
}

// prepare converts the subject and checks that its kind matches the
// pattern's, as state_init does.
func (p *patternObject) prepare(v value) (subject, *exc) {
	s, err := getString(v)
	if err != nil {
		return s, err
	}
	if p.isBytes == 0 && s.isBytes() {
		return s, runtime.NewTypeError("cannot use a string pattern on a bytes-like object")
	}
	if p.isBytes == 1 && !s.isBytes() {
		return s, runtime.NewTypeError("cannot use a bytes pattern on a string-like object")
	}
	return s, nil
}

// state prepares a matching state from (string, pos, endpos) arguments.
func (p *patternObject) state(str, posv, endv value) (subject, *State, *exc) {
	// Argument Clinic converts pos and endpos before the subject is looked at.
	pos, err := ssize(posv, 0)
	if err != nil {
		return subject{}, nil, err
	}
	endpos, err := ssize(endv, gomath.MaxInt)
	if err != nil {
		return subject{}, nil, err
	}
	s, err := p.prepare(str)
	if err != nil {
		return s, nil, err
	}
	return s, watch(p.pat.NewState(s.subj, pos, endpos)), nil
}

// once runs one anchored or searching operation (match, fullmatch, search).
func once(run func(st *State) (bool, error)) method3 {
	return func(self, str, pos, endpos value) (value, *exc) {
		p := patternOf(self)
		s, st, err := p.state(str, pos, endpos)
		if err != nil {
			return none(), err
		}
		defer st.Release()
		ok, e := run(st)
		if e != nil {
			return none(), failure(e)
		}
		if !ok {
			return none(), nil
		}
		return newMatch(self, &s, st), nil
	}
}

func pattern_findall(self, str, pos, endpos value) (value, *exc) {
	p := patternOf(self)
	s, st, err := p.state(str, pos, endpos)
	if err != nil {
		return none(), err
	}
	defer st.Release()
	var out listBuilder
	for {
		ok, e := st.Next(true)
		if e != nil {
			return none(), failure(e)
		}
		if !ok {
			return out.list(), nil
		}
		switch g := p.pat.Groups; g {
		case 0:
			out.add(s.slice(st.Span(0)))
		case 1:
			out.add(groupOrEmpty(&s, st, 1))
		default:
			items := make([]value, g)
			for i := range items {
				items[i] = groupOrEmpty(&s, st, i+1)
			}
			out.add(runtime.TupleValue(items...))
		}
	}
}

func groupOrEmpty(s *subject, st *State, g int) value {
	i, j := st.Span(g)
	if i < 0 {
		i, j = 0, 0
	}
	return s.slice(i, j)
}

func pattern_scanner(self, str, pos, endpos value) (value, *exc) {
	p := patternOf(self)
	s, st, err := p.state(str, pos, endpos)
	if err != nil {
		return none(), err
	}
	sc := &scannerObject{Header: runtime.HeaderFor(ScannerType), pattern: self, subj: s, st: st}
	if _, ok := str.TryByteArray(); ok {
		if sc.export, err = runtime.NewMemoryView(str); err != nil {
			return none(), err
		}
	}
	return runtime.ValueOf(sc), nil
}

func pattern_finditer(self, str, pos, endpos value) (value, *exc) {
	sc, err := pattern_scanner(self, str, pos, endpos)
	if err != nil {
		return none(), err
	}
	search, err := runtime.GetAttrString(sc, "search")
	if err != nil {
		return none(), err
	}
	return runtime.NewCallIter(search, none())
}

func pattern_split(self, str, maxsplitv, _ value) (value, *exc) {
	p := patternOf(self)
	s, err := p.prepare(str)
	if err != nil {
		return none(), err
	}
	maxsplit, err := ssize(maxsplitv, 0)
	if err != nil {
		return none(), err
	}
	st := watch(p.pat.NewState(s.subj, 0, gomath.MaxInt))
	defer st.Release()
	var out listBuilder
	last := 0
	for n := 0; maxsplit == 0 || n < maxsplit; n++ {
		ok, e := st.Next(true)
		if e != nil {
			return none(), failure(e)
		}
		if !ok {
			break
		}
		b, e2 := st.Span(0)
		out.add(s.slice(last, b))
		for g := 1; g <= p.pat.Groups; g++ {
			i, j := st.Span(g)
			if i < 0 {
				out.add(none())
			} else {
				out.add(s.slice(i, j))
			}
		}
		last = e2
	}
	out.add(s.slice(last, s.subj.Len()))
	return out.list(), nil
}

var flagNames = []struct {
	name string
	bit  int64
}{
	{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
	{"re.DOTALL", 16}, {"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256},
}

func pattern_repr(self value) (value, *exc) {
	p := patternOf(self)
	flags := p.flags
	if p.isBytes == 0 && flags&(4|32|256) == 32 {
		flags &^= 32
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", flags))
	}
	r, err := runtime.Repr(p.pattern)
	if err != nil {
		return none(), err
	}
	src := truncate(r.S, 200)
	if len(names) == 0 {
		return runtime.StrValue("re.compile(" + src + ")"), nil
	}
	return runtime.StrValue("re.compile(" + src + ", " + strings.Join(names, "|") + ")"), nil
}

// truncate keeps the first n code points of s (printf's %.nU).
func truncate(s string, n int) string {
	k := 0
	for i := range s {
		if k == n {
			return s[:i]
		}
		k++
	}
	return s
}

func codeBytes(code []uint32) []byte {
	b := make([]byte, 4*len(code))
	for i, w := range code {
		b[4*i], b[4*i+1], b[4*i+2], b[4*i+3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
	}
	return b
}

func pattern_hash(self value) (int64, *exc) {
	p := patternOf(self)
	h, err := runtime.Hash(p.pattern)
	if err != nil {
		return 0, err
	}
	h2, err := runtime.Hash(runtime.NewBytes(codeBytes(p.pat.Code)))
	if err != nil {
		return 0, err
	}
	h ^= h2 ^ p.flags ^ int64(p.isBytes) ^ int64(len(p.pat.Code))
	if h == -1 {
		h = -2
	}
	return h, nil
}

func pattern_richcompare(v, w value, op runtime.CompareOp) (value, *exc) {
	if (op != runtime.Eq && op != runtime.Ne) || !runtime.IsInstance(w, PatternType) {
		return runtime.NotImplemented, nil
	}
	eq, err := patternEqual(patternOf(v), patternOf(w))
	if err != nil {
		return none(), err
	}
	return runtime.Bool(eq == (op == runtime.Eq)), nil
}

func patternEqual(a, b *patternObject) (bool, *exc) {
	if a == b {
		return true, nil
	}
	if a.flags != b.flags || a.isBytes != b.isBytes || len(a.pat.Code) != len(b.pat.Code) {
		return false, nil
	}
	for i, w := range a.pat.Code {
		if b.pat.Code[i] != w {
			return false, nil
		}
	}
	return runtime.RichCompareBool(a.pattern, b.pattern, runtime.Eq)
}

func returnSelf(self value, _ []value) (value, *exc) { return self, nil }

func classGetItem(cls value, a []value) (value, *exc) { return runtime.ClassGetItem(cls, a) }

var patternMethods = []runtime.Method{
	fastMethod("match", "string, pos=, endpos=", 1, once((*State).Match)),
	fastMethod("fullmatch", "string, pos=, endpos=", 1, once((*State).FullMatch)),
	fastMethod("search", "string, pos=, endpos=", 1, once((*State).Search)),
	fastMethod("sub", "repl, string, count=", 2, func(self, repl, str, count value) (value, *exc) {
		return subx(self, repl, str, count, false)
	}),
	fastMethod("subn", "repl, string, count=", 2, func(self, repl, str, count value) (value, *exc) {
		return subx(self, repl, str, count, true)
	}),
	fastMethod("findall", "string, pos=, endpos=", 1, pattern_findall),
	fastMethod("split", "string, maxsplit=", 1, pattern_split),
	fastMethod("finditer", "string, pos=, endpos=", 1, pattern_finditer),
	fastMethod("scanner", "string, pos=, endpos=", 1, pattern_scanner),
	{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: returnSelf},
	{Name: "__deepcopy__", Sig: "memo, /", Flags: runtime.MethO, Fn: returnSelf},
	{Name: "__class_getitem__", Sig: "item, /", Flags: runtime.MethO | runtime.MethClass, Fn: runtime.ClassGetItem,
		Doc: "See PEP 585"},
}

var patternGetSets = []runtime.GetSetDef{
	{Name: "pattern", Get: func(v value) (value, *exc) { return patternOf(v).pattern, nil }},
	{Name: "flags", Get: func(v value) (value, *exc) { return runtime.Int(patternOf(v).flags), nil }},
	{Name: "groups", Get: func(v value) (value, *exc) { return runtime.Int(int64(patternOf(v).pat.Groups)), nil }},
	{Name: "groupindex", Get: func(v value) (value, *exc) {
		p := patternOf(v)
		if p.groupindex == nil {
			return runtime.NewDict().Value(), nil
		}
		return runtime.NewMappingProxy(p.groupindex.Value()), nil
	}},
}
