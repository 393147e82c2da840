// This file defines the exported helpers the _io module (modules/io) needs
// from the runtime: errno-based OSError construction with CPython's
// subclass mapping and message format, codec-error conversion, index
// conversion, method calls by name and access to bytearray storage.

package runtime

import (
	"math/big"
	"syscall"
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

// IOBytesLike returns the contents of a bytes or bytearray (shared, not
// copied) and true, or false for other types.
func IOBytesLike(v Value) ([]byte, bool) { return bytesLike(v) }

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

// IOStrerror returns the C library's message for errno ("No such file or
// directory"): Go's table holds glibc's texts with a lowered first letter.
func IOStrerror(errno syscall.Errno) string {
	s := errno.Error()
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// NewOSErrorFromErrno returns the exception CPython's
// PyErr_SetFromErrnoWithFilenameObject raises, built by calling
// OSError(errno, strerror[, filename]) so that the errno picks the subclass
// (filename may be the null Value).
func NewOSErrorFromErrno(errno syscall.Errno, filename Value) *Exception {
	args := []Value{Int(int64(errno)), StrValue(IOStrerror(errno))}
	if !filename.IsNull() {
		args = append(args, filename)
	}
	v, err := Call(OSErrorType.Value(), args, nil)
	if err != nil {
		return err
	}
	return v.AsException()
}

// ioErrnoSubclass names the OSError subclass CPython raises for an errno
// (PEP 3151).
var ioErrnoSubclass = map[syscall.Errno]string{
	syscall.EAGAIN: "BlockingIOError", syscall.EALREADY: "BlockingIOError",
	syscall.EINPROGRESS: "BlockingIOError", syscall.ECHILD: "ChildProcessError",
	syscall.EPIPE: "BrokenPipeError", syscall.ESHUTDOWN: "BrokenPipeError",
	syscall.ECONNABORTED: "ConnectionAbortedError", syscall.ECONNREFUSED: "ConnectionRefusedError",
	syscall.ECONNRESET: "ConnectionResetError", syscall.EEXIST: "FileExistsError",
	syscall.ENOENT: "FileNotFoundError", syscall.EISDIR: "IsADirectoryError",
	syscall.ENOTDIR: "NotADirectoryError", syscall.EINTR: "InterruptedError",
	syscall.EACCES: "PermissionError", syscall.EPERM: "PermissionError",
	syscall.ESRCH: "ProcessLookupError", syscall.ETIMEDOUT: "TimeoutError",
}

// ioOSErrorType returns the OSError subclass for errno, or OSError.
func ioOSErrorType(errno syscall.Errno) *Type {
	if n, ok := ioErrnoSubclass[errno]; ok {
		return exceptionTypeByName[n]
	}
	return OSErrorType
}

var (
	ioStrErrno        = Intern("errno")
	ioStrStrerror     = Intern("strerror")
	ioStrFilename     = Intern("filename")
	ioStrFilename2    = Intern("filename2")
	ioStrCharsWritten = Intern("characters_written")
)

// io_oserror_fill sets the attributes of an OSError from its constructor
// arguments, as CPython's io_oserror_init: with 2 to 5 arguments they are
// (errno, strerror, filename, winerror, filename2), and args keeps only the
// first two when a filename is given. BlockingIOError's third argument is
// characters_written when it is an int.
func io_oserror_fill(e *Exception, args []Value) {
	if len(args) < 2 || len(args) > 5 {
		e.Args = NewTuple(append([]Value(nil), args...))
		return
	}
	e.Attrs.set(nil, ioStrErrno, args[0])
	e.Attrs.set(nil, ioStrStrerror, args[1])
	e.Args = NewTuple(append([]Value(nil), args...))
	if len(args) >= 3 {
		if e.typ.IsSubtype(exceptionTypeByName["BlockingIOError"]) && args[2].Type().Index != nil {
			e.Attrs.set(nil, ioStrCharsWritten, args[2])
		} else {
			e.Attrs.set(nil, ioStrFilename, args[2])
			if len(args) == 5 {
				e.Attrs.set(nil, ioStrFilename2, args[4])
			}
			e.Args = NewTuple([]Value{args[0], args[1]})
		}
	}
}

func io_oserror_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	pos := args[:len(args)-len(kwnames)]
	if t == OSErrorType && len(pos) >= 2 && len(pos) <= 5 && pos[0].IsSmallInt() {
		t = ioOSErrorType(syscall.Errno(pos[0].SmallInt()))
	}
	e := &Exception{Header: Header{t}}
	io_oserror_fill(e, pos)
	return e.Value(), nil
}

func io_oserror_init(self Value, args []Value, kwnames []*Str) *Exception {
	if len(kwnames) > 0 && self.Type().Flags&FlagHeapType == 0 {
		return NewTypeError("%s() takes no keyword arguments", self.Type().Name)
	}
	io_oserror_fill(self.AsException(), args[:len(args)-len(kwnames)])
	return nil
}

// io_oserror_str is OSError.__str__: "[Errno 2] No such file or directory:
// 'x'" when errno and strerror are set, else BaseException's.
func io_oserror_str(v Value) (Value, *Exception) {
	e := v.AsException()
	errno, _ := e.Attrs.get(ioStrErrno)
	strerror, _ := e.Attrs.get(ioStrStrerror)
	fn, _ := e.Attrs.get(ioStrFilename)
	fn2, _ := e.Attrs.get(ioStrFilename2)
	if errno.IsNull() || strerror.IsNull() || errno.IsNone() && strerror.IsNone() {
		return exc_str(v)
	}
	es, err := StrOf(errno)
	if err != nil {
		return Value{}, err
	}
	ss, err := StrOf(strerror)
	if err != nil {
		return Value{}, err
	}
	s := "[Errno " + es.S + "] " + ss.S
	if !fn.IsNull() && !fn.IsNone() {
		r, err := Repr(fn)
		if err != nil {
			return Value{}, err
		}
		s += ": " + r.S
		if !fn2.IsNull() && !fn2.IsNone() {
			r2, err := Repr(fn2)
			if err != nil {
				return Value{}, err
			}
			s += " -> " + r2.S
		}
	}
	return StrValue(s), nil
}

// Until the posix branch's OSError (export_posix.go) is merged, these give
// OSError its CPython semantics; that file's init runs later and wins.
func init() {
	OSErrorType.New = io_oserror_new
	OSErrorType.Init = io_oserror_init
	OSErrorType.Str = io_oserror_str
}
