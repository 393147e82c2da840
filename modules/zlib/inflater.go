// This file defines decompression as CPython 3.11's zlibmodule.c drives
// zlib's inflate: zlib.decompress and the Decompress object's
// decompress (with max_length, unconsumed_tail and unused_data), flush
// and copy.
package zlib

import (
	"fmt"

	"krait/runtime"
)

// decompressor is the state behind a zlib.Decompress.
type decompressor struct {
	s              *inflateState
	zdict          []byte
	eof            bool
	ended          bool // inflateEnd ran (flush reached the end)
	unusedData     []byte
	unconsumedTail []byte
}

// validDecompressWbits reports whether inflateInit2 accepts wbits: the
// low four bits of 0..47 give the window (0: from the header).
func validDecompressWbits(wbits int) bool {
	if wbits < 0 {
		return wbits >= -15 && wbits <= -8
	}
	return wbits < 48 && (wbits&15 == 0 || wbits&15 >= 8)
}

// zlibErr builds zlib.error as zlibmodule.c's zlib_error does.
func zlibErr(code int, msg, what string) *exc {
	if msg == "" {
		switch code {
		case zBufError:
			msg = "incomplete or truncated stream"
		case zStreamError:
			msg = "inconsistent stream state"
		case zDataError:
			msg = "invalid input data"
		}
	}
	if msg == "" {
		return runtime.NewExceptionMsg(zlibError(), fmt.Sprintf("Error %d %s", code, what))
	}
	return runtime.NewExceptionMsg(zlibError(), fmt.Sprintf("Error %d %s: %s", code, what, msg))
}

// inflateCall runs inflate over s.in into a fresh output buffer of
// CPython's growing block sizes, starting with first bytes and never
// exceeding limit (negative: no limit). more decides whether to call
// inflate again after a call returned code.
func inflateCall(s *inflateState, first, limit int, call func() (int, bool)) ([]byte, int) {
	s.out = make([]byte, 0, min(first, 1<<16))
	s.availOut = first
	blocks := 0
	var code int
	for {
		if s.availOut == 0 {
			if limit >= 0 && len(s.out) >= limit {
				break
			}
			blocks++
			size := outputBlockSizes[min(blocks, len(outputBlockSizes)-1)]
			if limit >= 0 {
				size = min(size, limit-len(s.out))
			}
			s.availOut = size
		}
		var again bool
		code, again = call()
		if !again {
			break
		}
	}
	out := s.out
	s.out = nil
	return out, code
}

// setZdict is set_inflate_zdict.
func (d *decompressor) setZdict() *exc {
	if code := d.s.setDictionary(d.zdict); code != zOK {
		return zlibErr(code, d.s.msg, "while setting zdict")
	}
	return nil
}

// save is save_unconsumed_input. At the end of the stream the leftover
// input joins unused_data; unconsumed_tail is then refreshed only if it
// was not empty (CPython measures what is left from the buffer's end).
func (d *decompressor) save(code int) {
	s := d.s
	left := s.in
	avail := len(left)
	if code == zStreamEnd && avail > 0 {
		d.unusedData = append(append([]byte{}, d.unusedData...), left...)
		avail = 0
	}
	if avail > 0 || len(d.unconsumedTail) > 0 {
		d.unconsumedTail = append([]byte{}, left...)
	}
	s.in = nil
}

// decompress is Decompress.decompress; maxLength 0 means no limit.
func (d *decompressor) decompress(data []byte, maxLength int) ([]byte, *exc) {
	s := d.s
	s.in = data
	limit := -1
	first := outputBlockSizes[0]
	if maxLength > 0 {
		limit = maxLength
		first = min(first, maxLength)
	}
	var zerr *exc
	out, code := inflateCall(s, first, limit, func() (int, bool) {
		if d.ended {
			return zStreamError, false
		}
		code := s.inflate(zSyncFlush)
		switch code {
		case zOK, zBufError, zStreamEnd:
		case zNeedDict:
			if d.zdict == nil {
				return code, false
			}
			if zerr = d.setZdict(); zerr != nil {
				return code, false
			}
			return code, true
		default:
			return code, false
		}
		return code, s.availOut == 0
	})
	if zerr != nil {
		return nil, zerr
	}
	d.save(code)
	if code == zStreamEnd {
		d.eof = true
	} else if code != zOK && code != zBufError {
		msg := s.msg
		if d.ended {
			msg = ""
		}
		return nil, zlibErr(code, msg, "while decompressing data")
	}
	return out, nil
}

// flush is Decompress.flush.
func (d *decompressor) flush(length int) ([]byte, *exc) {
	s := d.s
	s.in = d.unconsumedTail
	var zerr *exc
	out, code := inflateCall(s, length, -1, func() (int, bool) {
		if d.ended {
			return zStreamError, false
		}
		code := s.inflate(zFinish)
		if code == zNeedDict {
			if d.zdict == nil {
				return code, false
			}
			if zerr = d.setZdict(); zerr != nil {
				return code, false
			}
			return code, true
		}
		return code, s.availOut == 0 && code != zStreamEnd
	})
	if zerr != nil {
		return nil, zerr
	}
	d.save(code)
	if code == zStreamEnd {
		d.eof = true
		d.ended = true
	}
	return out, nil
}

// copyDecompressor is Decompress.copy.
func (d *decompressor) copyDecompressor() *decompressor {
	c := *d
	c.s = d.s.copyState()
	return &c
}

// decompressOnce is zlib.decompress.
func decompressOnce(data []byte, wbits, bufsize int) ([]byte, *exc) {
	s := newInflateState(wbits)
	s.in = data
	out, code := inflateCall(s, max(bufsize, 1), -1, func() (int, bool) {
		code := s.inflate(zFinish)
		switch code {
		case zOK, zBufError, zStreamEnd:
			return code, s.availOut == 0
		}
		return code, false
	})
	if code != zStreamEnd {
		return nil, zlibErr(code, s.msg, "while decompressing data")
	}
	return out, nil
}
