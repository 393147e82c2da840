// This file defines the extended attribute calls (getxattr, setxattr,
// listxattr, removexattr) on paths, symbolic links (follow_symlinks=False)
// and descriptors, plus chroot, setgroups, initgroups, preadv, pwritev and
// splice.

package posix

import (
	"strings"
	"syscall"
	"unsafe"

	"krait/runtime"
)

// xattrCall picks the path, l-prefixed or f-prefixed system call.
func xattrCall(p *pathArg, follow bool, pathTrap, linkTrap, fdTrap uintptr) (uintptr, uintptr, *runtime.Exception) {
	if p.isFD {
		return fdTrap, uintptr(p.fd), nil
	}
	b, err := bytePtr(p.name)
	if err != nil {
		return 0, 0, osError(err)
	}
	if follow {
		return pathTrap, uintptr(unsafe.Pointer(b)), nil
	}
	return linkTrap, uintptr(unsafe.Pointer(b)), nil
}

// attrName converts an attribute name (str or bytes, as a path).
func attrName(v runtime.Value, fn string) (*byte, *runtime.Exception) {
	a, err := convertPath(v, pathOpts{fn: fn, paramName: "attribute"})
	if err != nil {
		return nil, err
	}
	b, e := bytePtr(a.name)
	if e != nil {
		return nil, osError(e)
	}
	return b, nil
}

// sizedCall runs a get/list call twice: once for the size, then to fill.
func sizedCall(call func(buf []byte) (uintptr, syscall.Errno)) ([]byte, syscall.Errno) {
	for {
		n, e := call(nil)
		if e != 0 {
			return nil, e
		}
		buf := make([]byte, n+1)
		m, e := call(buf)
		if e == syscall.ERANGE {
			continue
		}
		if e != 0 {
			return nil, e
		}
		return buf[:m], 0
	}
}

func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

func posix_getxattr(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "getxattr", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	name, err := attrName(a[1], "getxattr")
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[2], true)
	if err != nil {
		return runtime.Value{}, err
	}
	trap, target, err := xattrCall(p, follow, syscall.SYS_GETXATTR, syscall.SYS_LGETXATTR, syscall.SYS_FGETXATTR)
	if err != nil {
		return runtime.Value{}, err
	}
	v, e := sizedCall(func(buf []byte) (uintptr, syscall.Errno) {
		r, _, e := syscall.Syscall6(trap, target, uintptr(unsafe.Pointer(name)), bufPtr(buf), uintptr(len(buf)), 0, 0)
		return r, e
	})
	if e != 0 {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.NewBytes(v), nil
}

func posix_setxattr(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "setxattr", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	name, err := attrName(a[1], "setxattr")
	if err != nil {
		return runtime.Value{}, err
	}
	value, err := bufferArg(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if !a[3].IsNull() {
		if flags, err = fdArg(a[3]); err != nil {
			return runtime.Value{}, err
		}
	}
	follow, err := boolArg(a[4], true)
	if err != nil {
		return runtime.Value{}, err
	}
	trap, target, err := xattrCall(p, follow, syscall.SYS_SETXATTR, syscall.SYS_LSETXATTR, syscall.SYS_FSETXATTR)
	if err != nil {
		return runtime.Value{}, err
	}
	_, _, e := syscall.Syscall6(trap, target, uintptr(unsafe.Pointer(name)), bufPtr(value), uintptr(len(value)), uintptr(flags), 0)
	if e != 0 {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_removexattr(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "removexattr", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	name, err := attrName(a[1], "removexattr")
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[2], true)
	if err != nil {
		return runtime.Value{}, err
	}
	trap, target, err := xattrCall(p, follow, syscall.SYS_REMOVEXATTR, syscall.SYS_LREMOVEXATTR, syscall.SYS_FREMOVEXATTR)
	if err != nil {
		return runtime.Value{}, err
	}
	if _, _, e := syscall.Syscall(trap, target, uintptr(unsafe.Pointer(name)), 0); e != 0 {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_listxattr(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "listxattr", allowFD: true, nullable: true})
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[1], true)
	if err != nil {
		return runtime.Value{}, err
	}
	trap, target, err := xattrCall(p, follow, syscall.SYS_LISTXATTR, syscall.SYS_LLISTXATTR, syscall.SYS_FLISTXATTR)
	if err != nil {
		return runtime.Value{}, err
	}
	v, e := sizedCall(func(buf []byte) (uintptr, syscall.Errno) {
		r, _, e := syscall.Syscall(trap, target, bufPtr(buf), uintptr(len(buf)))
		return r, e
	})
	if e != 0 {
		return runtime.Value{}, pathError(e, p)
	}
	var names []runtime.Value
	for _, n := range strings.Split(string(v), "\x00") {
		if n != "" {
			names = append(names, fsdecode(n))
		}
	}
	return runtime.NewList(names), nil
}

func posix_chroot(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "chroot"})
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Chroot(p.name); e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_setgroups(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, runtime.NewTypeError("setgroups argument must be a sequence")
	}
	var gids []int
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return runtime.Value{}, err
		}
		if x.IsNull() {
			break
		}
		g, err := idArg(x, "gid")
		if err != nil {
			return runtime.Value{}, err
		}
		gids = append(gids, g)
	}
	if e := syscall.Setgroups(gids); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_initgroups(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	list, err := posix_getgrouplist(runtime.Value{}, a)
	if err != nil {
		return runtime.Value{}, err
	}
	return posix_setgroups(runtime.Value{}, []runtime.Value{list})
}

// vectorAt runs preadv/pwritev.
func vectorAt(trap uintptr, a []runtime.Value, writable bool) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	bufs, err := buffers(a[1], writable)
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := runtime.IndexInt64(a[2], "")
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if !a[3].IsNull() {
		if flags, err = fdArg(a[3]); err != nil {
			return runtime.Value{}, err
		}
	}
	iov := iovecs(bufs)
	var n uintptr
	e := retry(func() error {
		var p unsafe.Pointer
		if len(iov) > 0 {
			p = unsafe.Pointer(&iov[0])
		}
		r, _, e := syscall.Syscall6(trap, uintptr(fd), uintptr(p), uintptr(len(iov)), uintptr(off), 0, uintptr(flags))
		n = r
		return errnoErr(e)
	})
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(n)), nil
}

// The preadv2/pwritev2 system calls, which take flags (x86_64).
const (
	sysPreadv2  = 327
	sysPwritev2 = 328
)

func posix_preadv(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return vectorAt(sysPreadv2, a, true)
}

func posix_pwritev(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return vectorAt(sysPwritev2, a, false)
}

func posix_splice(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
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
	flags := 0
	if !a[5].IsNull() {
		if flags, err = fdArg(a[5]); err != nil {
			return runtime.Value{}, err
		}
	}
	var n int64
	e := retry(func() (e error) { n, e = syscall.Splice(src, offSrc, dst, offDst, int(count), flags); return e })
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(n), nil
}
