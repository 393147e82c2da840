// This file defines the decoders of whole streams: .xz (blocks, checks,
// index), .lzma ("alone") and raw filter chains. Each consumes input from
// the front of a buffer as far as it can and appends output; the caller
// feeds more input when one makes no progress.
package lzma

import (
	"bytes"
	"encoding/binary"
	"hash"
	"hash/crc32"
)

// decodeError is a liblzma error, reported as LZMAError(msg).
type decodeError struct{ msg string }

func (e *decodeError) Error() string { return e.msg }

// decoderOverhead approximates the memory liblzma's LZMA decoder uses
// besides the dictionary, for memlimit.
const decoderOverhead = 1 << 15

var (
	errMemLimit = &decodeError{"Memory usage limit exceeded"}
	errFormat   = &decodeError{msgFormat}
	errOptions  = &decodeError{msgOptions}
	errData     = &decodeError{msgData}
)

// streamDecoder is one format's decoder.
type streamDecoder interface {
	// step consumes a prefix of in, appending output to *out; it returns
	// the bytes consumed and whether the stream ended. Consuming nothing
	// without ending means it needs more input.
	step(in []byte, out *[]byte) (int, bool, error)
}

// chainDecoder decodes a raw filter chain whose last filter is LZMA1 or
// LZMA2; the others are converters applied to its output, last first.
type chainDecoder struct {
	lz1    *decoder
	lz2    *lzma2Decoder
	limit  uint64 // LZMA1: the known uncompressed size, or no limit
	stages []*stage
	done   bool
}

func newChainDecoder(chain []*filterSpec) (*chainDecoder, error) {
	if len(chain) == 0 {
		return nil, errOptions
	}
	c := &chainDecoder{limit: ^uint64(0)}
	last := chain[len(chain)-1]
	switch last.id {
	case filterLZMA1:
		if last.lc+last.lp > 4 || last.pb > 4 {
			return nil, errOptions
		}
		c.lz1 = &decoder{}
		c.lz1.model.reset(props{last.lc, last.lp, last.pb})
		c.lz1.win.init(int(min(last.dictSize, 1<<30)))
	case filterLZMA2:
		c.lz2 = newLZMA2Decoder(int(min(last.dictSize, 1<<30)))
	default:
		return nil, errOptions
	}
	for i := len(chain) - 2; i >= 0; i-- {
		conv := newConverter(chain[i])
		if conv == nil {
			return nil, errOptions
		}
		c.stages = append(c.stages, &stage{conv: conv})
	}
	return c, nil
}

func (c *chainDecoder) step(in []byte, out *[]byte) (int, bool, error) {
	if c.done {
		return 0, true, nil
	}
	var n int
	var err error
	var win *window
	if c.lz1 != nil {
		win = &c.lz1.win
		n, err = c.stepLZMA1(in)
		c.done = c.lz1.eos || (c.limit != ^uint64(0) && win.total == c.limit && c.lz1.pendingLen == 0)
	} else {
		win = &c.lz2.dec.win
		n, err = c.lz2.step(in)
		c.done = c.lz2.eof
	}
	if err != nil {
		return n, false, errData
	}
	data := win.out
	win.out = win.out[:0]
	for _, s := range c.stages {
		data = s.push(data, c.done)
	}
	*out = append(*out, data...)
	return n, c.done, nil
}

// stepLZMA1 decodes LZMA1 data; the range decoder reads its first five
// bytes first (rng is zero until then).
func (c *chainDecoder) stepLZMA1(in []byte) (int, error) {
	d := c.lz1
	used := 0
	if d.rc.rng == 0 {
		if c.limit == 0 {
			c.lz1.eos = true
			return 0, nil
		}
		if len(in) < 5 {
			return 0, nil
		}
		if !d.rc.init(in) {
			return 5, errCorrupt
		}
		used = 5
	}
	n, err := d.decode(in[used:], false, min(c.limit, d.win.total+stepOutput))
	if err == errShort {
		err = nil
	}
	if err == nil && c.limit != ^uint64(0) && d.win.total == c.limit && d.pendingLen == 0 && !d.eos {
		// A known size may still be followed by an end marker, which
		// liblzma accepts; the range decoder's last byte is consumed.
		d.rc.in, d.rc.pos, d.rc.short = in[used+n:], 0, false
		d.rc.normalize()
		if !d.rc.short {
			n += d.rc.pos
		}
	}
	return used + n, err
}

// aloneDecoder decodes a .lzma file: a 13-byte header, then LZMA1 data.
type aloneDecoder struct {
	memlimit uint64
	picky    bool
	gotCheck func(int)
	chain    *chainDecoder
}

