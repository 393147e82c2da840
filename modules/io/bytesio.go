// This file defines _io.BytesIO, the in-memory binary stream.

package pyio

import (
	rt "krait/runtime"
)

// bytesIO is a BytesIO instance.
type bytesIO struct {
	object
	buf     []byte
	pos     int64
	closed  bool
	exports rt.Exports // memoryviews from getbuffer(), which forbid resizing
}

var bytesioType *rt.Type

func bytesio_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&bytesIO{object: object{Header: rt.NewHeader(t)}}), nil
}

var bytesioInitSig = rt.Method{Name: "BytesIO", Sig: "initial_bytes="}

func bytesio_init(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
	a, err := bytesioInitSig.BindClinic(args, kw, "BytesIO")
	if err != nil {
		return err
	}
	b := bytesioSelf(self)
	b.buf, b.pos = nil, 0
	if !a[0].IsNull() && !a[0].IsNone() {
		data, err := bytesArg(a[0])
		if err != nil {
			return err
		}
		b.buf = append([]byte(nil), data...)
	}
	return nil
}

func bytesioSelf(v rt.Value) *bytesIO { return rt.PtrOf[bytesIO](v) }

func (b *bytesIO) check() *rt.Exception {
	if b.closed {
		return errClosed()
	}
	return nil
}

// checkExports raises BufferError while a getbuffer() view is alive
// (CPython's CHECK_EXPORTS before anything that may resize).
func (b *bytesIO) checkExports() *rt.Exception {
	if b.exports.ExportsAlive() {
		return rt.ErrResizeExported()
	}
	return nil
}

// bytesio_buffer exports the contents to memoryview (getbuffer).
func bytesio_buffer(v rt.Value) (*rt.Buffer, *rt.Exception) {
	b := bytesioSelf(v)
	return &rt.Buffer{Obj: v, Data: func() []byte { return b.buf }, Format: "B", ItemSize: 1,
		Export: func(mv *rt.MemoryView) { b.exports.Track(mv) }}, nil
}

// readBytes returns up to n bytes from the position (n < 0: all).
func (b *bytesIO) readBytes(n int64) []byte {
	size := int64(len(b.buf))
	if b.pos >= size {
		return []byte{}
	}
	if n < 0 || n > size-b.pos {
		n = size - b.pos
	}
	out := append([]byte(nil), b.buf[b.pos:b.pos+n]...)
	b.pos += n
	return out
}

// lineLen returns the length of the next line from the position, at most
// limit if limit >= 0.
func (b *bytesIO) lineLen(limit int64) int64 {
	size := int64(len(b.buf))
	if b.pos >= size {
		return 0
	}
	rest := b.buf[b.pos:]
	n := int64(len(rest))
	for i, c := range rest {
		if c == '\n' {
			n = int64(i) + 1
			break
		}
	}
	if limit >= 0 && n > limit {
		n = limit
	}
	return n
}

func bytesioMethod(fn func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception)) rt.MethodFunc {
	return func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		b := bytesioSelf(self)
		if err := b.check(); err != nil {
			return rt.Value{}, err
		}
		return fn(b, a)
	}
}

func bytesio_read(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewBytes(b.readBytes(n)), nil
}

func bytesio_readline(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	return rt.NewBytes(b.readBytes(b.lineLen(n))), nil
}

