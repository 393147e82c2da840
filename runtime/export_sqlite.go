// This file exports what the _sqlite3 module needs from the runtime's
// memoryview: whether a buffer is C-contiguous (SQLite binds a blob from
// one contiguous run of bytes, and CPython refuses other buffers).

package runtime

// BufferIsCContiguous reports whether v's buffer is C-contiguous: true for
// every exporter except a memoryview whose items have gaps or another order.
func BufferIsCContiguous(v Value) bool {
	if mv, ok := v.TryMemoryView(); ok {
		return mv.cContiguous()
	}
	return true
}
