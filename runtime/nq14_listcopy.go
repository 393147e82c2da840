// This file defines copyFew, the copy into a new list's items that list
// displays, slices and concatenations make. For the few items of most
// such lists, Go's copy of a pointer-holding slice (typedslicecopy: a
// call, its checks, the bulk write barrier test and a memmove call) cost
// more than the stores themselves; nqueens' permutations spent about 5% of
// their instructions there.

package runtime

// copyFewMax is the longest source copyFew copies by a loop.
const copyFewMax = 8

// copyFew is copy(dst, src) for a dst that does not overlap src.
func copyFew(dst, src []Value) int {
	if len(src) > copyFewMax || len(dst) < len(src) {
		return copy(dst, src)
	}
	dst = dst[:len(src)]
	for i := range src {
		dst[i] = src[i]
	}
	return len(src)
}
