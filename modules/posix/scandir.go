// This file defines os.scandir: the posix.ScandirIterator it returns and
// the posix.DirEntry objects it yields, which answer is_dir/is_file/
// is_symlink from the directory entry's type when they can and cache the
// stat results they need.

package posix

import (
	"fmt"
	goruntime "runtime"
	"sync"
	"syscall"
	"unsafe"

	"krait/runtime"
)

// Directory entry types of linux_dirent64.d_type.
const (
	dtUnknown = 0
	dtDir     = 4
	dtReg     = 8
	dtLnk     = 10
)

// dirEntry is a posix.DirEntry.
type dirEntry struct {
	runtime.Header
	name, path runtime.Value
	dirfd      int // the directory's descriptor when scanning one, else -1
	rawName    string
	rawPath    string
	dtype      uint8
	ino        uint64
	stat       runtime.Value // cached stat(), null until asked
	lstat      runtime.Value // cached lstat(), null until asked
}

// scandirIter is a posix.ScandirIterator.
type scandirIter struct {
	runtime.Header
	dir     *dirHandle
	path    *pathArg
	pending []dirent
	done    bool
}

var dirEntryType, scandirIterType *runtime.Type

func init() {
	dirEntryType = runtime.NewNativeType(&runtime.TypeSpec{Name: "posix.DirEntry", Methods: dirEntryMethods,
		GetSets: []runtime.GetSetDef{
			{Name: "name", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return entryOf(v).name, nil }},
			{Name: "path", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return entryOf(v).path, nil }},
		}}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
			return runtime.Value{}, runtime.NewTypeError("cannot create 'posix.DirEntry' instances")
		}
		t.Repr = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			r, err := runtime.Repr(entryOf(v).name)
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.StrValue("<DirEntry " + r.S + ">"), nil
		}
	})
	scandirIterType = runtime.NewNativeType(&runtime.TypeSpec{Name: "posix.ScandirIterator", Methods: scandirMethods},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
				return runtime.Value{}, runtime.NewTypeError("cannot create 'posix.ScandirIterator' instances")
			}
			t.Iter = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return v, nil }
			t.Next = scandirNext
		})
}

func entryOf(v runtime.Value) *dirEntry { return runtime.PtrOf[dirEntry](v) }

func posix_scandir(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	p, err := convertPath(a[0], pathOpts{fn: "scandir", allowFD: true, nullable: true})
	if err != nil {
		return runtime.Value{}, err
	}
	var fd int
	var e error
	if p.isFD {
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
	h := &dirHandle{fd: fd}
	it := &scandirIter{Header: runtime.HeaderFor(scandirIterType), dir: h, path: p}
	// An iterator dropped before its end closes its directory when
	// collected, as CPython's does when its reference count drops, with
	// a ResourceWarning issued on the interpreter's thread.
	goruntime.AddCleanup(it, func(h *dirHandle) {
		if h.close() {
			runtime.AddPendingCall(func() { warnUnclosedScandir(h.addr) })
		}
	}, h)
	h.addr = uintptr(unsafe.Pointer(it))
	trackScandir(it)
	return runtime.ValueOf(it), nil
}

func scandirOf(v runtime.Value) *scandirIter { return runtime.PtrOf[scandirIter](v) }

// dirHandle is the open directory of an iterator, shared with the
// cleanup that closes it if the iterator is dropped unfinished.
type dirHandle struct {
	mu   sync.Mutex
	fd   int     // -1 once closed
	addr uintptr // the iterator's address, for the warning's repr
}

// close closes the directory; it reports whether it was open.
func (h *dirHandle) close() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.fd >= 0 {
		syscall.Close(h.fd)
		h.fd = -1
		untrackScandir(h)
		return true
	}
	return false
}

// warnUnclosedScandir is the ResourceWarning of an iterator collected
// before its end (CPython's ScandirIterator_finalize).
func warnUnclosedScandir(addr uintptr) {
	msg := fmt.Sprintf("unclosed scandir iterator <posix.ScandirIterator object at %#x>", addr)
	if err := runtime.ResourceWarning(runtime.None, msg, 1); err != nil {
		runtime.WriteUnraisable(err, "", runtime.Value{})
	}
}

func (it *scandirIter) close() {
	it.dir.close()
	it.pending = nil
	it.done = true
}

// fill reads the next batch of entries; false at the end.
func (it *scandirIter) fill() (bool, error) {
	buf := make([]byte, 8192)
	for len(it.pending) == 0 {
		if it.done || it.dir.fd < 0 {
			return false, nil
		}
		n, err := syscall.Getdents(it.dir.fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return false, err
		}
		if n <= 0 {
			it.close()
			return false, nil
		}
		it.pending = parseDirentsFull(buf[:n], nil)
	}
	return true, nil
}

func scandirNext(v runtime.Value) (runtime.Value, *runtime.Exception) {
	it := scandirOf(v)
	ok, err := it.fill()
	if err != nil {
		it.close()
		return runtime.Value{}, pathError(err, it.path)
	}
	if !ok {
		return runtime.Value{}, nil
	}
	d := it.pending[0]
	it.pending = it.pending[1:]
	return it.newEntry(d), nil
}

