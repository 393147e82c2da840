// Package fcntl is CPython 3.11's fcntl module: fcntl, ioctl, flock and
// lockf on file descriptors (ints or objects with fileno()).
package fcntl

import (
	"math"
	"math/big"
	"syscall"
	"unsafe"

	"krait/runtime"
)

// Module is the fcntl module.
var Module = &runtime.ModuleDef{
	Name: "fcntl",
	Doc: "This module performs file control and I/O control on file\n" +
		"descriptors.  It is an interface to the fcntl() and ioctl() Unix\n" +
		"routines.  File descriptors can be obtained with the fileno() method of\n" +
		"a file or socket object.",
	Methods: []runtime.Method{
		{Name: "fcntl", Sig: "fd, cmd, arg=, /", Fn: fcntl_fcntl},
		{Name: "ioctl", Sig: "fd, request, arg=, mutate_flag=, /", Fn: fcntl_ioctl},
		{Name: "flock", Sig: "fd, operation, /", Fn: fcntl_flock},
		{Name: "lockf", Sig: "fd, cmd, len=, start=, whence=, /", Fn: fcntl_lockf},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		for _, c := range constants {
			m.SetAttr(c.name, runtime.Int(c.value))
		}
		return nil
	},
}

func osError(e syscall.Errno) *runtime.Exception {
	return runtime.NewOSError(int(e), runtime.Value{}, runtime.Value{})
}

func cInt(v runtime.Value) (int, *runtime.Exception) { return runtime.CIntConverter(v) }

// uintMask converts v as PyArg_Parse's "I" format does: any int, reduced
// modulo 2**32 (fcntl's flags such as DN_MULTISHOT pass bit 31 this way).
func uintMask(v runtime.Value) (uint32, *runtime.Exception) {
	if n, ok := runtime.IntOf(v); ok {
		return uint32(n), nil
	}
	b, err := runtime.IndexBig(v, "")
	if err != nil {
		return 0, err
	}
	return uint32(new(big.Int).And(b, big.NewInt(math.MaxUint32)).Uint64()), nil
}

// formatInt converts v as PyArg_Parse's "i" format does, with its messages.
func formatInt(v runtime.Value) (int, *runtime.Exception) {
	b, err := runtime.IndexBig(v, "")
	if err != nil {
		return 0, err
	}
	switch {
	case !b.IsInt64():
		return 0, runtime.NewOverflowError("Python int too large to convert to C long")
	case b.Int64() > math.MaxInt32:
		return 0, runtime.NewOverflowError("signed integer is greater than maximum")
	case b.Int64() < math.MinInt32:
		return 0, runtime.NewOverflowError("signed integer is less than minimum")
	}
	return int(b.Int64()), nil
}

// bufferArg returns the bytes of a str or bytes-like argument, or ok=false.
func bufferArg(v runtime.Value) ([]byte, bool) {
	if s, ok := v.TryStr(); ok {
		return []byte(s.S), true
	}
	return runtime.BytesLike(v)
}

// callWithBuffer runs a request whose argument is a copy of b (at most
// 1024 bytes, as CPython) and returns the buffer afterwards.
func callWithBuffer(b []byte, call func(p uintptr) syscall.Errno) ([]byte, *runtime.Exception) {
	if len(b) > 1024 {
		return nil, runtime.NewValueError("fcntl argument 3 is too long")
	}
	buf := make([]byte, 1024)
	copy(buf, b)
	if e := call(uintptr(unsafe.Pointer(&buf[0]))); e != 0 {
		return nil, osError(e)
	}
	return buf[:len(b)], nil
}

func fcntl_fcntl(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	cmd, err := cInt(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if !a[2].IsNull() {
		if b, ok := bufferArg(a[2]); ok {
			out, err := callWithBuffer(b, func(p uintptr) syscall.Errno {
				_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), p)
				return e
			})
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.NewBytes(out), nil
		}
	}
	var arg uint32
	if !a[2].IsNull() {
		if arg, err = uintMask(a[2]); err != nil {
			return runtime.Value{}, err
		}
	}
	for {
		r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return runtime.Value{}, osError(e)
		}
		return runtime.Int(int64(int32(r))), nil
	}
}

