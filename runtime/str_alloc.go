// This file defines how exact str objects whose text is built by the
// runtime are allocated: the Str header and its bytes in one Go allocation
// when the text is short, instead of a header plus a separate byte array.
//
// GC safety: a block is an ordinary Go struct {Str; b [N]byte} made by
// new(), so the collector knows its layout exactly: the header's pointers
// (typ, the text pointer of S, idx) are scanned as in any Str, and the byte
// array holds no pointers. S points into b, inside the same object; Go's
// collector keeps an object alive through interior pointers, so the text
// stays valid as long as either the Str or any Go string sliced from its S
// is reachable. Nothing here hides a pointer from the collector (no noscan
// memory, no uintptr), which is why the block sizes are a fixed set of
// array types rather than one variable-sized raw allocation.

package runtime

import (
	"strconv"
	"strings"
	"unsafe"
)

// strBlock is a str header followed by room for its text.
type strBlock[A any] struct {
	Str
	b A
}

// strBlockMax is the longest text that shares its header's allocation;
// longer texts allocate their bytes separately (the header's cost is then
// small next to copying the text).
const strBlockMax = 208

// allocStrBlock returns a zeroed exact str with room for its text in the
// same allocation, and that room (of length at least n).
func allocStrBlock[A any]() (*Str, []byte) {
	p := new(strBlock[A])
	return &p.Str, unsafe.Slice((*byte)(unsafe.Pointer(&p.b)), unsafe.Sizeof(p.b))
}

// newStrSpace returns a new exact str whose text is the n bytes of buf,
// which the caller must fill before the str is used anywhere. n > 0.
// The blocks' sizes follow Go's size classes (the header is 48 bytes).
func newStrSpace(n int) (*Str, []byte) {
	var s *Str
	var b []byte
	switch {
	case n <= 16:
		s, b = chunkStrBlock(&strChunk16) // str18_chunk.go
	case n <= 32:
		s, b = chunkStrBlock(&strChunk32)
	case n <= 48:
		s, b = chunkStrBlock(&strChunk48)
	case n <= 64:
		s, b = chunkStrBlock(&strChunk64)
	case n <= 80:
		s, b = allocStrBlock[[80]byte]()
	case n <= 96:
		s, b = allocStrBlock[[96]byte]()
	case n <= 128:
		s, b = allocStrBlock[[128]byte]()
	case n <= 160:
		s, b = allocStrBlock[[160]byte]()
	case n <= strBlockMax:
		s, b = allocStrBlock[[strBlockMax]byte]()
	default:
		s, b = new(Str), make([]byte, n)
	}
	b = b[:n:n]
	s.typ = StrType
	s.S = unsafe.String(unsafe.SliceData(b), n)
	s.n, s.ascii, s.hash = -1, -1, -1
	return s, b
}

// strValueBytes returns a new str object holding a copy of the WTF-8 text
// b, sharing the empty and one-character strs as StrValue does.
func strValueBytes(b []byte) Value {
	if len(b) <= 1 {
		return StrValue(string(b))
	}
	s, buf := newStrSpace(len(b))
	copy(buf, b)
	return ValueOf(s)
}

// strValueConcat returns a new str object holding x + y.
func strValueConcat(x, y string) *Str {
	s, buf := newStrSpace(len(x) + len(y))
	copy(buf[copy(buf, x):], y)
	return s
}

// strASCIIUpperLower returns s.upper() (upper) or s.lower() of an ASCII
// str, mapped straight into the new str's block.
func strASCIIUpperLower(s *Str, upper bool) Value {
	if len(s.S) <= 1 {
		if upper {
			return StrValue(StrUpper(s.S))
		}
		return StrValue(StrLower(s.S))
	}
	r, buf := newStrSpace(len(s.S))
	asciiCaseFlip(buf, s.S, upper) // perf12a_strcase.go
	r.n, r.ascii = int32(len(buf)), 1
	return ValueOf(r)
}

// strHeaders returns new str objects for parts, with their headers in one
// allocation (a split makes many strs at once; one allocation instead of
// one per part). Each part's header is an interior pointer into the shared
// array, which the collector keeps alive as long as any of them is
// reachable: the cost is that one surviving part keeps the others' headers
// (48 bytes each) alive, as it already keeps the text they were cut from.
// Empty and one-character parts are the shared strs, as StrValue gives.
func strHeaders(parts []string, ascii bool) []Value {
	items := make([]Value, len(parts))
	hdrs := make([]Str, len(parts))
	for i, p := range parts {
		if len(p) <= 1 {
			items[i] = StrValue(p)
			continue
		}
		h := &hdrs[i]
		h.typ, h.S, h.n, h.ascii, h.hash = StrType, p, -1, -1, -1
		if ascii && len(p) <= 1<<31-1 {
			h.n, h.ascii = int32(len(p)), 1
		}
		items[i] = ValueOf(h)
	}
	return items
}

// strReplaceValue is str.replace for a non-empty old: the occurrences are
// counted first, so the result is written once into a str allocated with
// its header. An unchanged exact str is returned itself.
func strReplaceValue(self Value, old, new *Str, count int) Value {
	s := self.AsStr().S
	n := countSub(s, old.S) // tmpl15_count.go
	if count >= 0 && count < n {
		n = count
	}
	if n == 0 || old.S == new.S {
		return strUnchanged(self, s)
	}
	size := len(s) + n*(len(new.S)-len(old.S))
	if size <= 1 {
		return StrValue(strings.Replace(s, old.S, new.S, n))
	}
	r, buf := newStrSpace(size)
	w, i := 0, 0
	for ; n > 0; n-- {
		j := i + strings.Index(s[i:], old.S)
		w += copy(buf[w:], s[i:j])
		w += copy(buf[w:], new.S)
		i = j + len(old.S)
	}
	copy(buf[w:], s[i:])
	if self.AsStr().ascii == 1 && new.ascii == 1 {
		r.n, r.ascii = int32(size), 1
	}
	return ValueOf(r)
}

// floatReprValue returns repr(f) as a str built in one allocation (the
// digits are laid out in a stack buffer, then copied with the header).
func floatReprValue(f float64) Value {
	var buf [40]byte
	b := appendFloat(buf[:0], f, 'r', 0, dtsAddDot0)
	r := strValueBytes(b)
	if s := r.AsStr(); s.ascii < 0 && len(b) <= 1<<31-1 {
		s.n, s.ascii = int32(len(b)), 1 // a float's repr is ASCII
	}
	return r
}

// strSmallInt returns str(i) as a str allocated with its text (one
// allocation instead of a string and a header), known to be ASCII.
func strSmallInt(i int64) Value {
	var buf [24]byte
	b := strconv.AppendInt(buf[:0], i, 10)
	r := strValueBytes(b)
	if s := r.AsStr(); s.ascii < 0 {
		s.n, s.ascii = int32(len(b)), 1
	}
	return r
}
