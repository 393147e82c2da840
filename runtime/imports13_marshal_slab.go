// This file gives the code objects one MarshalLoads call reads their small
// parts from shared chunks: the constants and name slices of every code
// object and the short non-interned strs among their constants (error
// messages, format strings). A module's .pyc holds hundreds of code
// objects, each with a few such slices and strs; allocated one by one they
// were a third of the allocations of `import json, re, collections,
// typing`. The chunks belong to one reader, so they tie together only the
// code objects of one .pyc, which live and die together (a module's
// functions), never two modules; the module body's own code, dropped once
// it has run, keeps at most a chunk's worth of them alive.

package runtime

import "unsafe"

const (
	slabValues = 256  // Values (constants) per chunk
	slabPtrs   = 256  // *Str (names) per chunk
	slabTexts  = 256  // strings (the names' texts) per chunk
	slabStrs   = 64   // str objects per chunk
	slabText   = 2048 // bytes of str text per chunk
)

// marshalSlab holds the unused rest of a reader's current chunks.
type marshalSlab struct {
	vals  []Value
	ptrs  []*Str
	texts []string
	strs  []Str
	text  []byte
	// size is the length of the reader's data: a small .pyc gets chunks
	// in proportion, so that their unused ends stay small.
	size int
}

// chunk returns how many items of a kind to allocate at once: one per
// per bytes of data, at least 16 and at most limit.
func (s *marshalSlab) chunk(limit, per int) int {
	return min(max(s.size/per, 16), limit)
}

// carve returns n zeroed items of capacity n cut from *pool, which gets a
// new chunk of up to limit items when it is short; a request of more than
// a quarter of a chunk gets its own allocation.
func carve[T any](s *marshalSlab, pool *[]T, n, limit int) []T {
	if n > limit/4 {
		return make([]T, n)
	}
	if len(*pool) < n {
		*pool = make([]T, max(s.chunk(limit, 16), n))
	}
	out := (*pool)[:n:n]
	*pool = (*pool)[n:]
	return out
}

// values returns a zeroed slice of n Values whose capacity is n.
func (s *marshalSlab) values(n int) []Value { return carve(s, &s.vals, n, slabValues) }

// strPtrs returns a copy of ss whose capacity is its length.
func (s *marshalSlab) strPtrs(ss []*Str) []*Str {
	out := carve(s, &s.ptrs, len(ss), slabPtrs)
	copy(out, ss)
	return out
}

// strings returns a zeroed slice of n strings whose capacity is n.
func (s *marshalSlab) strings(n int) []string { return carve(s, &s.texts, n, slabTexts) }

// asciiStr returns a str object (not interned) for the ASCII text b,
// copied. The empty str and one-character strs are the shared ones, as
// CPython's marshal returns them.
func (s *marshalSlab) asciiStr(b []byte) *Str {
	switch len(b) {
	case 0:
		return emptyStr
	case 1:
		return &asciiStrs[b[0]]
	}
	if len(s.strs) == 0 {
		s.strs = make([]Str, s.chunk(slabStrs, 128))
	}
	t := &s.strs[0]
	s.strs = s.strs[1:]
	var text string
	if len(b) > slabText/8 {
		text = string(b)
	} else {
		if cap(s.text)-len(s.text) < len(b) {
			s.text = make([]byte, 0, max(s.chunk(slabText, 4), slabText/8))
		}
		start := len(s.text)
		s.text = append(s.text, b...)
		text = unsafe.String(&s.text[start], len(b))
	}
	*t = Str{Header: Header{StrType}, S: text, n: int32(len(b)), ascii: 1, hash: -1}
	return t
}

// bytesASCII is isASCII on bytes, without converting them to a string
// (a conversion longer than 32 bytes allocates).
func bytesASCII(b []byte) bool {
	if len(b) == 0 {
		return true
	}
	return isASCII(unsafe.String(&b[0], len(b)))
}
