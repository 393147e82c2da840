// This file defines the file system operations of posix: directories
// (getcwd, chdir, listdir, mkdir, rmdir), names (rename, replace, unlink,
// remove, link, symlink, readlink), and metadata (chmod, access, utime,
// truncate, umask).

package posix

import (
	"math"
	"syscall"

	"krait/runtime"
)

func convert2(a []runtime.Value, fn string) (*pathArg, *pathArg, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: fn, paramName: "src"})
	if err != nil {
		return nil, nil, err
	}
	q, err := convertPath(a[1], pathOpts{fn: fn, paramName: "dst"})
	if err != nil {
		return nil, nil, err
	}
	return p, q, nil
}

func getcwd() (string, error) {
	for size := 1024; ; size *= 4 {
		buf := make([]byte, size)
		n, err := syscall.Getcwd(buf)
		if err == syscall.ERANGE {
			continue
		}
		if err != nil {
			return "", err
		}
		if n > 0 && buf[n-1] == 0 {
			n--
		}
		return string(buf[:n]), nil
	}
}

func posix_getcwd(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := getcwd()
	if err != nil {
		return runtime.Value{}, osError(err)
	}
	return fsdecode(s), nil
}

func posix_getcwdb(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := getcwd()
	if err != nil {
		return runtime.Value{}, osError(err)
	}
	return runtime.NewBytes([]byte(s)), nil
}

func posix_chdir(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "chdir", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	var e error
	if p.isFD {
		e = syscall.Fchdir(p.fd)
	} else {
		e = syscall.Chdir(p.name)
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_fchdir(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Fchdir(fd); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

// readDirNames lists the directory open as fd (closing it), without "."
// and "..".
func readDirNames(fd int) ([]string, error) {
	defer syscall.Close(fd)
	var names []string
	buf := make([]byte, 8192)
	for {
		n, err := syscall.Getdents(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return names, nil
		}
		names = parseDirents(buf[:n], names)
	}
}

// dirent is one entry read from a directory.
type dirent struct {
	name string
	ino  uint64
	typ  uint8 // DT_* or 0 (DT_UNKNOWN)
}

// parseDirentsFull decodes linux_dirent64 records.
func parseDirentsFull(buf []byte, out []dirent) []dirent {
	for len(buf) >= 19 {
		ino := le64(buf[0:8])
		reclen := int(buf[16]) | int(buf[17])<<8
		typ := buf[18]
		if reclen <= 0 || reclen > len(buf) {
			break
		}
		nameb := buf[19:reclen]
		for i, c := range nameb {
			if c == 0 {
				nameb = nameb[:i]
				break
			}
		}
		name := string(nameb)
		buf = buf[reclen:]
		if name == "." || name == ".." {
			continue
		}
		out = append(out, dirent{name, ino, typ})
	}
	return out
}

func le64(b []byte) uint64 {
	var x uint64
	for i := 7; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	return x
}

func parseDirents(buf []byte, names []string) []string {
	for _, d := range parseDirentsFull(buf, nil) {
		names = append(names, d.name)
	}
	return names
}

func posix_listdir(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "listdir", allowFD: true, nullable: true})
	if err != nil {
		return runtime.Value{}, err
	}
	if !p.isFD && runtime.IsOwnFdDir(p.name) {
		// Count only what is still held, as CPython's reference counts
		// would have closed the rest (runtime/compat18_fdlist.go).
		runtime.CloseDroppedFiles()
	}
	var fd int
	var e error
	if p.isFD {
		// Listing through a descriptor must not move or close the caller's.
		fd, e = syscall.Openat(p.fd, ".", syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	} else {
		e = retry(func() (err error) {
			fd, err = syscall.Open(p.name, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
			return err
		})
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	names, e := readDirNames(fd)
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	if !p.isFD && runtime.IsOwnFdDir(p.name) {
		names = runtime.HideRuntimeFds(names)
	}
	items := make([]runtime.Value, len(names))
	for i, n := range names {
		items[i] = p.nameValue(n)
	}
	return runtime.NewList(items), nil
}

func modeArg(v runtime.Value, dflt uint32) (uint32, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	return uint32(n), nil
}

func posix_mkdir(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "mkdir"})
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[1], 0o777)
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Mkdirat(dfd, p.name, mode); e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

// unlinkLike implements rmdir, unlink and remove.
func unlinkLike(fn string, a []runtime.Value, flags int) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: fn})
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := unlinkat(dfd, p.name, flags); e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_rmdir(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unlinkLike("rmdir", a, atRemoveDir)
}

func posix_unlink(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unlinkLike("unlink", a, 0)
}

func posix_remove(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return unlinkLike("remove", a, 0)
}

