// This file defines set(seq) and set.update(seq) for an exact list or
// tuple: the keys are read straight from the sequence's items instead of
// through an iterator object, Next's dispatch and a closure call per key
// (collections_work's set(words[:n // 2]) and sorted(set(words))).
//
// The order of insertion and the table's growth are those of the iterator
// path, so the set iterates in the same order. A key's __hash__ or __eq__
// may change the list: like list_iterator, each step re-reads the items
// and stops at their current end.

package runtime

// updateFromSeq adds the items of other to s when other is an exact list
// or tuple; ok is false for any other iterable.
func (s *Set) updateFromSeq(other Value) (err *Exception, ok bool) {
	switch other.Type() {
	case ListType:
		l := ptrOf[List](other)
		for i := 0; i < len(l.items); i++ {
			if err := s.Add(l.items[i]); err != nil {
				return err, true
			}
		}
		return nil, true
	case TupleType:
		for _, k := range ptrOf[Tuple](other).items {
			if err := s.Add(k); err != nil {
				return err, true
			}
		}
		return nil, true
	}
	return nil, false
}
