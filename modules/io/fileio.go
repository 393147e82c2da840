// This file defines _io.FileIO, the raw file object over an OS file
// descriptor, as CPython's Modules/_io/fileio.c.

package pyio

import (
	"strings"
	"syscall"

	rt "krait/runtime"
)

// fdState is the descriptor of a FileIO, kept apart from the object so
// that the finalization registry (final.go) can close it after the object
// is collected.
type fdState struct {
	fd       int
	closefd  bool
	dev, ino uint64 // identity of the open file, for final.go
	// name and mode, as FileIO's repr shows them, for the
	// ResourceWarning of a collected FileIO (final_warn.go).
	name rt.Value
	mode string
}

// fileIO is a FileIO instance.
type fileIO struct {
	object
	*fdState
	readable   bool
	writable   bool
	appending  bool
	created    bool
	seekable   int8 // -1 unknown, 0 no, 1 yes
	finalizing bool
	tracked    bool
	blksize    int64
}

var fileioType *rt.Type

func fileio_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&fileIO{object: object{Header: rt.NewHeader(t)}, fdState: &fdState{fd: -1, closefd: true}, seekable: -1}), nil
}

var fileioInit = rt.Method{Name: "FileIO", Sig: "file, mode=, closefd=, opener="}

// fsPath converts a file argument to a Go path string: str, bytes or an
// os.PathLike.
func fsPath(v rt.Value) (string, *rt.Exception) {
	if s, ok := v.TryStr(); ok {
		if strings.IndexByte(s.S, 0) >= 0 {
			return "", rt.NewValueError("embedded null byte")
		}
		if strings.IndexByte(s.S, 0xED) >= 0 {
			// A surrogate (WTF-8 ED A0-BF ..) is a byte the file
			// system encoding escaped: encode as os.fsencode does.
			b, cerr := rt.Encode(s.S, "utf-8", "surrogateescape")
			if cerr != nil {
				return "", rt.CodecErrorException(cerr)
			}
			return string(b), nil
		}
		return s.S, nil
	}
	if b, ok := v.TryBytes(); ok {
		if strings.IndexByte(string(b), 0) >= 0 {
			return "", rt.NewValueError("embedded null byte")
		}
		return string(b), nil
	}
	if f := v.Type().LookupString("__fspath__"); !f.IsNull() {
		r, err := rt.IOCallMethod(v, "__fspath__")
		if err != nil {
			return "", err
		}
		if _, ok := r.TryStr(); ok {
			return fsPath(r)
		}
		if _, ok := r.TryBytes(); ok {
			return fsPath(r)
		}
		return "", rt.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", v.Type().Name, r.Type().Name)
	}
	return "", rt.NewTypeError("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
}

// fileioParseMode parses FileIO's mode into the object's flags and the
// open(2) flags.
func (f *fileIO) parseMode(mode string) (int, *rt.Exception) {
	rwa, plus := false, false
	flags := 0
	badMode := rt.NewValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return 0, badMode
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				return 0, badMode
			}
			f.readable, f.writable, plus = true, true, true
		default:
			return 0, rt.NewValueError("invalid mode: %s", mode)
		}
	}
	if !rwa {
		return 0, badMode
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	return flags | syscall.O_CLOEXEC, nil
}

