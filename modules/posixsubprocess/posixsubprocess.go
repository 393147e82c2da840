// Package posixsubprocess is CPython 3.11's _posixsubprocess module, the
// process-creating half of subprocess.Popen. Without preexec_fn,
// fork_exec starts the child with syscall.ForkExec (which does the fork, the
// descriptor shuffling and the exec safely) and reports an exec or chdir
// failure through errpipe_write in the format subprocess.py reads, exactly
// as CPython's child would. With preexec_fn, the child must run Python code
// before the exec: it is forked as os.fork() does and does the work of
// CPython's child_exec itself (preexec.go).
package posixsubprocess

import (
	"fmt"
	"math"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"krait/modules/posix"
	"krait/runtime"
)

// Module is the _posixsubprocess module.
var Module = &runtime.ModuleDef{
	Name: "_posixsubprocess",
	Doc:  "A POSIX helper for the subprocess module.",
	Methods: []runtime.Method{{Name: "fork_exec", Flags: runtime.MethOld,
		Sig: "args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, " +
			"errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, " +
			"gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /",
		Fn: fork_exec}},
}

// noPid is returned when the child could not be started: above Linux's
// largest pid, so subprocess's waitpid gets ChildProcessError, which it
// ignores before raising the reported error.
const noPid = 1 << 30

// fsencode converts an argument (str, bytes or os.PathLike) to bytes.
func fsencode(v runtime.Value) (string, *runtime.Exception) {
	if b, ok := v.TryBytes(); ok {
		return string(b), nil
	}
	if _, ok := v.TryStr(); !ok {
		m := v.Type().LookupString("__fspath__")
		if m.IsNull() {
			return "", runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
		}
		r, err := runtime.Call(m, []runtime.Value{v}, nil)
		if err != nil {
			return "", err
		}
		return fsencode(r)
	}
	s, _ := v.TryStr()
	b, cerr := runtime.Encode(s.S, "utf-8", "surrogateescape")
	if cerr != nil {
		return "", runtime.CodecErrorException(cerr)
	}
	return string(b), nil
}

// stringList converts a sequence of paths to bytes strings (nil for None).
func stringList(v runtime.Value) ([]string, *runtime.Exception) {
	if v.IsNone() {
		return nil, nil
	}
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, err
	}
	out := []string{}
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		s, err := fsencode(x)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(s, 0) >= 0 {
			return nil, runtime.NewValueError("embedded null byte")
		}
		out = append(out, s)
	}
}

func intArg(v runtime.Value) (int, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	return int(n), err
}

// optID converts an optional uid/gid (None is -1) as CPython's
// _Py_Uid_Converter/_Py_Gid_Converter: -1, or 0 to 2**32-1.
func optID(v runtime.Value, kind string) (int64, *runtime.Exception) {
	if v.IsNone() {
		return -1, nil
	}
	b, err := runtime.IndexBig(v, "")
	if err != nil {
		return 0, err
	}
	switch {
	case b.Cmp(big.NewInt(-1)) < 0:
		return 0, runtime.NewOverflowError("%s is less than minimum", kind)
	case b.Cmp(big.NewInt(math.MaxUint32)) > 0:
		return 0, runtime.NewOverflowError("%s is greater than maximum", kind)
	}
	return b.Int64(), nil
}

// spec is fork_exec's arguments, converted.
type spec struct {
	argv        []string
	execs       []string
	closeFDs    bool
	keep        []int
	cwd         string
	hasCwd      bool
	env         []string
	stdio       [3]int
	errpipeW    int
	setsid      bool
	pgid        int
	gid, uid    int64
	groups      []uint32
	hasGroups   bool
	umask       int
	hasPreexec  bool
	errpipeRead int
	// For the preexec_fn path (preexec.go): the eight pipe descriptors in
	// argument order, restore_signals and the callable.
	pipes          [8]int
	restoreSignals bool
	preexec        runtime.Value
}

func parse(a []runtime.Value) (*spec, *runtime.Exception) {
	s := &spec{}
	var err *runtime.Exception
	if s.argv, err = stringList(a[0]); err != nil {
		return nil, err
	}
	if s.execs, err = stringList(a[1]); err != nil {
		return nil, err
	}
	if s.closeFDs, err = runtime.IsTrue(a[2]); err != nil {
		return nil, err
	}
	keep, ok := a[3].TryTuple()
	if !ok {
		name := a[3].Type().Name
		if a[3].IsNone() {
			name = "None"
		}
		return nil, runtime.NewTypeError("fork_exec() argument 4 must be tuple, not %s", name)
	}
	for _, x := range keep.Items() {
		fd, err := intArg(x)
		if err != nil || fd < 0 {
			return nil, runtime.NewValueError("bad value(s) in fds_to_keep")
		}
		s.keep = append(s.keep, fd)
	}
	if !a[4].IsNone() {
		if s.cwd, err = fsencode(a[4]); err != nil {
			return nil, err
		}
		s.hasCwd = true
	}
	if s.env, err = stringList(a[5]); err != nil {
		return nil, err
	}
	fds := [8]int{}
	for i := range fds {
		if fds[i], err = intArg(a[6+i]); err != nil {
			return nil, err
		}
	}
	s.stdio = [3]int{fds[0], fds[3], fds[5]} // p2cread, c2pwrite, errwrite
	s.pipes = fds
	s.errpipeRead, s.errpipeW = fds[6], fds[7]
	if s.errpipeW < 3 {
		return nil, runtime.NewValueError("errpipe_write must be >= 3")
	}
	if s.restoreSignals, err = runtime.IsTrue(a[14]); err != nil {
		return nil, err
	}
	if s.setsid, err = runtime.IsTrue(a[15]); err != nil {
		return nil, err
	}
	if s.pgid, err = intArg(a[16]); err != nil {
		return nil, err
	}
	if s.gid, err = optID(a[17], "gid"); err != nil {
		return nil, err
	}
	if !a[18].IsNone() {
		s.hasGroups = true
		it, err := runtime.Iter(a[18])
		if err != nil {
			return nil, err
		}
		for {
			x, err := runtime.Next(it)
			if err != nil {
				return nil, err
			}
			if x.IsNull() {
				break
			}
			g, err := optID(x, "gid")
			if err != nil {
				return nil, runtime.NewValueError("invalid group id")
			}
			s.groups = append(s.groups, uint32(g))
		}
	}
	if s.uid, err = optID(a[19], "uid"); err != nil {
		return nil, err
	}
	if s.umask, err = intArg(a[20]); err != nil {
		return nil, err
	}
	s.hasPreexec, s.preexec = !a[21].IsNone(), a[21]
	return s, nil
}

