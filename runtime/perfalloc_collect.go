// This file defines collectOwned, collectIter for a caller that keeps and
// changes the items: collectIter shares an exact tuple's items but already
// returns a fresh array for everything else, which callers copied again.

package runtime

// collectOwned returns the items of iterable v in an array the caller owns.
func collectOwned(v Value) ([]Value, *Exception) {
	items, err := collectIter(v)
	if err != nil {
		return nil, err
	}
	if v.Type() == TupleType {
		// A copy with list_preallocate_exact's even capacity, so that
		// list(t) and sorted(t) do not copy it again for their size.
		own := make([]Value, len(items), (len(items)+1)&^1)
		copy(own, items)
		items = own
	}
	return items, nil
}
