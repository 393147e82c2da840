// This file defines what the OS-facing modules (posix, time, pwd, ...) need
// from the runtime: OSError's CPython semantics (errno, strerror, filename,
// the errno-to-subclass mapping of OSError(...), its str and reduce),
// NewOSError for raising from an errno, glibc's strerror messages, and
// struct sequences (os.stat_result, time.struct_time), the tuple subclasses
// with named fields that CPython's structseq.c provides.

package runtime

import (
	"errors"
	"fmt"
	"strings"
	"syscall"
)

// The slots of Exception.extra used by OSError and its subclasses; a null
// entry is an unset attribute (None, or AttributeError for
// characters_written).
const (
	oseErrno = iota
	oseStrerror
	oseFilename
	oseFilename2
	oseWritten
	oseFields
)

// errnoSubclass maps an errno value to the OSError subclass OSError(errno,
// ...) constructs, as CPython's errnomap.
var errnoSubclass = map[int64]string{
	int64(syscall.EAGAIN): "BlockingIOError", int64(syscall.EALREADY): "BlockingIOError",
	int64(syscall.EINPROGRESS): "BlockingIOError", int64(syscall.ECHILD): "ChildProcessError",
	int64(syscall.EPIPE): "BrokenPipeError", int64(syscall.ESHUTDOWN): "BrokenPipeError",
	int64(syscall.ECONNABORTED): "ConnectionAbortedError", int64(syscall.ECONNREFUSED): "ConnectionRefusedError",
	int64(syscall.ECONNRESET): "ConnectionResetError", int64(syscall.EEXIST): "FileExistsError",
	int64(syscall.ENOENT): "FileNotFoundError", int64(syscall.EISDIR): "IsADirectoryError",
	int64(syscall.ENOTDIR): "NotADirectoryError", int64(syscall.EINTR): "InterruptedError",
	int64(syscall.EACCES): "PermissionError", int64(syscall.EPERM): "PermissionError",
	int64(syscall.ESRCH): "ProcessLookupError", int64(syscall.ETIMEDOUT): "TimeoutError",
}

// OSErrorSubclass returns the class OSError(errno, ...) instantiates.
func OSErrorSubclass(errno int64) *Type {
	if name, ok := errnoSubclass[errno]; ok {
		return exceptionTypeByName[name]
	}
	return OSErrorType
}

// Strerror returns glibc's message for errno, as os.strerror.
func Strerror(errno int) string {
	if errno >= 0 && errno < len(strerrorTable) {
		return strerrorTable[errno]
	}
	return fmt.Sprintf("Unknown error %d", errno)
}

// NewOSError returns the exception CPython raises for a failed system call
// (PyErr_SetFromErrnoWithFilenameObjects): the errno's OSError subclass with
// args (errno, strerror) and the given filenames (null for none).
func NewOSError(errno int, filename, filename2 Value) *Exception {
	msg := StrValue(Strerror(errno))
	e := NewException(OSErrorSubclass(int64(errno)), Int(int64(errno)), msg)
	e.extra = make([]Value, oseFields)
	e.extra[oseErrno], e.extra[oseStrerror] = Int(int64(errno)), msg
	if !filename.IsNull() && !filename.IsNone() {
		e.extra[oseFilename] = filename
		if !filename2.IsNull() && !filename2.IsNone() {
			e.extra[oseFilename2] = filename2
		}
	}
	return e
}

// NewOSErrorFromGo converts a Go error from the os or syscall packages into
// an OSError, finding its errno; other errors become OSError(str(err)).
func NewOSErrorFromGo(err error, filename, filename2 Value) *Exception {
	var en syscall.Errno
	if errors.As(err, &en) {
		return NewOSError(int(en), filename, filename2)
	}
	return NewExceptionMsg(OSErrorType, err.Error())
}

// oserrorExtra returns e's OSError fields, allocating them on first use.
func oserrorExtra(e *Exception) []Value { return extraFields(e, oseFields) }

