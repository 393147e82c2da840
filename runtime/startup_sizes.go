// This file defines what keeps start-up's allocations down: the size a
// builtin type's dict will reach, so that it is allocated once instead of
// growing through every power of two, and the scratch buffers the loading
// of cached modules reuses (a .pyc file's bytes and marshal's reference
// table), which would otherwise be fresh memory for every module: no
// collection runs during start-up, so every byte allocated there is a page
// the kernel has to fault in and zero.

package runtime

import (
	"io"
	"sync"

	"krait/internal/nopoll"
)

// staticDictSize is how many entries finishStaticType puts in t's dict:
// its methods, computed attributes and slot wrappers, __doc__ and
// __hash__ (an upper bound: a wrapper is skipped when a method has its
// name).
func staticDictSize(t *Type) int {
	n := len(t.methods) + len(t.getsets) + 2
	for i, g := range slotGroups {
		if t.ownSlots&(1<<i) != 0 {
			n += len(g.names)
		}
	}
	return n
}

// loadBuffers holds byte buffers for reading .pyc files; their contents
// are copied by MarshalLoads, which keeps no reference to its input.
var loadBuffers = sync.Pool{New: func() any { return new([]byte) }}

// readFilePooled reads the file at path into a buffer from loadBuffers;
// the caller gives the buffer back with releaseFileBuffer once done with
// the data.
func readFilePooled(path string) (*[]byte, []byte, error) {
	f, err := nopoll.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	bp := loadBuffers.Get().(*[]byte)
	size := int(st.Size()) + 1 // one more byte, to see the end of a file that grew
	if cap(*bp) < size {
		*bp = make([]byte, max(size, 2*cap(*bp), 64<<10))
	}
	buf := (*bp)[:size]
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		return bp, buf[:n], nil
	}
	if err != nil {
		loadBuffers.Put(bp)
		return nil, nil, err
	}
	// The file is longer than it was: read it all the ordinary way.
	loadBuffers.Put(bp)
	data, err := nopoll.ReadFile(path)
	return nil, data, err
}

// releaseFileBuffer returns a buffer of readFilePooled (nil is allowed).
func releaseFileBuffer(bp *[]byte) {
	if bp != nil && cap(*bp) <= 4<<20 {
		loadBuffers.Put(bp)
	}
}

// marshalRefs holds the reference tables of finished MarshalLoads calls,
// cleared, for the next one.
var marshalRefs = sync.Pool{New: func() any { return new([]Value) }}

// getMarshalRefs returns an empty reference table with room for n.
func getMarshalRefs(n int) *[]Value {
	rp := marshalRefs.Get().(*[]Value)
	if cap(*rp) < n {
		*rp = make([]Value, 0, max(n, 2*cap(*rp), 2048))
	}
	*rp = (*rp)[:0]
	return rp
}

// putMarshalRefs clears the table refs (so that it keeps nothing alive)
// and keeps it for reuse.
func putMarshalRefs(rp *[]Value, refs []Value) {
	clear(refs)
	if cap(refs) > 1<<20 {
		return
	}
	*rp = refs[:0]
	marshalRefs.Put(rp)
}
