// This file defines the less common posix calls: wait3/wait4/waitid,
// the real/effective/saved ids, getgrouplist, lockf, readv/writev,
// sendfile, copy_file_range, memfd_create, eventfd, pidfd_open,
// posix_fallocate/posix_fadvise, scheduling, openpty and the terminal
// process group.

package posix

import (
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"krait/internal/nopoll"
	"krait/runtime"
)

// rusageValue builds resource.struct_rusage, importing resource as
// CPython's wait3 does.
func rusageValue(ru *syscall.Rusage) (runtime.Value, *runtime.Exception) {
	mod, err := runtime.ImportModule("resource")
	if err != nil {
		return runtime.Value{}, err
	}
	t, err := runtime.GetAttrString(mod, "struct_rusage")
	if err != nil {
		return runtime.Value{}, err
	}
	tv := func(t syscall.Timeval) runtime.Value { return runtime.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
	i := runtime.Int
	fields := runtime.TupleValue(tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss), i(ru.Isrss),
		i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd), i(ru.Msgrcv),
		i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw))
	return runtime.Call(t, []runtime.Value{fields}, nil)
}

func wait4(pid, options int) (runtime.Value, *runtime.Exception) {
	if exc := awaitChild(pid, options); exc != nil {
		return runtime.Value{}, exc
	}
	var ws syscall.WaitStatus
	var ru syscall.Rusage
	var r int
	if e := retry(func() (e error) { r, e = syscall.Wait4(pid, &ws, options, &ru); return e }); e != nil {
		return runtime.Value{}, osError(e)
	}
	rv, err := rusageValue(&ru)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.Int(int64(r)), runtime.Int(int64(ws)), rv), nil
}

func posix_wait3(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	opts, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return wait4(-1, opts)
}

func posix_wait4(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	opts, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	return wait4(pid, opts)
}

var waitidResultType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "posix.waitid_result",
	Doc: "waitid_result: Result from waitid.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (si_pid, si_uid, si_signo, si_status, si_code),\n" +
		"or via the attributes si_pid, si_uid, and so on.\n\n" +
		"See os.waitid for more information.",
	Fields: []string{"si_pid", "si_uid", "si_signo", "si_status", "si_code"},
	NSeq:   5,
})

// siginfo is the prefix of siginfo_t that waitid fills (x86_64 layout).
type siginfo struct {
	signo, errno, code int32
	_                  int32
	pid                int32
	uid                uint32
	status             int32
	_                  [128 - 28]byte
}

func posix_waitid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var v [3]int
	for i := range v {
		n, err := fdArg(a[i])
		if err != nil {
			return runtime.Value{}, err
		}
		v[i] = n
	}
	var si siginfo
	e := retry(func() error {
		_, _, e := syscall.Syscall6(syscall.SYS_WAITID, uintptr(v[0]), uintptr(v[1]), uintptr(unsafe.Pointer(&si)),
			uintptr(v[2]), 0, 0)
		return errnoErr(e)
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	if si.pid == 0 {
		return runtime.None, nil
	}
	i := func(n int64) runtime.Value { return runtime.Int(n) }
	return runtime.NewStructSeq(waitidResultType, []runtime.Value{i(int64(si.pid)), i(int64(si.uid)),
		i(int64(si.signo)), i(int64(si.status)), i(int64(si.code))}), nil
}

// getres returns a getresuid/getresgid function.
func getres(trap uintptr) runtime.MethodFunc {
	return func(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		var r, e, s uint32
		_, _, errno := syscall.RawSyscall(trap, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
		if errno != 0 {
			return runtime.Value{}, osError(errno)
		}
		return runtime.TupleValue(runtime.Int(int64(r)), runtime.Int(int64(e)), runtime.Int(int64(s))), nil
	}
}

// setIDs returns setresuid/setresgid/setreuid/setregid over n ids; the
// change applies to every thread, as the C library's does.
func setIDs(trap uintptr, n int, what string) runtime.MethodFunc {
	return func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		ids := [3]uintptr{^uintptr(0), ^uintptr(0), ^uintptr(0)}
		for i := 0; i < n; i++ {
			id, err := idArg(a[i], what)
			if err != nil {
				return runtime.Value{}, err
			}
			ids[i] = uintptr(uint32(id))
		}
		if _, _, e := syscall.AllThreadsSyscall(trap, ids[0], ids[1], ids[2]); e != 0 {
			return runtime.Value{}, osError(e)
		}
		return runtime.None, nil
	}
}

func posix_getgrouplist(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("getgrouplist() argument 1 must be str, not %s", a[0].Type().Name)
	}
	base, err := idArg(a[1], "gid")
	if err != nil {
		return runtime.Value{}, err
	}
	groups := []runtime.Value{runtime.Int(int64(base))}
	data, _ := nopoll.ReadFile("/etc/group")
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) != 4 {
			continue
		}
		gid, err := strconv.Atoi(f[2])
		if err != nil || gid == base {
			continue
		}
		for _, m := range strings.Split(f[3], ",") {
			if m == s.S {
				groups = append(groups, runtime.Int(int64(gid)))
				break
			}
		}
	}
	return runtime.NewList(groups), nil
}

