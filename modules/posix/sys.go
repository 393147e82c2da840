// This file defines the system calls the syscall package does not export
// for linux (the *at family with flags), made with raw Syscall, and the
// retry on EINTR that CPython performs around interruptible calls.

package posix

import (
	"syscall"
	"unsafe"

	"krait/runtime"
)

const (
	atFDCWD           = -100
	atSymlinkNoFollow = 0x100
	atRemoveDir       = 0x200
	atSymlinkFollow   = 0x400
	atEaccess         = 0x200
	utimeNow          = (1 << 30) - 1
	utimeOmit         = (1 << 30) - 2
)

// retry runs f with the GIL released (other threads run while it blocks)
// until it fails with something other than EINTR; f must not touch Python
// objects.
func retry(f func() error) error {
	var err error
	runtime.BlockingCall(func() {
		for {
			if err = f(); err != syscall.EINTR {
				return
			}
		}
	})
	return err
}

func bytePtr(s string) (*byte, error) { return syscall.BytePtrFromString(s) }

func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func fstatat(dirfd int, path string, st *syscall.Stat_t, flags int) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_NEWFSTATAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func unlinkat(dirfd int, path string, flags int) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	return errnoErr(e)
}

func utimensat(dirfd int, path string, ts *[2]syscall.Timespec, flags int) error {
	var p *byte
	if path != "" || dirfd == atFDCWD {
		var err error
		if p, err = bytePtr(path); err != nil {
			return err
		}
	}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(ts)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func readlinkat(dirfd int, path string) (string, error) {
	p, err := bytePtr(path)
	if err != nil {
		return "", err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, _, e := syscall.Syscall6(syscall.SYS_READLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
			uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0, 0)
		if e != 0 {
			return "", e
		}
		if int(n) < size {
			return string(buf[:n]), nil
		}
	}
}

func symlinkat(target string, dirfd int, path string) error {
	t, err := bytePtr(target)
	if err != nil {
		return err
	}
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_SYMLINKAT, uintptr(unsafe.Pointer(t)), uintptr(dirfd), uintptr(unsafe.Pointer(p)))
	return errnoErr(e)
}

func linkat(olddirfd int, oldpath string, newdirfd int, newpath string, flags int) error {
	o, err := bytePtr(oldpath)
	if err != nil {
		return err
	}
	n, err := bytePtr(newpath)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_LINKAT, uintptr(olddirfd), uintptr(unsafe.Pointer(o)),
		uintptr(newdirfd), uintptr(unsafe.Pointer(n)), uintptr(flags), 0)
	return errnoErr(e)
}

func fchmodat(dirfd int, path string, mode uint32, flags int) error {
	if flags&atSymlinkNoFollow != 0 {
		return fchmodatNoFollow(dirfd, path, mode)
	}
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_FCHMODAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(flags), 0, 0)
	return errnoErr(e)
}

// oPath is O_PATH, which package syscall lacks.
const oPath = 0x200000

// fchmodatNoFollow is fchmodat with AT_SYMLINK_NOFOLLOW as glibc does it
// (the system call has no flags): through an O_PATH descriptor and
// /proc/self/fd, failing with EOPNOTSUPP for a symbolic link, whose mode
// Linux cannot change.
func fchmodatNoFollow(dirfd int, path string, mode uint32) error {
	fd, err := syscall.Openat(dirfd, path, oPath|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return err
	}
	if st.Mode&syscall.S_IFMT == syscall.S_IFLNK {
		return syscall.EOPNOTSUPP
	}
	if err := syscall.Chmod("/proc/self/fd/"+itoa(fd), mode); err != nil {
		if err == syscall.ENOENT {
			return syscall.EOPNOTSUPP // no /proc
		}
		return err
	}
	return nil
}

// sysFaccessat2 is faccessat2 (Linux 5.8), which honours flags.
const sysFaccessat2 = 439

func faccessat(dirfd int, path string, mode uint32, flags int) error {
	p, err := bytePtr(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(sysFaccessat2, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(flags), 0, 0)
	if e == syscall.ENOSYS && flags == 0 {
		_, _, e = syscall.Syscall(syscall.SYS_FACCESSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode))
	}
	return errnoErr(e)
}