func renameLike(fn string, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, q, err := convert2(a, fn)
	if err != nil {
		return runtime.Value{}, err
	}
	sfd, err := dirFD(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Renameat(sfd, p.name, dfd, q.name); e != nil {
		return runtime.Value{}, pathError2(e, p, q)
	}
	return runtime.None, nil
}

func posix_rename(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return renameLike("rename", a)
}

func posix_replace(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return renameLike("replace", a)
}

func posix_link(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, q, err := convert2(a, "link")
	if err != nil {
		return runtime.Value{}, err
	}
	sfd, err := dirFD(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[4], true)
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if follow {
		flags = atSymlinkFollow
	}
	if e := linkat(sfd, p.name, dfd, q.name, flags); e != nil {
		return runtime.Value{}, pathError2(e, p, q)
	}
	return runtime.None, nil
}

func posix_symlink(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, q, err := convert2(a, "symlink")
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := symlinkat(p.name, dfd, q.name); e != nil {
		return runtime.Value{}, pathError2(e, p, q)
	}
	return runtime.None, nil
}

func posix_readlink(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "readlink"})
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	s, e := readlinkat(dfd, p.name)
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return p.nameValue(s), nil
}

func posix_chmod(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "chmod", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[3], true)
	if err != nil {
		return runtime.Value{}, err
	}
	var e error
	switch {
	case p.isFD:
		e = syscall.Fchmod(p.fd, mode)
	case follow:
		e = fchmodat(dfd, p.name, mode, 0)
	default:
		e = fchmodat(dfd, p.name, mode, atSymlinkNoFollow)
		if e == syscall.ENOTSUP || e == syscall.ENOSYS {
			return runtime.Value{}, runtime.NewNotImplementedError("chmod: follow_symlinks unavailable on this platform")
		}
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_fchmod(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Fchmod(fd, mode); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_access(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "access"})
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[1], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	eff, err := boolArg(a[3], false)
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[4], true)
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if eff {
		flags |= atEaccess
	}
	if !follow {
		flags |= atSymlinkNoFollow
	}
	return runtime.Bool(faccessat(dfd, p.name, mode, flags) == nil), nil
}

func posix_umask(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(syscall.Umask(int(n)))), nil
}

func posix_truncate(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "truncate", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	var e error
	if p.isFD {
		e = retry(func() error { return syscall.Ftruncate(p.fd, n) })
	} else {
		e = syscall.Truncate(p.name, n)
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_ftruncate(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if e := retry(func() error { return syscall.Ftruncate(fd, n) }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

// timeArg converts one element of utime's times (int or float seconds,
// floored to nanoseconds).
func timeArg(v runtime.Value) (syscall.Timespec, *runtime.Exception) {
	if f, ok := runtime.FloatValueOf(v); ok {
		if math.IsNaN(f) {
			return syscall.Timespec{}, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		sec := math.Floor(f)
		nsec := math.Floor((f - sec) * 1e9)
		if nsec >= 1e9 {
			sec, nsec = sec+1, nsec-1e9
		}
		if sec < -(1<<63) || sec >= 1<<63 {
			return syscall.Timespec{}, runtime.NewOverflowError("timestamp out of range for platform time_t")
		}
		return syscall.Timespec{Sec: int64(sec), Nsec: int64(nsec)}, nil
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return syscall.Timespec{}, err
	}
	return syscall.Timespec{Sec: n}, nil
}

// nsArg converts one element of utime's ns.
func nsArg(v runtime.Value) (syscall.Timespec, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return syscall.Timespec{}, err
	}
	sec, nsec := n/1e9, n%1e9
	if nsec < 0 {
		sec, nsec = sec-1, nsec+1e9
	}
	return syscall.Timespec{Sec: sec, Nsec: nsec}, nil
}

// pairArg converts utime's times or ns tuple with conv.
func pairArg(v runtime.Value, conv func(runtime.Value) (syscall.Timespec, *runtime.Exception), msg string) (*[2]syscall.Timespec, *runtime.Exception) {
	t, ok := v.TryTuple()
	if !ok || t.Len() != 2 {
		return nil, runtime.NewTypeError("%s", msg)
	}
	var ts [2]syscall.Timespec
	for i, x := range t.Items() {
		var err *runtime.Exception
		if ts[i], err = conv(x); err != nil {
			return nil, err
		}
	}
	return &ts, nil
}

func posix_utime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "utime", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	times, ns := a[1], a[2]
	if !times.IsNull() && !times.IsNone() && !ns.IsNull() {
		return runtime.Value{}, runtime.NewValueError("utime: you may specify either 'times' or 'ns' but not both")
	}
	ts := &[2]syscall.Timespec{{Nsec: utimeNow}, {Nsec: utimeNow}}
	switch {
	case !times.IsNull() && !times.IsNone():
		ts, err = pairArg(times, timeArg, "utime: 'times' must be either a tuple of two ints or None")
	case !ns.IsNull():
		ts, err = pairArg(ns, nsArg, "utime: 'ns' must be a tuple of two ints")
	}
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	follow, err := boolArg(a[4], true)
	if err != nil {
		return runtime.Value{}, err
	}
	flags := 0
	if !follow {
		flags = atSymlinkNoFollow
	}
	var e error
	if p.isFD {
		e = utimensat(p.fd, "", ts, 0)
	} else {
		e = utimensat(dfd, p.name, ts, flags)
	}
	if e != nil {
		return runtime.Value{}, osError(e) // no file name, as CPython's posix_utime
	}
	return runtime.None, nil
}
