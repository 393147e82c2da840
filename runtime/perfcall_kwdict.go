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

// kwAppend adds keyword k, known absent, to a **kwargs dict that a call
// plan is filling: the plan has checked that its keywords are distinct, so
// no lookup is needed while the index table has room and k is an exact
// str (a str-keyed table stays one); otherwise it is SetStr.
func (d *Dict) kwAppend(k *Str, v Value) {
	if d.usable <= 0 || d.general || k.typ != StrType || d.indices == nil {
		d.SetStr(k, v)
		return
	}
	h := k.Hash()
	d.indices[d.emptySlot(h)] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{h, ValueOf(k), v})
	d.used++
	d.usable--
	d.keysChanged()
}