func posix_lockf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	cmd, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := runtime.IndexInt64(a[2], "")
	if err != nil {
		return runtime.Value{}, err
	}
	lk := syscall.Flock_t{Whence: 1, Len: n} // from the current position
	how := syscall.F_SETLKW
	switch cmd {
	case 0: // F_ULOCK
		lk.Type = syscall.F_UNLCK
		how = syscall.F_SETLK
	case 1: // F_LOCK
		lk.Type = syscall.F_WRLCK
	case 2: // F_TLOCK
		lk.Type, how = syscall.F_WRLCK, syscall.F_SETLK
	case 3: // F_TEST
		lk.Type = syscall.F_WRLCK
		if e := syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk); e != nil {
			return runtime.Value{}, osError(e)
		}
		if lk.Type == syscall.F_UNLCK || int(lk.Pid) == syscall.Getpid() {
			return runtime.None, nil
		}
		return runtime.Value{}, osError(syscall.EACCES)
	default:
		return runtime.Value{}, osError(syscall.EINVAL)
	}
	if e := retry(func() error { return syscall.FcntlFlock(uintptr(fd), how, &lk) }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

// buffers converts readv/writev's sequence of buffers.
func buffers(v runtime.Value, writable bool) ([][]byte, *runtime.Exception) {
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, runtime.NewTypeError("readv() arg 2 must be a sequence")
	}
	var out [][]byte
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		if writable {
			if _, ok := x.TryByteArray(); !ok {
				if _, ok := runtime.BytesLike(x); ok {
					return nil, runtime.NewExceptionMsg(runtime.ExceptionTypeByName("BufferError"), "Object is not writable.")
				}
				return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", x.Type().Name)
			}
		}
		b, err := bufferArg(x)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
}

func iovecs(bufs [][]byte) []syscall.Iovec {
	iov := make([]syscall.Iovec, 0, len(bufs))
	for _, b := range bufs {
		v := syscall.Iovec{}
		if len(b) > 0 {
			v.Base = &b[0]
			v.SetLen(len(b))
		}
		iov = append(iov, v)
	}
	return iov
}

func vectorIO(trap uintptr, fd int, bufs [][]byte) (runtime.Value, *runtime.Exception) {
	iov := iovecs(bufs)
	var n uintptr
	e := retry(func() error {
		var p unsafe.Pointer
		if len(iov) > 0 {
			p = unsafe.Pointer(&iov[0])
		}
		r, _, e := syscall.Syscall(trap, uintptr(fd), uintptr(p), uintptr(len(iov)))
		n = r
		return errnoErr(e)
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(n)), nil
}

func posix_readv(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	bufs, err := buffers(a[1], true)
	if err != nil {
		return runtime.Value{}, err
	}
	return vectorIO(syscall.SYS_READV, fd, bufs)
}

func posix_writev(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	bufs, err := buffers(a[1], false)
	if err != nil {
		return runtime.Value{}, err
	}
	return vectorIO(syscall.SYS_WRITEV, fd, bufs)
}

// optOffset converts an optional offset (None means the file position).
func optOffset(v runtime.Value) (*int64, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return nil, err
	}
	return &n, nil
}

func posix_sendfile(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	out, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	in, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := optOffset(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	count, err := runtime.IndexInt64(a[3], "")
	if err != nil {
		return runtime.Value{}, err
	}
	var n int
	e := retry(func() (e error) { n, e = syscall.Sendfile(out, in, off, int(count)); return e })
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(n)), nil
}

