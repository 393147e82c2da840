// This file defines the copy loops of str.join (str_join.go), for items
// already checked to be strs: each text is read straight from its header,
// and short texts are copied byte by byte (a call of memmove costs more
// than the copy for the one- to eight-byte parts templates join).

package runtime

// joinShort is the longest text copied without memmove.
const joinShort = 8

// joinCopy writes the texts of items, all strs, one after another into buf.
func joinCopy(buf []byte, items []Value) {
	i := 0
	for _, x := range items {
		i = joinPut(buf, i, (*Str)(x.p).S)
	}
}

// joinCopySep writes the texts of items, all strs, into buf with sep
// between them. len(items) >= 1.
func joinCopySep(buf []byte, items []Value, sep string) {
	i := joinPut(buf, 0, (*Str)(items[0].p).S)
	for _, x := range items[1:] {
		i = joinPut(buf, i, sep)
		i = joinPut(buf, i, (*Str)(x.p).S)
	}
}

// joinPut copies s into buf at i and returns the index after it.
func joinPut(buf []byte, i int, s string) int {
	if len(s) <= joinShort {
		dst := buf[i : i+len(s)]
		for k := 0; k < len(s); k++ {
			dst[k] = s[k]
		}
		return i + len(s)
	}
	return i + copy(buf[i:], s)
}
