// This file defines Pattern.sub and Pattern.subn (pattern_subx): the
// result is built in one buffer, and a replacement template with group
// references is expanded here rather than through re._subx's Python
// filter function, with the same result.

package sre

import (
	"bytes"
	gomath "math"
	"strings"
	"unsafe"

	"krait/runtime"
)

// literalTemplate reports whether a replacement can be used as it is: a
// str or bytes-like object without backslashes.
func literalTemplate(v value) bool {
	if s, ok := v.TryStr(); ok {
		return strings.IndexByte(s.S, '\\') < 0
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return bytes.IndexByte(b, '\\') < 0
	}
	return false
}

// template is a compiled replacement (re._parser.parse_template's
// (groups, literals)): literals[slot] is null where group ref[slot]'s
// text goes.
type template struct {
	literals []value
	groups   []int // group number per slot, -1 for a literal slot
}

// reModuleAttr returns the attribute name of the re module.
func reModuleAttr(name string) (value, *exc) {
	re, err := runtime.ImportModule("re")
	if err != nil {
		return none(), err
	}
	return runtime.GetAttrString(re, name)
}

// compileTemplate calls re._subx(self, repl), which compiles repl and
// returns the literal replacement or a filter function holding the
// compiled template ((groups, literals) as its default argument). It
// returns that filter, and the template when the filter is _subx's own
// (so expanding it here gives the filter's result).
func compileTemplate(self, repl value) (filter value, tpl *template, err *exc) {
	if filter, err = pySubx(self, repl); err != nil || filter.Type().Call == nil {
		return filter, nil, err
	}
	name, err := runtime.GetAttrString(filter, "__qualname__")
	if err != nil {
		return none(), nil, err
	}
	if q, ok := name.TryStr(); !ok || q.S != "_subx.<locals>.filter" {
		return filter, nil, nil
	}
	defaults, err := runtime.GetAttrString(filter, "__defaults__")
	if err != nil {
		return none(), nil, err
	}
	d, ok := defaults.TryTuple()
	if !ok || d.Len() != 1 {
		return filter, nil, nil
	}
	pair, ok := d.Items()[0].TryTuple()
	if !ok || pair.Len() != 2 {
		return filter, nil, nil
	}
	groups, ok1 := pair.Items()[0].TryList()
	literals, ok2 := pair.Items()[1].TryList()
	if !ok1 || !ok2 {
		return filter, nil, nil
	}
	if tpl = newTemplate(groups.Items(), literals.Items(), patternOf(self).pat.Groups); tpl == nil {
		return filter, nil, nil
	}
	return filter, tpl, nil
}

// newTemplate checks parse_template's result and converts it; nil if it
// has an unexpected shape.
func newTemplate(groups, literals []value, ngroups int) *template {
	tpl := &template{literals: append([]value(nil), literals...), groups: make([]int, len(literals))}
	for i := range tpl.groups {
		tpl.groups[i] = -1
	}
	for _, g := range groups {
		t, ok := g.TryTuple()
		if !ok || t.Len() != 2 {
			return nil
		}
		slot, _, ok1 := runtime.IntParts(t.Items()[0])
		grp, _, ok2 := runtime.IntParts(t.Items()[1])
		if !ok1 || !ok2 || slot < 0 || slot >= int64(len(tpl.groups)) || grp < 0 || grp > int64(ngroups) {
			return nil
		}
		tpl.groups[slot] = int(grp)
	}
	for i, lit := range tpl.literals {
		if (tpl.groups[i] < 0) == lit.IsNone() {
			return nil
		}
	}
	return tpl
}

// fits reports whether the filter function would give the expansion:
// the literals have the subject's kind, so join cannot fail.
func (t *template) fits(s *subject) bool {
	if s.isBytes() {
		// expand_template joins with match.string[:0], which only bytes
		// and bytearray subjects can do.
		if _, ok := s.obj.TryBytes(); !ok && !runtime.IsInstance(s.obj, runtime.ByteArrayType) {
			return false
		}
	}
	for i, lit := range t.literals {
		if t.groups[i] >= 0 {
			continue
		}
		if s.isBytes() {
			if _, ok := lit.TryBytes(); !ok {
				return false
			}
		} else if _, ok := lit.TryStr(); !ok {
			return false
		}
	}
	return true
}

// expand appends the replacement for the state's match to out
// (expand_template: a group that did not participate gives "").
func (t *template) expand(out []byte, s *subject, st *State) []byte {
	for i, lit := range t.literals {
		if g := t.groups[i]; g >= 0 {
			if a, b := st.Span(g); a >= 0 {
				out = s.subj.AppendSlice(out, a, b)
			}
		} else {
			out = appendText(out, lit)
		}
	}
	return out
}

// appendText appends a str's WTF-8 or a bytes-like object's bytes.
func appendText(out []byte, v value) []byte {
	if t, ok := v.TryStr(); ok {
		return append(out, t.S...)
	}
	b, _ := runtime.BufferBytes(v)
	return append(out, b...)
}

