// This file defines the mmap module: memory-mapped files and anonymous
// shared memory with CPython's mmap.mmap API (Modules/mmapmodule.c): file
// methods over a position, bytes-like indexing and slicing, the buffer
// protocol, find/rfind, flush, move, resize and madvise.

package mmap

import (
	"fmt"
	"sync"
	"syscall"

	kr "krait/runtime"
)

// Access modes (mmap.ACCESS_*).
const (
	accessDefault = 0
	accessRead    = 1
	accessWrite   = 2
	accessCopy    = 3
)

var accessNames = [...]string{"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"}

// Mmap is an mmap.mmap object.
type Mmap struct {
	kr.Header
	data    []byte // the mapping; nil once closed
	pos     int
	fd      int // a duplicate of the file's descriptor, or -1
	offset  int64
	flags   int
	prot    int
	access  int
	exports kr.Exports
	attrs   kr.Attrs
}

// MmapType is mmap.mmap, created on the module's first import (mmap_exec)
// rather than at process start-up.
var MmapType *kr.Type

var mmapTypeOnce sync.Once

// initMmapType creates MmapType and registers its buffer protocol.
func initMmapType() {
	MmapType = kr.NewNativeType(&kr.TypeSpec{Name: "mmap.mmap", Flags: kr.FlagBaseType,
		Doc: "Windows: mmap(fileno, length[, tagname[, access[, offset]]])", Methods: mmapMethods,
		GetSets: []kr.GetSetDef{{Name: "closed", Get: func(v kr.Value) (kr.Value, *kr.Exception) {
			return kr.Bool(mmapOf(v).data == nil), nil
		}}}},
		func(t *kr.Type) {
			t.New = mmap_new
			t.Repr = mmap_repr
			t.Len = func(v kr.Value) (int, *kr.Exception) {
				m, err := valid(v)
				if err != nil {
					return 0, err
				}
				return len(m.data), nil
			}
			t.GetItem = mmap_getitem
			t.SetItem = mmap_setitem
			t.Iter = mmap_iter
			t.InstAttrs = func(v kr.Value) *kr.Attrs { return &mmapOf(v).attrs }
		})
	kr.RegisterBuffer(MmapType, func(v kr.Value) (*kr.Buffer, *kr.Exception) {
		m, err := valid(v)
		if err != nil {
			return nil, err
		}
		return &kr.Buffer{Obj: v, Data: func() []byte { return m.data }, ReadOnly: m.access == accessRead,
			Format: "B", ItemSize: 1, Export: func(mv *kr.MemoryView) { m.exports.Track(mv) }}, nil
	})
}

func mmapOf(v kr.Value) *Mmap { return kr.PtrOf[Mmap](v) }

// valid returns the mmap of v, or CPython's error when it is closed.
func valid(v kr.Value) (*Mmap, *kr.Exception) {
	m := mmapOf(v)
	if m.data == nil {
		return nil, kr.NewValueError("mmap closed or invalid")
	}
	return m, nil
}

// writable returns the mmap of v when it may be modified.
func writable(v kr.Value) (*Mmap, *kr.Exception) {
	m, err := valid(v)
	if err != nil {
		return nil, err
	}
	if m.access == accessRead {
		return nil, kr.NewTypeError("mmap can't modify a readonly memory map.")
	}
	return m, nil
}

var mmapNew = &kr.Method{Name: "mmap", Sig: "fileno, length, flags=, prot=, access=, offset="}

func mmap_new(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	a, err := mmapNew.BindClinic(args, kwnames, "mmap")
	if err != nil {
		return kr.Value{}, err
	}
	n := [6]int64{0, 0, syscall.MAP_SHARED, syscall.PROT_READ | syscall.PROT_WRITE, accessDefault, 0}
	for i, v := range a {
		if !v.IsNull() {
			if n[i], err = kr.IndexInt64(v, ""); err != nil {
				return kr.Value{}, err
			}
		}
	}
	fd, length, flags, prot, access, offset := int(n[0]), n[1], int(n[2]), int(n[3]), int(n[4]), n[5]
	if length < 0 {
		return kr.Value{}, kr.NewOverflowError("memory mapped length must be positive")
	}
	if offset < 0 {
		return kr.Value{}, kr.NewOverflowError("memory mapped offset must be positive")
	}
	if access != accessDefault && (flags != syscall.MAP_SHARED || prot != syscall.PROT_READ|syscall.PROT_WRITE) {
		return kr.Value{}, kr.NewValueError("mmap can't specify both access and flags, prot.")
	}
	if err := kr.Audit("mmap.__new__", kr.Int(int64(fd)), kr.Int(length), kr.Int(int64(access)), kr.Int(offset)); err != nil {
		return kr.Value{}, err
	}
	switch access {
	case accessRead:
		flags, prot = syscall.MAP_SHARED, syscall.PROT_READ
	case accessWrite:
		flags, prot = syscall.MAP_SHARED, syscall.PROT_READ|syscall.PROT_WRITE
	case accessCopy:
		flags, prot = syscall.MAP_PRIVATE, syscall.PROT_READ|syscall.PROT_WRITE
	case accessDefault:
		if prot&syscall.PROT_READ != 0 && prot&syscall.PROT_WRITE != 0 {
			break
		}
		access = accessRead
		if prot&syscall.PROT_WRITE != 0 {
			access = accessWrite
		}
	default:
		return kr.Value{}, kr.NewValueError("mmap invalid access parameter.")
	}
	m := &Mmap{Header: kr.HeaderFor(t), fd: -1, offset: offset, flags: flags, prot: prot, access: access}
	if fd != -1 {
		if length, err = fileLength(fd, length, offset); err != nil {
			return kr.Value{}, err
		}
		dup, derr := syscall.Dup(fd)
		if derr != nil {
			return kr.Value{}, kr.NewOSErrorFromGo(derr, kr.Value{}, kr.Value{})
		}
		syscall.CloseOnExec(dup)
		m.fd = dup
	} else {
		flags |= syscall.MAP_ANONYMOUS
	}
	data, merr := syscall.Mmap(fd, offset, int(length), prot, flags)
	if merr != nil {
		if m.fd >= 0 {
			syscall.Close(m.fd)
		}
		return kr.Value{}, kr.NewOSErrorFromGo(merr, kr.Value{}, kr.Value{})
	}
	if data == nil {
		data = []byte{} // a zero-length mapping is open, not closed
	}
	m.data = data
	return kr.ValueOf(m), nil
}

// fileLength checks length and offset against the size of file fd and
// returns the length to map (the rest of the file for 0).
func fileLength(fd int, length, offset int64) (int64, *kr.Exception) {
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return 0, kr.NewOSErrorFromGo(err, kr.Value{}, kr.Value{})
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return length, nil
	}
	size := st.Size
	if length == 0 {
		if size == 0 {
			return 0, kr.NewValueError("cannot mmap an empty file")
		}
		if offset >= size {
			return 0, kr.NewValueError("mmap offset is greater than file size")
		}
		return size - offset, nil
	}
	if offset > size || size-offset < length {
		return 0, kr.NewValueError("mmap length is greater than file size")
	}
	return length, nil
}

func mmap_repr(v kr.Value) (kr.Value, *kr.Exception) {
	m := mmapOf(v)
	if m.data == nil {
		return kr.StrValue("<mmap.mmap closed=True>"), nil
	}
	return kr.StrValue(fmt.Sprintf("<mmap.mmap closed=False, access=%s, length=%d, pos=%d, offset=%d>",
		accessNames[m.access], len(m.data), m.pos, m.offset)), nil
}