func (a *aloneDecoder) step(in []byte, out *[]byte) (int, bool, error) {
	if a.chain != nil {
		return a.chain.step(in, out)
	}
	// liblzma's alone decoder rejects each header field as soon as it has
	// read it, so garbage fails with a format error even when shorter
	// than the 13-byte header.
	if len(in) == 0 {
		return 0, false, nil
	}
	p, ok := decodePropsByte(in[0])
	if !ok || p.lc+p.lp > 4 {
		return 0, false, errFormat
	}
	if len(in) < 5 {
		return 0, false, nil
	}
	dict := binary.LittleEndian.Uint32(in[1:])
	if a.picky && dict != ^uint32(0) {
		// Only 2^n and 2^n + 2^(n-1) pass, as liblzma's picky check.
		d := dict - 1
		d |= d >> 2
		d |= d >> 3
		d |= d >> 4
		d |= d >> 8
		d |= d >> 16
		d++
		if d != dict {
			return 0, false, errFormat
		}
	}
	if len(in) < 13 {
		return 0, false, nil
	}
	size := binary.LittleEndian.Uint64(in[5:])
	if a.picky && size != ^uint64(0) && size >= 1<<38 {
		return 0, false, errFormat
	}
	if uint64(dict)+decoderOverhead > a.memlimit {
		return 0, false, errMemLimit
	}
	c, err := newChainDecoder([]*filterSpec{{id: filterLZMA1, lc: p.lc, lp: p.lp, pb: p.pb, dictSize: max(dict, 4096)}})
	if err != nil {
		return 0, false, err
	}
	c.limit = size
	a.chain = c
	if a.gotCheck != nil {
		a.gotCheck(checkNone)
	}
	n, done, err := c.step(in[13:], out)
	return 13 + n, done, err
}

var (
	xzMagic     = []byte{0xFD, '7', 'z', 'X', 'Z', 0}
	xzFooterEnd = []byte{'Y', 'Z'}
)

// xzDecoder decodes one .xz stream.
type xzDecoder struct {
	memlimit uint64
	phase    int // 0 header, 1 block header or index, 2 block data, 3 block end, 4 index, 5 footer
	flags    [2]byte
	check    int
	// gotCheck is called once the stream header says which check is used.
	gotCheck func(int)

	// the current block
	chain      *chainDecoder
	hdrSize    int
	compSize   uint64 // compressed bytes read so far
	uncompSize uint64
	wantComp   uint64 // from the block header, or ^0
	wantUncomp uint64
	hash       hash.Hash
	records    [][2]uint64 // unpadded size, uncompressed size of each block
	indexSize  int
	lastOut    int
}

func (x *xzDecoder) step(in []byte, out *[]byte) (int, bool, error) {
	for {
		phase, outLen := x.phase, len(*out)
		n, fin, err := x.stepPhase(in, out)
		if n > 0 || fin || err != nil || x.phase == phase || len(*out) != outLen {
			return n, fin, err
		}
	}
}

// stepPhase runs the current phase once.
func (x *xzDecoder) stepPhase(in []byte, out *[]byte) (int, bool, error) {
	switch x.phase {
	case 0:
		return x.header(in)
	case 1:
		if len(in) == 0 {
			return 0, false, nil
		}
		if in[0] == 0 {
			x.phase = 4
			return x.index(in)
		}
		return x.blockHeader(in)
	case 2:
		return x.blockData(in, out)
	case 3:
		return x.blockEnd(in)
	case 4:
		return x.index(in)
	}
	return x.footer(in)
}

func (x *xzDecoder) header(in []byte) (int, bool, error) {
	if len(in) < 12 {
		return 0, false, nil // liblzma checks the magic once all 12 bytes are in
	}
	if !bytes.Equal(in[:6], xzMagic) {
		return 0, false, errFormat
	}
	if crc32.ChecksumIEEE(in[6:8]) != binary.LittleEndian.Uint32(in[8:]) {
		return 0, false, errData
	}
	if in[6] != 0 || in[7] > 0x0F {
		return 0, false, errOptions
	}
	x.flags = [2]byte{in[6], in[7]}
	x.check = int(in[7])
	if x.gotCheck != nil {
		x.gotCheck(x.check)
	}
	x.phase = 1
	return 12, false, nil
}

