// This file defines the compressing side of zlib over compress/flate: the
// zlib and gzip wrappers (header and checksum trailer) around a raw
// deflate stream, as zlib's deflate writes them.
package zlib

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash"
	"hash/adler32"
	"hash/crc32"
)

// deflater is one compression stream; output accumulates in buf.
type deflater struct {
	buf      bytes.Buffer
	fw       *flate.Writer
	format   int
	sum      hash.Hash32
	size     uint32
	finished bool
}

// flateLevel maps zlib's level and strategy to compress/flate's level.
func flateLevel(level, strategy int) int {
	if strategy == zHuffmanOnly {
		return flate.HuffmanOnly
	}
	return level
}

// newDeflater starts a stream; wbits is already validated (9..15 zlib,
// -15..-9 raw, 25..31 gzip; 8 means 9 as in zlib).
func newDeflater(level, wbits, strategy int, zdict []byte) *deflater {
	d := &deflater{}
	switch {
	case wbits < 0:
		d.format = fmtRaw
	case wbits > 15:
		d.format = fmtGzip
		d.sum = crc32.NewIEEE()
		xfl := byte(0)
		if level == 9 {
			xfl = 2
		} else if level == 1 || strategy >= zHuffmanOnly || (level >= 0 && level < 2) {
			xfl = 4
		}
		d.buf.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	default:
		d.format = fmtZlib
		d.sum = adler32.New()
		d.buf.Write(zlibHeader(level, max(wbits, 9), zdict))
	}
	fw, _ := flate.NewWriterDict(&d.buf, flateLevel(level, strategy), zdict)
	d.fw = fw
	return d
}

// zlibHeader builds the two-byte zlib header (and dictionary id).
func zlibHeader(level, wbits int, zdict []byte) []byte {
	cmf := byte((wbits-8)<<4 | 8)
	var flevel byte
	switch {
	case level == -1 || level == 6:
		flevel = 2
	case level < 2:
		flevel = 0
	case level < 6:
		flevel = 1
	default:
		flevel = 3
	}
	flg := flevel << 6
	if zdict != nil {
		flg |= 0x20
	}
	flg += byte(31 - (int(cmf)<<8|int(flg))%31)
	h := []byte{cmf, flg}
	if zdict != nil {
		h = binary.BigEndian.AppendUint32(h, adler32.Checksum(zdict))
	}
	return h
}

// write compresses p (output may stay buffered inside flate).
func (d *deflater) write(p []byte) {
	d.fw.Write(p)
	if d.sum != nil {
		d.sum.Write(p)
	}
	d.size += uint32(len(p))
}

// flush applies a flush mode: Z_FINISH ends the stream with its trailer.
func (d *deflater) flush(mode int) {
	switch {
	case mode == zNoFlush:
	case mode == zFinish:
		d.fw.Close()
		switch d.format {
		case fmtZlib:
			d.buf.Write(binary.BigEndian.AppendUint32(nil, d.sum.Sum32()))
		case fmtGzip:
			t := binary.LittleEndian.AppendUint32(nil, d.sum.Sum32())
			d.buf.Write(binary.LittleEndian.AppendUint32(t, d.size))
		}
		d.finished = true
	default:
		d.fw.Flush()
	}
}

// take returns and clears the output so far.
func (d *deflater) take() []byte {
	b := bytes.Clone(d.buf.Bytes())
	d.buf.Reset()
	return b
}
