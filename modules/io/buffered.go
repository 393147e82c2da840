// This file defines the buffered binary streams BufferedReader,
// BufferedWriter and BufferedRandom, which share one implementation as in
// CPython's Modules/_io/bufferedio.c: the Python methods here check their
// arguments and the object's state, and the buffer itself (bufState, in
// buffer_engine.go) does the work. When the raw stream is an exact FileIO
// the buffer talks to it in Go; otherwise it calls the raw object's Python
// methods (readinto, write, seek, tell), so raw streams written in Python
// work.

package pyio

import (
	rt "krait/runtime"
)

// buffered is a BufferedReader, BufferedWriter or BufferedRandom.
type buffered struct {
	object
	*bufState
	ok       bool // initialized
	detached bool
	tracked  bool    // registered in the finalization registry
	lock     bufLock // held by the data methods (buffered_lock.go)
}

var (
	bufferedReaderType *rt.Type
	bufferedWriterType *rt.Type
	bufferedRandomType *rt.Type
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

func buffered_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&buffered{object: object{Header: rt.NewHeader(t)}, bufState: &bufState{absPos: -1, readEnd: -1, writeEnd: -1, rawPos: -1}}), nil
}

func bufSelf(v rt.Value) *buffered { return rt.PtrOf[buffered](v) }

// bufferedInitSigs are the __init__ signatures, one per class name.
var bufferedInitSigs = map[string]*rt.Method{
	"BufferedReader": {Name: "BufferedReader", Sig: "raw, buffer_size="},
	"BufferedWriter": {Name: "BufferedWriter", Sig: "raw, buffer_size="},
	"BufferedRandom": {Name: "BufferedRandom", Sig: "raw, buffer_size="},
}

// initBuffered is the common part of the three __init__ slots.
// maxBufferSize bounds a buffered object's buffer (16 GiB).
const maxBufferSize = 1 << 34

func initBuffered(self rt.Value, args []rt.Value, kw []*rt.Str, name string, readable, writable bool) *rt.Exception {
	a, err := bufferedInitSigs[name].BindClinic(args, kw, name)
	if err != nil {
		return err
	}
	b := bufSelf(self)
	b.ok, b.detached = false, false
	raw := a[0]
	if name == "BufferedRandom" {
		if err := checkAbility(raw, "seekable", "File or stream is not seekable."); err != nil {
			return err
		}
	}
	if readable {
		if err := checkAbility(raw, "readable", "File or stream is not readable."); err != nil {
			return err
		}
	}
	if writable {
		if err := checkAbility(raw, "writable", "File or stream is not writable."); err != nil {
			return err
		}
	}
	size := int64(DefaultBufferSize)
	if !a[1].IsNull() {
		if size, err = rt.IndexInt(a[1], ""); err != nil {
			return err
		}
	}
	if size <= 0 {
		return rt.NewValueError("buffer size must be strictly positive")
	}
	if size > maxBufferSize {
		// CPython's allocation fails with MemoryError; Go's would kill
		// the process, so refuse sizes no machine here can hold.
		return rt.NewException(rt.ExceptionTypeByName("MemoryError"))
	}
	s := b.bufState
	*s = bufState{raw: raw, readable: readable, writable: writable, size: int(size),
		buf: make([]byte, size), rawPos: -1, readEnd: -1, writeEnd: -1, absPos: -1}
	if raw.Type() == fileioType {
		s.fraw = fileioSelf(raw)
	}
	if _, err := s.rawTell(); err != nil {
		s.absPos = -1 // as CPython: a raw stream that cannot tell is fine here
	}
	b.ok = true
	if !b.tracked {
		b.tracked = true
		trackBuffered(b)
	}
	return nil
}

// checkInit raises the errors of an uninitialized or detached object.
func (b *buffered) checkInit() *rt.Exception {
	if !b.ok {
		if b.detached {
			return rt.NewValueError("raw stream has been detached")
		}
		return rt.NewValueError("I/O operation on uninitialized object")
	}
	return nil
}

func bytesOrNone(b []byte) rt.Value {
	if b == nil {
		return rt.None
	}
	return rt.NewBytes(b)
}

