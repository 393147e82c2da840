// This file defines listBuilder, which collects the items of a findall or
// split result whose length is not known in advance.

package sre

import "krait/runtime"

// listBuilder accumulates items in chunks of growing size, so that a long
// result is copied once into an exactly sized list rather than regrown
// (append's 1.25x steps on large slices allocate about five times the
// final size, and leave the slack in the list).
type listBuilder struct {
	chunks [][]value
	cur    []value
	n      int
}

func (b *listBuilder) add(v value) {
	if len(b.cur) == cap(b.cur) {
		if b.cur != nil {
			b.chunks = append(b.chunks, b.cur)
		}
		b.cur = make([]value, 0, min(max(8, 2*cap(b.cur)), 1<<14))
	}
	b.cur = append(b.cur, v)
	b.n++
}

// list returns the items as a new list.
func (b *listBuilder) list() value {
	if len(b.chunks) == 0 {
		return runtime.NewList(b.cur)
	}
	out := make([]value, 0, b.n)
	for _, c := range b.chunks {
		out = append(out, c...)
	}
	return runtime.NewList(append(out, b.cur...))
}
