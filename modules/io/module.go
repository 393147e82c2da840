// Package pyio is CPython's _io module in Go: the I/O class hierarchy
// (_IOBase and its raw, buffered and text branches), FileIO, BytesIO,
// StringIO, the Buffered* classes, TextIOWrapper, IncrementalNewlineDecoder
// and open(). The io module of the standard library (Lib/io.py) builds the
// public ABCs on top of it.
package pyio

import (
	"strings"
	"sync"

	rt "krait/runtime"
)

// Module is the definition of the _io module.
var Module = &rt.ModuleDef{
	Name:       "_io",
	Doc:        moduleDoc,
	Methods:    moduleMethods,
	Exec:       execModule,
	FuncModule: "io",
}

var typesOnce sync.Once

// initTypes creates the classes once per process: they are immutable
// builtin types shared by every import of _io.
func initTypes() {
	typesOnce.Do(func() {
		blockingIOError = rt.IOExceptionType("BlockingIOError")
		unsupportedOperation = makeUnsupportedOperation()
		newBaseTypes()
		newFileIOType()
		newBytesIOType()
		newStringIOType()
		newBufferedTypes()
		newRWPairType()
		newTextIOType()
		newNewlineDecoderType()
	})
}

func execModule(m *rt.Module) *rt.Exception {
	initTypes()
	rt.AdoptModuleSelf(OpenFunction(), m)
	m.SetAttr("open", OpenFunction())
	m.SetAttr("DEFAULT_BUFFER_SIZE", rt.Int(DefaultBufferSize))
	m.SetAttr("UnsupportedOperation", unsupportedOperation.Value())
	m.SetAttr("BlockingIOError", blockingIOError.Value())
	for _, t := range []*rt.Type{iobaseType, rawiobaseType, bufferediobaseType, textiobaseType,
		fileioType, bytesioType, stringioType, bufferedReaderType, bufferedWriterType,
		bufferedRandomType, bufferedRWPairType, textiowrapperType, nlDecoderType} {
		name := t.Name[strings.LastIndexByte(t.Name, '.')+1:]
		m.SetAttr(name, t.Value())
	}
	return nil
}

// openSig is open()'s signature, bound with Argument Clinic's messages.
var openSig = &rt.Method{Name: "open", Sig: "file, mode=, buffering=, encoding=, errors=, newline=, closefd=, opener="}

// openDoc is open()'s docstring (tools such as pydoc and update_wrapper read it).
const openDoc = "Open file and return a stream.  Raise OSError upon failure.\n\n" +
	"file is a path (str or bytes) or an open file descriptor. mode is a\n" +
	"combination of 'r' (read, the default), 'w' (write, truncating), 'x'\n" +
	"(create, failing if the file exists), 'a' (append), '+' (read and\n" +
	"write), 'b' (binary: bytes) and 't' (text: str, the default).\n\n" +
	"buffering is 0 for unbuffered (binary only), 1 for line buffering (text\n" +
	"only) or a buffer size; encoding, errors and newline apply to text mode.\n" +
	"closefd=False keeps a given descriptor open when the file is closed;\n" +
	"opener, if given, is called as opener(file, flags) to get the descriptor.\n\n" +
	"Text mode returns a TextIOWrapper, binary mode a BufferedReader,\n" +
	"BufferedWriter or BufferedRandom, and buffering=0 a FileIO."

var moduleMethods = []rt.Method{
	rt.ClinicMethod("open", openSig.Sig, io_open),
	rt.ClinicMethod("open_code", "path", io_open_code),
	{Name: "text_encoding", Sig: "encoding, stacklevel=, /", Fn: io_text_encoding},
}

func init() { moduleMethods[0].Doc = openDoc }

// Open is open() for Go callers (the runtime's builtins.open).
func Open(args []rt.Value, kwnames []*rt.Str) (rt.Value, *rt.Exception) {
	initTypes()
	a, err := openSig.BindClinic(args, kwnames, "open")
	if err != nil {
		return rt.Value{}, err
	}
	return io_open(rt.Value{}, a)
}

// openMode is the parsed mode argument of open().
type openMode struct {
	creating, reading, writing, appending, updating, text, binary bool
}