func fileio_init(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
	a, err := fileioInit.BindClinic(args, kw, "FileIO")
	if err != nil {
		return err
	}
	f := rt.PtrOf[fileIO](self)
	if f.fd >= 0 {
		if f.closefd {
			if err := f.internalClose(); err != nil {
				return err
			}
		} else {
			f.fd = -1
		}
	}
	nameobj := a[0]
	mode := "r"
	if !a[1].IsNull() {
		s, ok := a[1].TryStr()
		if !ok {
			return rt.NewTypeError("FileIO() argument 'mode' must be str, not %s", a[1].Type().Name)
		}
		mode = s.S
	}
	closefd := true
	if !a[2].IsNull() {
		b, err := rt.IsTrue(a[2])
		if err != nil {
			return err
		}
		closefd = b
	}
	opener := a[3]
	if opener.IsNull() {
		opener = rt.None
	}
	fd := -1
	if nameobj.Type().Index != nil {
		n, err := rt.IndexInt(nameobj, "")
		if err != nil {
			return err
		}
		if n < 0 {
			return rt.NewValueError("negative file descriptor")
		}
		fd = int(n)
	}
	// owned: the descriptor is opened here (from a path or the opener), so
	// a failure below closes it; a caller's descriptor stays open, as in
	// CPython (fd_is_own).
	owned := fd < 0
	var path string
	if fd < 0 {
		p, err := fsPath(nameobj)
		if err != nil {
			return err
		}
		path = p
	}
	f.readable, f.writable, f.appending, f.created, f.seekable = false, false, false, false, -1
	flags, err := f.parseMode(mode)
	if err != nil {
		return err
	}
	if err := rt.Audit("open", nameobj, rt.StrValue(mode), rt.Int(int64(flags))); err != nil {
		return err
	}
	if fd >= 0 {
		f.fd, f.closefd = fd, closefd
	} else {
		f.closefd = true
		if !closefd {
			return rt.NewValueError("Cannot use closefd=False with file name")
		}
		if opener.IsNone() {
			reclaimed := false
			for {
				re := rt.ReleaseGIL()
				nfd, oerr := syscall.Open(path, flags, 0o666)
				re()
				if oerr == syscall.EINTR {
					continue
				}
				if !reclaimed && rt.ReclaimFds(oerr) {
					reclaimed = true
					continue
				}
				if oerr != nil {
					return oserr(oerr, nameobj)
				}
				fd = nfd
				break
			}
		} else {
			r, err := rt.Call(opener, []rt.Value{nameobj, rt.Int(int64(flags))}, nil)
			if err != nil {
				return err
			}
			if r.Type().Index == nil {
				return rt.NewTypeError("expected integer from opener")
			}
			n, err := rt.IndexInt(r, "")
			if err != nil {
				return err
			}
			if n < 0 {
				return rt.NewValueError("opener returned %d", n)
			}
			fd = int(n)
		}
		f.fd = fd
	}
	f.blksize = DefaultBufferSize
	var st syscall.Stat_t
	if serr := syscall.Fstat(f.fd, &st); serr != nil {
		if serr == syscall.EBADF {
			e := oserr(serr, rt.Value{})
			f.cleanupFailedOpen(owned)
			return e
		}
	} else {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			e := oserr(syscall.EISDIR, nameobj)
			f.cleanupFailedOpen(owned)
			return e
		}
		if st.Blksize > 1 {
			f.blksize = int64(st.Blksize)
		}
		f.dev, f.ino = uint64(st.Dev), st.Ino
		collectUnclosedWriters(f.dev, f.ino)
	}
	if err := rt.SetAttr(self, rt.Intern("name"), nameobj); err != nil {
		f.cleanupFailedOpen(owned)
		return err
	}
	f.fdState.name, f.fdState.mode = nameobj, f.modeString()
	if f.appending {
		// For consistent behaviour, explicitly seek to the end of file
		// (otherwise, it might be done only on the first write()).
		if _, serr := syscall.Seek(f.fd, 0, 2); serr != nil && serr != syscall.ESPIPE {
			e := oserr(serr, rt.Value{})
			f.cleanupFailedOpen(owned)
			return e
		}
	}
	if !f.tracked {
		f.tracked = true
		trackFile(f)
	}
	return nil
}

// cleanupFailedOpen closes a descriptor the constructor opened itself.
func (f *fileIO) cleanupFailedOpen(owned bool) {
	if owned && f.fd >= 0 {
		syscall.Close(f.fd)
	}
	f.fd = -1
}

// internalClose closes the descriptor.
func (f *fileIO) internalClose() *rt.Exception {
	fd := f.fd
	f.fd = -1
	if fd >= 0 {
		if err := syscall.Close(fd); err != nil {
			return oserr(err, rt.Value{})
		}
	}
	return nil
}

func fileioSelf(v rt.Value) *fileIO { return rt.PtrOf[fileIO](v) }

