// This file defines bufState, the buffer shared by BufferedReader,
// BufferedWriter and BufferedRandom, with the same model as CPython's
// bufferedio.c so that every call sequence (read1 after readinto, a seek
// inside the buffer, a write after a read) gives the same results and the
// same raw calls: one array of buffer_size bytes, the logical position pos
// in it, readEnd (the end of valid read data), the dirty range
// [writePos, writeEnd), rawPos (the raw stream's position in the array)
// and absPos (the raw stream's absolute position, cached).
//
// The state lives apart from the Python object so that final.go can flush
// it after the object is collected.

package pyio

import (
	rt "krait/runtime"
)

// bufState is the buffer and the raw stream of a buffered object.
type bufState struct {
	raw      rt.Value // the raw stream, as long as the object owns it
	fraw     *fileIO  // raw when it is exactly a FileIO, for the Go fast path
	released bool     // detached: the raw stream is no longer ours to close
	readable bool
	writable bool
	size     int    // buffer_size
	buf      []byte // len(buf) == size
	pos      int    // logical position in buf
	rawPos   int    // position of the raw stream in buf, -1 unknown
	readEnd  int    // end of the valid read data, -1 none
	writePos int    // start of the dirty range
	writeEnd int    // end of the dirty range, -1 none
	absPos   int64  // raw stream position, -1 unknown
}

func (s *bufState) validRead() bool  { return s.readable && s.readEnd != -1 }
func (s *bufState) validWrite() bool { return s.writable && s.writeEnd != -1 }

// readahead is the number of buffered bytes not yet read.
func (s *bufState) readahead() int {
	if s.validRead() {
		return s.readEnd - s.pos
	}
	return 0
}

// rawOffset is how far the raw stream is ahead of the logical position.
func (s *bufState) rawOffset() int {
	if (s.validRead() || s.validWrite()) && s.rawPos >= 0 {
		return s.rawPos - s.pos
	}
	return 0
}

// adjustPosition moves pos, extending the read data over written bytes.
func (s *bufState) adjustPosition(p int) {
	s.pos = p
	if s.validRead() && s.readEnd < p {
		s.readEnd = p
	}
}

// dirty reports written bytes not yet passed to raw.
func (s *bufState) dirty() bool { return s.validWrite() && s.writePos < s.writeEnd }

func (s *bufState) resetRead()  { s.readEnd = -1 }
func (s *bufState) resetWrite() { s.writePos, s.writeEnd = 0, -1 }

// lastBlock rounds n down to a multiple of the buffer size.
func (s *bufState) lastBlock(n int) int { return s.size * (n / s.size) }

// isClosed reports raw.closed.
func (s *bufState) isClosed() (bool, *rt.Exception) {
	if s.fraw != nil {
		return s.fraw.fd < 0, nil
	}
	c, err := rt.GetAttr(s.raw, strClosed)
	if err != nil {
		return false, err
	}
	return rt.IsTrue(c)
}

// checkClosed is CPython's CHECK_CLOSED: closed with nothing buffered.
func (s *bufState) checkClosed(msg string) *rt.Exception {
	closed, err := s.isClosed()
	if err != nil {
		return err
	}
	if closed && s.readahead() == 0 {
		return rt.NewValueError(msg)
	}
	return nil
}

func badLength(what string, n int64, max int) *rt.Exception {
	return rt.NewExceptionMsg(rt.OSErrorType, "raw "+what+"() returned invalid length "+itoa(n)+
		" (should have been between 0 and "+itoa(int64(max))+")")
}

