// This file defines the streaming inflater behind zlib.decompress and
// zlib.Decompress: Go's compress/flate pulls its input, while zlib's API
// pushes it, so the flate reader runs on its own goroutine and parks
// whenever it needs input the caller has not given yet or has produced as
// much output as the caller asked for. The goroutine never touches Python
// objects; the caller only reads the shared buffers while it is parked.
package zlib

import (
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
)

// Stream formats, from wbits.
const (
	fmtZlib = iota
	fmtRaw
	fmtGzip
	fmtAuto // zlib or gzip, by the first byte
)

// zerr is a zlib error: code and message as zlib's inflate reports them.
type zerr struct {
	code int
	msg  string
}

func (e *zerr) Error() string { return e.msg }

var (
	errTruncated = &zerr{-5, "incomplete or truncated stream"}
	errStopped   = errors.New("inflater stopped")
)

// request wakes the goroutine: limit is the output size to stop at
// (negative: unlimited); stop ends it.
type request struct {
	limit int
	stop  bool
}

// inflater is one decompression stream.
type inflater struct {
	format int
	window int // log2 of the largest window the stream may use
	zdict  []byte

	// Shared with the goroutine, read by the caller only while it is parked.
	pending []byte // input not yet consumed
	out     []byte // output produced since the last call
	limit   int
	eof     bool
	err     error
	started bool
	final   bool // the caller has no more input (one-shot decompress)

	req  chan request
	park chan struct{}
}

func newInflater(format, window int, zdict []byte) *inflater {
	return &inflater{format: format, window: window, zdict: zdict,
		req: make(chan request), park: make(chan struct{})}
}

// feed gives the stream data and runs it until it needs more input,
// produced limit bytes (limit < 0: no limit), ended or failed. It returns
// the output; the input not consumed stays in in.pending.
func (in *inflater) feed(data []byte, limit int) ([]byte, error) {
	if in.eof || in.err != nil {
		in.pending = append(in.pending, data...)
		return nil, in.err
	}
	in.pending = append(in.pending[:len(in.pending):len(in.pending)], data...)
	in.out = nil
	in.limit = limit
	if !in.started {
		in.started = true
		go in.run()
	} else {
		in.req <- request{limit: limit}
	}
	<-in.park
	out := in.out
	in.out = nil
	return out, in.err
}

// stop ends a parked goroutine (the stream was abandoned).
func (in *inflater) stop() {
	if in.started && !in.eof && in.err == nil {
		in.req <- request{stop: true}
		<-in.park
	}
}

// wait parks the goroutine until the caller's next request.
func (in *inflater) wait() error {
	in.park <- struct{}{}
	r := <-in.req
	if r.stop {
		return errStopped
	}
	in.limit = r.limit
	return nil
}

// ReadByte gives the flate reader one input byte, parking for more.
func (in *inflater) ReadByte() (byte, error) {
	for len(in.pending) == 0 {
		if in.final {
			return 0, io.ErrUnexpectedEOF
		}
		if err := in.wait(); err != nil {
			return 0, err
		}
	}
	b := in.pending[0]
	in.pending = in.pending[1:]
	return b, nil
}

// Read implements io.Reader for flate (which prefers ReadByte).
func (in *inflater) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	b, err := in.ReadByte()
	if err != nil {
		return 0, err
	}
	p[0] = b
	return 1, nil
}

func (in *inflater) readN(n int) ([]byte, error) {
	buf := make([]byte, n)
	for i := range buf {
		b, err := in.ReadByte()
		if err != nil {
			return nil, err
		}
		buf[i] = b
	}
	return buf, nil
}

// run is the goroutine: header, deflate data, trailer.
func (in *inflater) run() {
	err := in.inflate()
	switch {
	case err == nil:
		in.eof = true
	case err == errStopped:
	case err == io.ErrUnexpectedEOF:
		in.err = errTruncated
	default:
		in.err = err
	}
	in.park <- struct{}{}
}

