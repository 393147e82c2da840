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

import (
	"fmt"
	"math/bits"
	"strings"
)

// StrLen returns the number of code points of the str s: its bytes minus its
// continuation bytes (10xxxxxx), counted eight at a time.
func StrLen(s string) int {
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := load64(s, i)
		if w&hiBits == 0 {
			continue // eight ASCII bytes
		}
		// A byte's bit 7 survives when it is set and its bit 6 is clear.
		n -= bits.OnesCount64(w &^ (w << 1) & hiBits)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

const hiBits = 0x8080808080808080

// load64 reads s[i:i+8] as a little-endian word; the compiler turns it into one load.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
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
	for k := i % StrIndexStride; k > 0 && off < len(s); k-- {
		off += cpLen(s, off)
	}
	return off
}

// cpLen is the length of the code point at s[i]: up to the next byte that is not a
// continuation byte. It agrees with the lead byte's length for WTF-8, and with StrLen and
// StrIndex for any bytes, so that a malformed string cannot make callers slice past its end.
func cpLen(s string, i int) int {
	j := i + 1
	for j < len(s) && s[j]&0xC0 == 0x80 {
		j++
	}
	return j - i
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
	if off >= len(s) {
		return ""
	}
	return s[off : off+cpLen(s, off)]
}

// cpOffset returns the byte offset of code point i of s (0 <= i), or len(s) past the end,
// by scanning: the search methods, which are linear anyway, use it instead of an index.
func cpOffset(s string, i int) int {
	off := 0
	for ; i > 0 && off < len(s); i-- {
		off += cpLen(s, off)
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
	off := x.ByteOffset(s, start)
	for ; count > 0 && off < len(s); count-- {
		size := cpLen(s, off)
		b.WriteString(s[off : off+size])
		if count == 1 {
			break
		}
		// Walk to the next code point of the slice instead of indexing it afresh.
		if step > 0 {
			for k := step; k > 0 && off < len(s); k-- {
				off += cpLen(s, off)
			}
		} else {
			for k := -step; k > 0; k-- {
				off--
				for off > 0 && s[off]&0xC0 == 0x80 {
					off--
				}
			}
		}
	}
	return b.String()
}

// StrCompare compares two strs by code point: -1, 0 or +1.
func StrCompare(a, b string) int { return strings.Compare(a, b) }

// StrConcat returns a+b. The vm's str object makes repeated `s += t` linear by appending in
// place to a shared buffer when s ends it; this is the plain case.
func StrConcat(a, b string) string { return a + b }

// StrNext returns the code point of s at byte offset off, as a one-character string, and
// the offset of the next one: the loop of str iteration.
func StrNext(s string, off int) (string, int) {
	n := cpLen(s, off)
	return s[off : off+n], off + n
}

// StrOrd is ord(s) for a str.
func StrOrd(s string) (rune, *pyErr) {
	if n := StrLen(s); n != 1 {
		return 0, &pyErr{"TypeError", fmt.Sprintf("ord() expected a character, but string of length %d found", n)}
	}
	c, _ := decodeCodePoint(s, 0)
	return c, nil
}

// StrChr is chr(c) for an int c that fits a C int (the vm raises "OverflowError: Python
// int too large to convert to C int" beyond).
func StrChr(c int64) (string, *pyErr) {
	if c < 0 || c > 0x10FFFF {
		return "", &pyErr{"ValueError", "chr() arg not in range(0x110000)"}
	}
	if c < 0x80 {
		return asciiChars[c : c+1], nil
	}
	return string(appendCodePoint(nil, rune(c))), nil
}

// asciiChars holds every ASCII character, so one-character ASCII strings cost no allocation.
const asciiChars = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