// rawRead calls raw.readinto on p; -2 means the raw stream would block.
func (s *bufState) rawRead(p []byte) (int, *rt.Exception) {
	var n int
	if s.fraw != nil {
		if err := s.fraw.checkReadable(); err != nil {
			return 0, err
		}
		got, err := s.fraw.readRaw(p)
		if err != nil {
			return 0, err
		}
		if got < 0 {
			return -2, nil
		}
		n = got
	} else {
		mv, err := rt.NewMemoryView(rt.NewByteArray(p))
		if err != nil {
			return 0, err
		}
		r, err := rt.IOCallMethod(s.raw, "readinto", mv)
		if err != nil {
			return 0, err
		}
		if r.IsNone() {
			return -2, nil
		}
		got, err := rt.IndexInt(r, "")
		if err != nil {
			// _PyErr_FormatFromCause, as _bufferedreader_raw_read.
			e := rt.NewException(rt.OSErrorType, rt.StrValue("raw readinto() failed"))
			e.Cause, e.Context, e.SuppressContext = err, err, true
			return 0, e
		}
		if got < 0 || got > int64(len(p)) {
			return 0, badLength("readinto", got, len(p))
		}
		n = int(got)
	}
	if n > 0 && s.absPos != -1 {
		s.absPos += int64(n)
	}
	return n, nil
}

// rawWrite calls raw.write with p once; -2 means it would block.
func (s *bufState) rawWrite(p []byte) (int, *rt.Exception) {
	var n int
	if s.fraw != nil {
		if err := s.fraw.checkWritable(); err != nil {
			return 0, err
		}
		got, err := s.fraw.writeRaw(p)
		if err != nil {
			return 0, err
		}
		if got < 0 {
			return -2, nil
		}
		n = got
	} else {
		mv, err := rt.NewMemoryView(rt.NewBytes(append([]byte(nil), p...)))
		if err != nil {
			return 0, err
		}
		r, err := rt.IOCallMethod(s.raw, "write", mv)
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
			return 0, badLength("write", got, len(p))
		}
		n = int(got)
	}
	if n > 0 && s.absPos != -1 {
		s.absPos += int64(n)
	}
	return n, nil
}

func invalidPosition(n int64) *rt.Exception {
	return rt.NewExceptionMsg(rt.OSErrorType, "Raw stream returned invalid position "+itoa(n))
}

// rawSeek calls raw.seek(target, whence) and caches the result.
func (s *bufState) rawSeek(target int64, whence int) (int64, *rt.Exception) {
	var n int64
	if s.fraw != nil {
		if s.fraw.fd < 0 {
			return 0, errClosedFile()
		}
		r, err := s.fraw.seek(target, whence)
		if err != nil {
			return 0, err
		}
		n = r
	} else {
		r, err := rt.IOCallMethod(s.raw, "seek", rt.Int(target), rt.Int(int64(whence)))
		if err != nil {
			return 0, err
		}
		if n, err = rt.IndexInt(r, ""); err != nil {
			return 0, err
		}
	}
	if n < 0 {
		return 0, invalidPosition(n)
	}
	s.absPos = n
	return n, nil
}

// rawTell calls raw.tell() and caches the result.
func (s *bufState) rawTell() (int64, *rt.Exception) {
	var n int64
	if s.fraw != nil {
		if s.fraw.fd < 0 {
			return 0, errClosedFile()
		}
		r, err := s.fraw.seek(0, 1)
		if err != nil {
			return 0, err
		}
		n = r
	} else {
		r, err := rt.IOCallMethod(s.raw, "tell")
		if err != nil {
			return 0, err
		}
		if n, err = rt.IndexInt(r, ""); err != nil {
			return 0, err
		}
	}
	if n < 0 {
		return 0, invalidPosition(n)
	}
	s.absPos = n
	return n, nil
}

// rawTellCached is RAW_TELL: the cached position, or raw.tell().
func (s *bufState) rawTellCached() (int64, *rt.Exception) {
	if s.absPos != -1 {
		return s.absPos, nil
	}
	return s.rawTell()
}

func blockingError(written int) *rt.Exception {
	// Through the class, so that BlockingIOError's constructor sets
	// characters_written from the third argument.
	v, err := rt.Call(blockingIOError.Value(), []rt.Value{rt.Int(11), rt.StrValue("write could not complete without blocking"), rt.Int(int64(written))}, nil)
	if err != nil {
		return err
	}
	return v.AsException()
}

