// This file defines LZMA2, the chunked form of LZMA inside .xz files:
// each chunk is stored or LZMA-compressed, and says whether the dictionary,
// the state or the properties start afresh.
package lzma

import "encoding/binary"

// lzma2Decoder decodes LZMA2 chunks, as far as the input present allows.
type lzma2Decoder struct {
	dec           decoder
	needDictReset bool
	needProps     bool
	eof           bool
	// the chunk being decoded
	inLZMA     bool
	storedLeft int    // bytes of a stored chunk still to copy
	packedLeft int    // compressed bytes of an LZMA chunk not consumed
	chunkEnd   uint64 // window total at the end of the LZMA chunk
}

// stepOutput bounds the output of one step, so that callers asking for a
// little output get it without decoding a whole chunk.
const stepOutput = 1 << 16

func newLZMA2Decoder(dictSize int) *lzma2Decoder {
	l := &lzma2Decoder{needDictReset: true, needProps: true}
	l.dec.win.init(dictSize)
	return l
}

// step decodes from in, returning the bytes consumed (0 when it needs
// more input); output goes to dec.win.out.
func (l *lzma2Decoder) step(in []byte) (int, error) {
	switch {
	case l.storedLeft > 0:
		n := min(l.storedLeft, len(in), stepOutput)
		for _, b := range in[:n] {
			l.dec.win.put(b)
		}
		l.storedLeft -= n
		return n, nil
	case l.inLZMA:
		return l.lzmaData(in)
	}
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
		if c == 1 {
			l.dec.win.reset()
			l.needDictReset = false
		} else if l.needDictReset {
			return 0, errCorrupt
		}
		l.storedLeft = int(binary.BigEndian.Uint16(in[1:])) + 1
		return 3, nil
	case c < 0x80:
		return 0, errCorrupt
	}
	return l.lzmaHeader(in)
}

// lzmaHeader starts an LZMA chunk: control, sizes, properties and the
// range decoder's first five bytes.
func (l *lzma2Decoder) lzmaHeader(in []byte) (int, error) {
	c := in[0]
	reset := c >> 5 & 3
	hdr := 5
	if reset >= 2 {
		hdr = 6
	}
	if len(in) < hdr+5 {
		return 0, nil
	}
	unpacked := int(c&0x1F)<<16 + int(binary.BigEndian.Uint16(in[1:])) + 1
	packed := int(binary.BigEndian.Uint16(in[3:])) + 1
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
	if packed < 5 || !l.dec.rc.init(in[hdr:]) {
		return 0, errCorrupt
	}
	l.dec.eos = false
	l.inLZMA, l.packedLeft, l.chunkEnd = true, packed-5, l.dec.win.total+uint64(unpacked)
	return hdr + 5, nil
}

// lzmaData decodes more of an LZMA chunk.
func (l *lzma2Decoder) lzmaData(in []byte) (int, error) {
	d := &l.dec
	avail := min(len(in), l.packedLeft)
	final := avail == l.packedLeft
	n, err := d.decode(in[:avail], final, min(l.chunkEnd, d.win.total+stepOutput))
	if err == errShort {
		err = nil
	}
	if err != nil || d.eos {
		return 0, errCorrupt
	}
	l.packedLeft -= n
	if d.win.total < l.chunkEnd || d.pendingLen != 0 {
		if final && n == 0 && len(d.win.out) == 0 {
			return 0, errCorrupt
		}
		return n, nil
	}
	if l.packedLeft > 0 {
		// The last symbol's pending normalization reads one more byte.
		d.rc.in, d.rc.pos, d.rc.short = in[n:avail], 0, false
		d.rc.normalize()
		if d.rc.short {
			return n, nil
		}
		n++
		l.packedLeft--
	}
	if l.packedLeft != 0 {
		return 0, errCorrupt
	}
	l.inLZMA = false
	return n, nil
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