// subBuilder accumulates the pieces of a substitution with the checks,
// message and single-piece result of joining them (PyUnicode_Join,
// bytes.join). A first piece that could be the whole result (the
// unchanged subject, or one exact str or bytes) is held uncopied until a
// second piece comes.
type subBuilder struct {
	s    *subject
	out  []byte
	n    int   // pieces so far
	bad  *exc  // the first piece of the wrong type
	held value // the held first piece, or null
	// heldI and heldJ are the held piece's span when it is the subject.
	heldI, heldJ int
}

// gap adds characters [i, j) of the subject.
func (b *subBuilder) gap(i, j int) {
	b.flush()
	b.n++
	if b.n == 1 && i == 0 && j == b.s.subj.Len() && b.exact(b.s.obj) {
		b.held, b.heldI, b.heldJ = b.s.obj, i, j
		return
	}
	b.grow()
	b.out = b.s.subj.AppendSlice(b.out, i, j)
}

// item adds a replacement object.
func (b *subBuilder) item(v value) {
	b.flush()
	k := b.n
	b.n++
	if b.s.isBytes() {
		if _, ok := runtime.BufferBytes(v); !ok {
			if b.bad == nil {
				b.bad = runtime.NewTypeError("sequence item %d: expected a bytes-like object, %s found", k, v.Type().Name)
			}
			return
		}
	} else if _, ok := v.TryStr(); !ok {
		if b.bad == nil {
			b.bad = runtime.NewTypeError("sequence item %d: expected str instance, %s found", k, v.Type().Name)
		}
		return
	}
	if b.n == 1 && b.exact(v) {
		b.held, b.heldI = v, -1
		return
	}
	b.grow()
	b.out = appendText(b.out, v)
}

// expansion adds the template's expansion for the state's match.
func (b *subBuilder) expansion(t *template, st *State) {
	b.flush()
	b.n++
	b.grow()
	b.out = t.expand(b.out, b.s, st)
}

// flush writes the held piece out, now that it is not the only one.
func (b *subBuilder) flush() {
	if b.held.IsNull() {
		return
	}
	b.grow()
	if b.heldI >= 0 {
		b.out = b.s.subj.AppendSlice(b.out, b.heldI, b.heldJ)
	} else {
		b.out = appendText(b.out, b.held)
	}
	b.held = value{}
}

// grow sizes the buffer for a result about as long as a str subject.
func (b *subBuilder) grow() {
	if b.out == nil && b.s.str != nil {
		b.out = make([]byte, 0, len(b.s.str.S)+len(b.s.str.S)/8)
	}
}

// exact reports whether v is an exact str (str subject) or bytes object.
func (b *subBuilder) exact(v value) bool {
	if b.s.isBytes() {
		return v.Type() == runtime.BytesType
	}
	return v.Type() == runtime.StrType
}

func (b *subBuilder) result() (value, *exc) {
	switch {
	case b.bad != nil:
		return none(), b.bad
	case !b.held.IsNull():
		return b.held, nil
	case b.s.isBytes():
		return runtime.NewBytes(b.out), nil
	}
	// The buffer is not used again: the str takes it over uncopied.
	return runtime.StrValue(unsafe.String(unsafe.SliceData(b.out), len(b.out))), nil
}

// subx is pattern_subx: sub and subn.
func subx(self, repl, str, countv value, subn bool) (value, *exc) {
	p := patternOf(self)
	filter, callable := repl, repl.Type().Call != nil
	var tpl *template
	if !callable && !literalTemplate(filter) {
		var err *exc
		if filter, tpl, err = compileTemplate(self, repl); err != nil {
			return none(), err
		}
		callable = filter.Type().Call != nil
	}
	s, err := p.prepare(str)
	if err != nil {
		return none(), err
	}
	if tpl != nil && !tpl.fits(&s) {
		tpl = nil // the filter function meets join's errors
	}
	count, err := ssize(countv, 0)
	if err != nil {
		return none(), err
	}
	st := watch(p.pat.NewState(s.subj, 0, gomath.MaxInt))
	defer st.Release()
	b := subBuilder{s: &s}
	i, n := 0, 0
	for ; count == 0 || n < count; n++ {
		ok, e := st.Next(true)
		if e != nil {
			return none(), failure(e)
		}
		if !ok {
			break
		}
		a, e2 := st.Span(0)
		if i < a {
			b.gap(i, a)
		}
		switch {
		case tpl != nil:
			b.expansion(tpl, st)
		case callable:
			item, err := runtime.Call(filter, []value{newMatch(self, &s, st)}, nil)
			if err != nil {
				return none(), err
			}
			if !item.IsNone() {
				b.item(item)
			}
		case !filter.IsNone():
			b.item(filter)
		}
		i = e2
	}
	if end := s.subj.Len(); i < end {
		b.gap(i, end)
	}
	r, err := b.result()
	if err != nil {
		return none(), err
	}
	if subn {
		return runtime.TupleValue(r, runtime.Int(int64(n))), nil
	}
	return r, nil
}

// pySubx returns re._subx(self, repl): the literal or the filter function.
func pySubx(self, repl value) (value, *exc) {
	f, err := reModuleAttr("_subx")
	if err != nil {
		return none(), err
	}
	return runtime.Call(f, []value{self, repl}, nil)
}
