// This file tests memoryview and the buffer helpers from Go: shared
// memory with a bytearray, cast, the export rule and its release, both by
// release() and by the garbage collector.

package runtime

import (
	"bytes"
	"testing"
)

func mustMV(t *testing.T, v Value) *MemoryView {
	t.Helper()
	r, err := NewMemoryView(v)
	if err != nil {
		t.Fatal(err)
	}
	return ptrOf[MemoryView](r)
}

func TestMemoryViewSharesByteArray(t *testing.T) {
	baV := NewByteArray([]byte("abcdef"))
	mv := mustMV(t, baV)
	sub, err := memoryview_subscript(ValueOf(mv), ValueOf(&Slice{Header{SliceType}, Int(1), Int(4), None}))
	if err != nil {
		t.Fatal(err)
	}
	if err := memoryview_ass_subscript(sub, Int(0), Int('B')); err != nil {
		t.Fatal(err)
	}
	if got := baOf(baV).b; string(got) != "aBcdef" {
		t.Fatalf("bytearray after view write = %q", got)
	}
	if b, ok := BufferBytes(sub); !ok || string(b) != "Bcd" {
		t.Fatalf("BufferBytes(view) = %q, %v", b, ok)
	}
	if w, ok := WritableBuffer(sub); !ok || string(w) != "Bcd" {
		t.Fatalf("WritableBuffer(view) = %q, %v", w, ok)
	}
	if _, ok := WritableBuffer(NewBytes([]byte("x"))); ok {
		t.Fatal("bytes must not be writable")
	}
}

func TestMemoryViewCast(t *testing.T) {
	mv := mustMV(t, NewBytes([]byte{1, 0, 2, 0}))
	r, err := memoryview_cast(ValueOf(mv), []Value{StrValue("H"), {}})
	if err != nil {
		t.Fatal(err)
	}
	c := ptrOf[MemoryView](r)
	if c.itemsize != 2 || len(c.shape) != 1 || c.shape[0] != 2 {
		t.Fatalf("cast: itemsize %d shape %v", c.itemsize, c.shape)
	}
	l, err := c.tolist(c.src.Data(), 0, c.off)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := Repr(l); s.S != "[1, 2]" {
		t.Fatalf("tolist = %s", s.S)
	}
	if _, err := memoryview_cast(r, []Value{StrValue("i"), {}}); err == nil {
		t.Fatal("cast between two non-byte formats must fail")
	}
}

func TestByteArrayExports(t *testing.T) {
	baV := NewByteArray([]byte("abc"))
	ba := baOf(baV)
	mv := mustMV(t, baV)
	if ba.resizable() == nil {
		t.Fatal("resize allowed while a view is alive")
	}
	memoryview_release(ValueOf(mv), nil)
	if err := ba.resizable(); err != nil {
		t.Fatalf("resize refused after release: %v", err)
	}
	// A view that is only garbage must not block a resize.
	func() { mustMV(t, baV) }()
	if err := ba.resizable(); err != nil {
		t.Fatalf("resize refused for an unreachable view: %v", err)
	}
}

func TestMemoryViewEmptyReversed(t *testing.T) {
	mv := mustMV(t, NewBytes(nil))
	r, err := memoryview_subscript(ValueOf(mv), ValueOf(&Slice{Header{SliceType}, None, None, Int(-1)}))
	if err != nil {
		t.Fatal(err)
	}
	if b := ptrOf[MemoryView](r).bytes(); !bytes.Equal(b, nil) {
		t.Fatalf("bytes of empty reversed view = %q", b)
	}
}
