// This file defines the exported helpers the _io module (modules/io) needs
// from the runtime: errno-based OSError construction with CPython's
// subclass mapping and message format, codec-error conversion, index
// conversion, method calls by name and access to bytearray storage.

package runtime

import (
	"math/big"
)

// IOExceptionType returns the builtin exception class name (e.g.
// "BlockingIOError"), or nil.
func IOExceptionType(name string) *Type { return exceptionTypeByName[name] }

// IOCallMethod calls obj.name(args...).
func IOCallMethod(obj Value, name string, args ...Value) (Value, *Exception) {
	return callMethodByName(obj, name, args...)
}

// IndexInt converts v with __index__ to an int64; ints beyond 64 bits raise
// OverflowError, non-integers TypeError with msg (a format with one %s for
// the type name; "" gives CPython's default message).
func IndexInt(v Value, msg string) (int64, *Exception) { return indexToInt(v, msg) }

// IOCodecError converts an error of Encode or Decode into the Python
// exception it stands for.
func IOCodecError(e *CodecError) *Exception { return fromPyErr(e.PyErr()) }

// ByteArrayBuffer returns the storage of a bytearray (shared: writes to it
// are visible to Python) and true, or false if v is not a bytearray.
func ByteArrayBuffer(v Value) ([]byte, bool) {
	ba, ok := v.TryByteArray()
	if !ok {
		return nil, false
	}
	return ba.b, true
}

// NewHeader returns the object header of an instance of t, for Go structs
// of native types defined outside the runtime (their first field).
func NewHeader(t *Type) Header { return Header{t} }

// DictGetSet is the __dict__ attribute of instances whose type has
// InstAttrs, for native types that expose their instance dictionary.
var DictGetSet = GetSetDef{Name: "__dict__", Get: instanceDictGet, Set: instanceDictSet}

// BindArgs binds a call's arguments (positional then keyword values, as
// Call receives them) to m's signature, for native __init__ and __new__
// slots: one entry per parameter, null for an omitted optional one.
func BindArgs(m *Method, args []Value, kwnames []*Str, buf []Value) ([]Value, *Exception) {
	return m.bindArgs(args, kwnames, m.Name, buf)
}

// IOBigInt returns the value of an int (or int subclass) as a big.Int, or
// false for other types.
func IOBigInt(v Value) (*big.Int, bool) {
	s, b, ok := intValue(v)
	if !ok {
		return nil, false
	}
	if b != nil {
		return new(big.Int).Set(b), true
	}
	return big.NewInt(s), true
}

// IOWritableBuffer returns the memory of a writable, C-contiguous buffer
// exporter (bytearray, a writable memoryview, array.array, ...), shared
// with the object, for readinto(); ok is false for other objects.
func IOWritableBuffer(v Value) ([]byte, bool) {
	if ba, ok := v.TryByteArray(); ok {
		return ba.b, true
	}
	if mv, ok := v.TryMemoryView(); ok {
		if mv.released || mv.readonly || !mv.cContiguous() {
			return nil, false
		}
		return mv.bytes(), true
	}
	b, ok, err := getBuffer(v)
	if !ok || err != nil || b.ReadOnly {
		return nil, false
	}
	return b.Data(), true
}

// Track records a memoryview made over a resizable exporter (for a
// Buffer.Export function of a module's type).
func (e *Exports) Track(mv *MemoryView) { e.add(mv) }

// ErrResizeExported is the BufferError of resizing an exported object.
func ErrResizeExported() *Exception { return errResizeExported() }

// IOHooks are filled by the _io module (modules/register_io.go) so that
// the runtime can use real _io objects without importing modules/io: the
// sys.std* streams, print's fast path and the exit-time flush of files.
// A nil hook means _io is not linked.
var IOHooks struct {
	// NewStdStreams builds sys.stdin, sys.stdout and sys.stderr as
	// CPython's create_stdio does; unbuffered is python -u.
	NewStdStreams func(unbuffered bool) (stdin, stdout, stderr Value, err *Exception)
	// WriteString writes s to stream when it is an exact TextIOWrapper,
	// without a method lookup; handled is false for other objects.
	WriteString func(stream Value, s string) (handled bool, err *Exception)
	// IsTextWrapper reports whether WriteString handles stream: then
	// print may join its pieces into one write, which only a Python
	// stream could observe.
	IsTextWrapper func(stream Value) bool
	// FlushAll flushes every open text and buffered writer and closes the
	// collected ones; call it at exit after flushing sys.stdout/stderr.
	FlushAll func()
}