// oserrorUseInit reports whether t's arguments are parsed by __init__
// rather than __new__: a Python subclass overrides __init__ but not __new__.
func oserrorUseInit(t *Type) bool {
	return definerIsHeap(t, "__init__") && !definerIsHeap(t, "__new__")
}

func definerIsHeap(t *Type, name string) bool {
	n := Intern(name)
	for _, b := range t.MRO {
		if b.Dict() == nil {
			continue
		}
		if _, ok := b.Dict().GetStr(n); ok {
			return b.Flags&FlagHeapType != 0
		}
	}
	return false
}

func oserror_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	pos := args[:len(args)-len(kwnames)]
	useInit := oserrorUseInit(t)
	if !useInit && len(kwnames) > 0 {
		return Value{}, NewTypeError("%s() takes no keyword arguments", t.Name)
	}
	if t == OSErrorType && len(pos) >= 2 && len(pos) <= 5 && pos[0].Type().Flags&FlagIntSubclass != 0 {
		if n, err := indexToInt(pos[0], ""); err == nil {
			t = OSErrorSubclass(n)
		}
	}
	e := &Exception{Header: Header{t}, Args: emptyTuple}
	if !useInit {
		if err := oserrorParse(e, pos); err != nil {
			return Value{}, err
		}
	}
	return e.Value(), nil
}

func oserror_init(self Value, args []Value, kwnames []*Str) *Exception {
	e := self.AsException()
	if !oserrorUseInit(e.typ) {
		return nil
	}
	if len(kwnames) > 0 {
		return NewTypeError("%s() takes no keyword arguments", e.typ.Name)
	}
	return oserrorParse(e, args)
}

// oserrorParse sets e's args and fields from OSError(errno, strerror[,
// filename[, winerror[, filename2]]]) as CPython's oserror_parse_args and
// oserror_init.
func oserrorParse(e *Exception, pos []Value) *Exception {
	e.Args = NewTuple(append([]Value(nil), pos...))
	if len(pos) < 2 || len(pos) > 5 {
		return nil
	}
	x := oserrorExtra(e)
	x[oseErrno], x[oseStrerror] = pos[0], pos[1]
	if len(pos) < 3 || pos[2].IsNone() {
		return nil
	}
	filename := pos[2]
	if e.typ == exceptionTypeByName["BlockingIOError"] && isNumber(filename) {
		n, err := indexToInt(filename, "")
		if err != nil {
			return NewValueError("%s", err.Error())
		}
		x[oseWritten] = Int(n)
		return nil
	}
	x[oseFilename] = filename
	if len(pos) == 5 && !pos[4].IsNone() {
		x[oseFilename2] = pos[4]
	}
	e.Args = NewTuple([]Value{pos[0], pos[1]})
	return nil
}

func isNumber(v Value) bool {
	t := v.Type()
	return t.Index != nil || t.Int != nil || t.Float != nil
}

func oserror_str(v Value) (Value, *Exception) {
	e := v.AsException()
	if len(e.extra) == oseFields {
		x := e.extra
		switch {
		case !x[oseFilename].IsNull():
			return oserrorFormat(x, true, !x[oseFilename2].IsNull())
		case !x[oseErrno].IsNull() && !x[oseStrerror].IsNull():
			return oserrorFormat(x, false, false)
		}
	}
	return exc_str(v)
}

// oserrorPart is one piece of OSError's str: a prefix and a value shown
// with str() or repr().
type oserrorPart struct {
	pre  string
	v    Value
	repr bool
}

