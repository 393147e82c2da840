// This file defines os.stat_result and the stat family: stat, lstat, fstat.

package posix

import (
	"math/big"
	"syscall"

	"krait/runtime"
)

// statResultType is os.stat_result.
var statResultType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "os.stat_result",
	Doc: "stat_result: Result from stat, fstat, or lstat.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n" +
		"or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n" +
		"Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n" +
		"or st_flags, they are available as attributes only.\n\n" +
		"See os.stat for more information.",
	Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
	Docs:   []string{"protection bits", "inode", "device", "number of hard links", "user ID of owner", "group ID of owner", "total size, in bytes", "integer time of last access", "integer time of last modification", "integer time of last change", "time of last access", "time of last modification", "time of last change", "time of last access in nanoseconds", "time of last modification in nanoseconds", "time of last change in nanoseconds", "blocksize for filesystem I/O", "number of blocks allocated", "device type (if inode device)"},
	NSeq:   10,
	// A stat_result built from a 10-tuple gets its float times from the
	// integer ones, as posixmodule.c's statresult_new.
	FixNew: func(items []runtime.Value) {
		for i := 7; i <= 9; i++ {
			if items[i+3].IsNone() {
				items[i+3] = items[i]
			}
		}
	},
})

// uintValue returns an int for an unsigned system value.
func uintValue(u uint64) runtime.Value {
	if u <= 1<<63-1 {
		return runtime.Int(int64(u))
	}
	return runtime.NewIntBig(new(big.Int).SetUint64(u))
}

// timeValues returns the integer, float and nanosecond forms of a time.
func timeValues(ts syscall.Timespec) (runtime.Value, runtime.Value, runtime.Value) {
	sec, nsec := int64(ts.Sec), int64(ts.Nsec)
	ns := new(big.Int).Mul(big.NewInt(sec), big.NewInt(1e9))
	ns.Add(ns, big.NewInt(nsec))
	var nsv runtime.Value
	if ns.IsInt64() {
		nsv = runtime.Int(ns.Int64())
	} else {
		nsv = runtime.NewIntBig(ns)
	}
	return runtime.Int(sec), runtime.Float(float64(sec) + float64(nsec)*1e-9), nsv
}

// newStatResult converts a Stat_t into an os.stat_result.
func newStatResult(st *syscall.Stat_t) runtime.Value {
	ai, af, an := timeValues(st.Atim)
	mi, mf, mn := timeValues(st.Mtim)
	ci, cf, cn := timeValues(st.Ctim)
	items := []runtime.Value{
		runtime.Int(int64(st.Mode)), uintValue(st.Ino), uintValue(st.Dev), uintValue(uint64(st.Nlink)),
		runtime.Int(int64(st.Uid)), runtime.Int(int64(st.Gid)), runtime.Int(st.Size),
		ai, mi, ci, af, mf, cf, an, mn, cn,
		runtime.Int(int64(st.Blksize)), runtime.Int(st.Blocks), uintValue(st.Rdev),
	}
	return runtime.NewStructSeq(statResultType, items)
}

// dirFD converts a dir_fd argument (None or an int).
func dirFD(v runtime.Value) (int, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return atFDCWD, nil
	}
	n, err := runtime.IndexInt64(v, "argument should be integer or None, not %s")
	if err != nil {
		return 0, err
	}
	return int(n), nil
}

// boolArg is the truth of an optional argument, dflt when omitted.
func boolArg(v runtime.Value, dflt bool) (bool, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	return runtime.IsTrue(v)
}

// doStat implements stat and lstat: path may be a descriptor (fstat).
func doStat(fn string, a []runtime.Value, follow bool) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{allowFD: fn == "stat", fn: fn})
	if err != nil {
		return runtime.Value{}, err
	}
	dfd, err := dirFD(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if follow, err = boolArg(a[2], follow); err != nil {
		return runtime.Value{}, err
	}
	var st syscall.Stat_t
	var e error
	if p.isFD {
		e = retry(func() error { return syscall.Fstat(p.fd, &st) })
	} else {
		flags := 0
		if !follow {
			flags = atSymlinkNoFollow
		}
		e = fstatat(dfd, p.name, &st, flags)
	}
	if e != nil {
		return runtime.Value{}, pathError(e, p)
	}
	return newStatResult(&st), nil
}

func posix_stat(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return doStat("stat", a, true)
}

func posix_lstat(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return doStat("lstat", []runtime.Value{a[0], a[1], runtime.False}, false)
}

func posix_fstat(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var st syscall.Stat_t
	if e := retry(func() error { return syscall.Fstat(fd, &st) }); e != nil {
		return runtime.Value{}, osError(e)
	}
	return newStatResult(&st), nil
}
