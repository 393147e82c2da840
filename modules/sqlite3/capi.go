// This file defines the thin layer over modernc.org/sqlite/lib (SQLite's C
// API translated to Go) that the rest of the module uses: C strings, byte
// copies out of SQLite's heap, and the per-connection libc.TLS.
package sqlite3mod

import (
	"sync"
	"unsafe"

	"modernc.org/libc"
	"modernc.org/libc/sys/types"
	sqlite "modernc.org/sqlite/lib"
)

// cstring copies s into a NUL-terminated C string that the caller frees
// with cfree. SQLite reads it only during the call it is passed to.
func cstring(tls *libc.TLS, s string) uintptr {
	p := libc.Xmalloc(tls, libcSize(len(s)+1))
	if p == 0 {
		return 0
	}
	b := unsafe.Slice((*byte)(cptr(p)), len(s)+1)
	copy(b, s)
	b[len(s)] = 0
	return p
}

// libcSize converts a Go length to C's size_t.
func libcSize(n int) types.Size_t { return types.Size_t(n) }

// cmalloc allocates n zeroed bytes on the C heap.
func cmalloc(tls *libc.TLS, n int) uintptr {
	p := libc.Xcalloc(tls, 1, libcSize(n))
	return p
}

// cfree releases memory from cstring or cmalloc.
func cfree(tls *libc.TLS, p uintptr) {
	if p != 0 {
		libc.Xfree(tls, p)
	}
}

// gostring reads the NUL-terminated C string at p ("" for NULL).
func gostring(p uintptr) string {
	if p == 0 {
		return ""
	}
	return libc.GoString(p)
}

// gobytes copies n bytes at p into a new Go slice.
func gobytes(p uintptr, n int) []byte {
	out := make([]byte, n)
	if p != 0 && n > 0 {
		copy(out, unsafe.Slice((*byte)(cptr(p)), n))
	}
	return out
}

// readPtr reads the pointer stored at p (an out-parameter).
func readPtr(p uintptr) uintptr { return *(*uintptr)(cptr(p)) }

// readInt64 reads the int64 stored at p (an out-parameter).
func readInt64(p uintptr) int64 { return *(*int64)(cptr(p)) }

// writeUint64 stores v at p (an aggregate context slot).
func writeUint64(p uintptr, v uint64) { *(*uint64)(cptr(p)) = v }

// readUint64 reads the uint64 stored at p.
func readUint64(p uintptr) uint64 { return *(*uint64)(cptr(p)) }

// cbytes copies b to the C heap (at least one byte, so the pointer is
// never NULL: SQLite takes a NULL blob for SQL NULL).
func cbytes(tls *libc.TLS, b []byte) uintptr {
	n := len(b)
	if n == 0 {
		n = 1
	}
	p := libc.Xmalloc(tls, libcSize(n))
	if p != 0 && len(b) > 0 {
		copy(unsafe.Slice((*byte)(cptr(p)), len(b)), b)
	}
	return p
}

// cFuncPointer turns a top-level Go function into the pointer form the
// translated C code calls through (libc's convention for function
// pointers: the address of the Go func value's code pointer cell).
func cFuncPointer[T any](f T) uintptr {
	return *(*uintptr)(unsafe.Pointer(&struct{ f T }{f}))
}

// errstr is sqlite3_errstr(rc), the English text for a result code.
func errstr(tls *libc.TLS, rc int32) string { return gostring(sqlite.Xsqlite3_errstr(tls, rc)) }

// libVersion is sqlite3_libversion(), read once.
var libVersion = sync.OnceValue(func() string {
	tls := libc.NewTLS()
	defer tls.Close()
	return gostring(sqlite.Xsqlite3_libversion(tls))
})

// unsafeBytes views n bytes of C memory at p as a Go slice.
func unsafeBytes(p uintptr, n int) []byte { return unsafe.Slice((*byte)(cptr(p)), n) }

// unsafePointer converts a C address for a one-byte read.
func unsafePointer(p uintptr) unsafe.Pointer { return cptr(p) }

// cptr turns an address on the C heap (memory SQLite and libc allocate
// outside the Go heap) into an unsafe.Pointer. It reinterprets the word
// rather than converting a uintptr, the form go vet's unsafeptr check
// reserves for Go pointers that may move.
func cptr(p uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&p)) }
