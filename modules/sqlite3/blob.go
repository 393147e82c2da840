// This file defines sqlite3.Blob (Connection.blobopen): incremental,
// file-like and indexable access to one BLOB value.
package sqlite3mod

import (
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// blob is a sqlite3.Blob.
type blob struct {
	runtime.Header
	conn   *connection
	b      uintptr // sqlite3_blob*, 0 once closed
	offset int
}

func blobOf(v value) *blob { return runtime.PtrOf[blob](v) }

func connection_blobopen(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	var strs [3]string
	for i, j := range []int{0, 1, 4} {
		if j == 4 && a[4].IsNull() {
			strs[2] = "main"
			continue
		}
		s, ok := a[j].TryStr()
		if !ok {
			return runtime.None, runtime.NewTypeError("blobopen() argument %d must be str, not %s", j+1, a[j].Type().Name)
		}
		strs[i] = s.S
	}
	rowid, err := runtime.IndexInt(a[2], "")
	if err != nil {
		return runtime.None, err
	}
	write := int32(1)
	if !a[3].IsNull() {
		ro, err := runtime.IsTrue(a[3])
		if err != nil {
			return runtime.None, err
		}
		if ro {
			write = 0
		}
	}
	tls := c.h.tls
	table, col, db := cstring(tls, strs[0]), cstring(tls, strs[1]), cstring(tls, strs[2])
	out := cmalloc(tls, 8)
	rc := sqlite.Xsqlite3_blob_open(tls, c.h.db, db, table, col, rowid, write, out)
	p := readPtr(out)
	for _, q := range []uintptr{table, col, db, out} {
		cfree(tls, q)
	}
	if rc != sqlite.SQLITE_OK {
		return runtime.None, dbError(tls, c.h.db)
	}
	return runtime.ValueOf(&blob{Header: runtime.HeaderFor(state.BlobType), conn: c, b: p}), nil
}

// check is check_blob: the blob and its connection are usable.
func (b *blob) check() *exc {
	if err := b.conn.check(); err != nil {
		return err
	}
	if b.b == 0 {
		return programmingError("Cannot operate on a closed blob.")
	}
	return nil
}

func (b *blob) length() int { return int(sqlite.Xsqlite3_blob_bytes(b.conn.h.tls, b.b)) }

// readAt reads n bytes at off.
func (b *blob) readAt(n, off int) ([]byte, *exc) {
	tls := b.conn.h.tls
	buf := cmalloc(tls, n+1)
	defer cfree(tls, buf)
	if rc := sqlite.Xsqlite3_blob_read(tls, b.b, buf, int32(n), int32(off)); rc != sqlite.SQLITE_OK {
		return nil, dbError(tls, b.conn.h.db)
	}
	return gobytes(buf, n), nil
}

// writeAt writes data at off.
func (b *blob) writeAt(data []byte, off int) *exc {
	tls := b.conn.h.tls
	buf := cbytes(tls, data)
	defer cfree(tls, buf)
	if rc := sqlite.Xsqlite3_blob_write(tls, b.b, buf, int32(len(data)), int32(off)); rc != sqlite.SQLITE_OK {
		return dbError(tls, b.conn.h.db)
	}
	return nil
}

func blob_read(self value, a []value) (value, *exc) {
	b := blobOf(self)
	if err := b.check(); err != nil {
		return runtime.None, err
	}
	n := int64(-1)
	if !a[0].IsNull() {
		var err *exc
		if n, err = runtime.IndexInt(a[0], ""); err != nil {
			return runtime.None, err
		}
	}
	left := b.length() - b.offset
	if n < 0 || n > int64(left) {
		n = int64(left)
	}
	if n == 0 {
		return runtime.NewBytes(nil), nil
	}
	data, err := b.readAt(int(n), b.offset)
	if err != nil {
		return runtime.None, err
	}
	b.offset += int(n)
	return runtime.NewBytes(data), nil
}

func blob_write(self value, a []value) (value, *exc) {
	b := blobOf(self)
	if err := b.check(); err != nil {
		return runtime.None, err
	}
	data, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if len(data) > b.length()-b.offset {
		return runtime.None, runtime.NewValueError("data longer than blob length")
	}
	if err := b.writeAt(data, b.offset); err != nil {
		return runtime.None, err
	}
	b.offset += len(data)
	return runtime.None, nil
}

func blob_seek(self value, a []value) (value, *exc) {
	b := blobOf(self)
	if err := b.check(); err != nil {
		return runtime.None, err
	}
	off, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	origin := int64(0)
	if !a[1].IsNull() {
		if origin, err = runtime.IndexInt(a[1], ""); err != nil {
			return runtime.None, err
		}
	}
	const intMax = 1<<31 - 1
	switch origin {
	case 0:
	case 1:
		if off > intMax-int64(b.offset) {
			return runtime.None, runtime.NewOverflowError("seek offset results in overflow")
		}
		off += int64(b.offset)
	case 2:
		if off > intMax-int64(b.length()) {
			return runtime.None, runtime.NewOverflowError("seek offset results in overflow")
		}
		off += int64(b.length())
	default:
		return runtime.None, runtime.NewValueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END")
	}
	if off < 0 || off > int64(b.length()) {
		return runtime.None, runtime.NewValueError("offset out of blob range")
	}
	b.offset = int(off)
	return runtime.None, nil
}

func blob_tell(self value, _ []value) (value, *exc) {
	b := blobOf(self)
	if err := b.check(); err != nil {
		return runtime.None, err
	}
	return runtime.Int(int64(b.offset)), nil
}

func blob_close(self value, _ []value) (value, *exc) {
	b := blobOf(self)
	if err := b.conn.check(); err != nil {
		return runtime.None, err
	}
	if b.b != 0 {
		sqlite.Xsqlite3_blob_close(b.conn.h.tls, b.b)
		b.b = 0
	}
	return runtime.None, nil
}

func blob_enter(self value, _ []value) (value, *exc) {
	if err := blobOf(self).check(); err != nil {
		return runtime.None, err
	}
	return self, nil
}

func blob_exit(self value, _ []value) (value, *exc) {
	if err := blobOf(self).check(); err != nil {
		return runtime.None, err
	}
	if _, err := blob_close(self, nil); err != nil {
		return runtime.None, err
	}
	return runtime.False, nil
}

func blob_len(v value) (int, *exc) {
	b := blobOf(v)
	if err := b.check(); err != nil {
		return 0, err
	}
	return b.length(), nil
}

// blobIndex normalizes an int index against the blob length.
func (b *blob) index(key value) (int, *exc) {
	i, err := runtime.IndexInt(key, "")
	if err != nil {
		if err.Matches(runtime.ExceptionTypeByName("OverflowError")) {
			return 0, runtime.NewIndexError("cannot fit '%s' into an index-sized integer", key.Type().Name)
		}
		return 0, err
	}
	n := int64(b.length())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, runtime.NewIndexError("Blob index out of range")
	}
	return int(i), nil
}

