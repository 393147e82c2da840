// Package termios implements the termios module: the POSIX tty control
// calls tcgetattr, tcsetattr, tcsendbreak, tcdrain, tcflush, tcflow,
// tcgetwinsize and tcsetwinsize, made with Linux's ioctls as glibc makes
// them, and termios.error.
package termios

import (
	"syscall"
	"unsafe"

	"krait/runtime"
)

// Module is the termios module definition.
var Module = &runtime.ModuleDef{
	Name: "termios",
	Doc: "This module provides an interface to the Posix calls for tty I/O control.\n" +
		"For a complete description of these calls, see the Posix or Unix manual\n" +
		"pages. It is only available for those Unix versions that support Posix\n" +
		"termios style tty I/O control.\n\n" +
		"All functions in this module take a file descriptor fd as their first\n" +
		"argument. This can be an integer file descriptor, such as returned by\n" +
		"sys.stdin.fileno(), or a file object, such as sys.stdin itself.",
	Methods: []runtime.Method{
		{Name: "tcgetattr", Sig: "fd, /", Fn: termios_tcgetattr, Doc: "Get the tty attributes for file descriptor fd."},
		{Name: "tcsetattr", Sig: "fd, when, attributes, /", Fn: termios_tcsetattr, Doc: "Set the tty attributes for file descriptor fd."},
		{Name: "tcsendbreak", Sig: "fd, duration, /", Fn: termios_tcsendbreak, Doc: "Send a break on file descriptor fd."},
		{Name: "tcdrain", Sig: "fd, /", Fn: termios_tcdrain, Doc: "Wait until all output written to file descriptor fd has been transmitted."},
		{Name: "tcflush", Sig: "fd, queue, /", Fn: termios_tcflush, Doc: "Discard queued data on file descriptor fd."},
		{Name: "tcflow", Sig: "fd, action, /", Fn: termios_tcflow, Doc: "Suspend or resume input or output on file descriptor fd."},
		{Name: "tcgetwinsize", Sig: "fd, /", Fn: termios_tcgetwinsize, Doc: "Get the tty winsize for file descriptor fd."},
		{Name: "tcsetwinsize", Sig: "fd, winsize, /", Fn: termios_tcsetwinsize, Doc: "Set the tty winsize for file descriptor fd."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		for _, c := range constants {
			m.Dict.SetStr(runtime.Intern(c.name), runtime.Int(c.value))
		}
		m.Dict.SetStr(runtime.Intern("error"), errorType().Value())
		return nil
	},
}

// errorType returns termios.error, created once per process.
var errorType = runtime.LazyExceptionClass("termios", "error", "", runtime.ExceptionType)

// termiosError is termios.error(errno, strerror).
func termiosError(e syscall.Errno) *runtime.Exception {
	return runtime.NewException(errorType(), runtime.Int(int64(e)), runtime.StrValue(runtime.Strerror(int(e))))
}

// The kernel's struct termios (what TCGETS fills) and glibc's cc array size.
const (
	kernelNCCS  = 19
	nccs        = 32 // NCCS in glibc, the length of Python's cc list
	cbaud       = 0o10017
	cbaudex     = 0o10000
	vmin, vtime = 6, 5
	icanon      = 0o2
)

type kernelTermios struct {
	iflag, oflag, cflag, lflag uint32
	line                       uint8
	cc                         [kernelNCCS]uint8
}

func ioctl(fd int, req uintptr, arg unsafe.Pointer) *runtime.Exception {
	for {
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(arg))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return termiosError(e)
		}
		return nil
	}
}

func getattr(fd int) (*kernelTermios, *runtime.Exception) {
	var t kernelTermios
	if err := ioctl(fd, syscall.TCGETS, unsafe.Pointer(&t)); err != nil {
		return nil, err
	}
	return &t, nil
}

func termios_tcgetattr(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	t, err := getattr(fd)
	if err != nil {
		return runtime.Value{}, err
	}
	cc := make([]runtime.Value, nccs)
	for i := range cc {
		var c uint8
		if i < kernelNCCS {
			c = t.cc[i]
		}
		cc[i] = runtime.NewBytes([]byte{c})
	}
	if t.lflag&icanon == 0 { // non-canonical mode: VMIN and VTIME are counts
		cc[vmin] = runtime.Int(int64(t.cc[vmin]))
		cc[vtime] = runtime.Int(int64(t.cc[vtime]))
	}
	speed := int64(t.cflag & (cbaud | cbaudex))
	return runtime.NewList([]runtime.Value{runtime.Int(int64(t.iflag)), runtime.Int(int64(t.oflag)),
		runtime.Int(int64(t.cflag)), runtime.Int(int64(t.lflag)), runtime.Int(speed), runtime.Int(speed),
		runtime.NewList(cc)}), nil
}

// cInt converts an argument CPython parses as a C int (or unsigned long
// for the flags).
func cInt(v runtime.Value) (int64, *runtime.Exception) { return runtime.IndexInt64(v, "") }