// bufMethod wraps a method body with the initialization check.
func bufMethod(fn func(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception)) rt.MethodFunc {
	return func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		b := bufSelf(self)
		if err := b.checkInit(); err != nil {
			return rt.Value{}, err
		}
		return fn(b, self, a)
	}
}

func buffered_read(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if n < -1 {
		return rt.Value{}, rt.NewValueError("read length must be non-negative or -1")
	}
	if err := b.checkClosed("read of closed file"); err != nil {
		return rt.Value{}, err
	}
	var data []byte
	if n == -1 {
		data, err = b.readAll()
	} else {
		data, err = b.readGeneric(int(n))
	}
	if err != nil {
		return rt.Value{}, err
	}
	return bytesOrNone(data), nil
}

func buffered_read1(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	n := int64(-1)
	if !a[0].IsNull() {
		var err *rt.Exception
		if n, err = rt.IndexInt(a[0], ""); err != nil {
			return rt.Value{}, err
		}
	}
	if n < 0 {
		n = int64(b.size)
	}
	if err := b.checkClosed("read of closed file"); err != nil {
		return rt.Value{}, err
	}
	data, err := b.read1(int(n))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewBytes(data), nil
}

func buffered_peek(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if !a[0].IsNull() {
		if _, err := rt.IndexInt(a[0], ""); err != nil {
			return rt.Value{}, err
		}
	}
	if err := b.checkClosed("peek of closed file"); err != nil {
		return rt.Value{}, err
	}
	if b.writable {
		if err := b.flushAndRewind(); err != nil {
			return rt.Value{}, err
		}
	}
	data, err := b.peek()
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewBytes(data), nil
}

func bufferedReadinto(one bool) func(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	return func(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		name := "readinto"
		if one {
			name = "readinto1"
		}
		dst, err := writableBuffer(a[0], name)
		if err != nil {
			return rt.Value{}, err
		}
		if err := b.checkClosed("readinto of closed file"); err != nil {
			return rt.Value{}, err
		}
		n, ok, err := b.readinto(dst, one)
		if err != nil {
			return rt.Value{}, err
		}
		if !ok {
			return rt.None, nil
		}
		return rt.Int(int64(n)), nil
	}
}

func buffered_readline(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if err := b.checkClosed("readline of closed file"); err != nil {
		return rt.Value{}, err
	}
	line, err := b.readline(int(n))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewBytes(line), nil
}

func buffered_iternext(self rt.Value) (rt.Value, *rt.Exception) {
	t := self.Type()
	if t != bufferedReaderType && t != bufferedRandomType {
		line, err := rt.IOCallMethod(self, "readline")
		if err != nil {
			return rt.Value{}, err
		}
		b, ok := line.TryBytes()
		if !ok {
			return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "readline() should have returned a bytes object, not '"+line.Type().Name+"'")
		}
		if len(b) == 0 {
			return rt.Value{}, nil
		}
		return line, nil
	}
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	if err := b.checkClosed("readline of closed file"); err != nil {
		return rt.Value{}, err
	}
	line, err := b.readline(-1)
	if err != nil {
		return rt.Value{}, err
	}
	if len(line) == 0 {
		return rt.Value{}, nil
	}
	return rt.NewBytes(line), nil
}

func buffered_write(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	data, err := bytesArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	closed, err := b.isClosed()
	if err != nil {
		return rt.Value{}, err
	}
	if closed {
		return rt.Value{}, rt.NewValueError("write to closed file")
	}
	n, err := b.write(data)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Int(int64(n)), nil
}

func buffered_flush(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if !b.writable {
		return rt.IOCallMethod(b.raw, "flush")
	}
	if err := b.checkClosed("flush of closed file"); err != nil {
		return rt.Value{}, err
	}
	if err := b.flushAndRewind(); err != nil {
		return rt.Value{}, err
	}
	return rt.None, nil
}

func buffered_tell(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	pos, err := b.tell()
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Int(pos), nil
}

