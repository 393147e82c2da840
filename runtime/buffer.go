// This file defines Krait's buffer protocol: how bytes, bytearray,
// memoryview and types registered from modules (array.array) export their
// memory, and BufferBytes, the one helper through which functions that take
// "a bytes-like object" read any exporter.

package runtime

import (
	"runtime"
	"weak"
)

// Buffer describes the memory an object exports: a one-dimensional run of
// items of Format (a struct module format character such as "B" or "d")
// read through Data, which the exporter may reallocate between calls (a
// bytearray that is not exported may grow), so views call it on each access.
type Buffer struct {
	Obj      Value
	Data     func() []byte
	ReadOnly bool
	Format   string
	ItemSize int
	// Shape, when not nil, is the exporter's shape (an empty slice for a
	// zero-dimensional buffer, as a ctypes scalar); nil means one dimension
	// of len(Data())/ItemSize items.
	Shape []int
	// Export, when not nil, is called with every memoryview made over the
	// object; the exporter must refuse to resize while one is alive and not
	// released (see ExportsAlive).
	Export func(mv *MemoryView)
}

// BufferProc returns the buffer of an object of a registered type.
type BufferProc func(v Value) (*Buffer, *Exception)

var bufferProcs = map[*Type]BufferProc{}

// RegisterBuffer makes instances of t (and of its subclasses) buffer
// exporters, as CPython's tp_as_buffer. Call it from a module's setup.
func RegisterBuffer(t *Type, proc BufferProc) { bufferProcs[t] = proc }

// getBuffer returns v's buffer, or ok false when v exports none.
func getBuffer(v Value) (*Buffer, bool, *Exception) {
	if v.p == nil {
		return nil, false, nil
	}
	if b, ok := v.TryBytes(); ok {
		return &Buffer{Obj: v, Data: func() []byte { return b }, ReadOnly: true, Format: "B", ItemSize: 1}, true, nil
	}
	if ba, ok := v.TryByteArray(); ok {
		return &Buffer{Obj: v, Data: func() []byte { return ba.b }, Format: "B", ItemSize: 1,
			Export: func(mv *MemoryView) { ba.exports.add(mv) }}, true, nil
	}
	for _, t := range v.Type().MRO {
		if proc := bufferProcs[t]; proc != nil {
			b, err := proc(v)
			return b, err == nil, err
		}
	}
	return nil, false, nil
}

// BufferBytes returns the bytes of any buffer exporter (bytes, bytearray,
// memoryview, array.array, ...) in C order: shared with the object when the
// memory is contiguous, a copy otherwise. ok is false for non-exporters and
// for released memoryviews.
func BufferBytes(v Value) ([]byte, bool) {
	if b, ok := v.TryBytes(); ok {
		return b, true
	}
	if ba, ok := v.TryByteArray(); ok {
		return ba.b, true
	}
	if mv, ok := v.TryMemoryView(); ok {
		if mv.released {
			return nil, false
		}
		return mv.bytes(), true
	}
	b, ok, err := getBuffer(v)
	if !ok || err != nil {
		return nil, false
	}
	return b.Data(), true
}

// Exports tracks the memoryviews over a resizable exporter through weak
// pointers, so that a view the program dropped without release() stops
// counting once the garbage collector has found it unreachable (CPython
// frees such a view at once through its reference count).
type Exports struct{ views []weak.Pointer[MemoryView] }

func (e *Exports) add(mv *MemoryView) { e.views = append(e.views, weak.Make(mv)) }

// count prunes dead and released views and returns how many remain.
func (e *Exports) count() int {
	live := e.views[:0]
	for _, w := range e.views {
		if mv := w.Value(); mv != nil && !mv.released {
			live = append(live, w)
		}
	}
	clear(e.views[len(live):])
	e.views = live
	return len(live)
}

// ExportsAlive reports whether a memoryview over the object is alive and
// not released. Before answering yes it runs the collector once, so that
// views that are only garbage do not block a resize.
func (e *Exports) ExportsAlive() bool {
	if len(e.views) == 0 || e.count() == 0 {
		return false
	}
	EnsureNetpoll()
	runtime.GC()
	return e.count() > 0
}

// errResizeExported is the BufferError of resizing an exported object.
func errResizeExported() *Exception {
	return NewExceptionMsg(exceptionTypeByName["BufferError"], "Existing exports of data: object cannot be re-sized")
}

// WritableBuffer returns the memory of a writable, contiguous buffer
// exporter (bytearray, a memoryview of one, a registered writable type),
// shared with the object so that writes reach it, as readinto needs; ok is
// false for read-only, non-contiguous or released buffers.
func WritableBuffer(v Value) ([]byte, bool) {
	if ba, ok := v.TryByteArray(); ok {
		return ba.b, true
	}
	if mv, ok := v.TryMemoryView(); ok {
		if mv.released || mv.readonly || !mv.cContiguous() {
			return nil, false
		}
		return mv.bytes(), true
	}
	if _, ok := v.TryBytes(); ok {
		return nil, false
	}
	b, ok, err := getBuffer(v)
	if !ok || err != nil || b.ReadOnly {
		return nil, false
	}
	return b.Data(), true
}
