// This file defines the in-place str concatenation behind `s += t` and
// `s = s + t` (DESIGN.md §3): CPython appends in place when the left
// string's reference count is one; Krait has no counts, so it keeps the
// result of a long concatenation in a growable buffer with spare capacity
// and remembers the buffer. A later concatenation whose left operand ends
// exactly at the buffer's used length appends after it without copying:
// the bytes it writes lie beyond every string made from the buffer so far,
// so no existing string changes. Any other left operand is copied as usual.

package runtime

import "unsafe"

// strBuf is a concatenation buffer: buf[:len(buf)] is the text of the last
// string made from it.
type strBuf struct {
	buf  []byte
	used uint64 // logical clock of the last use, for replacement
}

// strBufs are the recently grown buffers. A few suffice: each is found by
// the address where its text ends, whichever instruction appends next, so
// a loop that appends to one string from several places stays linear.
var (
	strBufs     [4]strBuf
	strBufClock uint64
)

// minInPlaceConcat is the result length from which concatenation uses a
// buffer; shorter results are plain copies.
const minInPlaceConcat = 64

// strConcat returns x + y for exact strs, appending in place when x is the
// text of a concatenation buffer.
func strConcat(x, y *Str) Value {
	if len(y.S) == 0 {
		return ValueOf(x)
	}
	if len(x.S) == 0 {
		return ValueOf(y)
	}
	n := len(x.S) + len(y.S)
	if n < minInPlaceConcat {
		r := strValueConcat(x.S, y.S)
		concatFlags(r, x, y)
		return ValueOf(r)
	}
	strBufClock++
	data := unsafe.StringData(x.S)
	victim := 0
	for i := range strBufs {
		b := &strBufs[i]
		if len(b.buf) == len(x.S) && unsafe.SliceData(b.buf) == data {
			b.buf = append(b.buf, y.S...)
			b.used = strBufClock
			return concatResult(x, y, unsafe.String(unsafe.SliceData(b.buf), len(b.buf)))
		}
		if b.used < strBufs[victim].used {
			victim = i
		}
	}
	b := &strBufs[victim]
	b.buf = make([]byte, 0, 2*n)
	b.buf = append(append(b.buf, x.S...), y.S...)
	b.used = strBufClock
	return concatResult(x, y, unsafe.String(unsafe.SliceData(b.buf), len(b.buf)))
}

// concatResult makes the str object of x + y with text s, carrying the
// code point count and ASCII flag over when both operands know them.
func concatResult(x, y *Str, s string) Value {
	r := newStrHeader(s, -1, -1) // str18_chunk.go
	concatFlags(r, x, y)
	return ValueOf(r)
}

// concatFlags gives r, the str x + y, the code point count and ASCII flag
// when both operands know them.
func concatFlags(r, x, y *Str) {
	if x.ascii == 1 && y.ascii == 1 && len(r.S) <= 1<<31-1 {
		r.n, r.ascii = int32(len(r.S)), 1
	}
}