func buffered_seek(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	whence := int64(0)
	if !a[1].IsNull() {
		var err *rt.Exception
		if whence, err = rt.IndexInt(a[1], ""); err != nil {
			return rt.Value{}, err
		}
	}
	if whence < 0 || whence > 2 {
		return rt.Value{}, rt.NewValueError("whence value %d unsupported", whence)
	}
	if err := b.checkClosed("seek of closed file"); err != nil {
		return rt.Value{}, err
	}
	if err := checkSeekableRaw(b.raw); err != nil {
		return rt.Value{}, err
	}
	target, err := rt.IndexInt(a[0], "")
	if err != nil {
		if err.Matches(rt.OverflowErrorType) {
			return rt.Value{}, rt.NewValueError("cannot fit 'int' into an offset-sized integer")
		}
		return rt.Value{}, err
	}
	n, err := b.seek(target, int(whence))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.Int(n), nil
}

// checkSeekableRaw raises UnsupportedOperation unless raw.seekable().
func checkSeekableRaw(raw rt.Value) *rt.Exception {
	if raw.Type() == fileioType {
		if f := fileioSelf(raw); f.fd >= 0 && f.isSeekable() {
			return nil
		}
	}
	return checkAbility(raw, "seekable", "File or stream is not seekable.")
}

func buffered_truncate(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if err := b.checkClosed("truncate of closed file"); err != nil {
		return rt.Value{}, err
	}
	if !b.writable {
		return rt.Value{}, unsupported("truncate")
	}
	if err := b.flushAndRewind(); err != nil {
		return rt.Value{}, err
	}
	r, err := rt.IOCallMethod(b.raw, "truncate", orNone(a[0]))
	if err != nil {
		return rt.Value{}, err
	}
	if _, err := b.rawTell(); err != nil {
		b.absPos = -1
	}
	return r, nil
}

// buffered_close takes the stream's lock around the closed check and
// raw.close() (not around flush, which takes it itself), so that a write
// from another thread waits for the close and then sees a closed file.
func buffered_close(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if err := b.lock.enter(self); err != nil {
		return rt.Value{}, err
	}
	closed, err := b.isClosed()
	b.lock.leave()
	if err != nil {
		return rt.Value{}, err
	}
	if closed {
		return rt.None, nil
	}
	_, ferr := rt.IOCallMethod(self, "flush")
	if err := b.lock.enter(self); err != nil {
		return rt.Value{}, err
	}
	_, cerr := rt.IOCallMethod(b.raw, "close")
	b.readEnd, b.pos = 0, 0
	b.lock.leave()
	if ferr != nil {
		if cerr != nil {
			cerr.Context = ferr
			return rt.Value{}, cerr
		}
		return rt.Value{}, ferr
	}
	if cerr != nil {
		return rt.Value{}, cerr
	}
	return rt.None, nil
}

func buffered_detach(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	if _, err := rt.IOCallMethod(self, "flush"); err != nil {
		return rt.Value{}, err
	}
	raw := b.raw
	b.raw, b.fraw = rt.Value{}, nil
	b.released = true
	b.ok, b.detached = false, true
	return raw, nil
}

// delegate returns a method calling raw.<name>() after the init check.
func delegate(name string) rt.Method {
	return rt.Method{Name: name, Flags: rt.MethNoArgs, Fn: bufMethod(func(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.IOCallMethod(b.raw, name)
	})}
}

// rawAttr returns a getter of raw.<name>.
func rawAttr(name string) rt.GetSetDef {
	return rt.GetSetDef{Name: name, Get: func(v rt.Value) (rt.Value, *rt.Exception) {
		b := bufSelf(v)
		if err := b.checkInit(); err != nil {
			return rt.Value{}, err
		}
		return rt.GetAttrString(b.raw, name)
	}}
}

func buffered_repr(self rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	tn := self.Type().Name
	if !b.ok {
		return rt.StrValue("<" + tn + ">"), nil
	}
	name, err := rt.GetAttrString(self, "name")
	if err != nil {
		if err.Matches(rt.ValueErrorType) || err.Matches(rt.AttributeErrorType) {
			return rt.StrValue("<" + tn + ">"), nil
		}
		return rt.Value{}, err
	}
	r, err := rt.Repr(name)
	if err != nil {
		return rt.Value{}, err
	}
	return rt.StrValue("<" + tn + " name=" + r.S + ">"), nil
}