func (x *xzDecoder) blockHeader(in []byte) (int, bool, error) {
	size := (int(in[0]) + 1) * 4
	if len(in) < size {
		return 0, false, nil
	}
	h := in[:size]
	if crc32.ChecksumIEEE(h[:size-4]) != binary.LittleEndian.Uint32(h[size-4:]) {
		return 0, false, errData
	}
	flags := h[1]
	if flags&0x3C != 0 {
		return 0, false, errOptions
	}
	p := h[2 : size-4]
	x.wantComp, x.wantUncomp = ^uint64(0), ^uint64(0)
	var n int
	if flags&0x40 != 0 {
		if x.wantComp, n = getVarint(p); n <= 0 || x.wantComp == 0 {
			return 0, false, errData
		}
		p = p[n:]
	}
	if flags&0x80 != 0 {
		if x.wantUncomp, n = getVarint(p); n <= 0 {
			return 0, false, errData
		}
		p = p[n:]
	}
	var chain []*filterSpec
	for i := 0; i <= int(flags&3); i++ {
		id, n := getVarint(p)
		if n <= 0 {
			return 0, false, errData
		}
		p = p[n:]
		psize, n := getVarint(p)
		if n <= 0 || psize > uint64(len(p)-n) {
			return 0, false, errData
		}
		f, ok := decodeProps(id, p[n:n+int(psize)])
		if !ok || (id == filterLZMA1) {
			return 0, false, errOptions
		}
		chain = append(chain, f)
		p = p[n+int(psize):]
	}
	for _, b := range p {
		if b != 0 {
			return 0, false, errOptions
		}
	}
	if chain[len(chain)-1].id != filterLZMA2 {
		return 0, false, errOptions
	}
	for _, f := range chain[:len(chain)-1] {
		if f.id == filterLZMA2 {
			return 0, false, errOptions
		}
	}
	if uint64(chain[len(chain)-1].dictSize)+decoderOverhead > x.memlimit {
		return 0, false, errMemLimit
	}
	c, err := newChainDecoder(chain)
	if err != nil {
		return 0, false, err
	}
	x.chain, x.hdrSize, x.compSize, x.uncompSize = c, size, 0, 0
	x.hash = newCheck(x.check)
	x.phase = 2
	return size, false, nil
}

func (x *xzDecoder) blockData(in []byte, out *[]byte) (int, bool, error) {
	start := len(*out)
	n, done, err := x.chain.step(in, out)
	if err != nil {
		return n, false, err
	}
	produced := (*out)[start:]
	if x.hash != nil {
		x.hash.Write(produced)
	}
	x.compSize += uint64(n)
	x.uncompSize += uint64(len(produced))
	if x.compSize > x.wantComp || x.uncompSize > x.wantUncomp {
		return n, false, errData
	}
	if done {
		if (x.wantComp != ^uint64(0) && x.compSize != x.wantComp) ||
			(x.wantUncomp != ^uint64(0) && x.uncompSize != x.wantUncomp) {
			return n, false, errData
		}
		x.phase = 3
	}
	return n, false, nil
}

func (x *xzDecoder) blockEnd(in []byte) (int, bool, error) {
	pad := int(-x.compSize & 3)
	cs := checkSize(x.check)
	if len(in) < pad+cs {
		return 0, false, nil
	}
	for _, b := range in[:pad] {
		if b != 0 {
			return 0, false, errData
		}
	}
	if x.hash != nil && !bytes.Equal(in[pad:pad+cs], checkSum(x.hash, x.check)) {
		return 0, false, errData
	}
	unpadded := uint64(x.hdrSize) + x.compSize + uint64(cs)
	x.records = append(x.records, [2]uint64{unpadded, x.uncompSize})
	x.phase = 1
	return pad + cs, false, nil
}

// index parses the whole index once it is all there and checks it
// against the blocks seen.
func (x *xzDecoder) index(in []byte) (int, bool, error) {
	p := 1
	count, n := getVarint(in[p:])
	if n == 0 {
		return 0, false, nil
	}
	if n < 0 || count != uint64(len(x.records)) {
		return 0, false, errData
	}
	p += n
	for _, r := range x.records {
		for _, want := range r {
			v, n := getVarint(in[p:])
			if n == 0 {
				return 0, false, nil
			}
			if n < 0 || v != want {
				return 0, false, errData
			}
			p += n
		}
	}
	for p%4 != 0 {
		if p >= len(in) {
			return 0, false, nil
		}
		if in[p] != 0 {
			return 0, false, errData
		}
		p++
	}
	if len(in) < p+4 {
		return 0, false, nil
	}
	if crc32.ChecksumIEEE(in[:p]) != binary.LittleEndian.Uint32(in[p:]) {
		return 0, false, errData
	}
	x.indexSize = p + 4
	x.phase = 5
	return p + 4, false, nil
}

func (x *xzDecoder) footer(in []byte) (int, bool, error) {
	if len(in) < 12 {
		return 0, false, nil
	}
	f := in[:12]
	if !bytes.Equal(f[10:], xzFooterEnd) {
		return 0, false, errData
	}
	if crc32.ChecksumIEEE(f[4:10]) != binary.LittleEndian.Uint32(f) {
		return 0, false, errData
	}
	if (int(binary.LittleEndian.Uint32(f[4:]))+1)*4 != x.indexSize || f[8] != x.flags[0] || f[9] != x.flags[1] {
		return 0, false, errData
	}
	x.phase = 6
	return 12, true, nil
}