// flushWrites writes the dirty range to raw (_bufferedwriter_flush_unlocked).
func (s *bufState) flushWrites() *rt.Exception {
	if s.validWrite() && s.writePos != s.writeEnd {
		if rewind := s.rawOffset() + (s.pos - s.writePos); rewind != 0 {
			if _, err := s.rawSeek(-int64(rewind), 1); err != nil {
				return err
			}
			s.rawPos -= rewind
		}
		for s.writePos < s.writeEnd {
			n, err := s.rawWrite(s.buf[s.writePos:s.writeEnd])
			if err != nil {
				return err
			}
			if n == -2 {
				return blockingError(0)
			}
			s.writePos += n
			s.rawPos = s.writePos
		}
	}
	s.resetWrite()
	return nil
}

// flushAndRewind flushes and moves raw to the logical position.
func (s *bufState) flushAndRewind() *rt.Exception {
	if err := s.flushWrites(); err != nil {
		return err
	}
	if s.readable {
		_, err := s.rawSeek(-int64(s.rawOffset()), 1)
		s.resetRead()
		return err
	}
	return nil
}

// fillBuffer reads from raw after the valid read data.
func (s *bufState) fillBuffer() (int, *rt.Exception) {
	start := 0
	if s.validRead() {
		start = s.readEnd
	}
	n, err := s.rawRead(s.buf[start:s.size])
	if err != nil || n <= 0 {
		return n, err
	}
	s.readEnd = start + n
	s.rawPos = start + n
	return n, nil
}

// readFast returns n buffered bytes, or false when fewer are buffered.
func (s *bufState) readFast(n int) ([]byte, bool) {
	if n > s.readahead() {
		return nil, false
	}
	out := append([]byte{}, s.buf[s.pos:s.pos+n]...)
	s.pos += n
	return out, true
}

// readGeneric reads n bytes; nil without error means None (would block).
func (s *bufState) readGeneric(n int) ([]byte, *rt.Exception) {
	cur := s.readahead()
	if n <= cur {
		out, _ := s.readFast(n)
		return out, nil
	}
	out := make([]byte, n)
	remaining, written := n, 0
	if cur > 0 {
		copy(out, s.buf[s.pos:s.pos+cur])
		remaining -= cur
		written += cur
		s.pos += cur
	}
	if s.writable {
		if err := s.flushAndRewind(); err != nil {
			return nil, err
		}
	}
	s.resetRead()
	short := func(r int) ([]byte, *rt.Exception) {
		if r == 0 || written > 0 {
			return out[:written], nil
		}
		return nil, nil
	}
	for remaining > 0 {
		r := s.lastBlock(remaining)
		if r == 0 {
			break
		}
		got, err := s.rawRead(out[written : written+r])
		if err != nil {
			return nil, err
		}
		if got == 0 || got == -2 {
			return short(got)
		}
		remaining -= got
		written += got
	}
	s.pos, s.rawPos, s.readEnd = 0, 0, 0
	for remaining > 0 && s.readEnd < s.size {
		got, err := s.fillBuffer()
		if err != nil {
			return nil, err
		}
		if got == 0 || got == -2 {
			return short(got)
		}
		k := min(remaining, got)
		copy(out[written:], s.buf[s.pos:s.pos+k])
		written += k
		s.pos += k
		remaining -= k
	}
	return out, nil
}

// readAll reads to EOF; nil without error means None.
func (s *bufState) readAll() ([]byte, *rt.Exception) {
	cur := s.readahead()
	var data []byte
	if cur > 0 {
		data = append([]byte{}, s.buf[s.pos:s.pos+cur]...)
		s.pos += cur
	}
	if s.writable {
		if err := s.flushAndRewind(); err != nil {
			return nil, err
		}
	}
	s.resetRead()
	if s.fraw != nil {
		if err := s.fraw.checkReadable(); err != nil {
			return nil, err
		}
		rest, err := s.fraw.readAll()
		if err != nil {
			return nil, err
		}
		if cur == 0 {
			return rest, nil
		}
		return append(data, rest...), nil
	}
	if readall, err := rt.GetAttrString(s.raw, "readall"); err == nil {
		r, err := rt.Call(readall, nil, nil)
		if err != nil {
			return nil, err
		}
		rest, ok := r.TryBytes()
		if !r.IsNone() && !ok {
			return nil, rt.NewTypeError("readall() should return bytes")
		}
		if cur == 0 {
			if r.IsNone() {
				return nil, nil
			}
			return append([]byte{}, rest...), nil
		}
		return append(data, rest...), nil
	} else if !err.Matches(rt.AttributeErrorType) {
		return nil, err
	}
	for {
		r, err := rt.IOCallMethod(s.raw, "read")
		if err != nil {
			return nil, err
		}
		chunk, ok := r.TryBytes()
		if !r.IsNone() && !ok {
			return nil, rt.NewTypeError("read() should return bytes")
		}
		if r.IsNone() || len(chunk) == 0 {
			if cur == 0 {
				if r.IsNone() {
					return nil, nil
				}
				return []byte{}, nil
			}
			return data, nil
		}
		data = append(data, chunk...)
		cur += len(chunk)
		if s.absPos != -1 {
			s.absPos += int64(len(chunk))
		}
	}
}

