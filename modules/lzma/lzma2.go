// This file defines LZMA2, the chunked form of LZMA inside .xz files:
// each chunk is stored or LZMA-compressed, and says whether the dictionary,
// the state or the properties start afresh.
package lzma

import "encoding/binary"

// lzma2Decoder decodes LZMA2 chunks. It waits until a chunk's compressed
// bytes are all present, then decodes the chunk whole.
type lzma2Decoder struct {
	dec           decoder
	needDictReset bool
	needProps     bool
	eof           bool
}

func newLZMA2Decoder(dictSize int) *lzma2Decoder {
	l := &lzma2Decoder{needDictReset: true, needProps: true}
	l.dec.win.init(dictSize)
	return l
}

// step decodes the next chunk from in, returning the bytes consumed (0
// when the chunk is not all there yet); output goes to dec.win.out.
func (l *lzma2Decoder) step(in []byte) (int, error) {
	if len(in) == 0 {
		return 0, nil
	}
	c := in[0]
	switch {
	case c == 0:
		l.eof = true
		return 1, nil
	case c == 1 || c == 2:
		if len(in) < 3 {
			return 0, nil
		}
		size := int(binary.BigEndian.Uint16(in[1:])) + 1
		if len(in) < 3+size {
			return 0, nil
		}
		if c == 1 {
			l.dec.win.reset()
			l.needDictReset = false
		} else if l.needDictReset {
			return 0, errCorrupt
		}
		for _, b := range in[3 : 3+size] {
			l.dec.win.put(b)
		}
		return 3 + size, nil
	case c < 0x80:
		return 0, errCorrupt
	}
	reset := c >> 5 & 3
	hdr := 5
	if reset >= 2 {
		hdr = 6
	}
	if len(in) < hdr {
		return 0, nil
	}
	unpacked := int(c&0x1F)<<16 + int(binary.BigEndian.Uint16(in[1:])) + 1
	packed := int(binary.BigEndian.Uint16(in[3:])) + 1
	if len(in) < hdr+packed {
		return 0, nil
	}
	if reset == 3 {
		l.dec.win.reset()
		l.needDictReset = false
	} else if l.needDictReset {
		return 0, errCorrupt
	}
	if reset >= 2 {
		p, ok := decodePropsByte(in[5])
		if !ok || p.lc+p.lp > 4 {
			return 0, errCorrupt
		}
		l.dec.model.reset(p)
		l.needProps = false
	} else if l.needProps {
		return 0, errCorrupt
	} else if reset == 1 {
		l.dec.model.reset(l.dec.props)
	}
	data := in[hdr : hdr+packed]
	if len(data) < 5 || !l.dec.rc.init(data) {
		return 0, errCorrupt
	}
	l.dec.eos = false
	limit := l.dec.win.total + uint64(unpacked)
	n, err := l.dec.decode(data[5:], true, limit)
	if err == nil && n < packed-5 {
		// The last symbol's pending normalization reads one more byte.
		l.dec.rc.short = false
		l.dec.rc.normalize()
		n = l.dec.rc.pos
	}
	if err != nil || l.dec.eos || l.dec.win.total != limit || l.dec.pendingLen != 0 || n != packed-5 {
		return 0, errCorrupt
	}
	return hdr + packed, nil
}

// decodePropsByte splits the lc/lp/pb byte.
func decodePropsByte(b byte) (props, bool) {
	if b >= 9*5*5 {
		return props{}, false
	}
	return props{lc: uint(b % 9), lp: uint(b / 9 % 5), pb: uint(b / 45)}, true
}

func (p props) byte() byte { return byte((p.pb*5+p.lp)*9 + p.lc) }

// LZMA2 chunk limits.
const (
	chunkUnpackedMax = 1 << 21
	chunkPackedMax   = 1 << 16
	storedChunkMax   = 1 << 16
)

// lzma2Encoder writes LZMA2 chunks.
type lzma2Encoder struct {
	enc        *encoder
	started    bool // a chunk was written (the dictionary was reset)
	propsSent  bool
	stateReset bool // the next LZMA chunk must reset the state
	out        []byte
}

func newLZMA2Encoder(p props, dictSize, niceLen, depth int) *lzma2Encoder {
	return &lzma2Encoder{enc: newEncoder(p, dictSize, niceLen, depth)}
}

// write adds input, encoding whole chunks while enough is buffered.
func (l *lzma2Encoder) write(p []byte) {
	l.enc.write(p)
	for l.enc.end()-l.enc.pos >= chunkUnpackedMax+matchMaxLen {
		l.chunk(l.enc.end() - matchMaxLen)
	}
}

// finish encodes everything and writes the end marker.
func (l *lzma2Encoder) finish() {
	for l.enc.pos < l.enc.end() {
		l.chunk(l.enc.end())
	}
	l.out = append(l.out, 0)
}

// flushChunks encodes all buffered input without ending the stream.
func (l *lzma2Encoder) flushChunks() {
	for l.enc.pos < l.enc.end() {
		l.chunk(l.enc.end())
	}
}

// chunk encodes one chunk from the input before upto.
func (l *lzma2Encoder) chunk(upto int64) {
	e := l.enc
	if l.stateReset {
		e.model.reset(e.props)
	}
	start := e.pos
	e.rc.reset()
	e.rc.out = e.rc.out[:0]
	e.encodeUpTo(upto, func() bool {
		return e.pos-start >= chunkUnpackedMax-matchMaxLen || len(e.rc.out)+e.rc.pending() >= chunkPackedMax-64
	})
	e.rc.flush()
	unpacked := int(e.pos - start)
	packed := len(e.rc.out)
	if packed >= unpacked {
		l.stored(start, e.pos)
		return
	}
	reset := byte(0)
	switch {
	case !l.started:
		reset = 3
	case !l.propsSent:
		reset = 2
	case l.stateReset:
		reset = 1
	}
	u, pk := unpacked-1, packed-1
	l.out = append(l.out, 0x80|reset<<5|byte(u>>16), byte(u>>8), byte(u), byte(pk>>8), byte(pk))
	if reset >= 2 {
		l.out = append(l.out, e.props.byte())
	}
	l.out = append(l.out, e.rc.out...)
	l.started, l.propsSent, l.stateReset = true, true, false
}

// stored writes input from..to as uncompressed chunks; the encoder's
// probabilities were spent on the discarded attempt, so the next LZMA
// chunk resets the state.
func (l *lzma2Encoder) stored(from, to int64) {
	for from < to {
		n := min(to-from, storedChunkMax)
		c := byte(2)
		if !l.started {
			c = 1
		}
		l.out = append(l.out, c, byte((n-1)>>8), byte(n-1))
		l.out = append(l.out, l.enc.buf[from-l.enc.base:from-l.enc.base+n]...)
		from += n
		l.started = true
	}
	l.stateReset = true
}