func blob_getitem(v, key value) (value, *exc) {
	b := blobOf(v)
	if err := b.check(); err != nil {
		return runtime.None, err
	}
	if runtime.IsInstance(key, runtime.IntType) || key.Type().Index != nil {
		i, err := b.index(key)
		if err != nil {
			return runtime.None, err
		}
		data, err := b.readAt(1, i)
		if err != nil {
			return runtime.None, err
		}
		return runtime.Int(int64(data[0])), nil
	}
	if sl, ok := key.TrySlice(); ok {
		_ = sl
		all, err := b.readAt(b.length(), 0)
		if err != nil {
			return runtime.None, err
		}
		return runtime.GetItem(runtime.NewBytes(all), key)
	}
	return runtime.None, runtime.NewTypeError("Blob indices must be integers")
}

func blob_setitem(v, key, val value) *exc {
	b := blobOf(v)
	if err := b.check(); err != nil {
		return err
	}
	if val.IsNull() {
		return runtime.NewTypeError("Blob doesn't support item deletion")
	}
	if runtime.IsInstance(key, runtime.IntType) || key.Type().Index != nil {
		i, err := b.index(key)
		if err != nil {
			return err
		}
		n, err := runtime.IndexInt(val, "")
		if err != nil && !err.Matches(runtime.ExceptionTypeByName("OverflowError")) {
			return err
		}
		if err != nil || n < 0 || n > 255 {
			return runtime.NewValueError("byte must be in range(0, 256)")
		}
		return b.writeAt([]byte{byte(n)}, i)
	}
	if _, ok := key.TrySlice(); ok {
		all, err := b.readAt(b.length(), 0)
		if err != nil {
			return err
		}
		data, ok := runtime.BufferBytes(val)
		if !ok {
			return runtime.NewTypeError("a bytes-like object is required, not '%s'", val.Type().Name)
		}
		if !runtime.BufferIsCContiguous(val) {
			return runtime.NewException(runtime.ExceptionTypeByName("BufferError"), runtime.StrValue("underlying buffer is not C-contiguous"))
		}
		ba := runtime.NewByteArray(append([]byte(nil), all...))
		n0 := len(all)
		if err := runtime.SetItem(ba, key, runtime.NewBytes(data)); err != nil {
			return err
		}
		out, _ := runtime.BufferBytes(ba)
		if len(out) != n0 {
			return runtime.NewIndexError("Blob slice assignment is wrong size")
		}
		return b.writeAt(out, 0)
	}
	return runtime.NewTypeError("Blob indices must be integers")
}

// newBlobType builds sqlite3.Blob.
func newBlobType() *runtime.Type {
	methods := []runtime.Method{
		{Name: "read", Sig: "length=, /", Fn: blob_read, Doc: "Read data at the current offset position."},
		{Name: "write", Sig: "data, /", Fn: blob_write, Doc: "Write data at the current offset."},
		{Name: "seek", Sig: "offset, origin=, /", Fn: blob_seek, Doc: "Set the current access position to offset."},
		{Name: "tell", Flags: runtime.MethNoArgs, Fn: blob_tell, Doc: "Return the current access position for the blob."},
		{Name: "close", Flags: runtime.MethNoArgs, Fn: blob_close, Doc: "Close the blob."},
		{Name: "__enter__", Flags: runtime.MethNoArgs, Fn: blob_enter, Doc: "Blob context manager enter."},
		{Name: "__exit__", Sig: "type, val, tb, /", Fn: blob_exit, Doc: "Blob context manager exit."},
	}
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "sqlite3.Blob", Methods: methods}, func(t *runtime.Type) {
		heapTypeModule(t)
		t.Len = blob_len
		t.GetItem = blob_getitem
		t.SetItem = blob_setitem
		t.Iter = func(v value) (value, *exc) {
			return runtime.None, runtime.NewTypeError("'sqlite3.Blob' object is not iterable")
		}
	})
}
