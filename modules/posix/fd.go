// This file defines the file descriptor operations of posix: open, close,
// read, write, lseek, dup, pipe, isatty, fsync and the inheritable and
// blocking flags.

package posix

import (
	"syscall"
	"unsafe"

	"krait/runtime"
)

func posix_open(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "open"})
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[2], 0o777)
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	var fd int
	open := func() (e error) {
		fd, e = syscall.Openat(dfd, p.name, int(flags)|syscall.O_CLOEXEC, mode)
		return e
	}
	e := retry(open)
	if runtime.ReclaimFds(e) {
		e = retry(open)
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.Int(int64(fd)), nil
}

func posix_close(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if runtime.IsNetpollFd(fd) { // Go's own epoll: closing it kills the process
		return runtime.Value{}, osError(syscall.EBADF)
	}
	if e := syscall.Close(fd); e != nil && e != syscall.EINTR {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_closerange(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	lo, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	hi, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	for fd := max(lo, 0); fd < hi; fd++ {
		if !runtime.IsNetpollFd(fd) {
			syscall.Close(fd)
		}
	}
	return runtime.None, nil
}

// maxReadChunk bounds the buffer of one read: a read may return fewer
// bytes than asked, and a huge length must not exhaust memory (the kernel
// returns at most 2 GiB per read anyway).
const maxReadChunk = 64 << 20

// readBuffer returns the buffer for a read of n bytes from fd: n bytes, or
// for a large n what remains of a regular file (plus one byte), capped.
func readBuffer(fd int, n int64) []byte {
	if n > maxReadChunk {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
			if pos, err := syscall.Seek(fd, 0, 1); err == nil && st.Size-pos+1 < n {
				n = max(st.Size-pos+1, 1)
			}
		}
		n = min(n, maxReadChunk)
	}
	return make([]byte, n)
}

func posix_read(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 0 {
		return runtime.Value{}, osError(syscall.EINVAL)
	}
	// read(2) of zero bytes returns at once (or fails for a bad fd), so
	// waiting for readability first would block on an idle socket.
	if n > 0 {
		if exc := runtime.WaitFd(fd, false); exc != nil {
			return runtime.Value{}, exc
		}
	}
	buf := readBuffer(fd, n)
	var got int
	e := retry(func() (e error) {
		got, e = syscall.Read(fd, buf)
		return e
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewBytes(buf[:got]), nil
}

// bufferArg returns the bytes of a bytes-like argument.
func bufferArg(v runtime.Value) ([]byte, *runtime.Exception) {
	b, ok := runtime.BytesLike(v)
	if !ok {
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
	}
	return b, nil
}

func posix_write(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	b, err := bufferArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if exc := runtime.WaitFd(fd, true); exc != nil {
		return runtime.Value{}, exc
	}
	n, e, exc := runtime.WriteFd(fd, b)
	if exc != nil {
		return runtime.Value{}, exc
	}
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(n)), nil
}

func posix_pread(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := runtime.IndexInt64(a[2], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 0 {
		return runtime.Value{}, osError(syscall.EINVAL)
	}
	buf := make([]byte, min(n, maxReadChunk))
	var got int
	e := retry(func() (e error) {
		got, e = syscall.Pread(fd, buf, off)
		return e
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewBytes(buf[:got]), nil
}

func posix_pwrite(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	b, err := bufferArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := runtime.IndexInt64(a[2], "")
	if err != nil {
		return runtime.Value{}, err
	}
	var n int
	e := retry(func() (e error) {
		n, e = syscall.Pwrite(fd, b, off)
		return e
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(n)), nil
}

func posix_lseek(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	how, err := fdArg(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	r, e := syscall.Seek(fd, off, how)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(r), nil
}

func posix_dup(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(r)), nil
}

func posix_dup2(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	fd2, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	inheritable, err := boolArg(a[2], true)
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if !inheritable {
		flags = syscall.O_CLOEXEC
	}
	if fd == fd2 {
		// dup3 refuses equal descriptors; dup2 just checks fd is valid.
		if _, e := fcntl(fd, syscall.F_GETFD, 0); e != nil {
			return runtime.Value{}, osError(e)
		}
		return runtime.Int(int64(fd2)), nil
	}
	if e := syscall.Dup3(fd, fd2, flags); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(fd2)), nil
}

func posix_pipe(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var p [2]int
	e := syscall.Pipe2(p[:], syscall.O_CLOEXEC)
	if runtime.ReclaimFds(e) {
		e = syscall.Pipe2(p[:], syscall.O_CLOEXEC)
	}
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.TupleValue(runtime.Int(int64(p[0])), runtime.Int(int64(p[1]))), nil
}

func posix_pipe2(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	flags, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var p [2]int
	if e := syscall.Pipe2(p[:], flags); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.TupleValue(runtime.Int(int64(p[0])), runtime.Int(int64(p[1]))), nil
}

// isatty reports whether fd is a terminal (TCGETS succeeds).
func isatty(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

func posix_isatty(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Bool(isatty(fd)), nil
}

func posix_device_encoding(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if isatty(fd) {
		return runtime.StrValue("UTF-8"), nil
	}
	return runtime.None, nil
}

func posix_fsync(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fileno(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := retry(func() error { return syscall.Fsync(fd) }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

// fileno accepts an int or an object with fileno().
func fileno(v runtime.Value) (int, *runtime.Exception) { return runtime.AsFileDescriptor(v) }

func fcntl(fd, cmd, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func posix_get_inheritable(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	f, e := fcntl(fd, syscall.F_GETFD, 0)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Bool(f&syscall.FD_CLOEXEC == 0), nil
}

func posix_set_inheritable(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	on, err := runtime.IsTrue(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	f, e := fcntl(fd, syscall.F_GETFD, 0)
	if e == nil {
		if on {
			f &^= syscall.FD_CLOEXEC
		} else {
			f |= syscall.FD_CLOEXEC
		}
		_, e = fcntl(fd, syscall.F_SETFD, f)
	}
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_get_blocking(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	f, e := fcntl(fd, syscall.F_GETFL, 0)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Bool(f&syscall.O_NONBLOCK == 0), nil
}

func posix_set_blocking(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	on, err := runtime.IsTrue(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	f, e := fcntl(fd, syscall.F_GETFL, 0)
	if e == nil {
		if on {
			f &^= syscall.O_NONBLOCK
		} else {
			f |= syscall.O_NONBLOCK
		}
		_, e = fcntl(fd, syscall.F_SETFL, f)
	}
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}