func (f *fileIO) checkReadable() *rt.Exception {
	if f.fd < 0 {
		return errClosedFile()
	}
	if !f.readable {
		return unsupported("File not open for reading")
	}
	return nil
}

func (f *fileIO) checkWritable() *rt.Exception {
	if f.fd < 0 {
		return errClosedFile()
	}
	if !f.writable {
		return unsupported("File not open for writing")
	}
	return nil
}

// readRaw reads into b with the GIL released, retrying on EINTR; n < 0
// with nil error means EAGAIN (no data in non-blocking mode).
func (f *fileIO) readRaw(b []byte) (int, *rt.Exception) {
	// A pipe or terminal can block forever: let signal handlers run
	// while it waits (seekable files never block for long).
	if f.seekable != 1 {
		if exc := rt.WaitFd(f.fd, false); exc != nil {
			return 0, exc
		}
	}
	for {
		re := rt.ReleaseGIL()
		n, err := syscall.Read(f.fd, b)
		re()
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return -1, nil
		}
		if err != nil {
			return 0, oserr(err, rt.Value{})
		}
		return n, nil
	}
}

// writeRaw writes b once (a partial write is possible) with the GIL
// released, retrying on EINTR.
func (f *fileIO) writeRaw(b []byte) (int, *rt.Exception) {
	// A pipe or terminal can block forever: let signal handlers run
	// while it waits (seekable files never block for long).
	if f.seekable != 1 {
		if exc := rt.WaitFd(f.fd, true); exc != nil {
			return 0, exc
		}
	}
	for {
		n, err, exc := rt.WriteFd(f.fd, b)
		if exc != nil {
			return 0, exc
		}
		if err == syscall.EAGAIN {
			return -1, nil
		}
		if err != nil {
			return 0, oserr(err, rt.Value{})
		}
		return n, nil
	}
}

// readAll reads to EOF. It returns (nil, nil) for EAGAIN before any data.
func (f *fileIO) readAll() ([]byte, *rt.Exception) {
	bufsize := 8 * 1024
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Size > 0 {
		pos, err := syscall.Seek(f.fd, 0, 1)
		if err == nil && st.Size >= pos && st.Size-pos < 1<<30 {
			bufsize = int(st.Size-pos) + 1
		}
	}
	out := make([]byte, 0, bufsize)
	for {
		if len(out) == cap(out) {
			out = append(out, make([]byte, max(cap(out), 8*1024))...)[:len(out)]
		}
		n, err := f.readRaw(out[len(out):cap(out)])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			if len(out) == 0 {
				return nil, nil
			}
			break
		}
		if n == 0 {
			break
		}
		out = out[:len(out)+n]
	}
	return out, nil
}

func fileio_read(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if err := f.checkReadable(); err != nil {
		return rt.Value{}, err
	}
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if n < 0 {
		return fileio_readall(self, nil)
	}
	buf := make([]byte, n)
	got, err := f.readRaw(buf)
	if err != nil {
		return rt.Value{}, err
	}
	if got < 0 {
		return rt.None, nil
	}
	return rt.NewBytes(buf[:got]), nil
}

func fileio_readall(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if f.fd < 0 {
		return rt.Value{}, errClosedFile()
	}
	b, err := f.readAll()
	if err != nil {
		return rt.Value{}, err
	}
	if b == nil {
		return rt.None, nil
	}
	return rt.NewBytes(b), nil
}

// writableBuffer returns the storage of a read-write bytes-like object.
func writableBuffer(v rt.Value, who string) ([]byte, *rt.Exception) {
	if b, ok := rt.IOWritableBuffer(v); ok {
		return b, nil
	}
	return nil, rt.NewTypeError("%s() argument must be read-write bytes-like object, not %s", who, v.Type().Name)
}

func fileio_readinto(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if err := f.checkReadable(); err != nil {
		return rt.Value{}, err
	}
	buf, err := writableBuffer(a[0], "readinto")
	if err != nil {
		return rt.Value{}, err
	}
	n, err := f.readRaw(buf)
	if err != nil {
		return rt.Value{}, err
	}
	if n < 0 {
		return rt.None, nil
	}
	return rt.Int(int64(n)), nil
}