// newEntry makes the DirEntry of d: its path joins the scanned path and
// the name, except when scanning a descriptor (the path is the name).
func (it *scandirIter) newEntry(d dirent) runtime.Value {
	p := it.path
	e := &dirEntry{Header: runtime.HeaderFor(dirEntryType), rawName: d.name, dtype: d.typ, ino: d.ino, dirfd: -1}
	e.name = p.nameValue(d.name)
	if p.isFD {
		e.dirfd = p.fd
		e.rawPath = d.name
		e.path = e.name
		return runtime.ValueOf(e)
	}
	dir := p.name
	if p.none {
		dir = "."
	}
	if dir != "" && dir[len(dir)-1] != '/' {
		dir += "/"
	}
	e.rawPath = dir + d.name
	e.path = p.nameValue(e.rawPath)
	return runtime.ValueOf(e)
}

var scandirMethods = []runtime.Method{
	{Name: "close", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		scandirOf(self).close()
		return runtime.None, nil
	}},
	{Name: "__enter__", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		return self, nil
	}},
	{Name: "__exit__", Sig: "*args", Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		scandirOf(self).close()
		return runtime.False, nil
	}},
}

// fetchStat returns the entry's stat (follow) or lstat, caching it.
func (e *dirEntry) fetchStat(follow bool) (runtime.Value, *runtime.Exception) {
	if follow {
		if e.stat.IsNull() {
			isLink, err := e.isSymlink()
			if err != nil {
				return runtime.Value{}, err
			}
			if !isLink {
				v, err := e.fetchStat(false)
				if err != nil {
					return runtime.Value{}, err
				}
				e.stat = v
			} else if e.stat, err = e.statAt(0); err != nil {
				return runtime.Value{}, err
			}
		}
		return e.stat, nil
	}
	if e.lstat.IsNull() {
		v, err := e.statAt(atSymlinkNoFollow)
		if err != nil {
			return runtime.Value{}, err
		}
		e.lstat = v
	}
	return e.lstat, nil
}

func (e *dirEntry) statAt(flags int) (runtime.Value, *runtime.Exception) {
	var st syscall.Stat_t
	dirfd, name := atFDCWD, e.rawPath
	if e.dirfd >= 0 {
		dirfd, name = e.dirfd, e.rawName
	}
	if err := fstatat(dirfd, name, &st, flags); err != nil {
		return runtime.Value{}, runtime.NewOSErrorFromGo(err, e.path, runtime.Value{})
	}
	return newStatResult(&st), nil
}

func (e *dirEntry) isSymlink() (bool, *runtime.Exception) {
	if e.dtype != dtUnknown {
		return e.dtype == dtLnk, nil
	}
	m, err := e.mode(false)
	if err != nil {
		return false, err
	}
	return m&sIFMT == sIFLNK, nil
}

const (
	sIFMT  = 0o170000
	sIFDIR = 0o040000
	sIFREG = 0o100000
	sIFLNK = 0o120000
)

func (e *dirEntry) mode(follow bool) (uint32, *runtime.Exception) {
	st, err := e.fetchStat(follow)
	if err != nil {
		return 0, err
	}
	m, err := runtime.IndexInt64(runtime.StructSeqFields(st)[0], "")
	return uint32(m), err
}

// testMode answers is_dir (sIFDIR) and is_file (sIFREG).
func (e *dirEntry) testMode(follow bool, want uint32) (bool, *runtime.Exception) {
	isLink := e.dtype == dtLnk
	if e.dtype == dtUnknown || (follow && isLink) {
		m, err := e.mode(follow)
		if err != nil {
			if err.Matches(runtime.ExceptionTypeByName("FileNotFoundError")) {
				return false, nil
			}
			return false, err
		}
		return m&sIFMT == want, nil
	}
	switch want {
	case sIFDIR:
		return e.dtype == dtDir, nil
	case sIFREG:
		return e.dtype == dtReg, nil
	}
	return false, nil
}

func followArg(a []runtime.Value) (bool, *runtime.Exception) { return boolArg(a[0], true) }

var dirEntryMethods = []runtime.Method{
	{Name: "is_dir", Sig: "*, follow_symlinks=", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		follow, err := followArg(a)
		if err != nil {
			return runtime.Value{}, err
		}
		r, err := entryOf(self).testMode(follow, sIFDIR)
		return runtime.Bool(r), err
	}},
	{Name: "is_file", Sig: "*, follow_symlinks=", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		follow, err := followArg(a)
		if err != nil {
			return runtime.Value{}, err
		}
		r, err := entryOf(self).testMode(follow, sIFREG)
		return runtime.Bool(r), err
	}},
	{Name: "is_symlink", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		r, err := entryOf(self).isSymlink()
		return runtime.Bool(r), err
	}},
	{Name: "stat", Sig: "*, follow_symlinks=", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		follow, err := followArg(a)
		if err != nil {
			return runtime.Value{}, err
		}
		return entryOf(self).fetchStat(follow)
	}},
	{Name: "inode", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		return uintValue(entryOf(self).ino), nil
	}},
	{Name: "__class_getitem__", Sig: "item, /", Flags: runtime.MethO | runtime.MethClass, Fn: runtime.ClassGetItem},
	{Name: "__fspath__", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		return entryOf(self).path, nil
	}},
}