// files builds ForkExec's descriptor table: stdio, then every kept
// descriptor at its own number, the others up to the highest kept one
// closed (or kept when close_fds is false and they are inheritable).
func (s *spec) files() []uintptr {
	maxKeep := 2
	keep := map[int]bool{}
	for _, fd := range s.keep {
		if fd != s.errpipeW {
			keep[fd] = true
			maxKeep = max(maxKeep, fd)
		}
	}
	files := make([]uintptr, maxKeep+1)
	for i := range files {
		switch {
		case i < 3:
			files[i] = uintptr(i)
			if s.stdio[i] != -1 {
				files[i] = uintptr(s.stdio[i])
			}
		case keep[i] || (!s.closeFDs && inheritable(i)):
			files[i] = uintptr(i)
		default:
			files[i] = ^uintptr(0) // closed in the child
		}
	}
	return files
}

func inheritable(fd int) bool {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	return e == 0 && r&syscall.FD_CLOEXEC == 0
}

// hideInheritable marks the inheritable descriptors above limit
// close-on-exec (close_fds), returning them so they can be restored.
func hideInheritable(limit int) []int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil
	}
	var fds []int
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd < limit || !inheritable(fd) {
			continue
		}
		syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, syscall.FD_CLOEXEC)
		fds = append(fds, fd)
	}
	sort.Ints(fds)
	return fds
}

func restoreInheritable(fds []int) {
	for _, fd := range fds {
		syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, 0)
	}
}

// report writes a child failure to errpipe_write as CPython's child does.
func (s *spec) report(errno syscall.Errno, noexec bool) {
	msg := fmt.Sprintf("OSError:%x:", int(errno))
	if noexec {
		msg += "noexec"
	}
	syscall.Write(s.errpipeW, []byte(msg))
}

// checkCwd reproduces the child's chdir(cwd) in the parent, since
// ForkExec's own chdir failure cannot be told from an exec failure.
func (s *spec) checkCwd() syscall.Errno {
	var st syscall.Stat_t
	if err := syscall.Stat(s.cwd, &st); err != nil {
		return err.(syscall.Errno)
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return syscall.ENOTDIR
	}
	if err := syscall.Access(s.cwd, 1); err != nil {
		return err.(syscall.Errno)
	}
	return 0
}

func (s *spec) attr() *syscall.ProcAttr {
	attr := &syscall.ProcAttr{Env: s.env, Files: s.files(), Sys: &syscall.SysProcAttr{Setsid: s.setsid}}
	if s.env == nil {
		attr.Env = syscall.Environ()
	}
	if s.hasCwd {
		attr.Dir = s.cwd
	}
	if s.pgid >= 0 {
		attr.Sys.Setpgid, attr.Sys.Pgid = true, s.pgid
	}
	if s.uid >= 0 || s.gid >= 0 || s.hasGroups {
		c := &syscall.Credential{Uid: uint32(syscall.Getuid()), Gid: uint32(syscall.Getgid()),
			Groups: s.groups, NoSetGroups: !s.hasGroups}
		if s.uid >= 0 {
			c.Uid = uint32(s.uid)
		}
		if s.gid >= 0 {
			c.Gid = uint32(s.gid)
		}
		attr.Sys.Credential = c
	}
	return attr
}

func fork_exec(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := parse(a)
	if err != nil {
		return runtime.Value{}, err
	}
	if s.hasPreexec {
		return s.forkExecPreexec()
	}
	if s.hasCwd {
		if e := s.checkCwd(); e != 0 {
			s.report(e, true)
			return runtime.Int(noPid), nil
		}
	}
	attr := s.attr()
	if s.closeFDs {
		defer restoreInheritable(hideInheritable(len(attr.Files)))
	}
	if s.umask >= 0 {
		old := syscall.Umask(s.umask)
		defer syscall.Umask(old)
	}
	if s.restoreSignals {
		defer catchIgnoredSignals()()
	}
	defer posix.InheritSignalMask()()
	var first error
	for _, exe := range s.execs {
		pid, e := syscall.ForkExec(exe, s.argv, attr)
		if e == nil {
			return runtime.Int(int64(pid)), nil
		}
		if first == nil || (e != syscall.ENOENT && e != syscall.ENOTDIR) {
			if first == nil || first == syscall.ENOENT || first == syscall.ENOTDIR {
				first = e
			}
		}
	}
	errno, ok := first.(syscall.Errno)
	if !ok {
		errno = syscall.ENOENT
	}
	s.report(errno, false)
	return runtime.Int(noPid), nil
}
