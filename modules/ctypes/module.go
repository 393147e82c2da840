// Package ctypes implements _ctypes, the data-type half of CPython's
// ctypes: simple types, structures, unions, arrays, pointers, byref, cast,
// memmove and friends, over which CPython's own ctypes/__init__.py runs.
// Foreign calls are out of scope: libraries cannot be loaded and only the
// built-in helpers (memmove, memset, string_at, wstring_at, cast) and
// Python callbacks can be called through CFuncPtr.
//
// Memory model: every ctypes object views a window of a block (memory.go),
// a Go byte slice that is never resized, or the memory of a buffer
// exporter (mmap, bytearray) for from_buffer. Addresses are the real
// addresses of those bytes (Go's heap does not move objects), so
// addressof, pointers and c_void_p values are ordinary integers that
// agree with id-free arithmetic such as addressof(a) + 4. A registry of
// weak pointers maps an address back to its block and offset; memory is
// only reached through it, never by turning an integer into a pointer, so
// a stale or foreign address raises ValueError instead of crashing.
//
// Split: Go owns memory, addresses and the buffer protocol (this package's
// .go files); the type machinery (metaclasses, field layout, value
// conversion), which CPython writes as C over the same primitives, is the
// Python source in py/, embedded here and executed in the module.
package ctypes

import (
	"embed"

	kr "krait/runtime"
	"krait/syntax"
)

// implFiles is the Python half, run in name order (py/00_storage.py first).
//
//go:embed py/*.py
var implFiles embed.FS

// Module is _ctypes.
var Module = &kr.ModuleDef{Name: "_ctypes", Doc: "Create and manipulate C compatible data types in Python.",
	Methods: []kr.Method{
		{Name: "_alloc", Sig: "obj, size, /", Fn: ctypes_alloc},
		{Name: "_share", Sig: "obj, src, offset, size, index, /", Fn: ctypes_share},
		{Name: "_index", Sig: "obj, /", Fn: ctypes_index},
		{Name: "_from_buffer", Sig: "obj, view, offset, size, /", Fn: ctypes_from_buffer},
		{Name: "_at", Sig: "obj, address, size, base, /", Fn: ctypes_at},
		{Name: "_raw", Sig: "obj, /", Fn: ctypes_raw},
		{Name: "_mem", Sig: "address, size, /", Fn: ctypes_mem},
		{Name: "_addr", Sig: "obj, /", Fn: ctypes_addr},
		{Name: "_resize", Sig: "obj, size, /", Fn: ctypes_resize},
		{Name: "_set_objects", Sig: "obj, objects, /", Fn: ctypes_set_objects},
		{Name: "_write_unraisable", Sig: "exc, obj, msg, /", Fn: func(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			e, ok := a[0].TryException()
			msg, ok2 := a[2].TryStr()
			if ok && ok2 {
				kr.WriteUnraisable(e, "Exception ignored "+msg.String(), a[1])
			}
			return kr.None, nil
		}},
		{Name: "_register_simple", Sig: "cls, code, big, /", Fn: ctypes_register_simple},
		{Name: "_value", Sig: "obj, /", Fn: ctypes_value},
		{Name: "_set_value", Sig: "obj, value, /", Fn: ctypes_set_value},
		{Name: "_new_field", Sig: "proto, index, offset, size, bits, bitofs, code, big, getfunc, setfunc, /", Fn: ctypes_new_field},
		{Name: "_move_field", Sig: "field, index, offset, /", Fn: ctypes_move_field},
		{Name: "_register_array", Sig: "cls, length, itemsize, code, big, /", Fn: ctypes_register_array},
		{Name: "_set_item_hooks", Sig: "get, set, /", Fn: func(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			itemGetHook, itemSetHook = a[0], a[1]
			return kr.None, nil
		}},
		{Name: "_bare", Sig: "cls, /", Fn: ctypes_bare},
		{Name: "_register_size", Sig: "cls, size, /", Fn: ctypes_register_size},
		{Name: "_set_new_hook", Sig: "hook, /", Fn: func(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			newHook = a[0]
			return kr.None, nil
		}},
		{Name: "_register_init_names", Sig: "cls, names, /", Fn: ctypes_register_init_names},
		{Name: "_set_struct_init_hook", Sig: "hook, /", Fn: func(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			structInitHook = a[0]
			return kr.None, nil
		}},
		{Name: "_set_hooks", Sig: "field_get, field_set, value_get, value_set, /", Fn: func(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			fieldGetHook, fieldSetHook, valueGetHook, valueSetHook = a[0], a[1], a[2], a[3]
			return kr.None, nil
		}},
		{Name: "_set_buffer_hook", Sig: "hook, /", Fn: func(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			bufferHook = a[0]
			return kr.None, nil
		}},
	}, Exec: ctypes_exec}

