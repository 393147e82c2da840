// This file defines the rest of posix's process and system functions:
// exec*, system, process groups and sessions, user and group ids,
// priorities, chown, mkfifo/mknod and device numbers, statvfs, sync,
// ttyname/ctermid and getrandom.

package posix

import (
	"strings"
	"syscall"
	"unsafe"

	"krait/runtime"
)

// execArgs converts exec's argument list (a list or tuple, non-empty).
func execArgs(v runtime.Value, fn string) ([]string, *runtime.Exception) {
	var items []runtime.Value
	if t, ok := v.TryTuple(); ok {
		items = t.Items()
	} else if l, ok := v.TryList(); ok {
		items = l.Items()
	} else {
		return nil, runtime.NewTypeError("%s() arg 2 must be a tuple or list", fn)
	}
	if len(items) == 0 {
		return nil, runtime.NewValueError("%s() arg 2 must not be empty", fn)
	}
	out := make([]string, len(items))
	for i, it := range items {
		p, err := convertPath(it, pathOpts{fn: fn})
		if err != nil {
			return nil, err
		}
		out[i] = p.name
	}
	if out[0] == "" {
		return nil, runtime.NewValueError("%s() arg 2 first element cannot be empty", fn)
	}
	return out, nil
}

// execEnv converts execve's environment mapping.
func execEnv(v runtime.Value) ([]string, *runtime.Exception) {
	keys, err := runtime.CallMethod(v, "keys")
	if err != nil {
		return nil, runtime.NewTypeError("env must be a mapping object")
	}
	it, err := runtime.Iter(keys)
	if err != nil {
		return nil, err
	}
	var env []string
	for {
		k, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if k.IsNull() {
			return env, nil
		}
		val, err := runtime.GetItem(v, k)
		if err != nil {
			return nil, err
		}
		ks, err := envArg(k, "execve")
		if err != nil {
			return nil, err
		}
		vs, err := envArg(val, "execve")
		if err != nil {
			return nil, err
		}
		if ks == "" || strings.IndexByte(ks, '=') >= 0 {
			return nil, runtime.NewValueError("illegal environment variable name")
		}
		env = append(env, ks+"="+vs)
	}
}

func posix_execv(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "execv"})
	if err != nil {
		return runtime.Value{}, err
	}
	argv, err := execArgs(a[1], "execv")
	if err != nil {
		return runtime.Value{}, err
	}
	e := syscall.Exec(p.name, argv, runtime.MarkClosedStdFds(syscall.Environ(), p.name, fdClosed))
	return runtime.Value{}, osError(e)
}

func posix_execve(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "execve", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	argv, err := execArgs(a[1], "execve")
	if err != nil {
		return runtime.Value{}, err
	}
	env, err := execEnv(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	name := p.name
	if p.isFD {
		name = "/proc/self/fd/" + itoa(p.fd) // fexecve
	}
	e := syscall.Exec(name, argv, runtime.MarkClosedStdFds(env, name, fdClosed))
	return runtime.Value{}, pathError(e, p)
}

// posix_system runs command with /bin/sh and returns its wait status.
func posix_system(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cmd, err := convertPath(a[0], pathOpts{fn: "system", paramName: "command"})
	if err != nil {
		return runtime.Value{}, err
	}
	attr := &syscall.ProcAttr{Env: syscall.Environ(), Files: []uintptr{0, 1, 2}}
	pid, e := syscall.ForkExec("/bin/sh", []string{"sh", "-c", cmd.name}, attr)
	if e != nil {
		return runtime.Int(127 << 8), nil
	}
	var ws syscall.WaitStatus
	if e := retry(func() (e error) { _, e = syscall.Wait4(pid, &ws, 0, nil); return e }); e != nil {
		return runtime.Int(-1), nil
	}
	return runtime.Int(int64(ws)), nil
}

func pidArg(v runtime.Value) (int, *runtime.Exception) { return fdArg(v) }

func posix_getpgid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := pidArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	r, e := syscall.Getpgid(pid)
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(r)), nil
}

func posix_getsid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := pidArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(pid), 0, 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(r)), nil
}

func posix_setpgid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := pidArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	pg, err := pidArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Setpgid(pid, pg); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_setsid(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, e := syscall.Setsid(); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_getgroups(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	gs, e := syscall.Getgroups()
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	items := make([]runtime.Value, len(gs))
	for i, g := range gs {
		items[i] = runtime.Int(int64(g))
	}
	return runtime.NewList(items), nil
}

// idSetter makes setuid/setgid/seteuid/setegid.
func idSetter(set func(int) error) runtime.MethodFunc {
	return func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		id, err := runtime.IndexInt64(a[0], "")
		if err != nil {
			return runtime.Value{}, err
		}
		if id < -1 || id > 1<<32-1 {
			return runtime.Value{}, runtime.NewOverflowError("uid is greater than maximum")
		}
		if e := set(int(id)); e != nil {
			return runtime.Value{}, osError(e)
		}
		return runtime.None, nil
	}
}

