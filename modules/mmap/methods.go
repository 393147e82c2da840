// This file defines mmap.mmap's methods: the file-like interface over the
// current position, searching, flushing, moving, resizing and indexing.

package mmap

import (
	"bytes"
	"math"
	"syscall"
	"unsafe"

	kr "krait/runtime"
)

var mmapMethods = []kr.Method{
	{Name: "close", Flags: kr.MethNoArgs, Fn: mmap_close},
	{Name: "find", Sig: "sub, start=, end=, /", Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return mmapFind(self, a, false)
	}},
	{Name: "rfind", Sig: "sub, start=, end=, /", Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return mmapFind(self, a, true)
	}},
	{Name: "flush", Sig: "offset=, size=, /", Fn: mmap_flush},
	{Name: "madvise", Sig: "option, start=, length=, /", Fn: mmap_madvise},
	{Name: "move", Sig: "dest, src, count, /", Fn: mmap_move},
	{Name: "read", Sig: "n=, /", Fn: mmap_read},
	{Name: "read_byte", Flags: kr.MethNoArgs, Fn: mmap_read_byte},
	{Name: "readline", Flags: kr.MethNoArgs, Fn: mmap_readline},
	{Name: "resize", Sig: "newsize, /", Flags: kr.MethO, Fn: mmap_resize},
	{Name: "seek", Sig: "pos, whence=, /", Fn: mmap_seek},
	{Name: "size", Flags: kr.MethNoArgs, Fn: mmap_size},
	{Name: "tell", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		m, err := valid(self)
		if err != nil {
			return kr.Value{}, err
		}
		return kr.Int(int64(m.pos)), nil
	}},
	{Name: "write", Sig: "bytes, /", Flags: kr.MethO, Fn: mmap_write},
	{Name: "write_byte", Sig: "byte, /", Flags: kr.MethO, Fn: mmap_write_byte},
	{Name: "__enter__", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		if _, err := valid(self); err != nil {
			return kr.Value{}, err
		}
		return self, nil
	}},
	{Name: "__exit__", Sig: "*args", Fn: mmap_close},
}

func mmap_close(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
	m := mmapOf(self)
	if m.exports.ExportsAlive() {
		return kr.Value{}, kr.NewException(kr.ExceptionTypeByName("BufferError"), kr.StrValue("cannot close exported pointers exist"))
	}
	if m.fd >= 0 {
		syscall.Close(m.fd)
		m.fd = -1
	}
	if m.data != nil {
		if len(m.data) > 0 {
			syscall.Munmap(m.data)
		}
		m.data = nil
	}
	return kr.None, nil
}

func mmapFind(self kr.Value, a []kr.Value, reverse bool) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	sub, ok := kr.BufferBytes(a[0])
	if !ok {
		return kr.Value{}, kr.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	n := int64(len(m.data))
	start, err := kr.OptionalIndex(a[1], int64(m.pos))
	if err != nil {
		return kr.Value{}, err
	}
	end, err := kr.OptionalIndex(a[2], n)
	if err != nil {
		return kr.Value{}, err
	}
	start, end = clampIndex(start, n), clampIndex(end, n)
	if start > end {
		return kr.Int(-1), nil
	}
	hay := m.data[start:end]
	i := bytes.Index(hay, sub)
	if reverse {
		i = bytes.LastIndex(hay, sub)
	}
	if i < 0 {
		return kr.Int(-1), nil
	}
	return kr.Int(start + int64(i)), nil
}

// clampIndex adjusts a negative index by n and clamps it to [0, n].
func clampIndex(i, n int64) int64 {
	if i < 0 {
		i += n
	}
	return max(0, min(i, n))
}

func mmap_flush(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	offset, err := kr.OptionalIndex(a[0], 0)
	if err != nil {
		return kr.Value{}, err
	}
	size, err := kr.OptionalIndex(a[1], int64(len(m.data)))
	if err != nil {
		return kr.Value{}, err
	}
	if size < 0 || offset < 0 || int64(len(m.data))-offset < size {
		return kr.Value{}, kr.NewValueError("flush values out of range")
	}
	if m.access == accessRead || m.access == accessCopy || size == 0 {
		return kr.None, nil
	}
	addr := uintptr(unsafe.Pointer(&m.data[0])) + uintptr(offset)
	if _, _, e := syscall.Syscall(syscall.SYS_MSYNC, addr, uintptr(size), syscall.MS_SYNC); e != 0 {
		return kr.Value{}, kr.NewOSErrorFromGo(e, kr.Value{}, kr.Value{})
	}
	return kr.None, nil
}

func mmap_madvise(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	option, err := kr.IndexInt64(a[0], "")
	if err != nil {
		return kr.Value{}, err
	}
	n := int64(len(m.data))
	start, err := kr.OptionalIndex(a[1], 0)
	if err != nil {
		return kr.Value{}, err
	}
	length, err := kr.OptionalIndex(a[2], n)
	if err != nil {
		return kr.Value{}, err
	}
	if start < 0 || start >= n {
		return kr.Value{}, kr.NewValueError("madvise start out of bounds")
	}
	if length < 0 {
		return kr.Value{}, kr.NewValueError("madvise length invalid")
	}
	if length > math.MaxInt64-start {
		return kr.Value{}, kr.NewOverflowError("madvise length too large")
	}
	length = min(length, n-start)
	if gerr := syscall.Madvise(m.data[start:start+length], int(option)); gerr != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
	}
	return kr.None, nil
}

