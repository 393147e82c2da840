// This file defines exported wrappers the natmods branch's modules
// (array) need: slice index resolution.

package runtime

// Indices resolves a slice against a sequence of length n as
// PySlice_GetIndicesEx: start, stop, step and the number of items.
func (s *Slice) Indices(n int) (start, stop, step, count int, err *Exception) {
	return s.indices(n)
}
