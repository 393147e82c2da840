// This file defines tupleSlab, which hands out the result tuples of the
// tuple-producing iterators in blocks (runtime.NewTupleSlab): CPython
// reuses a result tuple nobody kept, which Go cannot know, so the next
// best thing is to allocate two objects per block instead of two per
// tuple.

package itertools

import "krait/runtime"

// slabValues bounds the items of one block, so that a tuple kept alive
// alone retains little memory.
const slabValues = 256

// tupleSlab is a block of not yet published tuples of one width.
type tupleSlab struct {
	items  []runtime.Value
	tuples []runtime.Tuple
}

// take returns a new tuple of width items and the window to fill before
// the tuple is published.
func (s *tupleSlab) take(width int) (runtime.Value, []runtime.Value) {
	if width == 0 {
		return runtime.TupleValue(), nil
	}
	if len(s.tuples) == 0 {
		n := max(1, min(32, slabValues/width))
		s.items = make([]runtime.Value, n*width)
		s.tuples = runtime.NewTupleSlab(s.items, width)
	}
	t := &s.tuples[0]
	s.tuples = s.tuples[1:]
	window := s.items[:width:width]
	s.items = s.items[width:]
	return t.Value(), window
}

// tupleOfItems returns a tuple holding a copy of items, from the slab.
func (s *tupleSlab) tupleOfItems(items []runtime.Value) runtime.Value {
	v, w := s.take(len(items))
	copy(w, items)
	return v
}