func ctypes_exec(m *kr.Module) *kr.Exception {
	typesOnce.Do(initTypes)
	kr.HideTracebackFile("<_ctypes>")
	m.SetAttr("_CData", CDataType.Value())
	m.SetAttr("CField", CFieldType.Value())
	m.SetAttr("_array_getitem", kr.NewMethodDescriptor(CDataType, arrayGetItem))
	m.SetAttr("_array_setitem", kr.NewMethodDescriptor(CDataType, arraySetItem))
	m.SetAttr("_array_len", kr.NewMethodDescriptor(CDataType, arrayLen))
	m.SetAttr("_simple_init", kr.NewMethodDescriptor(CDataType, simpleInit))
	m.SetAttr("_struct_init_go", kr.NewMethodDescriptor(CDataType, structInit))
	entries, _ := implFiles.ReadDir("py")
	for _, e := range entries {
		src, _ := implFiles.ReadFile("py/" + e.Name())
		code, err := kr.CompileSource(src, "<_ctypes>", syntax.ModeExec)
		if err != nil {
			return err
		}
		if _, err := kr.RunCode(code, m.Dict, kr.Value{}); err != nil {
			return err
		}
	}
	return nil
}

// cdataArg returns the CData behind a, or a TypeError.
func cdataArg(a kr.Value) (*CData, *kr.Exception) {
	if !kr.IsInstance(a, CDataType) {
		return nil, kr.NewTypeError("expected CData instance")
	}
	return cdataOf(a), nil
}

func sizeArg(v kr.Value) (int, *kr.Exception) {
	n, err := kr.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, kr.NewValueError("negative size")
	}
	return int(n), nil
}

// ctypes_alloc gives obj size bytes of its own zeroed memory.
func ctypes_alloc(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, blk, n, err := objectAndNewBlock(a)
	if err != nil {
		return kr.Value{}, err
	}
	c.blk, c.off, c.size, c.needsFree = blk, 0, n, true
	return kr.None, nil
}

// objectAndNewBlock reads the (obj, size) arguments of _alloc and _resize
// and allocates the new block of size bytes.
func objectAndNewBlock(a []kr.Value) (*CData, *block, int, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return nil, nil, 0, err
	}
	n, err := sizeArg(a[1])
	if err != nil {
		return nil, nil, 0, err
	}
	blk, err := allocBlock(n)
	if err != nil {
		return nil, nil, 0, err
	}
	return c, blk, n, nil
}

