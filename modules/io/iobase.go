// This file defines the abstract bases _IOBase, _RawIOBase, _BufferedIOBase
// and _TextIOBase. Their methods work through Python-level calls on self
// (self.read, self.closed, ...), as CPython's iobase.c does, so that
// classes written in Python that subclass io.RawIOBase & co. get the
// generic readline, iteration, context manager and close behaviour.

package pyio

import (
	rt "krait/runtime"
)

// object is the layout every _io instance starts with: the header and the
// instance dictionary (all _io objects have a __dict__).
type object struct {
	rt.Header
	attrs rt.Attrs
}

func objAttrs(v rt.Value) *rt.Attrs { return &rt.PtrOf[object](v).attrs }

var (
	iobaseType         *rt.Type
	rawiobaseType      *rt.Type
	bufferediobaseType *rt.Type
	textiobaseType     *rt.Type
)

var (
	strIOBaseClosed = rt.Intern("__IOBase_closed")
	strClosed       = rt.Intern("closed")
)

func iobase_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&object{Header: rt.NewHeader(t)}), nil
}

// iobaseIsClosed reports whether __IOBase_closed is set on self.
func iobaseIsClosed(self rt.Value) bool {
	a := self.Type().InstAttrs
	if a == nil {
		return false
	}
	v, err := rt.GetAttrOpt(self, strIOBaseClosed)
	return err == nil && !v.IsNull()
}

// checkClosed raises ValueError if self.closed is true (_checkClosed).
func checkClosed(self rt.Value) *rt.Exception {
	c, err := rt.GetAttr(self, strClosed)
	if err != nil {
		return err
	}
	b, err := rt.IsTrue(c)
	if err != nil {
		return err
	}
	if b {
		return errClosed()
	}
	return nil
}

// checkAbility calls self.<method>() and raises UnsupportedOperation(msg)
// unless it returns True (_checkReadable and friends).
func checkAbility(self rt.Value, method, msg string) *rt.Exception {
	r, err := rt.IOCallMethod(self, method)
	if err != nil {
		return err
	}
	if !r.Is(rt.True) {
		if r.Type() != rt.BoolType {
			return rt.NewTypeError("%s() should return a bool", method)
		}
		return unsupported(msg)
	}
	return nil
}

func unsupportedMethod(name string) rt.Method {
	return rt.Method{Name: name, Sig: "*args", Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.Value{}, unsupported(name)
	}}
}

func noArgsUnsupported(name string) rt.Method {
	return rt.Method{Name: name, Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.Value{}, unsupported(name)
	}}
}

func falseMethod(name string) rt.Method {
	return rt.Method{Name: name, Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.False, nil
	}}
}

func checkMethod(name, ability, msg string) rt.Method {
	return rt.Method{Name: name, Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := checkAbility(self, ability, msg); err != nil {
			return rt.Value{}, err
		}
		return rt.True, nil
	}}
}

var iobaseMethods = []rt.Method{
	unsupportedMethod("seek"),
	{Name: "tell", Flags: rt.MethNoArgs, Fn: iobase_tell},
	unsupportedMethod("truncate"),
	{Name: "flush", Flags: rt.MethNoArgs, Fn: iobase_flush},
	{Name: "close", Flags: rt.MethNoArgs, Fn: iobase_close},
	{Name: "__del__", Flags: rt.MethNoArgs, Fn: iobase_del},
	falseMethod("seekable"), falseMethod("readable"), falseMethod("writable"),
	checkMethod("_checkSeekable", "seekable", "File or stream is not seekable."),
	checkMethod("_checkReadable", "readable", "File or stream is not readable."),
	checkMethod("_checkWritable", "writable", "File or stream is not writable."),
	{Name: "_checkClosed", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := checkClosed(self); err != nil {
			return rt.Value{}, err
		}
		return rt.None, nil
	}},
	{Name: "__enter__", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := checkClosed(self); err != nil {
			return rt.Value{}, err
		}
		return self, nil
	}},
	{Name: "__exit__", Sig: "*args", Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.IOCallMethod(self, "close")
	}},
	noArgsUnsupported("fileno"),
	{Name: "isatty", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := checkClosed(self); err != nil {
			return rt.Value{}, err
		}
		return rt.False, nil
	}},
	{Name: "readline", Sig: "size=, /", Fn: iobase_readline},
	{Name: "readlines", Sig: "hint=, /", Fn: iobase_readlines},
	{Name: "writelines", Sig: "lines, /", Flags: rt.MethO, Fn: iobase_writelines},
}

