// This file defines exported wrappers around runtime internals that the
// native modules of branch itercoll (_collections, itertools) need beyond
// export_functools.go's (HeaderFor, BindArgs, BindClinic, ReprEnter,
// IndexInt64): the unhashable flag of a native type and tuples allocated
// in blocks.

package runtime

// MarkUnhashable makes a native type being set up (inside NewNativeType's
// setup function) unhashable, as CPython's PyObject_HashNotImplemented:
// its __hash__ is None.
func MarkUnhashable(t *Type) { t.noHash = true }

// NewTupleSlab returns len(items)/width tuples allocated in one block, the
// i-th holding the window items[i*width:(i+1)*width]. It lets an iterator
// that produces many small tuples (itertools.product, combinations, ...)
// allocate them in batches. The caller fills a tuple's window before
// publishing the tuple and never writes it afterwards; keeping any one of
// the tuples keeps the whole block alive, so blocks should be small.
func NewTupleSlab(items []Value, width int) []Tuple {
	ts := make([]Tuple, len(items)/width)
	for i := range ts {
		lo, hi := i*width, (i+1)*width
		ts[i] = Tuple{Header{TupleType}, items[lo:hi:hi]}
	}
	return ts
}