// oserrorFormat renders "[Errno n] msg[: 'file'[ -> 'file2']]".
func oserrorFormat(x []Value, file, file2 bool) (Value, *Exception) {
	parts := []oserrorPart{{"[Errno ", x[oseErrno], false}, {"] ", x[oseStrerror], false}}
	if file {
		parts = append(parts, oserrorPart{": ", x[oseFilename], true})
	}
	if file2 {
		parts = append(parts, oserrorPart{" -> ", x[oseFilename2], true})
	}
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p.pre)
		v := nullToNone(p.v)
		var s *Str
		var err *Exception
		if p.repr {
			s, err = Repr(v)
		} else {
			s, err = StrOf(v)
		}
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s.S)
	}
	return StrValue(b.String()), nil
}

func oserror_reduce(self Value, _ []Value) (Value, *Exception) {
	e := self.AsException()
	args := e.Args.Value()
	if len(e.extra) == oseFields && !e.extra[oseFilename].IsNull() && e.Args.Len() == 2 {
		x := e.extra
		items := []Value{e.Args.items[0], e.Args.items[1], x[oseFilename]}
		if !x[oseFilename2].IsNull() {
			items = append(items, None, x[oseFilename2])
		}
		args = TupleValue(items...)
	}
	return TupleValue(self.Type().Value(), args), nil
}

// oserrorField is the getset of one OSError field (None when unset).
func oserrorField(name string, i int) GetSetDef { return extraMember(name, i, oseFields) }

var oserrorGetSets = []GetSetDef{
	oserrorField("errno", oseErrno), oserrorField("strerror", oseStrerror),
	oserrorField("filename", oseFilename), oserrorField("filename2", oseFilename2),
	{Name: "characters_written", Get: func(v Value) (Value, *Exception) {
		e := v.AsException()
		if len(e.extra) != oseFields || e.extra[oseWritten].IsNull() {
			return Value{}, NewAttributeError("characters_written")
		}
		return e.extra[oseWritten], nil
	}, Set: func(v, x Value) *Exception {
		e := v.AsException()
		if x.IsNull() {
			if len(e.extra) != oseFields || e.extra[oseWritten].IsNull() {
				return NewAttributeError("characters_written")
			}
			e.extra[oseWritten] = Value{}
			return nil
		}
		n, err := indexToInt(x, "")
		if err != nil {
			return err
		}
		oserrorExtra(e)[oseWritten] = Int(n)
		return nil
	}},
}

// This init runs after exception_type.go's (files initialize in name order)
// and before type.go's finishes the builtin types, so OSError's subclasses
// inherit these slots.
func init() {
	t := OSErrorType
	t.New, t.Init, t.Str = oserror_new, oserror_init, oserror_str
	t.getsets = oserrorGetSets
	t.methods = []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: oserror_reduce}}
}

// IndexInt64 converts v through __index__ to an int64 (OverflowError when
// it does not fit; TypeError msg, formatted with the type name, when v has
// no __index__; "" gives CPython's default message).
func IndexInt64(v Value, msg string) (int64, *Exception) { return indexToInt(v, msg) }

// IntOf returns v's value when v is an int (or subclass instance) that fits
// an int64; ok is false otherwise.
func IntOf(v Value) (n int64, ok bool) {
	s, b, isInt := intValue(v)
	return s, isInt && b == nil
}

