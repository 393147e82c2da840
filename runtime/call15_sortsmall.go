package runtime

// binarySortNum is timsort.binarySort for all-int or all-float keys: the
// comparison is inlined rather than a call to timsort.lt per probe, and
// the sorted prefix shifts element by element, which for the short runs
// binary insertion handles beats copy's typedslicecopy call with its
// bulk write barrier (sorting a dozen timers by time is the common case).
func binarySortNum(a []sortItem, lo, hi, start int, kind sortKeyKind) {
	for ; start < hi; start++ {
		pivot := a[start]
		l, r := lo, start
		if kind == keysInt {
			pk := pivot.key.SmallInt()
			for l < r {
				p := int(uint(l+r) >> 1)
				if pk < a[p].key.SmallInt() {
					r = p
				} else {
					l = p + 1
				}
			}
		} else {
			pk := pivot.key.AsFloat()
			for l < r {
				p := int(uint(l+r) >> 1)
				if pk < a[p].key.AsFloat() {
					r = p
				} else {
					l = p + 1
				}
			}
		}
		for i := start; i > l; i-- {
			a[i] = a[i-1]
		}
		a[l] = pivot
	}
}
