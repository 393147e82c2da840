// This file defines the instance attribute storage of objects with a
// __dict__: a values array indexed through a key layout shared by the
// instances of a class (CPython 3.11's shared keys, V8's hidden classes),
// with the dict object materialized only when someone asks for __dict__.

package runtime

// Layout is an immutable ordered list of attribute names. Instances that
// received the same attributes in the same order share one Layout, so an
// inline cache keyed by (type version, layout) finds an attribute's index
// without hashing. Adding a name moves an instance to the child layout.
type Layout struct {
	names    []*Str           // interned attribute names, in insertion order
	children map[*Str]*Layout // transitions: layout after adding a name
	parent   *Layout
	hint     int // root layouts: the most names any descendant holds (newInstance's capacity)
}

// maxLayoutNames bounds the shared layouts; beyond it an instance switches
// to a materialized dict.
const maxLayoutNames = 30

// newRootLayout returns the empty layout a class's instances start with.
func newRootLayout() *Layout { return &Layout{} }

// Index returns the position of name in the layout, or -1.
func (l *Layout) Index(name *Str) int {
	for i, n := range l.names {
		if n == name {
			return i
		}
	}
	return -1
}

// add returns the layout with name appended, shared between instances.
func (l *Layout) add(name *Str) *Layout {
	if c := l.children[name]; c != nil {
		return c
	}
	names := make([]*Str, len(l.names)+1)
	copy(names, l.names)
	names[len(l.names)] = name
	c := &Layout{names: names, parent: l}
	if l.children == nil {
		l.children = make(map[*Str]*Layout)
	}
	l.children[name] = c
	root := c
	for root.parent != nil {
		root = root.parent
	}
	root.hint = max(root.hint, len(names))
	return c
}

// Attrs is the attribute record of an object with a __dict__. Either
// layout/values hold the attributes (dict is nil), or, once __dict__ was
// requested, a non-string key was stored, an attribute was deleted or the
// layout grew too big, dict holds them and layout is nil.
type Attrs struct {
	layout *Layout
	values []Value
	dict   *Dict // the materialized dict, or nil
	// slots holds the __slots__ values of an instance of a class derived
	// from a builtin type other than object (Instance keeps its own).
	slots *[]Value
}

// Layout returns the shared layout of the attributes, or nil when they live
// in a materialized dict.
func (a *Attrs) Layout() *Layout { return a.layout }
