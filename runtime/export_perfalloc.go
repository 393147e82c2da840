// This file defines exported wrappers the perfalloc branch's modules use.

package runtime

// StrValueCopy returns a new str object holding a copy of the WTF-8 text
// s, with its text in the same allocation when short (StrValue keeps s
// itself and allocates the header apart); ascii tells that s is ASCII.
func StrValueCopy(s string, ascii bool) Value {
	if len(s) <= 1 {
		return StrValue(s)
	}
	r, buf := newStrSpace(len(s))
	copy(buf, s)
	if ascii && len(s) <= 1<<31-1 {
		r.n, r.ascii = int32(len(s)), 1
	}
	return ValueOf(r)
}

// StrValueBytes returns a new str object holding a copy of the WTF-8
// text b, in one allocation when short.
func StrValueBytes(b []byte) Value { return strValueBytes(b) }