// strerrorTable holds glibc's strerror messages, index = errno.
var strerrorTable = [...]string{
	0:   "Success",
	1:   "Operation not permitted",
	2:   "No such file or directory",
	3:   "No such process",
	4:   "Interrupted system call",
	5:   "Input/output error",
	6:   "No such device or address",
	7:   "Argument list too long",
	8:   "Exec format error",
	9:   "Bad file descriptor",
	10:  "No child processes",
	11:  "Resource temporarily unavailable",
	12:  "Cannot allocate memory",
	13:  "Permission denied",
	14:  "Bad address",
	15:  "Block device required",
	16:  "Device or resource busy",
	17:  "File exists",
	18:  "Invalid cross-device link",
	19:  "No such device",
	20:  "Not a directory",
	21:  "Is a directory",
	22:  "Invalid argument",
	23:  "Too many open files in system",
	24:  "Too many open files",
	25:  "Inappropriate ioctl for device",
	26:  "Text file busy",
	27:  "File too large",
	28:  "No space left on device",
	29:  "Illegal seek",
	30:  "Read-only file system",
	31:  "Too many links",
	32:  "Broken pipe",
	33:  "Numerical argument out of domain",
	34:  "Numerical result out of range",
	35:  "Resource deadlock avoided",
	36:  "File name too long",
	37:  "No locks available",
	38:  "Function not implemented",
	39:  "Directory not empty",
	40:  "Too many levels of symbolic links",
	41:  "Unknown error 41",
	42:  "No message of desired type",
	43:  "Identifier removed",
	44:  "Channel number out of range",
	45:  "Level 2 not synchronized",
	46:  "Level 3 halted",
	47:  "Level 3 reset",
	48:  "Link number out of range",
	49:  "Protocol driver not attached",
	50:  "No CSI structure available",
	51:  "Level 2 halted",
	52:  "Invalid exchange",
	53:  "Invalid request descriptor",
	54:  "Exchange full",
	55:  "No anode",
	56:  "Invalid request code",
	57:  "Invalid slot",
	58:  "Unknown error 58",
	59:  "Bad font file format",
	60:  "Device not a stream",
	61:  "No data available",
	62:  "Timer expired",
	63:  "Out of streams resources",
	64:  "Machine is not on the network",
	65:  "Package not installed",
	66:  "Object is remote",
	67:  "Link has been severed",
	68:  "Advertise error",
	69:  "Srmount error",
	70:  "Communication error on send",
	71:  "Protocol error",
	72:  "Multihop attempted",
	73:  "RFS specific error",
	74:  "Bad message",
	75:  "Value too large for defined data type",
	76:  "Name not unique on network",
	77:  "File descriptor in bad state",
	78:  "Remote address changed",
	79:  "Can not access a needed shared library",
	80:  "Accessing a corrupted shared library",
	81:  ".lib section in a.out corrupted",
	82:  "Attempting to link in too many shared libraries",
	83:  "Cannot exec a shared library directly",
	84:  "Invalid or incomplete multibyte or wide character",
	85:  "Interrupted system call should be restarted",
	86:  "Streams pipe error",
	87:  "Too many users",
	88:  "Socket operation on non-socket",
	89:  "Destination address required",
	90:  "Message too long",
	91:  "Protocol wrong type for socket",
	92:  "Protocol not available",
	93:  "Protocol not supported",
	94:  "Socket type not supported",
	95:  "Operation not supported",
	96:  "Protocol family not supported",
	97:  "Address family not supported by protocol",
	98:  "Address already in use",
	99:  "Cannot assign requested address",
	100: "Network is down",
	101: "Network is unreachable",
	102: "Network dropped connection on reset",
	103: "Software caused connection abort",
	104: "Connection reset by peer",
	105: "No buffer space available",
	106: "Transport endpoint is already connected",
	107: "Transport endpoint is not connected",
	108: "Cannot send after transport endpoint shutdown",
	109: "Too many references: cannot splice",
	110: "Connection timed out",
	111: "Connection refused",
	112: "Host is down",
	113: "No route to host",
	114: "Operation already in progress",
	115: "Operation now in progress",
	116: "Stale file handle",
	117: "Structure needs cleaning",
	118: "Not a XENIX named type file",
	119: "No XENIX semaphores available",
	120: "Is a named type file",
	121: "Remote I/O error",
	122: "Disk quota exceeded",
	123: "No medium found",
	124: "Wrong medium type",
	125: "Operation canceled",
	126: "Required key not available",
	127: "Key has expired",
	128: "Key has been revoked",
	129: "Key was rejected by service",
	130: "Owner died",
	131: "State not recoverable",
	132: "Operation not possible due to RF-kill",
	133: "Memory page has hardware error",
}