// peek returns the buffered bytes, filling the buffer when it is empty.
func (s *bufState) peek() ([]byte, *rt.Exception) {
	if have := s.readahead(); have > 0 {
		return append([]byte{}, s.buf[s.pos:s.pos+have]...), nil
	}
	s.resetRead()
	r, err := s.fillBuffer()
	if err != nil {
		return nil, err
	}
	if r == -2 {
		r = 0
	}
	s.pos = 0
	return append([]byte{}, s.buf[:r]...), nil
}

// read1 returns buffered bytes if any, else does one raw read.
func (s *bufState) read1(n int) ([]byte, *rt.Exception) {
	if n == 0 {
		return []byte{}, nil
	}
	if have := s.readahead(); have > 0 {
		out, _ := s.readFast(min(have, n))
		return out, nil
	}
	out := make([]byte, n)
	s.resetRead()
	r, err := s.rawRead(out)
	if err != nil {
		return nil, err
	}
	if r == -2 {
		r = 0
	}
	return out[:r], nil
}

// readinto fills dst (readinto1: with at most one raw read); ok false
// means None.
func (s *bufState) readinto(dst []byte, one bool) (int, bool, *rt.Exception) {
	written := 0
	if n := s.readahead(); n > 0 {
		if n >= len(dst) {
			copy(dst, s.buf[s.pos:s.pos+len(dst)])
			s.pos += len(dst)
			return len(dst), true, nil
		}
		copy(dst, s.buf[s.pos:s.pos+n])
		s.pos += n
		written = n
	}
	if s.writable {
		if err := s.flushAndRewind(); err != nil {
			return 0, false, err
		}
	}
	s.resetRead()
	s.pos = 0
	for remaining := len(dst) - written; remaining > 0; {
		var n int
		var err *rt.Exception
		switch {
		case remaining > s.size:
			n, err = s.rawRead(dst[written:])
		case !(one && written > 0):
			n, err = s.fillBuffer()
			if err == nil && n > 0 {
				n = min(n, remaining)
				copy(dst[written:], s.buf[s.pos:s.pos+n])
				s.pos += n
				written += n
				remaining -= n
				continue
			}
		}
		if err != nil {
			return 0, false, err
		}
		if n == 0 || n == -2 && written > 0 {
			break
		}
		if n == -2 {
			return 0, false, nil
		}
		written += n
		remaining -= n
		if one {
			break
		}
	}
	return written, true, nil
}

