// This file defines the compressing side as CPython 3.11's zlibmodule.c
// drives zlib: each call offers output space in the growing block sizes
// of its blocks output buffer and repeats deflate() while that space
// fills, which decides where zlib ends stored blocks and flushes.
package zlib

import (
	"fmt"

	"krait/runtime"
)

// outputBlockSizes are the successive output buffer sizes CPython offers
// (pycore_blocks_output_buffer.h); the last one repeats.
var outputBlockSizes = [...]int{
	32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
	32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20,
	256 << 20,
}

// deflater is one compression stream.
type deflater struct {
	s *deflateState
	// finished is set once deflateEnd has run after Z_FINISH.
	finished bool
}

// newDeflater is deflateInit2 plus deflateSetDictionary; wbits, level,
// memLevel and strategy are already validated. It reports false when
// the dictionary cannot be set.
func newDeflater(level, wbits, memLevel, strategy int, zdict []byte) (*deflater, bool) {
	s := newDeflateState(level, wbits, memLevel, strategy)
	if zdict != nil && !s.setDictionary(zdict) {
		return nil, false
	}
	return &deflater{s: s}, true
}

// run calls deflate(flush) over data until it leaves output space
// unused, and returns the output and the last zlib code.
func (d *deflater) run(data []byte, flush int) ([]byte, int) {
	s := d.s
	s.nextIn = data
	s.out = make([]byte, 0, min(outputBlockSizes[0], len(data)+64))
	s.availOut = outputBlockSizes[0]
	blocks := 0
	var code int
	for {
		if s.availOut == 0 {
			blocks++
			s.availOut = outputBlockSizes[min(blocks, len(outputBlockSizes)-1)]
		}
		code = s.deflate(flush)
		if code == zStreamError || s.availOut != 0 {
			break
		}
	}
	out := s.out
	s.out, s.nextIn = nil, nil
	return out, code
}

// errorFor builds zlib.error for code, using the stream's message as
// zlibmodule.c's zlib_error does.
func (d *deflater) errorFor(code int, what string) *exc {
	msg := d.s.msg
	if msg == "" {
		switch code {
		case zBufError:
			msg = "incomplete or truncated stream"
		case zStreamError:
			msg = "inconsistent stream state"
		}
	}
	if msg == "" {
		return runtime.NewExceptionMsg(zlibError(), fmt.Sprintf("Error %d %s", code, what))
	}
	return runtime.NewExceptionMsg(zlibError(), fmt.Sprintf("Error %d %s: %s", code, what, msg))
}

// compress is Compress.compress.
func (d *deflater) compress(data []byte) ([]byte, *exc) {
	out, code := d.run(data, zNoFlush)
	if code == zStreamError {
		return nil, d.errorFor(code, "while compressing data")
	}
	return out, nil
}

// flush is Compress.flush for a mode other than Z_NO_FLUSH.
func (d *deflater) flush(mode int) ([]byte, *exc) {
	out, code := d.run(nil, mode)
	switch {
	case code == zStreamError:
		return nil, d.errorFor(code, "while flushing")
	case code == zStreamEnd && mode == zFinish:
		d.finished = true
		d.s.ended = true
	case code != zOK && code != zBufError:
		return nil, d.errorFor(code, "while flushing")
	}
	return out, nil
}

// oneShot is zlib.compress: a single deflate(Z_FINISH) pass.
func oneShot(data []byte, level, wbits int) []byte {
	d, _ := newDeflater(level, wbits, defMemLevel, zDefaultStrat, nil)
	out, _ := d.run(data, zFinish)
	return out
}

// copyDeflater is deflateCopy.
func (d *deflater) copyDeflater() *deflater {
	return &deflater{s: d.s.copyState(), finished: d.finished}
}
