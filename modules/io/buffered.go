// This file defines the buffered binary streams BufferedReader,
// BufferedWriter and BufferedRandom, which share one implementation as in
// CPython's Modules/_io/bufferedio.c. When the raw stream is an exact FileIO
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
	raw      rt.Value
	fraw     *fileIO // raw when it is exactly a FileIO, for the Go fast path
	ok       bool    // initialized
	detached bool
	readable bool
	writable bool
	bufSize  int
	rbuf     []byte // read buffer; rbuf[rpos:] is data not yet returned
	rpos     int
	*bufState
	absPos  int64 // raw stream position, -1 when unknown
	tracked bool  // registered in the finalization registry
}

// bufState is the write buffer of a buffered object, kept apart from it
// so that final.go can flush it after the object is collected.
type bufState struct {
	raw      rt.Value // the raw stream, as long as the object owns it
	wbuf     []byte   // bytes written but not yet passed to raw
	released bool     // detached: the raw stream is no longer ours to close
}

var (
	bufferedReaderType *rt.Type
	bufferedWriterType *rt.Type
	bufferedRandomType *rt.Type
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

func buffered_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&buffered{object: object{Header: rt.NewHeader(t)}, bufState: &bufState{}, absPos: -1}), nil
}

func bufSelf(v rt.Value) *buffered { return rt.PtrOf[buffered](v) }

// bufferedInitSigs are the __init__ signatures, one per class name.
var bufferedInitSigs = map[string]*rt.Method{
	"BufferedReader": {Name: "BufferedReader", Sig: "raw, buffer_size="},
	"BufferedWriter": {Name: "BufferedWriter", Sig: "raw, buffer_size="},
	"BufferedRandom": {Name: "BufferedRandom", Sig: "raw, buffer_size="},
}

// initBuffered is the common part of the three __init__ slots.
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
	b.raw = raw
	b.fraw = nil
	if raw.Type() == fileioType {
		b.fraw = fileioSelf(raw)
	}
	b.readable, b.writable = readable, writable
	b.bufSize = int(size)
	b.rbuf, b.rpos, b.wbuf = nil, 0, nil
	b.absPos = -1
	if _, err := b.rawTell(); err != nil {
		b.absPos = -1 // as CPython: a raw stream that cannot tell is fine here
	}
	b.ok = true
	b.released = false
	b.bufState.raw = raw
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

// isClosed reports raw.closed.
func (b *buffered) isClosed() (bool, *rt.Exception) {
	if b.fraw != nil {
		return b.fraw.fd < 0, nil
	}
	c, err := rt.GetAttr(b.raw, strClosed)
	if err != nil {
		return false, err
	}
	return rt.IsTrue(c)
}

// checkClosed is CPython's CHECK_CLOSED: closed and nothing buffered to read.
func (b *buffered) checkClosed(msg string) *rt.Exception {
	closed, err := b.isClosed()
	if err != nil {
		return err
	}
	if closed && len(b.rbuf)-b.rpos == 0 {
		return rt.NewValueError(msg)
	}
	return nil
}

// rawRead reads up to len(p) bytes from raw into p; it returns -2 when the
// raw stream would block (returned None).
func (b *buffered) rawRead(p []byte) (int, *rt.Exception) {
	if len(p) == 0 {
		return 0, nil
	}
	var n int
	if b.fraw != nil {
		if err := b.fraw.checkReadable(); err != nil {
			return 0, err
		}
		got, err := b.fraw.readRaw(p)
		if err != nil {
			return 0, err
		}
		if got < 0 {
			return -2, nil
		}
		n = got
	} else {
		ba := rt.NewByteArray(make([]byte, len(p)))
		r, err := rt.IOCallMethod(b.raw, "readinto", ba)
		if err != nil {
			return 0, err
		}
		if r.IsNone() {
			return -2, nil
		}
		got, err := rt.IndexInt(r, "")
		if err != nil {
			return 0, err
		}
		if got < 0 || got > int64(len(p)) {
			return 0, rt.NewExceptionMsg(rt.OSErrorType, "raw readinto() returned invalid length "+itoa(got)+" (should have been between 0 and "+itoa(int64(len(p)))+")")
		}
		data, _ := rt.ByteArrayBuffer(ba)
		copy(p, data[:got])
		n = int(got)
	}
	if n > 0 && b.absPos >= 0 {
		b.absPos += int64(n)
	}
	return n, nil
}