func bytesio_readlines(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
	hint := int64(-1)
	if !a[0].IsNull() && !a[0].IsNone() {
		if a[0].Type().Index == nil {
			return rt.Value{}, rt.NewTypeError("integer argument expected, got '%s'", a[0].Type().Name)
		}
		var err *rt.Exception
		if hint, err = rt.IndexInt(a[0], ""); err != nil {
			return rt.Value{}, err
		}
	}
	var lines []rt.Value
	total := int64(0)
	for {
		n := b.lineLen(-1)
		if n == 0 {
			break
		}
		lines = append(lines, rt.NewBytes(b.readBytes(n)))
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return rt.NewList(lines), nil
}

func bytesio_readinto(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
	dst, err := writableBuffer(a[0], "readinto")
	if err != nil {
		return rt.Value{}, err
	}
	data := b.readBytes(int64(len(dst)))
	return rt.Int(int64(copy(dst, data))), nil
}

func (b *bytesIO) write(data []byte) {
	end := b.pos + int64(len(data))
	if end > int64(len(b.buf)) {
		if b.pos > int64(len(b.buf)) {
			b.buf = append(b.buf, make([]byte, b.pos-int64(len(b.buf)))...)
		}
		b.buf = append(b.buf[:b.pos], data...)
	} else {
		copy(b.buf[b.pos:], data)
	}
	b.pos = end
}

func bytesio_write(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bytesioSelf(self)
	if err := b.check(); err != nil {
		return rt.Value{}, err
	}
	if err := b.checkExports(); err != nil {
		return rt.Value{}, err
	}
	data, err := bytesArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if len(data) > 0 {
		b.write(data)
	}
	return rt.Int(int64(len(data))), nil
}

func bytesio_seek(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
	pos, err := rt.IndexInt(a[0], "")
	if err != nil {
		return rt.Value{}, err
	}
	whence := int64(0)
	if !a[1].IsNull() {
		if whence, err = rt.IndexInt(a[1], ""); err != nil {
			return rt.Value{}, err
		}
	}
	switch whence {
	case 0:
		if pos < 0 {
			return rt.Value{}, rt.NewValueError("negative seek value %d", pos)
		}
	case 1:
		pos += b.pos
	case 2:
		pos += int64(len(b.buf))
	default:
		return rt.Value{}, rt.NewValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if pos < 0 {
		pos = 0
	}
	b.pos = pos
	return rt.Int(pos), nil
}

func bytesio_truncate(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
	if err := b.checkExports(); err != nil {
		return rt.Value{}, err
	}
	size := b.pos
	if !a[0].IsNull() && !a[0].IsNone() {
		n, err := sizeArg(a[0])
		if err != nil {
			return rt.Value{}, err
		}
		if n < 0 {
			return rt.Value{}, rt.NewValueError("negative size value %d", n)
		}
		size = n
	}
	if size < int64(len(b.buf)) {
		b.buf = b.buf[:size]
	}
	return rt.Int(size), nil
}

func bytesio_iternext(self rt.Value) (rt.Value, *rt.Exception) {
	if self.Type() != bytesioType {
		return iobase_next(self)
	}
	b := bytesioSelf(self)
	if err := b.check(); err != nil {
		return rt.Value{}, err
	}
	n := b.lineLen(-1)
	if n == 0 {
		return rt.Value{}, nil
	}
	return rt.NewBytes(b.readBytes(n)), nil
}

func bytesio_getstate(b *bytesIO, self rt.Value) (rt.Value, *rt.Exception) {
	var d rt.Value = rt.None
	if a := objAttrs(self); a != nil {
		if dict := a.Dict(); dict.Len() > 0 {
			d = dict.Copy().Value()
		}
	}
	return rt.TupleValue(rt.NewBytes(append([]byte(nil), b.buf...)), rt.Int(b.pos), d), nil
}

var bytesioMethods = []rt.Method{
	{Name: "readable", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.True, nil })},
	{Name: "seekable", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.True, nil })},
	{Name: "writable", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.True, nil })},
	{Name: "close", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		b := bytesioSelf(self)
		if err := b.checkExports(); err != nil {
			return rt.Value{}, err
		}
		b.closed = true
		b.buf = nil
		return rt.None, nil
	}},
	{Name: "flush", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.None, nil })},
	{Name: "isatty", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.False, nil })},
	{Name: "tell", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.Int(b.pos), nil })},
	{Name: "write", Sig: "b, /", Flags: rt.MethO, Fn: bytesio_write},
	{Name: "writelines", Sig: "lines, /", Flags: rt.MethO, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := bytesioSelf(self).check(); err != nil {
			return rt.Value{}, err
		}
		it, err := rt.Iter(a[0])
		if err != nil {
			return rt.Value{}, err
		}
		for {
			x, err := rt.Next(it)
			if err != nil {
				return rt.Value{}, err
			}
			if x.IsNull() {
				return rt.None, nil
			}
			if _, err := bytesio_write(self, []rt.Value{x}); err != nil {
				return rt.Value{}, err
			}
		}
	}},
	{Name: "read1", Sig: "size=, /", Fn: bytesioMethod(bytesio_read)},
	{Name: "readinto", Sig: "buffer, /", Flags: rt.MethO, Fn: bytesioMethod(bytesio_readinto)},
	{Name: "readline", Sig: "size=, /", Fn: bytesioMethod(bytesio_readline)},
	{Name: "readlines", Sig: "size=, /", Fn: bytesioMethod(bytesio_readlines)},
	{Name: "read", Sig: "size=, /", Fn: bytesioMethod(bytesio_read)},
	{Name: "getbuffer", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := bytesioSelf(self).check(); err != nil {
			return rt.Value{}, err
		}
		return rt.NewMemoryView(self)
	}},
	{Name: "getvalue", Flags: rt.MethNoArgs, Fn: bytesioMethod(func(b *bytesIO, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.NewBytes(append([]byte(nil), b.buf...)), nil
	})},
	{Name: "seek", Sig: "pos, whence=, /", Fn: bytesioMethod(bytesio_seek)},
	{Name: "truncate", Sig: "size=, /", Fn: bytesioMethod(bytesio_truncate)},
	{Name: "__getstate__", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		b := bytesioSelf(self)
		if err := b.check(); err != nil {
			return rt.Value{}, err
		}
		return bytesio_getstate(b, self)
	}},
	{Name: "__setstate__", Sig: "state, /", Flags: rt.MethO, Fn: bytesio_setstate},
}

