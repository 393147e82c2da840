// This file defines the dicts a call's **kwargs parameter collects its
// extra keywords in: the smallest index table and room for exactly the
// keywords the call passes, in one allocation (a 2-keyword **kwargs takes
// 208 bytes instead of the 352 of a general small dict). A later insertion
// beyond that room moves the entries (append); the index table grows as in
// any dict.

package runtime

type (
	kwDict1 struct {
		d  Dict
		ix [dictMinSize]int32
		e  [1]dictEntry
	}
	kwDict2 struct {
		d  Dict
		ix [dictMinSize]int32
		e  [2]dictEntry
	}
	kwDict3 struct {
		d  Dict
		ix [dictMinSize]int32
		e  [3]dictEntry
	}
	kwDict4 struct {
		d  Dict
		ix [dictMinSize]int32
		e  [4]dictEntry
	}
)

// newKwargsDict returns an empty dict with room for n keys.
func newKwargsDict(n int) *Dict {
	var d *Dict
	switch n {
	case 1:
		k := &kwDict1{}
		d = k.d.useKwTable(k.ix[:], k.e[:0])
	case 2:
		k := &kwDict2{}
		d = k.d.useKwTable(k.ix[:], k.e[:0])
	case 3:
		k := &kwDict3{}
		d = k.d.useKwTable(k.ix[:], k.e[:0])
	case 4:
		k := &kwDict4{}
		d = k.d.useKwTable(k.ix[:], k.e[:0])
	default:
		return newDictSmall()
	}
	return d
}

// useKwTable makes the empty arrays ix and e d's tables. d.usable is the
// index table's, as in CPython (sizes and growth stay CPython's): entries
// beyond cap(e) make append move them, and only a full index table grows.
func (d *Dict) useKwTable(ix []int32, e []dictEntry) *Dict {
	d.Header = Header{DictType}
	for i := range ix {
		ix[i] = ixEmpty
	}
	d.indices, d.entries, d.usable = ix, e, dictUsable(len(ix))
	return d
}