func mmap_move(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := writable(self)
	if err != nil {
		return kr.Value{}, err
	}
	var n [3]int64
	for i := range n {
		if n[i], err = kr.IndexInt64(a[i], ""); err != nil {
			return kr.Value{}, err
		}
	}
	dest, src, count, size := n[0], n[1], n[2], int64(len(m.data))
	if dest < 0 || src < 0 || count < 0 || size-dest < count || size-src < count {
		return kr.Value{}, kr.NewValueError("source, destination, or count out of range")
	}
	copy(m.data[dest:dest+count], m.data[src:src+count])
	return kr.None, nil
}

func mmap_read(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	left := max(len(m.data)-m.pos, 0)
	n, err := kr.OptionalIndex(a[0], -1)
	if err != nil {
		return kr.Value{}, err
	}
	if n < 0 || n > int64(left) {
		n = int64(left)
	}
	out := append([]byte(nil), m.data[m.pos:m.pos+int(n)]...)
	m.pos += int(n)
	return kr.NewBytes(out), nil
}

func mmap_read_byte(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	if m.pos >= len(m.data) {
		return kr.Value{}, kr.NewValueError("read byte out of range")
	}
	m.pos++
	return kr.Int(int64(m.data[m.pos-1])), nil
}

func mmap_readline(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	rest := m.data[min(m.pos, len(m.data)):]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i+1]
	}
	m.pos += len(rest)
	return kr.NewBytes(append([]byte(nil), rest...)), nil
}

func mmap_resize(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	newsize, err := kr.IndexInt64(a[0], "")
	if err != nil {
		return kr.Value{}, err
	}
	if m.access == accessRead || m.access == accessCopy {
		return kr.Value{}, kr.NewTypeError("mmap can't resize a readonly or copy-on-write memory map.")
	}
	if m.exports.ExportsAlive() {
		return kr.Value{}, kr.NewException(kr.ExceptionTypeByName("BufferError"), kr.StrValue("mmap can't resize with extant buffers exported."))
	}
	if newsize < 0 || newsize > 1<<62-m.offset {
		return kr.Value{}, kr.NewValueError("new size out of range")
	}
	if m.fd >= 0 {
		if gerr := syscall.Ftruncate(m.fd, m.offset+newsize); gerr != nil {
			return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
		}
	}
	data, gerr := remap(m.data, int(newsize))
	if gerr != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
	}
	m.data = data
	m.pos = min(m.pos, len(m.data))
	return kr.None, nil
}

// remap moves a mapping to a new size with mremap(2).
func remap(old []byte, n int) ([]byte, error) {
	if len(old) == 0 || n == 0 {
		return nil, syscall.EINVAL
	}
	const mremapMaymove = 1
	addr, _, e := syscall.Syscall6(syscall.SYS_MREMAP, uintptr(unsafe.Pointer(&old[0])), uintptr(len(old)),
		uintptr(n), mremapMaymove, 0, 0)
	if e != 0 {
		return nil, e
	}
	// The kernel returned the mapping's new address; it is not Go memory.
	return unsafe.Slice((*byte)(unsafe.Add(nil, addr)), n), nil
}

func mmap_seek(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	pos, err := kr.IndexInt64(a[0], "")
	if err != nil {
		return kr.Value{}, err
	}
	whence, err := kr.OptionalIndex(a[1], 0)
	if err != nil {
		return kr.Value{}, err
	}
	switch whence {
	case 0:
	case 1:
		pos += int64(m.pos)
	case 2:
		pos += int64(len(m.data))
	default:
		return kr.Value{}, kr.NewValueError("unknown seek type")
	}
	if pos < 0 || pos > int64(len(m.data)) {
		return kr.Value{}, kr.NewValueError("seek out of range")
	}
	m.pos = int(pos)
	return kr.None, nil
}

func mmap_size(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	if m.fd < 0 {
		return kr.Int(int64(len(m.data))), nil
	}
	var st syscall.Stat_t
	if gerr := syscall.Fstat(m.fd, &st); gerr != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
	}
	return kr.Int(st.Size), nil
}

func mmap_write(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := writable(self)
	if err != nil {
		return kr.Value{}, err
	}
	b, ok := kr.BufferBytes(a[0])
	if !ok {
		return kr.Value{}, kr.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if m.pos > len(m.data) || len(m.data)-m.pos < len(b) {
		return kr.Value{}, kr.NewValueError("data out of range")
	}
	copy(m.data[m.pos:], b)
	m.pos += len(b)
	return kr.Int(int64(len(b))), nil
}

func mmap_write_byte(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	m, err := writable(self)
	if err != nil {
		return kr.Value{}, err
	}
	v, err := byteValue(a[0], "")
	if err != nil {
		return kr.Value{}, err
	}
	if m.pos >= len(m.data) {
		return kr.Value{}, kr.NewValueError("write byte out of range")
	}
	m.data[m.pos] = v
	m.pos++
	return kr.None, nil
}

// byteValue converts v to a byte as the "b" converter does (msg, when
// not empty, replaces the range error's message).
func byteValue(v kr.Value, msg string) (byte, *kr.Exception) {
	n, err := kr.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		if msg != "" {
			return 0, kr.NewValueError("%s", msg)
		}
		if n < 0 {
			return 0, kr.NewOverflowError("unsigned byte integer is less than minimum")
		}
		return 0, kr.NewOverflowError("unsigned byte integer is greater than maximum")
	}
	return byte(n), nil
}