// ctypes_share makes obj view size bytes of src's memory from offset;
// src becomes obj's _b_base_.
func ctypes_share(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	src, err := cdataArg(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	off, err := sizeArg(a[2])
	if err != nil {
		return kr.Value{}, err
	}
	n, err := sizeArg(a[3])
	if err != nil {
		return kr.Value{}, err
	}
	if src.blk == nil || off > src.size || n > src.size-off {
		return kr.Value{}, kr.NewValueError("ctypes: view out of bounds")
	}
	idx, err := kr.IndexInt64(a[4], "")
	if err != nil {
		return kr.Value{}, err
	}
	c.blk, c.off, c.size, c.base, c.index = src.blk, src.off+off, n, a[1], int(idx)
	return kr.None, nil
}

// ctypes_index returns obj's index in its _b_base_ (CPython's b_index),
// which names its entries in the root's _objects.
func ctypes_index(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	return kr.Int(int64(c.index)), nil
}

// ctypes_from_buffer makes obj view size bytes from offset of the
// writable, contiguous memoryview view (which the caller keeps in
// _objects so the exporter stays exported).
func ctypes_from_buffer(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	data, ok := kr.IOWritableBuffer(a[1])
	if !ok {
		return kr.Value{}, kr.NewTypeError("underlying buffer is not writable")
	}
	off, err := sizeArg(a[2])
	if err != nil {
		return kr.Value{}, err
	}
	n, err := sizeArg(a[3])
	if err != nil {
		return kr.Value{}, err
	}
	if off > len(data) || n > len(data)-off {
		return kr.Value{}, kr.NewValueError("Buffer size too small (%d instead of at least %d bytes)", len(data), off+n)
	}
	c.blk, c.off, c.size = foreignBlock(data, a[1]), off, n
	return kr.None, nil
}

// addrArg converts an address argument.
func addrArg(v kr.Value) (uintptr, *kr.Exception) {
	n, err := kr.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	return uintptr(n), nil
}

// find returns the block and offset of n bytes at address p.
func find(p uintptr, n int) (*block, int, *kr.Exception) {
	if p == 0 {
		return nil, 0, kr.NewValueError("NULL pointer access")
	}
	b, off, ok := lookup(p)
	if !ok || n > len(b.data)-off {
		return nil, 0, kr.NewValueError("ctypes: address 0x%x is not memory Krait owns (foreign memory cannot be accessed)", p)
	}
	return b, off, nil
}

// ctypes_at makes obj view size bytes at address (from_address, pointer
// dereference); base, when not None, becomes its _b_base_ (the pointer
// whose contents it is, as in CPython).
func ctypes_at(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	p, err := addrArg(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	n, err := sizeArg(a[2])
	if err != nil {
		return kr.Value{}, err
	}
	b, off, err := find(p, n)
	if err != nil {
		return kr.Value{}, err
	}
	c.blk, c.off, c.size = b, off, n
	if !a[3].IsNone() {
		c.base = a[3]
	}
	return kr.None, nil
}

// ctypes_raw returns a writable "B" memoryview of obj's memory.
func ctypes_raw(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	if c.blk == nil {
		return kr.NewMemoryView(kr.NewByteArray(nil))
	}
	return newRaw(c.blk, c.off, c.off+c.size)
}

// ctypes_mem returns a writable "B" memoryview of size bytes at address;
// a negative size means up to the end of the block.
func ctypes_mem(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	p, err := addrArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	n, err := kr.IndexInt64(a[1], "")
	if err != nil {
		return kr.Value{}, err
	}
	b, off, err := find(p, int(max(n, 0)))
	if err != nil {
		return kr.Value{}, err
	}
	end := len(b.data)
	if n >= 0 {
		end = off + int(n)
	}
	return newRaw(b, off, end)
}

// ctypes_addr returns the address of obj's first byte.
func ctypes_addr(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	if c.blk == nil {
		return kr.Int(0), nil
	}
	return kr.Int(int64(c.blk.address(c.off))), nil
}

// ctypes_resize gives obj a new block of size bytes holding its old
// contents (CPython reallocates too; old addresses become stale).
func ctypes_resize(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, nb, n, err := objectAndNewBlock(a)
	if err != nil {
		return kr.Value{}, err
	}
	copy(nb.data, c.mem())
	c.blk, c.off, c.size = nb, 0, n
	return kr.None, nil
}

// ctypes_set_objects sets obj's _objects.
func ctypes_set_objects(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	c, err := cdataArg(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	c.objects = a[1]
	if a[1].IsNone() {
		c.objects = kr.Value{}
	}
	return kr.None, nil
}

// ctypes_bare makes an instance of cls without memory (no __new__ or
// __init__), for views that _share, _at or _from_buffer then place.
func ctypes_bare(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	t, ok := a[0].TryType()
	if !ok || !t.IsSubtype(CDataType) {
		return kr.Value{}, kr.NewTypeError("expected a ctypes type")
	}
	return kr.ValueOf(&CData{Header: kr.HeaderFor(t)}), nil
}

// ctypes_register_size lets cdata_new make instances of cls.
func ctypes_register_size(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	t, ok := a[0].TryType()
	if !ok || !t.IsSubtype(CDataType) {
		return kr.Value{}, kr.NewTypeError("expected a ctypes type")
	}
	n, err := sizeArg(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	typeSizes[t] = n
	return kr.None, nil
}

// simpleInit is _SimpleCData.__init__(self, value=<unset>).
var simpleInit = &kr.Method{Name: "__init__", Sig: "*args", Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	args := a[0].AsTuple().Items()
	switch len(args) {
	case 0:
		return kr.None, nil
	case 1:
		return ctypes_set_value(kr.Value{}, []kr.Value{self, args[0]})
	}
	return kr.Value{}, kr.NewTypeError("__init__ expected at most 1 argument, got %d", len(args))
}}
