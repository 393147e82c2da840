// This file defines the encoders of whole streams: raw filter chains,
// .lzma ("alone") files and single-block .xz streams.
package lzma

import (
	"encoding/binary"
	"hash"
	"hash/crc32"
)

// streamEncoder is one format's encoder.
type streamEncoder interface {
	// write encodes more input, returning output ready so far.
	write(p []byte) []byte
	// finish ends the stream, returning the rest of the output.
	finish() []byte
}

// chainEncoder runs the converters of a chain, then LZMA1 or LZMA2.
type chainEncoder struct {
	stages []*stage
	lz1    *encoder
	lz2    *lzma2Encoder
}

func newChainEncoder(chain []*filterSpec) (*chainEncoder, bool) {
	if len(chain) == 0 {
		return nil, false
	}
	for _, f := range chain {
		if !f.valid() {
			return nil, false
		}
	}
	c := &chainEncoder{}
	last := chain[len(chain)-1]
	p := props{last.lc, last.lp, last.pb}
	switch last.id {
	case filterLZMA1:
		c.lz1 = newEncoder(p, int(last.dictSize), int(last.niceLen), last.chainDepth())
	case filterLZMA2:
		c.lz2 = newLZMA2Encoder(p, int(last.dictSize), int(last.niceLen), last.chainDepth())
	default:
		return nil, false
	}
	for _, f := range chain[:len(chain)-1] {
		conv := newConverter(f)
		if conv == nil || f.id == filterLZMA1 || f.id == filterLZMA2 {
			return nil, false
		}
		c.stages = append(c.stages, &stage{conv: conv, encode: true})
	}
	return c, true
}

func (c *chainEncoder) convert(p []byte, final bool) []byte {
	for _, s := range c.stages {
		p = s.push(p, final)
	}
	return p
}

func (c *chainEncoder) write(p []byte) []byte {
	p = c.convert(p, false)
	if c.lz1 != nil {
		e := c.lz1
		e.write(p)
		e.encodeUpTo(e.end()-matchMaxLen, func() bool { return false })
		return c.take1()
	}
	c.lz2.write(p)
	out := c.lz2.out
	c.lz2.out = nil
	return out
}

func (c *chainEncoder) take1() []byte {
	out := c.lz1.rc.out
	c.lz1.rc.out = nil
	return out
}

func (c *chainEncoder) finish() []byte {
	p := c.convert(nil, true)
	if c.lz1 != nil {
		e := c.lz1
		e.write(p)
		e.encodeUpTo(e.end(), func() bool { return false })
		e.encodeEOS()
		e.rc.flush()
		return c.take1()
	}
	c.lz2.write(p)
	c.lz2.finish()
	out := c.lz2.out
	c.lz2.out = nil
	return out
}

// aloneEncoder writes a .lzma file with an unknown size and an end marker.
type aloneEncoder struct {
	chain  *chainEncoder
	header []byte
}

func newAloneEncoder(f *filterSpec) (*aloneEncoder, bool) {
	c, ok := newChainEncoder([]*filterSpec{f})
	if !ok {
		return nil, false
	}
	h := binary.LittleEndian.AppendUint32([]byte{props{f.lc, f.lp, f.pb}.byte()}, f.dictSize)
	h = binary.LittleEndian.AppendUint64(h, ^uint64(0))
	return &aloneEncoder{chain: c, header: h}, true
}

func (a *aloneEncoder) take(p []byte) []byte {
	if a.header != nil {
		p = append(a.header, p...)
		a.header = nil
	}
	return p
}

func (a *aloneEncoder) write(p []byte) []byte { return a.take(a.chain.write(p)) }
func (a *aloneEncoder) finish() []byte        { return a.take(a.chain.finish()) }

// xzEncoder writes one .xz stream holding one block, or none when no
// data was given (as liblzma does).
type xzEncoder struct {
	chain      *chainEncoder
	check      int
	hash       hash.Hash
	streamHead []byte // the stream header, until first returned
	blockHead  []byte // the block header, written when data first comes
	started    bool   // the block header was written
	compSize   uint64
	uncompSize uint64
}

func newXZEncoder(chain []*filterSpec, check int) (*xzEncoder, bool) {
	if len(chain) == 0 || chain[len(chain)-1].id != filterLZMA2 {
		return nil, false
	}
	c, ok := newChainEncoder(chain)
	if !ok {
		return nil, false
	}
	x := &xzEncoder{chain: c, check: check, hash: newCheck(check)}
	flags := []byte{0, byte(check)}
	x.streamHead = append(append([]byte{}, xzMagic...), flags...)
	x.streamHead = binary.LittleEndian.AppendUint32(x.streamHead, crc32.ChecksumIEEE(flags))
	bh := []byte{0, byte(len(chain) - 1)}
	for _, f := range chain {
		p, ok := f.encodeProps()
		if !ok {
			return nil, false
		}
		bh = putVarint(bh, f.id)
		bh = putVarint(bh, uint64(len(p)))
		bh = append(bh, p...)
	}
	for len(bh)%4 != 0 {
		bh = append(bh, 0)
	}
	bh[0] = byte(len(bh) / 4)
	x.blockHead = binary.LittleEndian.AppendUint32(bh, crc32.ChecksumIEEE(bh))
	return x, true
}

// head returns the headers not yet written, starting the block when
// block is set.
func (x *xzEncoder) head(block bool) []byte {
	out := x.streamHead
	x.streamHead = nil
	if block && !x.started {
		out = append(out, x.blockHead...)
		x.started = true
	}
	return out
}

func (x *xzEncoder) write(p []byte) []byte {
	out := x.head(len(p) > 0)
	if len(p) == 0 {
		return out
	}
	if x.hash != nil {
		x.hash.Write(p)
	}
	x.uncompSize += uint64(len(p))
	data := x.chain.write(p)
	x.compSize += uint64(len(data))
	return append(out, data...)
}

func (x *xzEncoder) finish() []byte {
	out := x.head(false)
	var idx []byte
	if x.started {
		data := x.chain.finish()
		x.compSize += uint64(len(data))
		out = append(out, data...)
		unpadded := uint64(len(x.blockHead)) + x.compSize + uint64(checkSize(x.check))
		for x.compSize%4 != 0 {
			out = append(out, 0)
			x.compSize++
		}
		out = append(out, checkSum(x.hash, x.check)...)
		idx = putVarint(putVarint([]byte{0, 1}, unpadded), x.uncompSize)
	} else {
		idx = []byte{0, 0}
	}
	for len(idx)%4 != 0 {
		idx = append(idx, 0)
	}
	idx = binary.LittleEndian.AppendUint32(idx, crc32.ChecksumIEEE(idx))
	out = append(out, idx...)
	foot := binary.LittleEndian.AppendUint32(nil, uint32(len(idx)/4-1))
	foot = append(foot, 0, byte(x.check))
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(foot))
	out = append(out, foot...)
	return append(out, xzFooterEnd...)
}
