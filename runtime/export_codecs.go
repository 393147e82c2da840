// This file exports to the codecs branch's modules (_pickle's
// PickleBuffer) what they need of memoryview's internals: re-exporting a
// view's memory as a buffer, and making a raw byte view of it.

package runtime

import "math/big"

// ViewBuffer returns the buffer through which an object holding the
// memoryview mvv (from NewMemoryView) re-exports its memory, as a
// PickleBuffer does: the same object, format and writability, and
// resize-blocking exports of the underlying exporter.
func ViewBuffer(mvv Value) *Buffer {
	mv := ptrOf[MemoryView](mvv)
	return &Buffer{Obj: mv.src.Obj, Data: mv.bytes, ReadOnly: mv.readonly, Format: mv.format,
		ItemSize: mv.itemsize, Export: mv.src.Export}
}

// RawMemoryView returns a one-dimensional unsigned-byte memoryview of the
// memory of the memoryview mvv, which must be contiguous (ok is false
// otherwise), as PickleBuffer.raw() does.
func RawMemoryView(mvv Value) (Value, bool) {
	mv := ptrOf[MemoryView](mvv)
	if !mv.cContiguous() && !mv.fContiguous() {
		return Value{}, false
	}
	b := &Buffer{Obj: mv.src.Obj, Data: func() []byte { d := mv.src.Data(); return d[mv.off : mv.off+mv.nbytes()] },
		ReadOnly: mv.readonly, Format: "B", ItemSize: 1, Export: mv.src.Export}
	raw := &MemoryView{Header: Header{MemoryViewType}, src: b, format: "B", itemsize: 1,
		shape: []int{mv.nbytes()}, strides: []int{1}, readonly: mv.readonly, hash: -1}
	if b.Export != nil {
		b.Export(raw)
	}
	return ValueOf(raw), true
}

// ReleaseMemoryView is memoryview.release().
func ReleaseMemoryView(mvv Value) { ptrOf[MemoryView](mvv).released = true }

// IntFromBytesLE is int.from_bytes(b, 'little').
func IntFromBytesLE(b []byte) Value {
	be := make([]byte, len(b))
	for i, c := range b {
		be[len(b)-1-i] = c
	}
	return NewIntBig(new(big.Int).SetBytes(be))
}

// IntToBytesLE returns the non-negative int v as at least n little-endian
// bytes.
func IntToBytesLE(v Value, n int) ([]byte, *Exception) {
	iv, err := Index(v, "")
	if err != nil {
		return nil, err
	}
	x, ok := bigOf(iv)
	if !ok {
		i, _ := IntOf(iv)
		x = big.NewInt(i)
	}
	if x.Sign() < 0 {
		return nil, NewValueError("state must be a non-negative integer")
	}
	be := x.Bytes()
	out := make([]byte, max(n, len(be)))
	for i, c := range be {
		out[len(be)-1-i] = c
	}
	return out, nil
}
