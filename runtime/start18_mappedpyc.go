// This file lets importlib's SourceLoader.get_code read a .pyc from the
// file's mapping instead of a heap copy.
//
// Modules imported through importlib (json, re, typing, ...: everything
// not frozen) had their .pyc read whole into the Go heap by get_data
// (imports13_getdata.go), and their lazy code objects kept the copy for
// their unread bodies: 1.2 MB, ~300 freshly faulted pages, for `import
// json, re, collections, typing`. Mapped, the file's pages come from the
// page cache, several per fault, and only those that get read: the
// header, the module's own code and the bodies of functions that run.
//
// Only get_code's own call is served this way: the bytes object then goes
// no further than _classify_pyc, _validate_*_pyc and marshal.loads, so no
// program holds bytes whose pages a later in-place write of the file
// could change (Krait and importlib replace .pyc files by renaming).
// marshal.loads finds the mapping again (MarshalLoadsKeep) so that the
// lazy bodies keep it, as readPycCode's do.

package runtime

import (
	goruntime "runtime"
	"strings"
	"sync"
	"unsafe"
)

// lastMappedPyc is the mapping get_code was last given, until marshal.loads
// takes it.
var lastMappedPyc struct {
	sync.Mutex
	data []byte
	file *pycFile
}

// getPycMapped returns the .pyc at path p as a bytes object over its
// mapping when importlib's get_code is the caller; ok is false when it did
// not (the caller reads the file itself).
func getPycMapped(p string) (Value, bool) {
	if !strings.HasSuffix(p, ".pyc") || !calledFromGetCode() {
		return Value{}, false
	}
	file, data, err := readPycData(p) // lazy14_pycmap_linux.go
	if err != nil || len(data) == 0 {
		return Value{}, false // get_data's own read reports the error
	}
	if file == nil {
		return NewBytes(data), true // small: read into a buffer of its own
	}
	b := &Bytes{Header{BytesType}, data, -1}
	// The bytes object keeps the mapping while it lives.
	goruntime.AddCleanup(b, func(*pycFile) {}, file)
	lastMappedPyc.Lock()
	lastMappedPyc.data, lastMappedPyc.file = data, file
	lastMappedPyc.Unlock()
	return ValueOf(b), true
}

// calledFromGetCode reports whether the running Python function is
// importlib._bootstrap_external's SourceLoader.get_code, with no trace or
// profile function that could see its locals.
func calledFromGetCode() bool {
	th := curThread
	if th == nil || th.tr != nil || th.cur == nil || th.cur.code == nil {
		return false
	}
	co := th.cur.code
	return co.name != nil && co.name.S == "get_code" && co.c.Filename == "<frozen importlib._bootstrap_external>"
}

// takeMappedPyc returns the mapped file b lies in, if it is the one
// get_code was last given, and forgets it.
func takeMappedPyc(b []byte) *pycFile {
	if len(b) == 0 {
		return nil
	}
	lastMappedPyc.Lock()
	defer lastMappedPyc.Unlock()
	d := lastMappedPyc.data
	if d == nil {
		return nil
	}
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(d)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if p < lo || p+uintptr(len(b)) > lo+uintptr(len(d)) {
		return nil
	}
	f := lastMappedPyc.file
	lastMappedPyc.data, lastMappedPyc.file = nil, nil
	return f
}

// marshalLoadsMapped is marshalLoads(b, true) for b in the mapped file f:
// the lazy bodies keep f, and a fault reading it is an ImportError.
func marshalLoadsMapped(b []byte, f *pycFile) (v Value, n int, err *Exception) {
	err = readMapped(f, func() *Exception {
		rp := getMarshalRefs(len(b) / 24) // startup_sizes.go
		r := &marshalReader{b: b, refs: *rp, keep: true, file: f}
		r.slab.size = len(b)
		var rerr *Exception
		v, rerr = r.object()
		putMarshalRefs(rp, r.refs)
		n = r.pos
		return rerr
	})
	if err != nil {
		return Value{}, n, err
	}
	if v.IsNull() {
		return Value{}, n, NewTypeError("NULL object in marshal data for object")
	}
	return v, n, nil
}