// rawWrite passes p to raw.write once; -2 means it would block.
func (b *buffered) rawWrite(p []byte) (int, *rt.Exception) {
	var n int
	if b.fraw != nil {
		if err := b.fraw.checkWritable(); err != nil {
			return 0, err
		}
		got, err := b.fraw.writeRaw(p)
		if err != nil {
			return 0, err
		}
		if got < 0 {
			return -2, nil
		}
		n = got
	} else {
		r, err := rt.IOCallMethod(b.raw, "write", rt.NewBytes(append([]byte(nil), p...)))
		if err != nil {
			return 0, err
		}
		if r.IsNone() {
			return -2, nil
		}
		got, err := rt.IndexInt(r, "")
		if err != nil {
			return 0, err
		}
		if got < 0 || got > int64(len(p)) {
			return 0, rt.NewExceptionMsg(rt.OSErrorType, "raw write() returned invalid length "+itoa(got)+" (should have been between 0 and "+itoa(int64(len(p)))+")")
		}
		n = int(got)
	}
	if n > 0 && b.absPos >= 0 {
		b.absPos += int64(n)
	}
	return n, nil
}

func (b *buffered) rawSeek(pos int64, whence int) (int64, *rt.Exception) {
	var n int64
	if b.fraw != nil {
		if b.fraw.fd < 0 {
			return 0, errClosedFile()
		}
		r, err := b.fraw.seek(pos, whence)
		if err != nil {
			return 0, err
		}
		n = r
	} else {
		r, err := rt.IOCallMethod(b.raw, "seek", rt.Int(pos), rt.Int(int64(whence)))
		if err != nil {
			return 0, err
		}
		if n, err = rt.IndexInt(r, ""); err != nil {
			return 0, err
		}
	}
	if n < 0 {
		return 0, rt.NewExceptionMsg(rt.OSErrorType, "Raw stream returned invalid position "+itoa(n))
	}
	b.absPos = n
	return n, nil
}

func (b *buffered) rawTell() (int64, *rt.Exception) {
	var n int64
	if b.fraw != nil {
		if b.fraw.fd < 0 {
			return 0, errClosedFile()
		}
		r, err := b.fraw.seek(0, 1)
		if err != nil {
			return 0, err
		}
		n = r
	} else {
		r, err := rt.IOCallMethod(b.raw, "tell")
		if err != nil {
			return 0, err
		}
		if n, err = rt.IndexInt(r, ""); err != nil {
			return 0, err
		}
	}
	if n < 0 {
		return 0, rt.NewExceptionMsg(rt.OSErrorType, "Raw stream returned invalid position "+itoa(n))
	}
	b.absPos = n
	return n, nil
}

// flushWrites passes the write buffer to raw.
func (b *buffered) flushWrites() *rt.Exception {
	for len(b.wbuf) > 0 {
		n, err := b.rawWrite(b.wbuf)
		if err != nil {
			return err
		}
		if n == -2 {
			return rt.NewException(blockingIOError, rt.Int(11), rt.StrValue("write could not complete without blocking"), rt.Int(0))
		}
		b.wbuf = b.wbuf[n:]
	}
	b.wbuf = nil
	return nil
}