func fcntl_ioctl(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	req, err := uintMask(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	call := func(p uintptr) syscall.Errno {
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(req), p)
		return e
	}
	if !a[2].IsNull() {
		if _, ok := a[2].TryByteArray(); ok {
			mutate := true
			if !a[3].IsNull() {
				if mutate, err = runtime.IsTrue(a[3]); err != nil {
					return runtime.Value{}, err
				}
			}
			b, _ := runtime.BytesLike(a[2])
			if mutate && len(b) > 0 {
				r, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(req), uintptr(unsafe.Pointer(&b[0])))
				if e != 0 {
					return runtime.Value{}, osError(e)
				}
				return runtime.Int(int64(int32(r))), nil
			}
		}
		if b, ok := bufferArg(a[2]); ok {
			out, err := callWithBuffer(b, call)
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.NewBytes(out), nil
		}
	}
	arg := 0
	if !a[2].IsNull() {
		if arg, err = formatInt(a[2]); err != nil {
			return runtime.Value{}, err
		}
	}
	r, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(req), uintptr(arg))
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(int32(r))), nil
}

func fcntl_flock(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	op, err := cInt(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	for {
		var e error
		runtime.BlockingCall(func() { e = syscall.Flock(fd, op) })
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
		}
		return runtime.None, nil
	}
}

func optInt(v runtime.Value) (int64, *runtime.Exception) {
	if v.IsNull() {
		return 0, nil
	}
	return runtime.IndexInt64(v, "")
}

func fcntl_lockf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	code, err := cInt(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	var lk syscall.Flock_t
	switch {
	case code == 8: // LOCK_UN
		lk.Type = syscall.F_UNLCK
	case code&1 != 0: // LOCK_SH
		lk.Type = syscall.F_RDLCK
	case code&2 != 0: // LOCK_EX
		lk.Type = syscall.F_WRLCK
	default:
		return runtime.Value{}, runtime.NewValueError("unrecognized lockf argument")
	}
	n, err := optInt(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	start, err := optInt(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	whence, err := optInt(a[4])
	if err != nil {
		return runtime.Value{}, err
	}
	lk.Len, lk.Start, lk.Whence = n, start, int16(whence)
	cmd := syscall.F_SETLKW
	if code&4 != 0 { // LOCK_NB
		cmd = syscall.F_SETLK
	}
	for {
		var e error
		runtime.BlockingCall(func() { e = syscall.FcntlFlock(uintptr(fd), cmd, &lk) })
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
		}
		return runtime.None, nil
	}
}

// constants are the module's integers, in CPython's order.
var constants = []struct {
	name  string
	value int64
}{
	{"LOCK_SH", 1},
	{"LOCK_EX", 2},
	{"LOCK_NB", 4},
	{"LOCK_UN", 8},
	{"LOCK_MAND", 32},
	{"LOCK_READ", 64},
	{"LOCK_WRITE", 128},
	{"LOCK_RW", 192},
	{"F_DUPFD", 0},
	{"F_DUPFD_CLOEXEC", 1030},
	{"F_GETFD", 1},
	{"F_SETFD", 2},
	{"F_GETFL", 3},
	{"F_SETFL", 4},
	{"F_GETLK", 5},
	{"F_SETLK", 6},
	{"F_SETLKW", 7},
	{"F_OFD_GETLK", 36},
	{"F_OFD_SETLK", 37},
	{"F_OFD_SETLKW", 38},
	{"F_GETOWN", 9},
	{"F_SETOWN", 8},
	{"F_GETSIG", 11},
	{"F_SETSIG", 10},
	{"F_RDLCK", 0},
	{"F_WRLCK", 1},
	{"F_UNLCK", 2},
	{"F_GETLK64", 5},
	{"F_SETLK64", 6},
	{"F_SETLKW64", 7},
	{"FASYNC", 8192},
	{"F_SETLEASE", 1024},
	{"F_GETLEASE", 1025},
	{"F_NOTIFY", 1026},
	{"F_EXLCK", 4},
	{"F_SHLCK", 8},
	{"F_SETPIPE_SZ", 1031},
	{"F_GETPIPE_SZ", 1032},
	{"FD_CLOEXEC", 1},
	{"DN_ACCESS", 1},
	{"DN_MODIFY", 2},
	{"DN_CREATE", 4},
	{"DN_DELETE", 8},
	{"DN_RENAME", 16},
	{"DN_ATTRIB", 32},
	{"DN_MULTISHOT", 2147483648},
	{"F_ADD_SEALS", 1033},
	{"F_GET_SEALS", 1034},
	{"F_SEAL_SEAL", 1},
	{"F_SEAL_SHRINK", 2},
	{"F_SEAL_GROW", 4},
	{"F_SEAL_WRITE", 8},
}