func iobase_tell(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return rt.IOCallMethod(self, "seek", rt.Int(0), rt.Int(1))
}

func iobase_flush(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if iobaseIsClosed(self) {
		return rt.Value{}, errClosed()
	}
	return rt.None, nil
}

func iobase_close(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if iobaseIsClosed(self) {
		return rt.None, nil
	}
	_, ferr := rt.IOCallMethod(self, "flush")
	if err := rt.SetAttr(self, strIOBaseClosed, rt.True); err != nil {
		return rt.Value{}, err
	}
	if ferr != nil {
		return rt.Value{}, ferr
	}
	return rt.None, nil
}

// iobase_del is CPython's iobase_finalize, which Python subclasses
// inherit as __del__ (so a collected, unclosed stream is closed, and a
// subclass's __del__ can call super().__del__()): an object whose closed
// is false is marked _finalizing and closed; errors are dropped, as
// CPython does outside its dev mode.
func iobase_del(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	c, err := rt.GetAttr(self, strClosed)
	if err != nil {
		return rt.None, nil
	}
	if closed, err := rt.IsTrue(c); err != nil || closed {
		return rt.None, nil
	}
	rt.SetAttr(self, rt.Intern("_finalizing"), rt.True)
	rt.IOCallMethod(self, "close")
	return rt.None, nil
}

func iobase_closed_get(self rt.Value) (rt.Value, *rt.Exception) {
	return rt.Bool(iobaseIsClosed(self)), nil
}

// sizeArg converts an optional size argument (Argument Clinic's
// Py_ssize_t(accept={int, NoneType})): absent or None is -1.
func sizeArg(v rt.Value) (int64, *rt.Exception) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	return ssizeArg(v, "argument should be integer or None, not '%s'")
}

// ssizeArg converts v with __index__ to a Py_ssize_t, with
// PyNumber_AsSsize_t's OverflowError.
func ssizeArg(v rt.Value, msg string) (int64, *rt.Exception) {
	n, err := rt.IndexInt(v, msg)
	if err != nil && err.Matches(rt.OverflowErrorType) {
		return 0, rt.NewOverflowError("cannot fit 'int' into an index-sized integer")
	}
	return n, err
}

// offArg converts a file offset (off_t through PyLong_AsLong).
func offArg(v rt.Value) (int64, *rt.Exception) {
	n, err := rt.IndexInt(v, "")
	if err != nil && err.Matches(rt.OverflowErrorType) {
		return 0, rt.NewOverflowError("Python int too large to convert to C long")
	}
	return n, err
}

// iobase_readline reads up to a newline with peek() when the object has it
// and read(1) otherwise.
func iobase_readline(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	limit, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	peek, perr := rt.GetAttrString(self, "peek")
	hasPeek := perr == nil
	var out []byte
	for limit < 0 || int64(len(out)) < limit {
		nreadahead := int64(1)
		if hasPeek {
			ra, err := rt.Call(peek, []rt.Value{rt.Int(1)}, nil)
			if err != nil {
				return rt.Value{}, err
			}
			b, ok := ra.TryBytes()
			if !ok {
				return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "peek() should have returned a bytes object, not '"+ra.Type().Name+"'")
			}
			if len(b) > 0 {
				n := int64(0)
				for n < int64(len(b)) && (limit < 0 || n < limit-int64(len(out))) {
					n++
					if b[n-1] == '\n' {
						break
					}
				}
				nreadahead = n
			}
		}
		r, err := rt.IOCallMethod(self, "read", rt.Int(nreadahead))
		if err != nil {
			return rt.Value{}, err
		}
		if r.IsNone() {
			break
		}
		b, ok := r.TryBytes()
		if !ok {
			return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "read() should have returned a bytes object, not '"+r.Type().Name+"'")
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return rt.NewBytes(out), nil
}