// StructSeqSpec declares a struct sequence type (PyStructSequence_Desc).
type StructSeqSpec struct {
	Name string // "os.stat_result"
	Doc  string
	// Fields names the fields in order; "" is an unnamed field (visible by
	// index only, as stat_result's integer times).
	Fields []string
	Docs   []string // each field's __doc__, parallel to Fields (optional)
	NSeq   int      // fields visible as tuple items; the rest are attributes only
	// FixNew, when set, adjusts the items of an instance built by calling
	// the type from Python (os.stat_result copies the integer times into
	// missing float ones).
	FixNew func(items []Value)
	// NoNew forbids creating instances from Python ("cannot create
	// 'sys.flags' instances").
	NoNew bool
}

// structSeq is an instance of a struct sequence: the visible fields are
// the tuple's items, the others live in hidden.
type structSeq struct {
	tupleSub
	hidden []Value
}

// structSeqInfo is what a struct sequence type needs at run time.
type structSeqInfo struct {
	spec  *StructSeqSpec
	named []string // names of the named fields, in order
}

var structSeqInfos = map[*Type]*structSeqInfo{}

// NewStructSeqType creates the struct sequence type spec declares.
func NewStructSeqType(spec *StructSeqSpec) *Type {
	info := &structSeqInfo{spec: spec}
	var getsets []GetSetDef
	unnamed := 0
	for i, f := range spec.Fields {
		if f == "" {
			unnamed++
			continue
		}
		info.named = append(info.named, f)
		getsets = append(getsets, structSeqMember(f, i, spec.NSeq))
	}
	methods := []Method{{Name: "__reduce__", Flags: MethNoArgs, Fn: structseq_reduce}}
	t := NewNativeType(&TypeSpec{Name: spec.Name, Base: TupleType, Doc: spec.Doc, Methods: methods, GetSets: getsets},
		func(t *Type) {
			t.New, t.Repr = structseq_new, structseq_repr
		})
	structSeqInfos[t] = info
	var match []Value
	for _, f := range spec.Fields[:spec.NSeq] {
		if f != "" {
			match = append(match, StrValue(f))
		}
	}
	t.SetStaticAttr("n_sequence_fields", Int(int64(spec.NSeq)))
	t.SetStaticAttr("n_fields", Int(int64(len(spec.Fields))))
	t.SetStaticAttr("n_unnamed_fields", Int(int64(unnamed)))
	t.SetStaticAttr("__match_args__", TupleValue(match...))
	return t
}

// structSeqMember is the read-only attribute of field i.
func structSeqMember(name string, i, nseq int) GetSetDef {
	return GetSetDef{Name: name, Get: func(v Value) (Value, *Exception) {
		s := ptrOf[structSeq](v)
		if i < nseq {
			return s.items[i], nil
		}
		return s.hidden[i-nseq], nil
	}, Set: func(v, x Value) *Exception { return NewAttributeError("readonly attribute") }}
}

func structSeqInfoOf(t *Type) *structSeqInfo {
	for ; t != nil; t = t.Base {
		if info, ok := structSeqInfos[t]; ok {
			return info
		}
	}
	return nil
}

// NewStructSeq returns an instance of the struct sequence type t holding
// items, one per field (the slice is kept).
func NewStructSeq(t *Type, items []Value) Value {
	n := structSeqInfoOf(t).spec.NSeq
	s := &structSeq{hidden: items[n:]}
	s.Tuple = Tuple{Header{t}, items[:n:n]}
	return ValueOf(s)
}

// StructSeqFields returns all the fields of the struct sequence v
// (visible and hidden), or nil if v is not a struct sequence.
func StructSeqFields(v Value) []Value {
	if structSeqInfoOf(v.Type()) == nil {
		return nil
	}
	s := ptrOf[structSeq](v)
	return append(append([]Value(nil), s.items...), s.hidden...)
}

var structseqNewMethod = Method{Name: "structseq", Sig: "sequence, dict="}