// bytesArg returns the contents of a bytes-like argument.
func bytesArg(v rt.Value) ([]byte, *rt.Exception) {
	if b, ok := rt.BufferBytes(v); ok {
		return b, nil
	}
	return nil, rt.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
}

func fileio_write(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if err := f.checkWritable(); err != nil {
		return rt.Value{}, err
	}
	b, err := bytesArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	n, err := f.writeRaw(b)
	if err != nil {
		return rt.Value{}, err
	}
	if n < 0 {
		return rt.None, nil
	}
	return rt.Int(int64(n)), nil
}

// seek moves the file position; whence is 0, 1 or 2.
func (f *fileIO) seek(pos int64, whence int) (int64, *rt.Exception) {
	r, err := syscall.Seek(f.fd, pos, whence)
	if err != nil {
		return 0, oserr(err, rt.Value{})
	}
	if f.seekable < 0 {
		f.seekable = 1
	}
	return r, nil
}

func fileio_seek(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if f.fd < 0 {
		return rt.Value{}, errClosedFile()
	}
	pos, err := offArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	whence := int64(0)
	if !a[1].IsNull() {
		if whence, err = rt.IndexInt(a[1], ""); err != nil {
			return rt.Value{}, err
		}
	}
	r, err := f.seek(pos, int(whence))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Int(r), nil
}

func fileio_tell(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if f.fd < 0 {
		return rt.Value{}, errClosedFile()
	}
	r, err := f.seek(0, 1)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Int(r), nil
}

func fileio_truncate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if err := f.checkWritable(); err != nil {
		return rt.Value{}, err
	}
	var size int64
	if a[0].IsNull() || a[0].IsNone() {
		p, err := f.seek(0, 1)
		if err != nil {
			return rt.Value{}, err
		}
		size = p
	} else {
		n, err := offArg(a[0])
		if err != nil {
			return rt.Value{}, err
		}
		size = n
	}
	if err := syscall.Ftruncate(f.fd, size); err != nil {
		return rt.Value{}, oserr(err, rt.Value{})
	}
	return rt.Int(size), nil
}

func fileio_close(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	// _RawIOBase.close(self): flush and mark closed.
	_, res := rt.Call(rawiobaseType.LookupString("close"), []rt.Value{self}, nil)
	if !f.closefd {
		f.fd = -1
		if res != nil {
			return rt.Value{}, res
		}
		return rt.None, nil
	}
	if f.finalizing && f.fd >= 0 {
		// fileio_dealloc_warn: closed by its finalizer, not by the program.
		if r, err := rt.Repr(self); err == nil {
			if werr := rt.ResourceWarning(self, "unclosed file "+r.S, 1); werr != nil {
				rt.WriteUnraisable(werr, "", self)
			}
		}
	}
	if err := f.internalClose(); err != nil && res == nil {
		res = err
	}
	if res != nil {
		return rt.Value{}, res
	}
	return rt.None, nil
}

