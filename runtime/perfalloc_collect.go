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
		items = append([]Value(nil), items...)
	}
	return items, nil
}
