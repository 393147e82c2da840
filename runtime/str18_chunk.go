// This file defines the chunked allocation of short str objects: the
// blocks of newStrSpace's small size classes, and the headers of strs that
// share another string's text (slices, concatenations in a grown buffer),
// are handed out from arrays of strChunkLen blocks made by one Go
// allocation, instead of one Go allocation each.
//
// Why: a Go allocation of a small object with pointers costs ~240
// instructions (mallocgc plus writing its heap bits), more than the work
// of most str operations; template and strbuild make a str per operation.
// One allocation per strChunkLen strs cuts that to about a quarter.
//
// GC safety: a chunk is an ordinary typed Go array ([]strBlock[A] or
// []Str) made by make, so the collector knows the layout of every element;
// a str handed out is an interior pointer to its element, which keeps the
// whole array alive. The cost is memory: a str that outlives its
// neighbours keeps their blocks (at most strChunkLen-1 of them, a few
// hundred bytes) allocated until it dies too.
//
// Like strBufs (specialize_str.go), the chunks are used only by the thread
// holding the GIL: every caller runs Python-visible work.

package runtime

import "unsafe"

// strChunkLen is how many blocks one chunk allocation holds. Four keeps
// the chunks in Go's small size classes (192..448 bytes) and bounds what a
// lone survivor retains.
const strChunkLen = 4

// strChunk hands out the blocks of its current array one at a time.
type strChunk[B any] struct {
	rest []B // blocks not handed out yet
}

// next returns a zeroed block, allocating a new array when the current
// one is used up.
func (c *strChunk[B]) next() *B {
	if len(c.rest) == 0 {
		c.rest = make([]B, strChunkLen)
	}
	p := &c.rest[0]
	c.rest = c.rest[1:]
	return p
}

var (
	strChunk16  strChunk[strBlock[[16]byte]]
	strChunk32  strChunk[strBlock[[32]byte]]
	strChunk48  strChunk[strBlock[[48]byte]]
	strChunk64  strChunk[strBlock[[64]byte]]
	strChunkHdr strChunk[Str]
)

// chunkStrBlock is allocStrBlock with the block taken from c.
func chunkStrBlock[A any](c *strChunk[strBlock[A]]) (*Str, []byte) {
	p := c.next()
	return &p.Str, unsafe.Slice((*byte)(unsafe.Pointer(&p.b)), unsafe.Sizeof(p.b))
}

// newStrHeader returns a new exact str of text s (shared, not copied) with
// code point count n and ASCII flag ascii as given (-1: not known).
func newStrHeader(s string, n int32, ascii int8) *Str {
	r := strChunkHdr.next()
	r.typ, r.S, r.n, r.ascii, r.hash = StrType, s, n, ascii, -1
	return r
}

// strSplitOne returns [self], the list an unsplit exact str splits into,
// in one allocation.
func strSplitOne(self Value) Value {
	l := newListLen(1)
	l.items[0] = self
	return ValueOf(l)
}