func posix_copy_file_range(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	src, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	dst, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	count, err := countArg(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	offSrc, err := optOffset(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	offDst, err := optOffset(a[4])
	if err != nil {
		return runtime.Value{}, err
	}
	var n uintptr
	e := retry(func() error {
		r, _, e := syscall.Syscall6(sysCopyFileRange, uintptr(src), uintptr(unsafe.Pointer(offSrc)), uintptr(dst),
			uintptr(unsafe.Pointer(offDst)), uintptr(count), 0)
		n = r
		return errnoErr(e)
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(n)), nil
}

// Linux system call numbers the syscall package lacks (x86_64).
const (
	sysCopyFileRange = 326
	sysMemfdCreate   = 319
	sysPidfdOpen     = 434
)

func posix_memfd_create(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "memfd_create", paramName: "name"})
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 1 // MFD_CLOEXEC
	if !a[1].IsNull() {
		if flags, err = fdArg(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	name, e := bytePtr(p.name)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	r, _, errno := syscall.Syscall(sysMemfdCreate, uintptr(unsafe.Pointer(name)), uintptr(flags), 0)
	if errno != 0 {
		return runtime.Value{}, osError(errno)
	}
	return runtime.Int(int64(r)), nil
}

func posix_eventfd(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	init, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	flags := syscall.O_CLOEXEC
	if !a[1].IsNull() {
		if flags, err = fdArg(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	r, _, e := syscall.Syscall(syscall.SYS_EVENTFD2, uintptr(uint32(init)), uintptr(flags), 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(r)), nil
}

func posix_eventfd_read(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var buf [8]byte
	if e := retry(func() (e error) { _, e = syscall.Read(fd, buf[:]); return e }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return uintValue(*(*uint64)(unsafe.Pointer(&buf[0]))), nil
}

func posix_eventfd_write(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	// An unsigned long long, as _PyLong_UnsignedLongLong_Converter takes it.
	if b, ok := runtime.BigIntOf(a[1]); ok && b.Sign() > 0 && b.BitLen() > 64 {
		return runtime.Value{}, runtime.NewOverflowError("int too big to convert")
	}
	v, err := runtime.UnsignedLongConverter(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	var buf [8]byte
	*(*uint64)(unsafe.Pointer(&buf[0])) = v
	if e := retry(func() (e error) { _, e = syscall.Write(fd, buf[:]); return e }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_pidfd_open(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if !a[1].IsNull() {
		if flags, err = fdArg(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	r, _, e := syscall.Syscall(sysPidfdOpen, uintptr(pid), uintptr(flags), 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(r)), nil
}

// fileRange converts (fd, offset, len) for posix_fallocate/posix_fadvise.
func fileRange(a []runtime.Value) (int, int64, int64, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return 0, 0, 0, err
	}
	off, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return 0, 0, 0, err
	}
	n, err := runtime.IndexInt64(a[2], "")
	return fd, off, n, err
}

func posix_posix_fallocate(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, off, n, err := fileRange(a)
	if err != nil {
		return runtime.Value{}, err
	}
	if e := retry(func() error { return syscall.Fallocate(fd, 0, off, n) }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_posix_fadvise(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, off, n, err := fileRange(a)
	if err != nil {
		return runtime.Value{}, err
	}
	advice, err := fdArg(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_FADVISE64, uintptr(fd), uintptr(off), uintptr(n), uintptr(advice), 0, 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_sched_setaffinity(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var mask [1024 / 64]uint64
	it, err := runtime.Iter(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return runtime.Value{}, err
		}
		if x.IsNull() {
			break
		}
		c, err := runtime.IndexInt64(x, "")
		if err != nil {
			return runtime.Value{}, err
		}
		if c < 0 {
			return runtime.Value{}, runtime.NewValueError("negative CPU number")
		}
		if c >= 1024 {
			return runtime.Value{}, osError(syscall.EINVAL)
		}
		mask[c/64] |= 1 << (c % 64)
	}
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETAFFINITY, uintptr(pid), unsafe.Sizeof(mask), uintptr(unsafe.Pointer(&mask)))
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	if pid == 0 {
		setAffinityAllThreads(&mask) // compat17b_affinity.go
	}
	return runtime.None, nil
}

// schedInt returns a scheduling call of one int argument.
func schedInt(trap uintptr) runtime.MethodFunc {
	return func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		n, err := fdArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		r, _, e := syscall.RawSyscall(trap, uintptr(n), 0, 0)
		if e != 0 {
			return runtime.Value{}, osError(e)
		}
		return runtime.Int(int64(int32(r))), nil
	}
}

func posix_openpty(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	master, e := syscall.Open("/dev/ptmx", syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	var n uint32
	unlock := int32(0)
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		syscall.Close(master)
		return runtime.Value{}, osError(e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		syscall.Close(master)
		return runtime.Value{}, osError(e)
	}
	slave, e := syscall.Open("/dev/pts/"+strconv.Itoa(int(n)), syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if e != nil {
		syscall.Close(master)
		return runtime.Value{}, osError(e)
	}
	return runtime.TupleValue(runtime.Int(int64(master)), runtime.Int(int64(slave))), nil
}

func posix_tcgetpgrp(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var pg int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pg))); e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(pg)), nil
}

func posix_tcsetpgrp(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	pg, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	p := int32(pg)
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCSPGRP, uintptr(unsafe.Pointer(&p))); e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_setpgrp(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if e := syscall.Setpgid(0, 0); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

// countArg converts the count of copy_file_range and splice: a Py_ssize_t
// that may not be negative.
func countArg(v runtime.Value) (int64, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.ExceptionTypeByName("OverflowError")) {
			return 0, runtime.NewOverflowError("Python int too large to convert to C ssize_t")
		}
		return 0, err
	}
	if n < 0 {
		return 0, runtime.NewValueError("negative value for 'count' not allowed")
	}
	return n, nil
}