func iobase_readlines(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	hint, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	var lines []rt.Value
	it, err := rt.Iter(self)
	if err != nil {
		return rt.Value{}, err
	}
	total := int64(0)
	for {
		line, err := rt.Next(it)
		if err != nil {
			return rt.Value{}, err
		}
		if line.IsNull() {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := rt.Len(line)
			if err != nil {
				return rt.Value{}, err
			}
			total += int64(n)
			if total >= hint {
				break
			}
		}
	}
	return rt.NewList(lines), nil
}

func iobase_writelines(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if err := checkClosed(self); err != nil {
		return rt.Value{}, err
	}
	it, err := rt.Iter(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	for {
		line, err := rt.Next(it)
		if err != nil {
			return rt.Value{}, err
		}
		if line.IsNull() {
			return rt.None, nil
		}
		if _, err := rt.IOCallMethod(self, "write", line); err != nil {
			return rt.Value{}, err
		}
	}
}

func iobase_iter(self rt.Value) (rt.Value, *rt.Exception) {
	if err := checkClosed(self); err != nil {
		return rt.Value{}, err
	}
	return self, nil
}

func iobase_next(self rt.Value) (rt.Value, *rt.Exception) {
	line, err := rt.IOCallMethod(self, "readline")
	if err != nil {
		return rt.Value{}, err
	}
	n, err := rt.Len(line)
	if err != nil {
		return rt.Value{}, err
	}
	if n == 0 {
		return rt.Value{}, nil
	}
	return line, nil
}

var rawiobaseMethods = []rt.Method{
	{Name: "read", Sig: "size=, /", Fn: rawiobase_read},
	{Name: "readall", Flags: rt.MethNoArgs, Fn: rawiobase_readall},
	{Name: "readinto", Sig: "*args", Fn: notImplemented},
	{Name: "write", Sig: "*args", Fn: notImplemented},
}

func notImplemented(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return rt.Value{}, rt.NewException(rt.NotImplementedErrorType)
}

func rawiobase_read(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if n < 0 {
		return rt.IOCallMethod(self, "readall")
	}
	ba := rt.NewByteArray(make([]byte, n))
	r, err := rt.IOCallMethod(self, "readinto", ba)
	if err != nil {
		return rt.Value{}, err
	}
	if r.IsNone() {
		return r, nil
	}
	got, err := rt.IndexInt(r, "")
	if err != nil {
		return rt.Value{}, err
	}
	buf, _ := rt.ByteArrayBuffer(ba)
	if got < 0 || got > int64(len(buf)) {
		return rt.Value{}, rt.NewValueError("readinto returned %d outside buffer size %d", got, n)
	}
	return rt.NewBytes(append([]byte(nil), buf[:got]...)), nil
}

func rawiobase_readall(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	var out []byte
	chunks := 0
	for {
		r, err := rt.IOCallMethod(self, "read", rt.Int(DefaultBufferSize))
		if err != nil {
			return rt.Value{}, err
		}
		if r.IsNone() {
			if chunks == 0 {
				return r, nil
			}
			break
		}
		b, ok := r.TryBytes()
		if !ok {
			return rt.Value{}, rt.NewTypeError("read() should return bytes")
		}
		if len(b) == 0 {
			break
		}
		chunks++
		out = append(out, b...)
	}
	return rt.NewBytes(out), nil
}

var bufferediobaseMethods = []rt.Method{
	noArgsUnsupported("detach"),
	unsupportedMethod("read"),
	unsupportedMethod("read1"),
	unsupportedMethod("write"),
	{Name: "readinto", Sig: "buffer, /", Flags: rt.MethO, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return bufferediobase_readinto(self, a[0], "read", "readinto")
	}},
	{Name: "readinto1", Sig: "buffer, /", Flags: rt.MethO, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return bufferediobase_readinto(self, a[0], "read1", "readinto1")
	}},
}

// bufferediobase_readinto implements readinto through read(len(b)).
func bufferediobase_readinto(self, b rt.Value, method, name string) (rt.Value, *rt.Exception) {
	buf, err := writableBuffer(b, name)
	if err != nil {
		return rt.Value{}, err
	}
	r, err := rt.IOCallMethod(self, method, rt.Int(int64(len(buf))))
	if err != nil {
		return rt.Value{}, err
	}
	data, ok := r.TryBytes()
	if !ok {
		return rt.Value{}, rt.NewTypeError("read() should return bytes")
	}
	if len(data) > len(buf) {
		return rt.Value{}, rt.NewValueError("read() returned too much data: %d bytes requested, %d returned", len(buf), len(data))
	}
	copy(buf, data)
	return rt.Int(int64(len(data))), nil
}