func bytesio_setstate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bytesioSelf(self)
	st, ok := a[0].TryTuple()
	if !ok || st.Len() < 3 {
		return rt.Value{}, rt.NewTypeError("%s.__setstate__ argument should be 3-tuple, got %s", self.Type().Name, a[0].Type().Name)
	}
	it := st.Items()
	data, err := bytesArg(it[0])
	if err != nil {
		return rt.Value{}, err
	}
	if err := b.check(); err != nil {
		return rt.Value{}, err
	}
	if err := b.checkExports(); err != nil {
		return rt.Value{}, err
	}
	b.buf = append([]byte(nil), data...)
	if it[1].Type().Index == nil {
		return rt.Value{}, rt.NewTypeError("second item of state must be an integer, not %s", it[1].Type().Name)
	}
	pos, err := rt.IndexInt(it[1], "")
	if err != nil {
		return rt.Value{}, err
	}
	if pos < 0 {
		return rt.Value{}, rt.NewValueError("position value cannot be negative")
	}
	b.pos = pos
	if !it[2].IsNone() {
		d, ok := it[2].TryDict()
		if !ok {
			return rt.Value{}, rt.NewTypeError("third item of state should be a dict, got a %s", it[2].Type().Name)
		}
		if err := objAttrs(self).Dict().Update(d); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.None, nil
}

func newBytesIOType() {
	bytesioType = rt.NewNativeType(&rt.TypeSpec{Name: "_io.BytesIO", Base: bufferediobaseType, Flags: rt.FlagBaseType,
		Doc: "Buffered I/O implementation using an in-memory bytes buffer.", Methods: bytesioMethods,
		GetSets: []rt.GetSetDef{{Name: "closed", Get: func(v rt.Value) (rt.Value, *rt.Exception) {
			return rt.Bool(bytesioSelf(v).closed), nil
		}}}}, func(t *rt.Type) {
		t.New = bytesio_new
		t.Init = bytesio_init
		t.InstAttrs = objAttrs
		t.Iter = iobase_iter
		t.Next = bytesio_iternext
	})
	rt.RegisterBuffer(bytesioType, bytesio_buffer)
}