func posix_getpriority(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	which, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	who, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	r, _, e := syscall.Syscall(syscall.SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(20 - int64(r)), nil
}

func posix_setpriority(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	which, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	who, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	prio, err := fdArg(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Setpriority(which, who, prio); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_nice(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	inc, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	r, _, e := syscall.Syscall(syscall.SYS_GETPRIORITY, 0, 0, 0)
	if e != 0 {
		return runtime.Value{}, osError(e)
	}
	prio := 20 - int(r) + inc
	if e := syscall.Setpriority(0, 0, prio); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(int64(max(-20, min(prio, 19)))), nil
}

// idArg converts a uid or gid (-1 means unchanged).
func idArg(v runtime.Value, what string) (int, *runtime.Exception) {
	if v.Type().Flags&runtime.FlagIntSubclass == 0 {
		return 0, runtime.NewTypeError("%s should be integer, not %s", what, v.Type().Name)
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil || n < -1 || n > 1<<32-1 {
		return 0, runtime.NewOverflowError("%s is greater than maximum", what)
	}
	return int(n), nil
}

func posix_chown(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "chown", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	uid, err := idArg(a[1], "uid")
	if err != nil {
		return runtime.Value{}, err
	}
	gid, err := idArg(a[2], "gid")
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
	var e error
	switch {
	case p.isFD:
		e = syscall.Fchown(p.fd, uid, gid)
	case follow:
		e = syscall.Fchownat(dfd, p.name, uid, gid, 0)
	default:
		e = syscall.Fchownat(dfd, p.name, uid, gid, atSymlinkNoFollow)
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return runtime.None, nil
}

func posix_lchown(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return posix_chown(runtime.Value{}, []runtime.Value{a[0], a[1], a[2], runtime.None, runtime.False})
}

func posix_fchown(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	uid, err := idArg(a[1], "uid")
	if err != nil {
		return runtime.Value{}, err
	}
	gid, err := idArg(a[2], "gid")
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Fchown(fd, uid, gid); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_mkfifo(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "mkfifo"})
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[1], 0o666)
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Mknodat(dfd, p.name, mode|syscall.S_IFIFO, 0); e != nil {
		return runtime.Value{}, osError(e) // CPython names no file here
	}
	return runtime.None, nil
}

func posix_mknod(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "mknod"})
	if err != nil {
		return runtime.Value{}, err
	}
	mode, err := modeArg(a[1], 0o600)
	if err != nil {
		return runtime.Value{}, err
	}
	var dev int64
	if !a[2].IsNull() {
		if dev, err = runtime.IndexInt64(a[2], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	dfd, err := dirFD(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Mknodat(dfd, p.name, mode, int(dev)); e != nil {
		return runtime.Value{}, osError(e) // CPython names no file here
	}
	return runtime.None, nil
}

// devArg converts a dev_t (unsigned 64 bits).
func devArg(v runtime.Value) (uint64, *runtime.Exception) {
	if v.Type().Flags&runtime.FlagIntSubclass == 0 {
		_, err := runtime.IndexInt64(v, "")
		return 0, err
	}
	if neg, _ := runtime.RichCompareBool(v, runtime.Int(0), runtime.Lt); neg {
		return 0, runtime.NewOverflowError("can't convert negative int to unsigned")
	}
	n, ok := runtime.IntOf(v)
	if !ok {
		return 0, runtime.NewOverflowError("int too big to convert")
	}
	return uint64(n), nil
}

func posix_major(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := devArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64((d>>8)&0xfff | (d>>32)&^0xfff)), nil
}

func posix_minor(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d, err := devArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(d&0xff | (d>>12)&^0xff)), nil
}

func posix_makedev(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	ma, err := devArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	mi, err := devArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	d := (ma&0xfff)<<8 | (ma&^0xfff)<<32 | mi&0xff | (mi&^0xff)<<12
	return uintValue(d), nil
}

func posix_sync(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	syscall.Sync()
	return runtime.None, nil
}

func posix_sched_yield(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	syscall.Syscall(syscall.SYS_SCHED_YIELD, 0, 0, 0)
	return runtime.None, nil
}

var statvfsResultType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "os.statvfs_result",
	Doc: "statvfs_result: Result from statvfs or fstatvfs.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n" +
		"or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n" +
		"See os.statvfs for more information.",
	Fields: []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files", "f_ffree", "f_favail",
		"f_flag", "f_namemax", "f_fsid"},
	NSeq: 10,
})

func newStatvfs(st *syscall.Statfs_t) runtime.Value {
	i := runtime.Int
	fsid := uint64(uint32(st.Fsid.X__val[0])) | uint64(uint32(st.Fsid.X__val[1]))<<32
	return runtime.NewStructSeq(statvfsResultType, []runtime.Value{i(st.Bsize), i(st.Frsize), uintValue(st.Blocks),
		uintValue(st.Bfree), uintValue(st.Bavail), uintValue(st.Files), uintValue(st.Ffree), uintValue(st.Ffree),
		i(st.Flags &^ 0x20), i(st.Namelen), uintValue(fsid)})
}

func posix_statvfs(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "statvfs", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	var st syscall.Statfs_t
	var e error
	if p.isFD {
		e = syscall.Fstatfs(p.fd, &st)
	} else {
		e = syscall.Statfs(p.name, &st)
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return newStatvfs(&st), nil
}

func posix_fstatvfs(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var st syscall.Statfs_t
	if e := syscall.Fstatfs(fd, &st); e != nil {
		return runtime.Value{}, osError(e)
	}
	return newStatvfs(&st), nil
}

func posix_ttyname(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	// glibc's ttyname: the TCGETS error (EBADF for a closed descriptor).
	var t syscall.Termios
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t))); e != 0 {
		return runtime.Value{}, osError(e)
	}
	name, e := readlinkat(atFDCWD, "/proc/self/fd/"+itoa(fd))
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return fsdecode(name), nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func posix_ctermid(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.StrValue("/dev/tty"), nil
}

func posix_getrandom(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 0 {
		return runtime.Value{}, osError(syscall.EINVAL)
	}
	if n > maxRandom {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.ExceptionTypeByName("MemoryError"), "")
	}
	b := make([]byte, n)
	if e := runtime.ReadRandom(b); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewBytes(b), nil
}