var textiobaseMethods = []rt.Method{
	noArgsUnsupported("detach"),
	unsupportedMethod("read"),
	unsupportedMethod("readline"),
	unsupportedMethod("write"),
}

func noneGetter(name string) rt.GetSetDef {
	return rt.GetSetDef{Name: name, Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.None, nil }}
}

// newBaseTypes creates the four abstract base classes.
func newBaseTypes() {
	setup := func(t *rt.Type) {
		t.New = iobase_new
		t.InstAttrs = objAttrs
	}
	iobaseType = rt.NewNativeType(&rt.TypeSpec{Name: "_io._IOBase", Flags: rt.FlagBaseType,
		Doc: iobaseDoc, Methods: iobaseMethods,
		GetSets: []rt.GetSetDef{{Name: "closed", Get: iobase_closed_get}, rt.DictGetSet}},
		func(t *rt.Type) {
			setup(t)
			t.Iter = iobase_iter
			t.Next = iobase_next
		})
	rawiobaseType = rt.NewNativeType(&rt.TypeSpec{Name: "_io._RawIOBase", Base: iobaseType,
		Flags: rt.FlagBaseType, Doc: "Base class for raw binary I/O.", Methods: rawiobaseMethods}, setup)
	bufferediobaseType = rt.NewNativeType(&rt.TypeSpec{Name: "_io._BufferedIOBase", Base: iobaseType,
		Flags: rt.FlagBaseType, Doc: bufferedDoc, Methods: bufferediobaseMethods}, setup)
	textiobaseType = rt.NewNativeType(&rt.TypeSpec{Name: "_io._TextIOBase", Base: iobaseType,
		Flags: rt.FlagBaseType, Doc: textDoc, Methods: textiobaseMethods,
		GetSets: []rt.GetSetDef{noneGetter("encoding"), noneGetter("newlines"), noneGetter("errors")}}, setup)
}

const iobaseDoc = "The abstract base class for all I/O classes.\n\n" +
	"This class provides dummy implementations for many methods that\n" +
	"derived classes can override selectively; the default implementations\n" +
	"represent a file that cannot be read, written or seeked.\n\n" +
	"Even though IOBase does not declare read, readinto, or write because\n" +
	"their signatures will vary, implementations and clients should\n" +
	"consider those methods part of the interface. Also, implementations\n" +
	"may raise UnsupportedOperation when operations they do not support are\n" +
	"called.\n\n" +
	"The basic type used for binary data read from or written to a file is\n" +
	"bytes. Other bytes-like objects are accepted as method arguments too.\n" +
	"In some cases (such as readinto), a writable object is required. Text\n" +
	"I/O classes work with str data.\n\n" +
	"Note that calling any method (except additional calls to close(),\n" +
	"which are ignored) on a closed stream should raise a ValueError.\n\n" +
	"IOBase (and its subclasses) support the iterator protocol, meaning\n" +
	"that an IOBase object can be iterated over yielding the lines in a\n" +
	"stream.\n\n" +
	"IOBase also supports the :keyword:`with` statement. In this example,\n" +
	"fp is closed after the suite of the with statement is complete:\n\n" +
	"with open('spam.txt', 'r') as fp:\n" +
	"    fp.write('Spam and eggs!')\n"

const bufferedDoc = "Base class for buffered IO objects.\n\n" +
	"The main difference with RawIOBase is that the read() method\n" +
	"supports omitting the size argument, and does not have a default\n" +
	"implementation that defers to readinto().\n\n" +
	"In addition, read(), readinto() and write() may raise\n" +
	"BlockingIOError if the underlying raw stream is in non-blocking\n" +
	"mode and not ready; unlike their raw counterparts, they will never\n" +
	"return None.\n\n" +
	"A typical implementation should not inherit from a RawIOBase\n" +
	"implementation, but wrap one.\n"

const textDoc = "Base class for text I/O.\n\n" +
	"This class provides a character and line based interface to stream\n" +
	"I/O. There is no readinto method because Python's character strings\n" +
	"are immutable.\n"