func parseOpenMode(mode string) (openMode, *rt.Exception) {
	var m openMode
	seen := map[rune]bool{}
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return m, rt.NewValueError("invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'x':
			m.creating = true
		case 'r':
			m.reading = true
		case 'w':
			m.writing = true
		case 'a':
			m.appending = true
		case '+':
			m.updating = true
		case 't':
			m.text = true
		case 'b':
			m.binary = true
		}
	}
	if m.text && m.binary {
		return m, rt.NewValueError("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.creating, m.reading, m.writing, m.appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, rt.NewValueError("must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

func (m openMode) rawMode() string {
	var sb strings.Builder
	switch {
	case m.creating:
		sb.WriteByte('x')
	case m.reading:
		sb.WriteByte('r')
	case m.writing:
		sb.WriteByte('w')
	case m.appending:
		sb.WriteByte('a')
	}
	if m.updating {
		sb.WriteByte('+')
	}
	return sb.String()
}

func io_open(_ rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	initTypes()
	file := a[0]
	mode := "r"
	if !a[1].IsNull() {
		s, ok := a[1].TryStr()
		if !ok {
			return rt.Value{}, rt.NewTypeError("open() argument 'mode' must be str, not %s", a[1].Type().Name)
		}
		mode = s.S
	}
	buffering := int64(-1)
	if !a[2].IsNull() {
		n, err := rt.IndexInt(a[2], "")
		if err != nil {
			return rt.Value{}, err
		}
		buffering = n
	}
	for i, name := range []string{"encoding", "errors", "newline"} {
		if _, _, err := optStr(a[3+i], "open", name); err != nil {
			return rt.Value{}, err
		}
	}
	closefd := rt.True
	if !a[6].IsNull() {
		b, err := rt.IsTrue(a[6])
		if err != nil {
			return rt.Value{}, err
		}
		closefd = rt.Bool(b)
	}
	opener := a[7]
	if opener.IsNull() {
		opener = rt.None
	}
	if file.Type().Index == nil {
		if _, ok := file.TryStr(); !ok {
			if _, ok := file.TryBytes(); !ok {
				if file.Type().LookupString("__fspath__").IsNull() {
					return rt.Value{}, rt.NewTypeError("expected str, bytes or os.PathLike object, not %s", file.Type().Name)
				}
				p, err := rt.IOCallMethod(file, "__fspath__")
				if err != nil {
					return rt.Value{}, err
				}
				// PyOS_FSPath: only a str or bytes path (an int from
				// __fspath__ is not a file descriptor).
				if _, ok := p.TryStr(); !ok {
					if _, ok := p.TryBytes(); !ok {
						return rt.Value{}, rt.NewTypeError("expected %s.__fspath__() to return str or bytes, not %s", file.Type().Name, p.Type().Name)
					}
				}
				file = p
			}
		}
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return rt.Value{}, err
	}
	if m.binary {
		for i, what := range []string{"an encoding", "an errors", "a newline"} {
			if !a[3+i].IsNull() && !a[3+i].IsNone() {
				return rt.Value{}, rt.NewValueError("binary mode doesn't take %s argument", what)
			}
		}
	}
	if m.binary && buffering == 1 {
		if err := warn(rt.IOExceptionType("RuntimeWarning"), "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used"); err != nil {
			return rt.Value{}, err
		}
	}
	raw, err := rt.Call(fileioType.Value(), []rt.Value{file, rt.StrValue(m.rawMode()), closefd, opener}, nil)
	if err != nil {
		return rt.Value{}, err
	}
	res, err := openLayers(raw, m, buffering, a)
	if err != nil {
		rt.IOCallMethod(raw, "close")
		return rt.Value{}, err
	}
	return res, nil
}

// openLayers stacks the buffer and text layers of open() on raw.
func openLayers(raw rt.Value, m openMode, buffering int64, a []rt.Value) (rt.Value, *rt.Exception) {
	lineBuffering := false
	if buffering == 1 || buffering < 0 && isattyValue(raw) {
		buffering = -1
		lineBuffering = true
	}
	if buffering < 0 {
		buffering = fileioSelf(raw).blksize
		if raw.Type() != fileioType {
			bs, err := rt.GetAttrString(raw, "_blksize")
			if err != nil {
				return rt.Value{}, err
			}
			if buffering, err = rt.IndexInt(bs, ""); err != nil {
				return rt.Value{}, err
			}
		}
	}
	if buffering < 0 {
		return rt.Value{}, rt.NewValueError("invalid buffering size")
	}
	if buffering == 0 {
		if m.binary {
			return raw, nil
		}
		return rt.Value{}, rt.NewValueError("can't have unbuffered text I/O")
	}
	var bt *rt.Type
	switch {
	case m.updating:
		bt = bufferedRandomType
	case m.creating || m.writing || m.appending:
		bt = bufferedWriterType
	case m.reading:
		bt = bufferedReaderType
	default:
		return rt.Value{}, rt.NewValueError("unknown mode: '%s'", m.rawMode())
	}
	buffer, err := rt.Call(bt.Value(), []rt.Value{raw, rt.Int(buffering)}, nil)
	if err != nil {
		return rt.Value{}, err
	}
	if m.binary {
		return buffer, nil
	}
	args := []rt.Value{buffer, orNone(a[3]), orNone(a[4]), orNone(a[5]), rt.Bool(lineBuffering)}
	w, err := rt.Call(textiowrapperType.Value(), args, nil)
	if err != nil {
		return rt.Value{}, err
	}
	mode := "r"
	if !a[1].IsNull() {
		mode = a[1].AsStr().S
	}
	if err := rt.SetAttr(w, rt.Intern("mode"), rt.StrValue(mode)); err != nil {
		return rt.Value{}, err
	}
	if w.Type() == textiowrapperType {
		textSelf(w).textState.mode = mode
	}
	return w, nil
}

// warn issues a warning through _warnings.warn with stacklevel 1, as
// PyErr_WarnEx does; without _warnings it does nothing.
func warn(category *rt.Type, msg string) *rt.Exception {
	w, err := importModule("_warnings")
	if err != nil {
		return nil
	}
	f, err := rt.GetAttrString(w, "warn")
	if err != nil {
		return nil
	}
	_, err = rt.Call(f, []rt.Value{rt.StrValue(msg), category.Value(), rt.Int(1), rt.None}, nil)
	return err
}

func orNone(v rt.Value) rt.Value {
	if v.IsNull() {
		return rt.None
	}
	return v
}

func isattyValue(raw rt.Value) bool {
	if raw.Type() == fileioType {
		return isatty(fileioSelf(raw).fd)
	}
	r, err := rt.IOCallMethod(raw, "isatty")
	if err != nil {
		return false
	}
	b, _ := rt.IsTrue(r)
	return b
}

func io_open_code(_ rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if _, ok := a[0].TryStr(); !ok {
		return rt.Value{}, rt.NewTypeError("open_code() argument 'path' must be str, not %s", a[0].Type().Name)
	}
	return io_open(rt.Value{}, []rt.Value{a[0], rt.StrValue("rb"), {}, {}, {}, {}, {}, {}})
}

func io_text_encoding(_ rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if a[0].IsNone() {
		if rt.SysConfig.Flags.WarnDefaultEnc != 0 {
			level := int64(2)
			if !a[1].IsNull() {
				n, err := rt.IndexInt(a[1], "")
				if err != nil {
					return rt.Value{}, err
				}
				level = n
			}
			if err := rt.Warn(rt.ExceptionTypeByName("EncodingWarning"), "'encoding' argument not specified", int(level)); err != nil {
				return rt.Value{}, err
			}
		}
		// UTF-8 Mode makes the default "utf-8" (3.11.7, bpo-47000).
		if rt.SysConfig.Flags.UTF8Mode != 0 {
			return rt.StrValue("utf-8"), nil
		}
		return rt.StrValue("locale"), nil
	}
	return a[0], nil
}

const moduleDoc = "The io module provides the Python interfaces to stream handling. The\n" +
	"builtin open function is defined in this module.\n\n" +
	"At the top of the I/O hierarchy is the abstract base class IOBase. It\n" +
	"defines the basic interface to a stream. Note, however, that there is no\n" +
	"separation between reading and writing to streams; implementations are\n" +
	"allowed to raise an OSError if they do not support a given operation.\n\n" +
	"Extending IOBase is RawIOBase which deals simply with the reading and\n" +
	"writing of raw bytes to a stream. FileIO subclasses RawIOBase to provide\n" +
	"an interface to OS files.\n\n" +
	"BufferedIOBase deals with buffering on a raw byte stream (RawIOBase). Its\n" +
	"subclasses, BufferedWriter, BufferedReader, and BufferedRWPair buffer\n" +
	"streams that are readable, writable, and both respectively.\n" +
	"BufferedRandom provides a buffered interface to random access\n" +
	"streams. BytesIO is a simple stream of in-memory bytes.\n\n" +
	"Another IOBase subclass, TextIOBase, deals with the encoding and decoding\n" +
	"of streams into text. TextIOWrapper, which extends it, is a buffered text\n" +
	"interface to a buffered raw stream (`BufferedIOBase`). Finally, StringIO\n" +
	"is an in-memory stream for text.\n\n" +
	"Argument names are not part of the specification, and only the arguments\n" +
	"of open() are intended to be used as keyword arguments.\n\n" +
	"data:\n\n" +
	"DEFAULT_BUFFER_SIZE\n\n" +
	"   An int containing the default buffer size used by the module's buffered\n" +
	"   I/O classes. open() uses the file's blksize (as obtained by os.stat) if\n" +
	"   possible.\n"

var (
	openFuncOnce sync.Once
	openFunc     rt.Value
)

// OpenFunction returns the builtin function open (io.open), for
// builtins.open: one object, so that open is io.open.
func OpenFunction() rt.Value {
	openFuncOnce.Do(func() { openFunc = rt.NewBuiltinFunction(&moduleMethods[0], rt.Value{}, "io") })
	return openFunc
}
