// This file defines FlushAll and the weak registry behind it: CPython
// flushes buffered files that are never closed when they are deallocated
// at the latest at interpreter exit; Krait has no reference counts, so the
// lead calls FlushAll at exit to get the same file contents.

package pyio

import (
	"weak"

	rt "krait/runtime"
)

var (
	trackedWriters []weak.Pointer[buffered]
	trackedTexts   []weak.Pointer[textIO]
)

// trackWriter registers a writable buffered object for FlushAll.
func trackWriter(v rt.Value) {
	if len(trackedWriters) > 64 && len(trackedWriters)&(len(trackedWriters)-1) == 0 {
		trackedWriters = compactWeak(trackedWriters)
	}
	trackedWriters = append(trackedWriters, weak.Make(bufSelf(v)))
}

// trackText registers a TextIOWrapper for FlushAll.
func trackText(t *textIO) {
	if len(trackedTexts) > 64 && len(trackedTexts)&(len(trackedTexts)-1) == 0 {
		trackedTexts = compactWeak(trackedTexts)
	}
	trackedTexts = append(trackedTexts, weak.Make(t))
}

// compactWeak drops the entries whose objects were collected.
func compactWeak[T any](ps []weak.Pointer[T]) []weak.Pointer[T] {
	out := ps[:0]
	for _, p := range ps {
		if p.Value() != nil {
			out = append(out, p)
		}
	}
	return out
}

// FlushAll flushes every TextIOWrapper and buffered writer that is still
// open, text layers first, ignoring errors (as CPython's finalization of
// unclosed files does, minus the unraisable-exception report). The runtime
// calls it at exit, after sys.stdout and sys.stderr are flushed.
func FlushAll() {
	for _, p := range trackedTexts {
		if t := p.Value(); t != nil && t.ok && !t.detached {
			v := rt.ValueOf(t)
			if c, err := t.closedValue(); err == nil && !c {
				rt.IOCallMethod(v, "flush")
			}
		}
	}
	for _, p := range trackedWriters {
		if b := p.Value(); b != nil && b.ok && len(b.wbuf) > 0 {
			if c, err := b.isClosed(); err == nil && !c {
				b.flushWrites()
			}
		}
	}
}