var bufferedCommonMethods = []rt.Method{
	{Name: "detach", Flags: rt.MethNoArgs, Fn: bufMethod(buffered_detach)},
	{Name: "flush", Flags: rt.MethNoArgs, Fn: lockedBufMethod(buffered_flush)},
	{Name: "close", Flags: rt.MethNoArgs, Fn: bufMethod(buffered_close)},
	delegate("seekable"), delegate("fileno"), delegate("isatty"),
	{Name: "_dealloc_warn", Sig: "source, /", Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.None, nil
	}},
	{Name: "seek", Sig: "target, whence=, /", Fn: lockedBufMethod(buffered_seek)},
	{Name: "tell", Flags: rt.MethNoArgs, Fn: bufMethod(buffered_tell)},
	{Name: "truncate", Sig: "pos=, /", Fn: lockedBufMethod(buffered_truncate)},
}

// A reader has no writable() of its own, nor a writer readable(): the
// inherited IOBase ones say False, whatever the raw stream can do.
var bufferedReadMethods = []rt.Method{
	delegate("readable"),
	{Name: "read", Sig: "size=, /", Fn: lockedBufMethod(buffered_read)},
	{Name: "peek", Sig: "size=, /", Fn: lockedBufMethod(buffered_peek)},
	{Name: "read1", Sig: "size=, /", Fn: lockedBufMethod(buffered_read1)},
	{Name: "readinto", Sig: "buffer, /", Flags: rt.MethO, Fn: lockedBufMethod(bufferedReadinto(false))},
	{Name: "readinto1", Sig: "buffer, /", Flags: rt.MethO, Fn: lockedBufMethod(bufferedReadinto(true))},
	{Name: "readline", Sig: "size=, /", Fn: lockedBufMethod(buffered_readline)},
}

var bufferedWriteMethods = []rt.Method{
	delegate("writable"),
	{Name: "write", Sig: "buffer, /", Flags: rt.MethO, Fn: lockedBufMethod(buffered_write)},
}

var bufferedGetSets = []rt.GetSetDef{
	{Name: "raw", Get: func(v rt.Value) (rt.Value, *rt.Exception) {
		b := bufSelf(v)
		if b.raw.IsNull() {
			return rt.None, nil
		}
		return b.raw, nil
	}},
	rawAttr("closed"), rawAttr("name"), rawAttr("mode"),
	{Name: "_finalizing", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.False, nil }},
}

func concatMethods(lists ...[]rt.Method) []rt.Method {
	var out []rt.Method
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

func newBufferedTypes() {
	mk := func(name, doc string, methods []rt.Method, readable, writable bool) *rt.Type {
		return rt.NewNativeType(&rt.TypeSpec{Name: "_io." + name, Base: bufferediobaseType, Flags: rt.FlagBaseType,
			Doc: doc, Methods: methods, GetSets: bufferedGetSets}, func(t *rt.Type) {
			t.New = buffered_new
			t.Init = func(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
				return initBuffered(self, args, kw, name, readable, writable)
			}
			t.Repr = buffered_repr
			t.InstAttrs = objAttrs
			if readable {
				t.Iter = iobase_iter
				t.Next = buffered_iternext
			}
		})
	}
	bufferedReaderType = mk("BufferedReader", "Create a new buffered reader using the given readable raw IO object.",
		concatMethods(bufferedCommonMethods, bufferedReadMethods), true, false)
	bufferedWriterType = mk("BufferedWriter", "A buffer for a writeable sequential RawIO object.\n\n"+
		"The constructor creates a BufferedWriter for the given writeable raw\n"+
		"stream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.",
		concatMethods(bufferedCommonMethods, bufferedWriteMethods), false, true)
	bufferedRandomType = mk("BufferedRandom", "A buffered interface to random access streams.\n\n"+
		"The constructor creates a reader and writer for a seekable stream,\n"+
		"raw, given in the first argument. If the buffer_size is omitted it\n"+
		"defaults to DEFAULT_BUFFER_SIZE.",
		concatMethods(bufferedCommonMethods, bufferedReadMethods, bufferedWriteMethods), true, true)
}