func structseq_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [2]Value
	a, err := structseqNewMethod.bindArgs(args, kw, t.Name, buf[:0])
	if err != nil {
		return Value{}, err
	}
	info := structSeqInfoOf(t)
	if info.spec.NoNew {
		return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
	}
	seq, ok := a[0].TryTuple()
	var items []Value
	if ok {
		items = append([]Value(nil), seq.items...)
	} else if l, ok := a[0].TryList(); ok {
		items = append([]Value(nil), l.items...)
	} else if items, err = collectIter(a[0]); err != nil {
		if err.Matches(TypeErrorType) {
			return Value{}, NewTypeError("constructor requires a sequence")
		}
		return Value{}, err
	} else {
		items = append([]Value(nil), items...)
	}
	var dict *Dict
	if !a[1].IsNull() {
		if dict, ok = a[1].TryDict(); !ok {
			return Value{}, NewTypeError("%s() takes a dict as second arg, if any", t.Name)
		}
	}
	minLen, maxLen := info.spec.NSeq, len(info.spec.Fields)
	if n := len(items); n < minLen || n > maxLen {
		what := "an at least"
		if n > maxLen {
			what, minLen = "an at most", maxLen
		}
		if info.spec.NSeq == maxLen {
			what = "a"
		}
		return Value{}, NewTypeError("%s() takes %s %d-sequence (%d-sequence given)", t.Name, what, minLen, n)
	}
	unnamed := len(info.spec.Fields) - len(info.named)
	for i := len(items); i < maxLen; i++ {
		v := None
		if dict != nil {
			if x, found := dict.GetStr(Intern(info.named[i-unnamed])); found {
				v = x
			}
		}
		items = append(items, v)
	}
	if info.spec.FixNew != nil {
		info.spec.FixNew(items)
	}
	return NewStructSeq(t, items), nil
}

func structseq_repr(v Value) (Value, *Exception) {
	info := structSeqInfoOf(v.Type())
	s := ptrOf[structSeq](v)
	var b strings.Builder
	b.WriteString(v.Type().Name + "(")
	for i, it := range s.items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(it)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(info.named[i] + "=" + r.S)
	}
	b.WriteString(")")
	return StrValue(b.String()), nil
}

func structseq_reduce(self Value, _ []Value) (Value, *Exception) {
	info := structSeqInfoOf(self.Type())
	s := ptrOf[structSeq](self)
	d := NewDict()
	unnamed := len(info.spec.Fields) - len(info.named)
	for i, v := range s.hidden {
		d.SetStr(Intern(info.named[info.spec.NSeq-unnamed+i]), v)
	}
	return TupleValue(self.Type().Value(), TupleValue(TupleValue(s.items...), d.Value())), nil
}

// CodecErrorException converts an error of Encode or Decode into the
// exception to raise.
func CodecErrorException(e *CodecError) *Exception { return codecExc(e) }

// AsFileDescriptor converts an int, or an object with a fileno() method,
// to a file descriptor, as CPython's PyObject_AsFileDescriptor.
func AsFileDescriptor(v Value) (int, *Exception) {
	if v.Type().Flags&FlagIntSubclass == 0 {
		m, err := GetAttrString(v, "fileno")
		if err != nil {
			if !err.Matches(AttributeErrorType) {
				return 0, err
			}
			return 0, NewTypeError("argument must be an int, or have a fileno() method.")
		}
		if v, err = Call(m, nil, nil); err != nil {
			return 0, err
		}
		if v.Type().Flags&FlagIntSubclass == 0 {
			return 0, NewTypeError("fileno() returned a non-integer")
		}
	}
	n, err := indexToInt(v, "")
	if err != nil || n > 1<<31-1 || n < -1<<31 {
		return 0, NewOverflowError("Python int too large to convert to C int")
	}
	if n < 0 {
		return 0, NewValueError("file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}
