// This file defines how an exact str whose text is known to be ASCII when it
// is built is allocated: its header and text in one block of pointer-free
// ("noscan") memory. Such a block costs the allocator no heap bitmap to write
// and the collector nothing to scan: template and strbuild make millions of
// short ASCII strs (escaped values, upper(), str(i), joined pages), and the
// pointer bitmap writes and marking of their headers were a visible part of
// the Go runtime's share of those programs.
//
// GC safety, field by field, of a header in noscan memory (the collector
// never reads its pointer fields, so each must be one it need not see):
//   - typ is StrType, a package variable's object: always reachable from the
//     variable, and an exact str's type never changes (str rejects
//     __class__ assignment).
//   - S points into the block itself: a self-reference keeps nothing alive
//     that the block's own reachability does not. S is set here once and no
//     code assigns a Str's S afterwards.
//   - idx stays nil: only a non-ASCII str builds a code point index
//     ((*Str).index returns nil for an ASCII one), and ascii is set to 1 here
//     before the str is visible.
// Anything holding the str (a Value, a *Str) or a Go string cut from S points
// into the block, which keeps the whole block alive as for any object. The
// block comes from make([]uint64), so it is 8-byte aligned as a Str needs.
// Writes of typ and S still go through Go's write barrier, which shades the
// pointees (StrType, the block): harmless for valid pointers.

package runtime

import (
	"math"
	"unsafe"
)

// strHeaderSize is the size of a Str header, where a noscan block's text starts.
const strHeaderSize = int(unsafe.Sizeof(Str{}))

// newStrSpaceASCII returns a new exact str of n bytes (1 < n <= maxStrLen)
// which the caller must fill with ASCII text before the str is used, and
// those bytes. Its code point count and ASCII flag are already set.
func newStrSpaceASCII(n int) (*Str, []byte) {
	words := make([]uint64, (strHeaderSize+n+7)/8)
	base := unsafe.Pointer(unsafe.SliceData(words))
	s := (*Str)(base)
	text := (*byte)(unsafe.Add(base, strHeaderSize))
	s.typ = StrType
	s.S = unsafe.String(text, n)
	s.n, s.ascii, s.hash = -1, 1, -1
	if n <= math.MaxInt32 {
		s.n = int32(n)
	}
	return s, unsafe.Slice(text, n)
}

// newStrSpaceKnown is newStrSpaceASCII when ascii tells the text will be
// ASCII, else newStrSpace (whose header the collector scans, as a non-ASCII
// str may later point to its code point index).
func newStrSpaceKnown(n int, ascii bool) (*Str, []byte) {
	if ascii {
		return newStrSpaceASCII(n)
	}
	return newStrSpace(n)
}

// isASCIIBytes reports whether every byte of b is below 128.
func isASCIIBytes(b []byte) bool {
	return isASCII(unsafe.String(unsafe.SliceData(b), len(b)))
}