func (f *fileIO) isSeekable() bool {
	if f.seekable < 0 {
		if _, err := syscall.Seek(f.fd, 0, 1); err != nil {
			f.seekable = 0
		} else {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

func fileioBool(get func(f *fileIO) bool) rt.MethodFunc {
	return func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		f := fileioSelf(self)
		if f.fd < 0 {
			return rt.Value{}, errClosedFile()
		}
		return rt.Bool(get(f)), nil
	}
}

func isatty(fd int) bool {
	_, err := ioctlGetTermios(fd)
	return err == nil
}

// modeString is FileIO.mode.
func (f *fileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

func pyBoolStr(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func fileio_repr(self rt.Value) (rt.Value, *rt.Exception) {
	f := fileioSelf(self)
	if f.fd < 0 {
		return rt.StrValue("<_io.FileIO [closed]>"), nil
	}
	name, err := rt.GetAttrString(self, "name")
	if err != nil {
		if !err.Matches(rt.AttributeErrorType) {
			return rt.Value{}, err
		}
		return rt.StrValue("<_io.FileIO fd=" + itoa(int64(f.fd)) + " mode='" + f.modeString() + "' closefd=" + pyBoolStr(f.closefd) + ">"), nil
	}
	r, err := rt.Repr(name)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.StrValue("<_io.FileIO name=" + r.S + " mode='" + f.modeString() + "' closefd=" + pyBoolStr(f.closefd) + ">"), nil
}

var fileioMethods = []rt.Method{
	{Name: "read", Sig: "size=, /", Fn: fileio_read},
	{Name: "readall", Flags: rt.MethNoArgs, Fn: fileio_readall},
	{Name: "readinto", Sig: "buffer, /", Flags: rt.MethO, Fn: fileio_readinto},
	{Name: "write", Sig: "b, /", Flags: rt.MethO, Fn: fileio_write},
	{Name: "seek", Sig: "pos, whence=, /", Fn: fileio_seek},
	{Name: "tell", Flags: rt.MethNoArgs, Fn: fileio_tell},
	{Name: "truncate", Sig: "size=, /", Fn: fileio_truncate},
	{Name: "close", Flags: rt.MethNoArgs, Fn: fileio_close},
	{Name: "seekable", Flags: rt.MethNoArgs, Fn: fileioBool(func(f *fileIO) bool { return f.isSeekable() })},
	{Name: "readable", Flags: rt.MethNoArgs, Fn: fileioBool(func(f *fileIO) bool { return f.readable })},
	{Name: "writable", Flags: rt.MethNoArgs, Fn: fileioBool(func(f *fileIO) bool { return f.writable })},
	{Name: "isatty", Flags: rt.MethNoArgs, Fn: fileioBool(func(f *fileIO) bool { return isatty(f.fd) })},
	{Name: "fileno", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		f := fileioSelf(self)
		if f.fd < 0 {
			return rt.Value{}, errClosedFile()
		}
		return rt.Int(int64(f.fd)), nil
	}},
	{Name: "_dealloc_warn", Sig: "source, /", Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.None, nil
	}},
}

var fileioGetSets = []rt.GetSetDef{
	{Name: "closed", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.Bool(fileioSelf(v).fd < 0), nil },
		Doc: "True if the file is closed"},
	{Name: "closefd", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.Bool(fileioSelf(v).closefd), nil },
		Doc: "True if the file descriptor will be closed by close()."},
	{Name: "mode", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.StrValue(fileioSelf(v).modeString()), nil },
		Doc: "String giving the file mode"},
	{Name: "_blksize", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.Int(fileioSelf(v).blksize), nil }},
	{Name: "_finalizing", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.Bool(fileioSelf(v).finalizing), nil },
		// IOBase's finalizer sets it before close(), which then warns.
		Set: func(v, x rt.Value) *rt.Exception {
			b, err := rt.IsTrue(x)
			fileioSelf(v).finalizing = b
			return err
		}},
}

func newFileIOType() {
	fileioType = rt.NewNativeType(&rt.TypeSpec{Name: "_io.FileIO", Base: rawiobaseType, Flags: rt.FlagBaseType,
		Doc: fileioDoc, Methods: fileioMethods, GetSets: fileioGetSets}, func(t *rt.Type) {
		t.New = fileio_new
		t.Init = fileio_init
		t.Repr = fileio_repr
		t.InstAttrs = objAttrs
	})
}

const fileioDoc = "FileIO(file, mode='r', closefd=True, opener=None)\n--\n\n" +
	"Open a file.\n\n" +
	"The mode can be 'r' (default), 'w', 'x' or 'a' for reading,\n" +
	"writing, exclusive creation or appending.  The file will be created if it\n" +
	"doesn't exist when opened for writing or appending; it will be truncated\n" +
	"when opened for writing.  A FileExistsError will be raised if it already\n" +
	"exists when opened for creating. Opening a file for creating implies\n" +
	"writing so this mode behaves in a similar way to 'w'.Add a '+' to the mode\n" +
	"to allow simultaneous reading and writing. A custom opener can be used by\n" +
	"passing a callable as *opener*. The underlying file descriptor for the file\n" +
	"object is then obtained by calling opener with (*name*, *flags*).\n" +
	"*opener* must return an open file descriptor (passing os.open as *opener*\n" +
	"results in functionality similar to passing None)."