// readline returns the next line, at most limit bytes if limit >= 0.
func (s *bufState) readline(limit int) ([]byte, *rt.Exception) {
	n := s.readahead()
	if limit >= 0 && n > limit {
		n = limit
	}
	if i := indexByte(s.buf[s.pos:s.pos+n], '\n'); i >= 0 {
		out := append([]byte{}, s.buf[s.pos:s.pos+i+1]...)
		s.pos += i + 1
		return out, nil
	}
	if n == limit {
		out := append([]byte{}, s.buf[s.pos:s.pos+n]...)
		s.pos += n
		return out, nil
	}
	out := append([]byte{}, s.buf[s.pos:s.pos+n]...)
	s.pos += n
	if limit >= 0 {
		limit -= n
	}
	if s.writable {
		if err := s.flushAndRewind(); err != nil {
			return nil, err
		}
	}
	for {
		s.resetRead()
		got, err := s.fillBuffer()
		if err != nil {
			return nil, err
		}
		if got <= 0 {
			break
		}
		if limit >= 0 && got > limit {
			got = limit
		}
		if i := indexByte(s.buf[:got], '\n'); i >= 0 {
			out = append(out, s.buf[:i+1]...)
			s.pos = i + 1
			break
		}
		out = append(out, s.buf[:got]...)
		if got == limit {
			s.pos = got
			break
		}
		if limit >= 0 {
			limit -= got
		}
	}
	return out, nil
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// write buffers p (BufferedWriter.write); it returns the bytes taken.
func (s *bufState) write(p []byte) (int, *rt.Exception) {
	if !s.validRead() && !s.validWrite() {
		s.pos, s.rawPos = 0, 0
	}
	if avail := s.size - s.pos; len(p) <= avail {
		copy(s.buf[s.pos:], p)
		if !s.validWrite() || s.writePos > s.pos {
			s.writePos = s.pos
		}
		s.adjustPosition(s.pos + len(p))
		if s.pos > s.writeEnd {
			s.writeEnd = s.pos
		}
		return len(p), nil
	}
	if err := s.flushWrites(); err != nil {
		if !err.Matches(blockingIOError) {
			return 0, err
		}
		return s.writeBlocked(p)
	}
	if off := s.rawOffset(); off != 0 {
		if _, err := s.rawSeek(-int64(off), 1); err != nil {
			return 0, err
		}
		s.rawPos -= off
	}
	remaining, written := len(p), 0
	for remaining > s.size {
		n, err := s.rawWrite(p[written:])
		if err != nil {
			return 0, err
		}
		if n == -2 {
			copy(s.buf, p[written:written+s.size])
			s.rawPos = 0
			s.adjustPosition(s.size)
			s.writeEnd = s.size
			return 0, blockingError(written + s.size)
		}
		written += n
		remaining -= n
	}
	if s.readable {
		s.resetRead()
	}
	copy(s.buf, p[written:])
	s.writePos = 0
	s.writeEnd = remaining
	s.adjustPosition(remaining)
	s.rawPos = 0
	return len(p), nil
}

// writeBlocked buffers what it can of p after a flush that would block.
func (s *bufState) writeBlocked(p []byte) (int, *rt.Exception) {
	if s.readable {
		s.resetRead()
	}
	k := copy(s.buf, s.buf[s.writePos:s.writeEnd])
	s.writeEnd = k
	s.rawPos -= s.writePos
	s.pos -= s.writePos
	s.writePos = 0
	avail := s.size - s.writeEnd
	if len(p) <= avail {
		copy(s.buf[s.writeEnd:], p)
		s.writeEnd += len(p)
		s.pos += len(p)
		return len(p), nil
	}
	copy(s.buf[s.writeEnd:], p[:avail])
	s.writeEnd += avail
	s.pos += avail
	return 0, blockingError(avail)
}

// tell is the logical position.
func (s *bufState) tell() (int64, *rt.Exception) {
	pos, err := s.rawTell()
	if err != nil {
		return 0, err
	}
	return pos - int64(s.rawOffset()), nil
}

// seek moves the logical position, inside the buffer when possible.
func (s *bufState) seek(target int64, whence int) (int64, *rt.Exception) {
	if (whence == 0 || whence == 1) && s.readable {
		cur, err := s.rawTellCached()
		if err != nil {
			return 0, err
		}
		if avail := int64(s.readahead()); avail > 0 {
			offset := target
			if whence == 0 {
				offset = target - (cur - int64(s.rawOffset()))
			}
			if offset >= -int64(s.pos) && offset <= avail {
				s.pos += int(offset)
				return cur - avail + offset, nil
			}
		}
	}
	if s.writable {
		if err := s.flushWrites(); err != nil {
			return 0, err
		}
	}
	if whence == 1 {
		target -= int64(s.rawOffset())
	}
	n, err := s.rawSeek(target, whence)
	if err != nil {
		return 0, err
	}
	s.rawPos = -1
	if s.readable {
		s.resetRead()
	}
	return n, nil
}
