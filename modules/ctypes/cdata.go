// This file defines _ctypes._CData, the base of every ctypes instance: a
// window (offset, size) on a memory block, the _b_base_/_b_needsfree_/
// _objects bookkeeping of CPython's CDataObject, and the buffer protocol
// whose format, item size and shape the Python layer computes per type.

package ctypes

import (
	"sync"

	kr "krait/runtime"
)

// CData is an instance of a ctypes type.
type CData struct {
	kr.Header
	blk       *block
	off, size int
	index     int      // b_index: position in base, for _objects keys
	base      kr.Value // _b_base_: the object whose memory this one views
	objects   kr.Value // _objects: what the memory refers to, kept alive
	needsFree bool
	attrs     kr.Attrs
}

// CDataType is _ctypes._CData; rawType is the private exporter behind
// _raw(), a plain "B" view of an object's bytes.
var (
	CDataType *kr.Type
	rawType   *kr.Type
	typesOnce sync.Once
)

// bufferHook is the Python function (format, itemsize, shape) = hook(obj)
// installed by the Python layer, which owns the type information.
var bufferHook kr.Value

// rawMem is the exporter behind _raw() and _mem(): bytes of a block.
type rawMem struct {
	kr.Header
	blk    *block
	lo, hi int
}

func cdataOf(v kr.Value) *CData { return kr.PtrOf[CData](v) }

// mem is the object's memory.
func (c *CData) mem() []byte {
	if c.blk == nil {
		return nil
	}
	return c.blk.data[c.off : c.off+c.size]
}

func initTypes() {
	CDataType = kr.NewNativeType(&kr.TypeSpec{Name: "_ctypes._CData", Flags: kr.FlagBaseType,
		GetSets: []kr.GetSetDef{
			{Name: "_b_base_", Get: func(v kr.Value) (kr.Value, *kr.Exception) { return orNone(cdataOf(v).base), nil }},
			{Name: "_b_needsfree_", Get: func(v kr.Value) (kr.Value, *kr.Exception) {
				return kr.Int(b2i(cdataOf(v).needsFree)), nil
			}},
			{Name: "_objects", Get: func(v kr.Value) (kr.Value, *kr.Exception) { return orNone(cdataOf(v).objects), nil }},
		}},
		func(t *kr.Type) {
			t.New = cdata_new
			t.InstAttrs = func(v kr.Value) *kr.Attrs { return &cdataOf(v).attrs }
		})
	kr.RegisterBuffer(CDataType, cdata_buffer)
	initFieldType()
	rawType = kr.NewNativeType(&kr.TypeSpec{Name: "_ctypes._raw"}, nil)
	kr.RegisterBuffer(rawType, func(v kr.Value) (*kr.Buffer, *kr.Exception) {
		r := kr.PtrOf[rawMem](v)
		return &kr.Buffer{Obj: v, Data: func() []byte { return r.blk.data[r.lo:r.hi] }, Format: "B", ItemSize: 1}, nil
	})
	registerLayouts() // leak19_layout.go
}

func orNone(v kr.Value) kr.Value {
	if v.IsNull() {
		return kr.None
	}
	return v
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// typeSizes maps the types whose first instance the Python layer made
// (and so marked final) to their size: later instances are made here.
// The GIL serializes access.
var typeSizes = map[*kr.Type]int{}

// newHook is the Python layer's _generic_new(cls).
var newHook kr.Value

// cdata_new is __new__ of the concrete ctypes types: an instance with its
// own zeroed memory.
func cdata_new(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	if n, ok := typeSizes[t]; ok {
		return kr.ValueOf(&CData{Header: kr.HeaderFor(t), blk: newBlock(n), size: n, needsFree: true}), nil
	}
	if newHook.IsNull() {
		return kr.ValueOf(&CData{Header: kr.HeaderFor(t)}), nil
	}
	return kr.Call(newHook, []kr.Value{t.Value()}, nil)
}

// cdata_buffer exports an instance's memory with the format, item size
// and shape that CPython's PyCData_NewGetBuffer reports.
func cdata_buffer(v kr.Value) (*kr.Buffer, *kr.Exception) {
	c := cdataOf(v)
	b := &kr.Buffer{Obj: v, Data: c.mem, Format: "B", ItemSize: 1, Shape: []int{}}
	if bufferHook.IsNull() {
		return b, nil
	}
	r, err := kr.Call(bufferHook, []kr.Value{v}, nil)
	if err != nil {
		return nil, err
	}
	t, ok := r.TryTuple()
	if !ok || len(t.Items()) != 3 {
		return nil, kr.NewSystemError("ctypes buffer hook returned a bad value")
	}
	it := t.Items()
	f, ok := it[0].TryStr()
	if !ok {
		return nil, kr.NewSystemError("ctypes buffer hook returned a bad format")
	}
	b.Format = f.String()
	n, err := kr.IndexInt64(it[1], "")
	if err != nil {
		return nil, err
	}
	b.ItemSize = int(n)
	if st, ok := it[2].TryTuple(); ok {
		for _, d := range st.Items() {
			n, err := kr.IndexInt64(d, "")
			if err != nil {
				return nil, err
			}
			b.Shape = append(b.Shape, int(n))
		}
	}
	return b, nil
}

// newRaw returns a writable "B" memoryview of blk.data[lo:hi].
func newRaw(blk *block, lo, hi int) (kr.Value, *kr.Exception) {
	return kr.NewMemoryView(kr.ValueOf(&rawMem{Header: kr.HeaderFor(rawType), blk: blk, lo: lo, hi: hi}))
}