func (in *inflater) inflate() error {
	format := in.format
	if format == fmtAuto {
		b, err := in.ReadByte()
		if err != nil {
			return err
		}
		in.pending = append([]byte{b}, in.pending...)
		format = fmtZlib
		if b == 0x1f {
			format = fmtGzip
		}
	}
	var sum hash.Hash32
	dict := in.zdict
	switch format {
	case fmtZlib:
		need, err := in.zlibHeader()
		if err != nil {
			return err
		}
		if !need {
			dict = nil
		}
		sum = adler32.New()
	case fmtGzip:
		if err := in.gzipHeader(); err != nil {
			return err
		}
		sum = crc32.NewIEEE()
	}
	fr := flate.NewReaderDict(in, dict)
	size, err := in.pump(fr, sum)
	if err != nil {
		return err
	}
	switch format {
	case fmtZlib:
		t, err := in.readN(4)
		if err != nil {
			return err
		}
		if binary.BigEndian.Uint32(t) != sum.Sum32() {
			return &zerr{-3, "incorrect data check"}
		}
	case fmtGzip:
		t, err := in.readN(8)
		if err != nil {
			return err
		}
		if binary.LittleEndian.Uint32(t) != sum.Sum32() {
			return &zerr{-3, "incorrect data check"}
		}
		if binary.LittleEndian.Uint32(t[4:]) != uint32(size) {
			return &zerr{-3, "incorrect length check"}
		}
	}
	return nil
}

// pump copies flate's output to in.out, parking whenever the limit is hit.
func (in *inflater) pump(fr io.Reader, sum hash.Hash32) (int64, error) {
	var size int64
	buf := make([]byte, 32<<10)
	for {
		n := len(buf)
		if in.limit >= 0 {
			for in.limit-len(in.out) <= 0 {
				if err := in.wait(); err != nil {
					return 0, err
				}
			}
			n = min(n, in.limit-len(in.out))
		}
		m, err := fr.Read(buf[:n])
		in.out = append(in.out, buf[:m]...)
		if sum != nil {
			sum.Write(buf[:m])
		}
		size += int64(m)
		if err == io.EOF {
			return size, nil
		}
		if err != nil {
			return 0, flateError(err)
		}
	}
}

// flateError converts a compress/flate error to zlib's.
func flateError(err error) error {
	var ce flate.CorruptInputError
	if errors.As(err, &ce) {
		return &zerr{-3, "invalid stored block lengths"}
	}
	return err
}

// zlibHeader checks a zlib header; it reports whether a preset
// dictionary is required.
func (in *inflater) zlibHeader() (bool, error) {
	h, err := in.readN(2)
	if err != nil {
		return false, err
	}
	if (int(h[0])<<8|int(h[1]))%31 != 0 {
		return false, &zerr{-3, "incorrect header check"}
	}
	if h[0]&0x0f != 8 {
		return false, &zerr{-3, "unknown compression method"}
	}
	if int(h[0]>>4)+8 > in.window {
		return false, &zerr{-3, "invalid window size"}
	}
	if h[1]&0x20 == 0 {
		return false, nil
	}
	id, err := in.readN(4)
	if err != nil {
		return false, err
	}
	if in.zdict == nil {
		return false, &zerr{2, ""}
	}
	if binary.BigEndian.Uint32(id) != adler32.Checksum(in.zdict) {
		return false, &zerr{-3, "invalid dictionary"}
	}
	return true, nil
}

// gzipHeader skips a gzip member header.
func (in *inflater) gzipHeader() error {
	h, err := in.readN(10)
	if err != nil {
		return err
	}
	if h[0] != 0x1f || h[1] != 0x8b {
		return &zerr{-3, "incorrect header check"}
	}
	if h[2] != 8 {
		return &zerr{-3, "unknown compression method"}
	}
	flg := h[3]
	if flg&0xe0 != 0 {
		return &zerr{-3, "unknown header flags set"}
	}
	if flg&4 != 0 {
		x, err := in.readN(2)
		if err != nil {
			return err
		}
		if _, err := in.readN(int(binary.LittleEndian.Uint16(x))); err != nil {
			return err
		}
	}
	for _, bit := range []byte{8, 16} {
		if flg&bit != 0 {
			for {
				b, err := in.ReadByte()
				if err != nil {
					return err
				}
				if b == 0 {
					break
				}
			}
		}
	}
	if flg&2 != 0 {
		if _, err := in.readN(2); err != nil {
			return err
		}
	}
	return nil
}
