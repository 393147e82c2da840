// This file defines sysconf, confstr, pathconf and fpathconf. Krait does
// not link the C library, so the values come from the kernel (rlimits,
// sysinfo, statfs) for the names programs ask about, and from glibc's
// fixed values for the rest.

package posix

import (
	"bytes"
	"os"
	"strings"
	"syscall"

	"krait/internal/nopoll"
	"krait/runtime"
)

// confName resolves a configuration name: an int, or a str looked up in
// table.
func confName(v runtime.Value, table []constant) (int64, *runtime.Exception) {
	if s, ok := v.TryStr(); ok {
		for _, c := range table {
			if c.name == s.S {
				return c.value, nil
			}
		}
		return 0, runtime.NewValueError("unrecognized configuration name")
	}
	if v.Type().Flags&runtime.FlagIntSubclass == 0 {
		return 0, runtime.NewTypeError("configuration names must be strings or integers")
	}
	return runtime.IndexInt64(v, "")
}

func nameOf(n int64, table []constant) string {
	for _, c := range table {
		if c.value == n {
			return c.name
		}
	}
	return ""
}

func rlimitCur(res int) int64 {
	var r syscall.Rlimit
	if syscall.Getrlimit(res, &r) != nil || r.Cur == ^uint64(0) {
		return -1
	}
	return int64(r.Cur)
}

// sysconfFixed holds glibc's constant answers.
var sysconfFixed = map[string]int64{
	"SC_CLK_TCK": clockTicks, "SC_NGROUPS_MAX": 65536, "SC_LOGIN_NAME_MAX": 256, "SC_LINE_MAX": 2048,
	"SC_IOV_MAX": 1024, "SC_TTY_NAME_MAX": 32, "SC_SEM_NSEMS_MAX": -1, "SC_HOST_NAME_MAX": 64,
	"SC_SYMLOOP_MAX": -1, "SC_STREAM_MAX": 16, "SC_TZNAME_MAX": -1, "SC_JOB_CONTROL": 1,
	"SC_SAVED_IDS": 1, "SC_VERSION": 200809, "SC_THREAD_STACK_MIN": 16384,
}

func sysconfValue(name string) (int64, error) {
	if v, ok := sysconfFixed[name]; ok {
		return v, nil
	}
	switch name {
	case "SC_PAGESIZE", "SC_PAGE_SIZE":
		return int64(os.Getpagesize()), nil
	case "SC_NPROCESSORS_ONLN", "SC_NPROCESSORS_CONF":
		return int64(max(cpuCount(), 1)), nil
	case "SC_OPEN_MAX":
		return rlimitCur(syscall.RLIMIT_NOFILE), nil
	case "SC_CHILD_MAX":
		return rlimitCur(6 /* RLIMIT_NPROC */), nil
	case "SC_ARG_MAX":
		return max(rlimitCur(syscall.RLIMIT_STACK)/4, 131072), nil
	case "SC_PHYS_PAGES", "SC_AVPHYS_PAGES":
		var info syscall.Sysinfo_t
		if err := syscall.Sysinfo(&info); err != nil {
			return 0, err
		}
		mem := info.Totalram
		if name == "SC_AVPHYS_PAGES" {
			mem = info.Freeram
		}
		return int64(mem) * int64(info.Unit) / int64(os.Getpagesize()), nil
	}
	return 0, syscall.EINVAL
}

func posix_sysconf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := confName(a[0], sysconfNames)
	if err != nil {
		return runtime.Value{}, err
	}
	v, e := sysconfValue(nameOf(n, sysconfNames))
	if e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.Int(v), nil
}

// confstrValues are glibc's answers for x86_64; names not listed are empty.
var confstrValues = map[string]string{
	"CS_PATH": "/bin:/usr/bin", "CS_LFS64_CFLAGS": "-D_LARGEFILE64_SOURCE",
	"CS_LFS64_LINTFLAGS": "-D_LARGEFILE64_SOURCE", "CS_XBS5_LP64_OFF64_CFLAGS": "-m64",
	"CS_XBS5_LP64_OFF64_LDFLAGS": "-m64",
}

func posix_confstr(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := confName(a[0], confstrNames)
	if err != nil {
		return runtime.Value{}, err
	}
	name := nameOf(n, confstrNames)
	switch name {
	case "":
		return runtime.Value{}, osError(syscall.EINVAL)
	case "CS_GNU_LIBC_VERSION", "CS_GNU_LIBPTHREAD_VERSION":
		// Krait links no C library; it names the system's glibc, which
		// a CPython on this machine would report (platform.platform()).
		v := systemGlibcVersion()
		if v == "" {
			return runtime.Value{}, osError(syscall.EINVAL)
		}
		if name == "CS_GNU_LIBC_VERSION" {
			return runtime.StrValue("glibc " + v), nil
		}
		return runtime.StrValue("NPTL " + v), nil
	}
	return runtime.StrValue(confstrValues[name]), nil
}

func pathconfValue(name string, st *syscall.Statfs_t) int64 {
	switch name {
	case "PC_NAME_MAX":
		return st.Namelen
	case "PC_PATH_MAX":
		return 4096
	case "PC_PIPE_BUF":
		return 4096
	case "PC_LINK_MAX":
		return 127
	case "PC_MAX_CANON", "PC_MAX_INPUT":
		return 255
	case "PC_CHOWN_RESTRICTED", "PC_NO_TRUNC":
		return 1
	case "PC_VDISABLE":
		return 0
	case "PC_FILESIZEBITS":
		return 64
	}
	return -1
}

func posix_pathconf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "pathconf", allowFD: true})
	if err != nil {
		return runtime.Value{}, err
	}
	n, err := confName(a[1], pathconfNames)
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
	return runtime.Int(pathconfValue(nameOf(n, pathconfNames), &st)), nil
}

func posix_fpathconf(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := fileno(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return posix_pathconf(runtime.Value{}, []runtime.Value{runtime.Int(int64(fd)), a[1]})
}

// glibcPaths are where Debian and other distributions keep the C library.
var glibcPaths = []string{"/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6",
	"/lib/aarch64-linux-gnu/libc.so.6", "/usr/lib64/libc.so.6", "/lib64/libc.so.6", "/lib/libc.so.6"}

// systemGlibcVersion returns the version in the system glibc's banner
// ("... release version 2.36."), or "" when there is no glibc.
func systemGlibcVersion() string {
	for _, p := range glibcPaths {
		data, err := nopoll.ReadFile(p)
		if err != nil {
			continue
		}
		const marker = "release version "
		i := bytes.Index(data, []byte("GNU C Library"))
		if i < 0 {
			continue
		}
		j := bytes.Index(data[i:], []byte(marker))
		if j < 0 || j > 200 {
			continue
		}
		v := data[i+j+len(marker):]
		n := 0
		for n < len(v) && (v[n] == '.' || v[n] >= '0' && v[n] <= '9') {
			n++
		}
		return strings.TrimSuffix(string(v[:n]), ".")
	}
	return ""
}