func termios_tcsetattr(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	when, err := cInt(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	attrList, ok := a[2].TryList()
	if !ok || len(attrList.Items()) != 7 {
		return runtime.Value{}, runtime.NewTypeError("tcsetattr, arg 3: must be 7 element list")
	}
	attrs := attrList.Items()
	t, err := getattr(fd)
	if err != nil {
		return runtime.Value{}, err
	}
	var v [6]int64
	for i := range v {
		if v[i], err = cInt(attrs[i]); err != nil {
			return runtime.Value{}, err
		}
	}
	ccl, ok := attrs[6].TryList()
	if !ok || len(ccl.Items()) != nccs {
		return runtime.Value{}, runtime.NewTypeError("tcsetattr: attributes[6] must be %d element list", nccs)
	}
	t.iflag, t.oflag, t.cflag, t.lflag = uint32(v[0]), uint32(v[1]), uint32(v[2]), uint32(v[3])
	for i := 0; i < nccs; i++ {
		c := ccl.Items()[i]
		var b byte
		if bs, ok := c.TryBytes(); ok && len(bs) == 1 {
			b = bs[0]
		} else if c.IsSmallInt() {
			b = byte(c.SmallInt())
		} else {
			return runtime.Value{}, runtime.NewTypeError("tcsetattr: elements of attributes must be characters or integers")
		}
		if i < kernelNCCS {
			t.cc[i] = b
		}
	}
	// cfsetispeed then cfsetospeed: Linux keeps one speed in c_cflag, so the
	// output speed is the one that stays; both must be valid speeds.
	for _, speed := range []int64{v[4], v[5]} {
		if speed&^(cbaud|cbaudex) != 0 {
			return runtime.Value{}, termiosError(syscall.EINVAL)
		}
	}
	t.cflag = t.cflag&^(cbaud|cbaudex) | uint32(v[5])
	var req uintptr
	switch when {
	case 0: // TCSANOW
		req = syscall.TCSETS
	case 1: // TCSADRAIN
		req = tcsetsw
	case 2: // TCSAFLUSH
		req = tcsetsf
	default:
		return runtime.Value{}, termiosError(syscall.EINVAL)
	}
	return runtime.None, ioctl(fd, req, unsafe.Pointer(t))
}

// simpleIoctl runs an ioctl whose argument is an int, for the fd and int
// arguments of a; arg maps the int argument to the ioctl's.
func simpleIoctl(a []runtime.Value, req uintptr, arg func(n int64) uintptr) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var n int64
	if len(a) > 1 {
		if n, err = cInt(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	for {
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, arg(n))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return runtime.Value{}, termiosError(e)
		}
		return runtime.None, nil
	}
}

// Linux ioctl numbers for the tc* calls glibc implements with ioctl.
const (
	tcsbrk  = 0x5409
	tcxonc  = 0x540A
	tcflsh  = 0x540B
	tcsetsw = 0x5403
	tcsetsf = 0x5404
)

func termios_tcsendbreak(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	// glibc sends a break of the default length (TCSBRK with 0) whatever
	// the duration.
	return simpleIoctl(a, tcsbrk, func(int64) uintptr { return 0 })
}

func termios_tcdrain(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return simpleIoctl(a, tcsbrk, func(int64) uintptr { return 1 })
}

func termios_tcflush(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return simpleIoctl(a, tcflsh, func(n int64) uintptr { return uintptr(n) })
}

func termios_tcflow(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return simpleIoctl(a, tcxonc, func(n int64) uintptr { return uintptr(n) })
}

type winsize struct{ row, col, xpixel, ypixel uint16 }

func termios_tcgetwinsize(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var w winsize
	if err := ioctl(fd, syscall.TIOCGWINSZ, unsafe.Pointer(&w)); err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.Int(int64(w.row)), runtime.Int(int64(w.col))), nil
}

func termios_tcsetwinsize(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := runtime.Len(a[1])
	if err != nil || n != 2 {
		return runtime.Value{}, runtime.NewTypeError("tcsetwinsize, arg 2: must be a two-item sequence")
	}
	var w winsize
	if err := ioctl(fd, syscall.TIOCGWINSZ, unsafe.Pointer(&w)); err != nil {
		return runtime.Value{}, err
	}
	for i, dst := range []*uint16{&w.row, &w.col} {
		item, err := runtime.GetItem(a[1], runtime.Int(int64(i)))
		if err != nil {
			return runtime.Value{}, err
		}
		x, err := cInt(item)
		if err != nil {
			return runtime.Value{}, err
		}
		if x < 0 || x > 0xffff {
			return runtime.Value{}, runtime.NewOverflowError("winsize value(s) out of range.")
		}
		*dst = uint16(x)
	}
	return runtime.None, ioctl(fd, syscall.TIOCSWINSZ, unsafe.Pointer(&w))
}
