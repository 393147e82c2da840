// This file defines the code-point view of a str held as WTF-8: its length, a stride index
// that makes s[i] nearly O(1) for non-ASCII strings, slicing with steps, and comparison.
//
// A str is stored as WTF-8 generalized to every code point: each code point, lone
// surrogates included, is encoded as UTF-8 would encode it (a surrogate U+D800..U+DFFF takes
// three bytes ED A0..BF 80..BF), and a surrogate pair in a str stays two code points.
// Because UTF-8's byte order is its code point order and this encoding keeps that property
// for surrogates (ED A0 80.. sorts after U+D7FF's ED 9F BF and before U+E000's EE 80 80),
// comparing two strs by code point is comparing their bytes: StrCompare is strings.Compare.
package runtime

import "strings"

// StrLen returns the number of code points of the str s.
func StrLen(s string) int {
	n := len(s)
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n-- // a continuation byte
		}
	}
	return n
}

// StrIndexStride is the number of code points between two entries of a StrIndex.
const StrIndexStride = 32

// StrIndex maps code point positions of one non-ASCII str to byte offsets. It records the
// offset of every StrIndexStride-th code point, so finding code point i costs one load and at
// most StrIndexStride-1 steps over lead bytes; it takes 4 bytes per 32 code points (at
// most 1/8 of the string's size for two-byte text, 1/32 for three- or four-byte text). A str
// object builds it lazily on the first index or slice of a non-ASCII string; an ASCII str
// needs none, as byte and code point offsets coincide.
type StrIndex struct {
	offs []uint32
	n    int // code points
}

// NewStrIndex builds the index of s.
func NewStrIndex(s string) *StrIndex {
	x := &StrIndex{offs: make([]uint32, 0, len(s)/StrIndexStride+1)}
	k := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			continue
		}
		if k%StrIndexStride == 0 {
			x.offs = append(x.offs, uint32(i))
		}
		k++
	}
	x.n = k
	return x
}

// Len returns the number of code points of the indexed string.
func (x *StrIndex) Len() int { return x.n }

// ByteOffset returns the byte offset in s of code point i, for 0 <= i <= x.Len().
func (x *StrIndex) ByteOffset(s string, i int) int {
	if i >= x.n {
		return len(s)
	}
	off := int(x.offs[i/StrIndexStride])
	for k := i % StrIndexStride; k > 0; k-- {
		off += wtf8Size(s[off])
	}
	return off
}

// wtf8Size is the length of the sequence whose lead byte is c.
func wtf8Size(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// StrCodePointAt returns s[i] as a one-character string: x is nil for an ASCII s.
func StrCodePointAt(s string, x *StrIndex, i int) string {
	if x == nil {
		return s[i : i+1]
	}
	off := x.ByteOffset(s, i)
	return s[off : off+wtf8Size(s[off])]
}

// cpOffset returns the byte offset of code point i of s (0 <= i), or len(s) past the end,
// by scanning: the search methods, which are linear anyway, use it instead of an index.
func cpOffset(s string, i int) int {
	off := 0
	for ; i > 0 && off < len(s); i-- {
		off += wtf8Size(s[off])
	}
	return off
}

// SliceIndices clamps start and stop of a slice with step (not 0) to a sequence of length
// n as PySlice_AdjustIndices does and returns them with the slice's length. The vm passes
// None as math.MinInt/math.MaxInt for a positive step and the reverse for a negative one.
func SliceIndices(n, start, stop, step int) (int, int, int) {
	clamp := func(v int) int {
		if v < 0 {
			v += n
			if v < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if v >= n {
			if step < 0 {
				return n - 1
			}
			return n
		}
		return v
	}
	start, stop = clamp(start), clamp(stop)
	switch {
	case step > 0 && start < stop:
		return start, stop, (stop-start-1)/step + 1
	case step < 0 && stop < start:
		return start, stop, (start-stop-1)/(-step) + 1
	}
	return start, stop, 0
}

// StrSlice returns s[start:stop:step] for indices already clamped by SliceIndices, with
// count the slice's length; x is nil for an ASCII s.
func StrSlice(s string, x *StrIndex, start, stop, step, count int) string {
	if count <= 0 {
		return ""
	}
	if step == 1 {
		if x == nil {
			return s[start:stop]
		}
		return s[x.ByteOffset(s, start):x.ByteOffset(s, stop)]
	}
	var b strings.Builder
	if x == nil {
		b.Grow(count)
		for i := start; count > 0; i, count = i+step, count-1 {
			b.WriteByte(s[i])
		}
		return b.String()
	}
	b.Grow(count * 2)
	for i := start; count > 0; i, count = i+step, count-1 {
		off := x.ByteOffset(s, i)
		b.WriteString(s[off : off+wtf8Size(s[off])])
	}
	return b.String()
}

// StrCompare compares two strs by code point: -1, 0 or +1.
func StrCompare(a, b string) int { return strings.Compare(a, b) }

// StrConcat returns a+b. The vm's str object makes repeated `s += t` linear by appending in
// place to a shared buffer when s ends it; this is the plain case.
func StrConcat(a, b string) string { return a + b }