// dropReadAhead rewinds raw over the unread buffered bytes and empties the
// read buffer, so that raw's position is the logical position.
func (b *buffered) dropReadAhead() *rt.Exception {
	if unread := len(b.rbuf) - b.rpos; unread > 0 {
		if _, err := b.rawSeek(-int64(unread), 1); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// flushAndRewind makes raw's position the logical position.
func (b *buffered) flushAndRewind() *rt.Exception {
	if b.writable {
		if err := b.flushWrites(); err != nil {
			return err
		}
	}
	if b.readable {
		return b.dropReadAhead()
	}
	return nil
}

// fillBuffer does one raw read into the free tail of the read buffer.
func (b *buffered) fillBuffer() (int, *rt.Exception) {
	if b.rpos == len(b.rbuf) {
		b.rbuf, b.rpos = b.rbuf[:0], 0
	}
	if cap(b.rbuf) < b.bufSize {
		nb := make([]byte, len(b.rbuf), b.bufSize)
		copy(nb, b.rbuf)
		b.rbuf = nb
	}
	if len(b.rbuf) == b.bufSize && b.rpos > 0 {
		n := copy(b.rbuf, b.rbuf[b.rpos:])
		b.rbuf, b.rpos = b.rbuf[:n], 0
	}
	n, err := b.rawRead(b.rbuf[len(b.rbuf):b.bufSize])
	if err != nil || n <= 0 {
		return n, err
	}
	b.rbuf = b.rbuf[:len(b.rbuf)+n]
	return n, nil
}

// prepareRead makes reading possible: pending writes go to raw first.
func (b *buffered) prepareRead() *rt.Exception {
	if b.writable && len(b.wbuf) > 0 {
		return b.flushWrites()
	}
	return nil
}

// read is read(n) for n >= 0; nil with a nil error means None.
func (b *buffered) read(n int) ([]byte, *rt.Exception) {
	avail := len(b.rbuf) - b.rpos
	if n <= avail {
		out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return out, nil
	}
	if err := b.prepareRead(); err != nil {
		return nil, err
	}
	out := make([]byte, 0, n)
	out = append(out, b.rbuf[b.rpos:]...)
	b.rbuf, b.rpos = b.rbuf[:0], 0
	remaining := n - len(out)
	for remaining > 0 {
		r := remaining - remaining%b.bufSize
		if r == 0 {
			break
		}
		got, err := b.rawRead(out[len(out) : len(out)+r])
		if err != nil {
			return nil, err
		}
		if got == 0 || got == -2 {
			if got == 0 || len(out) > 0 {
				return out, nil
			}
			return nil, nil
		}
		out = out[:len(out)+got]
		remaining -= got
	}
	for remaining > 0 {
		got, err := b.fillBuffer()
		if err != nil {
			return nil, err
		}
		if got == 0 || got == -2 {
			if got == 0 || len(out) > 0 {
				return out, nil
			}
			return nil, nil
		}
		k := min(remaining, len(b.rbuf)-b.rpos)
		out = append(out, b.rbuf[b.rpos:b.rpos+k]...)
		b.rpos += k
		remaining -= k
	}
	return out, nil
}

// readAll is read() / read(-1); nil with a nil error means None.
func (b *buffered) readAll() ([]byte, *rt.Exception) {
	if err := b.prepareRead(); err != nil {
		return nil, err
	}
	out := append([]byte{}, b.rbuf[b.rpos:]...)
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if b.fraw != nil {
		if err := b.fraw.checkReadable(); err != nil {
			return nil, err
		}
		rest, err := b.fraw.readAll()
		if err != nil {
			return nil, err
		}
		if rest == nil && len(out) == 0 {
			return nil, nil
		}
		if b.absPos >= 0 {
			b.absPos += int64(len(rest))
		}
		return append(out, rest...), nil
	}
	if ra, err := rt.GetAttrString(b.raw, "readall"); err == nil {
		r, err := rt.Call(ra, nil, nil)
		if err != nil {
			return nil, err
		}
		if r.IsNone() {
			if len(out) == 0 {
				return nil, nil
			}
			return out, nil
		}
		data, ok := r.TryBytes()
		if !ok {
			return nil, rt.NewTypeError("readall() should return bytes")
		}
		b.absPos = -1
		return append(out, data...), nil
	}
	for {
		r, err := rt.IOCallMethod(b.raw, "read")
		if err != nil {
			return nil, err
		}
		if r.IsNone() {
			if len(out) == 0 {
				return nil, nil
			}
			return out, nil
		}
		data, ok := r.TryBytes()
		if !ok {
			return nil, rt.NewTypeError("read() should return bytes")
		}
		if len(data) == 0 {
			return out, nil
		}
		out = append(out, data...)
	}
}

func bytesOrNone(b []byte) rt.Value {
	if b == nil {
		return rt.None
	}
	return rt.NewBytes(b)
}

func buffered_read(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
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
		data, err = b.read(int(n))
	}
	if err != nil {
		return rt.Value{}, err
	}
	return bytesOrNone(data), nil
}

func buffered_read1(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if n < 0 {
		n = int64(b.bufSize)
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

// read1 returns buffered bytes if any, else does at most one raw read.
func (b *buffered) read1(n int) ([]byte, *rt.Exception) {
	if n == 0 {
		return []byte{}, nil
	}
	if avail := len(b.rbuf) - b.rpos; avail > 0 {
		k := min(n, avail)
		out := append([]byte(nil), b.rbuf[b.rpos:b.rpos+k]...)
		b.rpos += k
		return out, nil
	}
	if err := b.prepareRead(); err != nil {
		return nil, err
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	out := make([]byte, n)
	got, err := b.rawRead(out)
	if err != nil {
		return nil, err
	}
	if got < 0 {
		got = 0
	}
	return out[:got], nil
}

func buffered_peek(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	if err := b.checkClosed("peek of closed file"); err != nil {
		return rt.Value{}, err
	}
	if err := b.prepareRead(); err != nil {
		return rt.Value{}, err
	}
	if len(b.rbuf)-b.rpos == 0 {
		if _, err := b.fillBuffer(); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.NewBytes(append([]byte(nil), b.rbuf[b.rpos:]...)), nil
}

func bufferedReadinto(self rt.Value, a []rt.Value, one bool) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
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
	var data []byte
	if one {
		data, err = b.read1(len(dst))
	} else {
		data, err = b.read(len(dst))
	}
	if err != nil {
		return rt.Value{}, err
	}
	if data == nil && len(dst) > 0 {
		return rt.None, nil
	}
	return rt.Int(int64(copy(dst, data))), nil
}

// readline returns the next line, up to limit bytes (limit < 0: no limit).
func (b *buffered) readline(limit int) ([]byte, *rt.Exception) {
	var out []byte
	for {
		avail := b.rbuf[b.rpos:]
		if limit >= 0 && len(out)+len(avail) > limit {
			avail = avail[:limit-len(out)]
		}
		for i, c := range avail {
			if c == '\n' {
				out = append(out, avail[:i+1]...)
				b.rpos += i + 1
				return out, nil
			}
		}
		out = append(out, avail...)
		b.rpos += len(avail)
		if limit >= 0 && len(out) >= limit {
			return out, nil
		}
		if err := b.prepareRead(); err != nil {
			return nil, err
		}
		n, err := b.fillBuffer()
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			if out == nil {
				out = []byte{}
			}
			return out, nil
		}
	}
}

func buffered_readline(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
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
		return iobase_next(self)
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

// write buffers p, passing full buffers to raw.
func (b *buffered) write(p []byte) *rt.Exception {
	if b.readable && len(b.rbuf)-b.rpos > 0 {
		if err := b.dropReadAhead(); err != nil {
			return err
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if len(b.wbuf)+len(p) <= b.bufSize {
		b.wbuf = append(b.wbuf, p...)
		return nil
	}
	if err := b.flushWrites(); err != nil {
		return err
	}
	for len(p) > b.bufSize {
		n, err := b.rawWrite(p)
		if err != nil {
			return err
		}
		if n == -2 {
			return rt.NewException(blockingIOError, rt.Int(11), rt.StrValue("write could not complete without blocking"), rt.Int(0))
		}
		p = p[n:]
	}
	b.wbuf = append(b.wbuf, p...)
	return nil
}

func buffered_write(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
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
	n := len(data)
	if err := b.write(data); err != nil {
		return rt.Value{}, err
	}
	return rt.Int(int64(n)), nil
}

func buffered_flush(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
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

func buffered_tell(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	pos, err := b.rawTell()
	if err != nil {
		return rt.Value{}, err
	}
	pos = pos - int64(len(b.rbuf)-b.rpos) + int64(len(b.wbuf))
	if pos < 0 {
		pos = 0
	}
	return rt.Int(pos), nil
}

func buffered_seek(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	target, err := rt.IndexInt(a[0], "")
	if err != nil {
		return rt.Value{}, err
	}
	whence := int64(0)
	if !a[1].IsNull() {
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
	if _, err := checkSeekableRaw(b.raw); err != nil {
		return rt.Value{}, err
	}
	// Seek inside the read buffer without touching raw when possible.
	if whence != 2 && b.readable && len(b.wbuf) == 0 && len(b.rbuf) > 0 {
		cur := b.absPos
		if cur < 0 {
			if cur, err = b.rawTell(); err != nil {
				return rt.Value{}, err
			}
		}
		avail := int64(len(b.rbuf) - b.rpos)
		offset := target
		if whence == 0 {
			offset = target - (cur - avail)
		}
		if offset >= -int64(b.rpos) && offset <= avail {
			b.rpos += int(offset)
			return rt.Int(cur - avail + offset), nil
		}
	}
	if b.writable {
		if err := b.flushWrites(); err != nil {
			return rt.Value{}, err
		}
	}
	if whence == 1 {
		target -= int64(len(b.rbuf) - b.rpos)
	}
	n, err := b.rawSeek(target, int(whence))
	if err != nil {
		return rt.Value{}, err
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return rt.Int(n), nil
}

// checkSeekableRaw raises UnsupportedOperation unless raw.seekable().
func checkSeekableRaw(raw rt.Value) (bool, *rt.Exception) {
	if raw.Type() == fileioType {
		f := fileioSelf(raw)
		if f.fd >= 0 && f.isSeekable() {
			return true, nil
		}
	}
	if err := checkAbility(raw, "seekable", "File or stream is not seekable."); err != nil {
		return false, err
	}
	return true, nil
}

func buffered_truncate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	if err := b.checkClosed("truncate of closed file"); err != nil {
		return rt.Value{}, err
	}
	if !b.writable {
		return rt.Value{}, unsupported("truncate")
	}
	if err := b.flushAndRewind(); err != nil {
		return rt.Value{}, err
	}
	pos := a[0]
	if pos.IsNull() {
		pos = rt.None
	}
	r, err := rt.IOCallMethod(b.raw, "truncate", pos)
	if err != nil {
		return rt.Value{}, err
	}
	b.absPos = -1
	return r, nil
}

func buffered_close(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
	closed, err := b.isClosed()
	if err != nil {
		return rt.Value{}, err
	}
	if closed {
		return rt.None, nil
	}
	_, ferr := rt.IOCallMethod(self, "flush")
	b.rbuf, b.rpos = nil, 0
	_, cerr := rt.IOCallMethod(b.raw, "close")
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

func buffered_detach(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	b := bufSelf(self)
	if err := b.checkInit(); err != nil {
		return rt.Value{}, err
	}
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
	return rt.Method{Name: name, Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		b := bufSelf(self)
		if err := b.checkInit(); err != nil {
			return rt.Value{}, err
		}
		return rt.IOCallMethod(b.raw, name)
	}}
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
	{Name: "detach", Flags: rt.MethNoArgs, Fn: buffered_detach},
	{Name: "flush", Flags: rt.MethNoArgs, Fn: buffered_flush},
	{Name: "close", Flags: rt.MethNoArgs, Fn: buffered_close},
	delegate("seekable"), delegate("readable"), delegate("writable"),
	delegate("fileno"), delegate("isatty"),
	{Name: "_dealloc_warn", Sig: "source, /", Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.None, nil
	}},
	{Name: "seek", Sig: "target, whence=, /", Fn: buffered_seek},
	{Name: "tell", Flags: rt.MethNoArgs, Fn: buffered_tell},
	{Name: "truncate", Sig: "pos=, /", Fn: buffered_truncate},
	{Name: "__getstate__", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.Value{}, rt.NewTypeError("cannot pickle '%s' object", self.Type().Name)
	}},
}

var bufferedReadMethods = []rt.Method{
	{Name: "read", Sig: "size=, /", Fn: buffered_read},
	{Name: "peek", Sig: "size=, /", Fn: buffered_peek},
	{Name: "read1", Sig: "size=, /", Fn: buffered_read1},
	{Name: "readinto", Sig: "buffer, /", Flags: rt.MethO, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return bufferedReadinto(self, a, false)
	}},
	{Name: "readinto1", Sig: "buffer, /", Flags: rt.MethO, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		return bufferedReadinto(self, a, true)
	}},
	{Name: "readline", Sig: "size=, /", Fn: buffered_readline},
}

var bufferedWriteMethods = []rt.Method{
	{Name: "write", Sig: "buffer, /", Flags: rt.MethO, Fn: buffered_write},
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
