// This file defines the key pre-scan of list.sort: when every key of a sort
// is an exact int, float or str, the comparisons run no Python code and
// need no per-pair type tests (CPython's list.sort picks its "unsafe"
// compares the same way). For str keys each key also carries the first
// eight bytes of its text, so most comparisons decide without touching
// the str objects, which in a big shuffled list are cache misses.

package runtime

// sortKeyKind is the comparison all keys of one sort share.
type sortKeyKind uint8

const (
	keysMixed sortKeyKind = iota // anything: timsort.lt's general path
	keysInt                      // all unboxed ints
	keysFloat                    // all unboxed floats
	keysStr                      // all exact strs, with their prefixes
)

// scanSortKeys returns the kind of the keys of work. For keysStr it
// stores each key's prefix in the bits word of the key Value, which an
// exact str does not use otherwise; the work array is private to the
// sort and its keys are read only by timsort.lt, so the marked Values
// never reach Python.
func scanSortKeys(work []sortItem) sortKeyKind {
	if len(work) < 2 {
		return keysMixed
	}
	k0 := work[0].key
	switch {
	case k0.IsSmallInt():
		for i := range work {
			if !work[i].key.IsSmallInt() {
				return keysMixed
			}
		}
		return keysInt
	case k0.IsFloat():
		for i := range work {
			if !work[i].key.IsFloat() {
				return keysMixed
			}
		}
		return keysFloat
	case k0.Type() == StrType && len(work) >= strPrefixMin:
		for i := range work {
			if work[i].key.Type() != StrType {
				return keysMixed
			}
		}
		for i := range work {
			work[i].key.bits = strSortPrefix(ptrOf[Str](work[i].key).S)
		}
		return keysStr
	}
	return keysMixed
}

// strPrefixMin is the shortest sort of strs that computes their prefixes:
// sorting a handful of strs (collections_work sorts 66,000 lists of three)
// makes too few comparisons to pay for them.
const strPrefixMin = 16

// strSortPrefix is the first eight bytes of s as a big-endian number,
// zero-padded: two prefixes that differ order their strs as the strs'
// byte order (which is code point order for WTF-8) does; equal prefixes
// decide nothing.
func strSortPrefix(s string) uint64 {
	var p uint64
	for i := 0; i < 8; i++ {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}

// kindLt is a < b for keys of kind k other than keysMixed.
func kindLt(k sortKeyKind, a, b Value) bool {
	switch k {
	case keysInt:
		return a.SmallInt() < b.SmallInt()
	case keysFloat:
		return a.AsFloat() < b.AsFloat()
	}
	if a.bits != b.bits {
		return a.bits < b.bits
	}
	return ptrOf[Str](a).S < ptrOf[Str](b).S
}
