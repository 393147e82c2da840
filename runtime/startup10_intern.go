// This file allocates interned strs in chunks. Start-up interns ~2,700
// names (identifiers of builtin types and of the modules it loads), each
// a str object and, when read by marshal, a copy of its text: two
// allocations apiece, a tenth of start-up's allocations. Interned strs
// live as long as the process (the intern table never drops one), so
// giving them memory from shared chunks never keeps a dead str alive.

package runtime

import "unsafe"

const (
	internStrChunk  = 128  // strs per chunk
	internTextChunk = 8192 // bytes per chunk of interned text
	internTextMax   = 256  // longer texts get their own allocation
)

// internStrs and internText are the unused rest of the current chunks;
// they are used with internTable locked.
var (
	internStrs []Str
	internText []byte
)

// newInternedLocked makes s's interned str and enters it in the table;
// internTable is locked.
func newInternedLocked(s string) *Str {
	if len(internStrs) == 0 {
		internStrs = make([]Str, internStrChunk)
	}
	t := &internStrs[0]
	internStrs = internStrs[1:]
	*t = Str{Header: Header{StrType}, S: s, n: -1, ascii: -1, hash: -1, interned: true}
	internTable.set.add(t)
	return t
}

// internTextOf copies b into the current text chunk and returns it as a
// string; internTable is locked. The chunk is only ever appended to, so
// the bytes behind a returned string never change.
func internTextOf(b []byte) string {
	if len(b) == 0 || len(b) > internTextMax {
		return string(b)
	}
	if cap(internText)-len(internText) < len(b) {
		internText = make([]byte, 0, internTextChunk)
	}
	start := len(internText)
	internText = append(internText, b...)
	return unsafe.String(&internText[start], len(b))
}
