// This file defines the streaming bzip2 decompressor. It reads input only
// as far as it needs, block by block, and keeps its place between calls
// (inside a block's symbol stream too), so input can arrive in any pieces
// and output can be taken in pieces of at most max_length bytes, with the
// same input consumption as libbzip2's (which decides needs_input and
// unused_data).
package bz2

import "errors"

// errData reports a corrupt stream (libbzip2's BZ_DATA_ERROR and
// BZ_DATA_ERROR_MAGIC).
var errData = errors.New("Invalid data stream")

type decState int

const (
	stStreamHeader decState = iota
	stBlockHead
	stSymbols
	stOutput
	stEOF
)

// decoder is one bzip2 stream being read.
type decoder struct {
	r        bitReader
	state    decState
	maxBlock int // block size limit from the stream header
	combined uint32

	// The current block's header.
	blockCRC   uint32
	origPtr    int
	seqToUnseq []byte
	alphaSize  int
	tables     []*decodeTable
	selectors  []uint8

	// Symbol decoding state.
	symIdx int
	runAcc int
	runN   int
	yy     [256]byte
	counts [256]int
	ll     []byte

	// Output state: the inverse transform and run-length decoding.
	tt   []uint32
	tpos uint32
	left int // block bytes not yet run-length decoded
	last int // previous byte, or -1
	same int // how many times last was seen in a row
	reps int // copies of last still to emit
	crc  uint32

	// starved is set when the last decode stopped for lack of input:
	// libbzip2 would then have taken all of it into its own buffers.
	starved bool
}

func newDecoder() *decoder { return &decoder{} }

// feed appends input.
func (d *decoder) feed(data []byte) { d.r.buf = append(d.r.buf, data...) }

// unconsumed returns the input bytes the decoder has not started reading.
func (d *decoder) unconsumed() []byte {
	if d.starved {
		return nil
	}
	return d.r.buf[(d.r.pos+7)/8:]
}

// eof reports whether the end-of-stream marker has been read.
func (d *decoder) eof() bool { return d.state == stEOF }

// decode produces up to limit bytes (limit < 0: no limit), reading input
// as needed.
func (d *decoder) decode(limit int) ([]byte, error) {
	var out []byte
	d.starved = false
	for {
		if d.state == stOutput {
			room := -1
			if limit >= 0 {
				room = limit - len(out)
			}
			var err error
			out, err = d.emit(out, room)
			if err != nil {
				return out, err
			}
			if d.state == stOutput {
				return out, nil // output full
			}
		}
		progressed, err := d.step()
		d.starved = err == nil && !progressed
		if err != nil || !progressed || d.state == stEOF {
			return out, err
		}
	}
}

// step parses the next unit of input (stream header, block header, block
// symbols or end marker); progressed is false when more input is needed.
func (d *decoder) step() (bool, error) {
	switch d.state {
	case stStreamHeader:
		return d.atomic(d.streamHeader)
	case stBlockHead:
		return d.atomic(d.blockHead)
	case stSymbols:
		return d.symbols()
	}
	return false, nil
}

// atomic runs parse from the current bit position, rewinding when the
// input ends before it completes.
func (d *decoder) atomic(parse func() error) (bool, error) {
	start := d.r.pos
	err := parse()
	if d.r.short {
		d.r.short = false
		d.r.pos = start
		return false, nil
	}
	if err == nil {
		d.compact()
	}
	return err == nil, err
}

// compact drops input bytes that have been read completely.
func (d *decoder) compact() {
	if n := d.r.pos / 8; n > 1<<16 {
		d.r.buf = append([]byte(nil), d.r.buf[n:]...)
		d.r.pos -= n * 8
	}
}

func (d *decoder) streamHeader() error {
	magic := d.r.bits(24)
	if d.r.short {
		// A stream that is wrong from its first bytes is reported at
		// once, as libbzip2 checks byte by byte.
		return d.checkPartialMagic()
	}
	if magic != 'B'<<16|'Z'<<8|'h' {
		return errData
	}
	lvl := d.r.bits(8)
	if d.r.short {
		return nil
	}
	if lvl < '1' || lvl > '9' {
		return errData
	}
	d.maxBlock = int(lvl-'0') * blockMaxBytes
	d.state = stBlockHead
	return nil
}

func (d *decoder) checkPartialMagic() error {
	rest := d.r.buf[d.r.pos/8:]
	for i, b := range rest {
		if i < 3 && b != "BZh"[i] {
			d.r.short = false
			return errData
		}
	}
	return nil
}

func (d *decoder) blockHead() error {
	r := &d.r
	magic := uint64(r.bits(24))<<24 | uint64(r.bits(24))
	if r.short {
		return nil
	}
	if magic == endMagic {
		crc := r.bits(32)
		if r.short {
			return nil
		}
		if crc != d.combined {
			return errData
		}
		d.state = stEOF
		return nil
	}
	if magic != blockMagic {
		return errData
	}
	d.blockCRC = r.bits(32)
	if r.bits(1) != 0 && !r.short {
		return errData // randomised blocks (bzip2 0.9.0) are not supported
	}
	d.origPtr = int(r.bits(24))
	if r.short {
		return nil
	}
	if d.origPtr > 10+d.maxBlock {
		return errData
	}
	if err := d.readMapping(); err != nil || r.short {
		return err
	}
	if err := d.readTables(); err != nil || r.short {
		return err
	}
	d.symIdx, d.runAcc, d.runN = 0, 0, 1
	for i := range d.yy {
		d.yy[i] = byte(i)
	}
	d.counts = [256]int{}
	d.ll = d.ll[:0]
	d.state = stSymbols
	return nil
}

// readMapping reads which byte values the block uses.
func (d *decoder) readMapping() error {
	r := &d.r
	used16 := r.bits(16)
	d.seqToUnseq = d.seqToUnseq[:0]
	for i := 0; i < 16; i++ {
		if used16&(1<<(15-i)) == 0 {
			continue
		}
		bits := r.bits(16)
		for j := 0; j < 16; j++ {
			if bits&(1<<(15-j)) != 0 {
				d.seqToUnseq = append(d.seqToUnseq, byte(i*16+j))
			}
		}
	}
	if r.short {
		return nil
	}
	if len(d.seqToUnseq) == 0 {
		return errData
	}
	d.alphaSize = len(d.seqToUnseq) + 2
	return nil
}

// readTables reads the selectors and the Huffman tables.
func (d *decoder) readTables() error {
	r := &d.r
	nGroups := int(r.bits(3))
	nSel := int(r.bits(15))
	if r.short {
		return nil
	}
	if nGroups < 2 || nGroups > maxGroups || nSel < 1 {
		return errData
	}
	var pos [maxGroups]uint8
	for i := range pos {
		pos[i] = uint8(i)
	}
	d.selectors = d.selectors[:0]
	for i := 0; i < nSel; i++ {
		j := 0
		for r.bit() == 1 {
			j++
			if j >= nGroups {
				return errData
			}
		}
		if r.short {
			return nil
		}
		v := pos[j]
		copy(pos[1:j+1], pos[:j])
		pos[0] = v
		if i < maxSelectors {
			d.selectors = append(d.selectors, v)
		}
	}
	d.tables = d.tables[:0]
	lens := make([]uint8, d.alphaSize)
	for t := 0; t < nGroups; t++ {
		curr := int(r.bits(5))
		for i := 0; i < d.alphaSize; i++ {
			for {
				if curr < 1 || curr > maxDecodeLen {
					if r.short {
						return nil
					}
					return errData
				}
				if r.bit() == 0 {
					break
				}
				if r.bit() == 0 {
					curr++
				} else {
					curr--
				}
			}
			if r.short {
				return nil
			}
			lens[i] = uint8(curr)
		}
		d.tables = append(d.tables, newDecodeTable(lens))
	}
	return nil
}

// symbols decodes the block's symbols until its end or the end of the
// input, undoing the zero-run coding and move-to-front as it goes.
func (d *decoder) symbols() (bool, error) {
	r := &d.r
	eob := d.alphaSize - 1
	for {
		g := d.symIdx / groupSize
		if g >= len(d.selectors) {
			return false, errData
		}
		save := r.pos
		sym, ok := d.tables[d.selectors[g]].decode(r)
		if r.short {
			r.short = false
			r.pos = save
			return false, nil
		}
		if !ok || sym > eob {
			return false, errData
		}
		d.symIdx++
		if sym == runA || sym == runB {
			d.runAcc += (sym + 1) * d.runN
			d.runN <<= 1
			if d.runAcc > d.maxBlock {
				return false, errData
			}
			continue
		}
		if d.runAcc > 0 {
			if len(d.ll)+d.runAcc > d.maxBlock {
				return false, errData
			}
			b := d.seqToUnseq[d.yy[0]]
			d.counts[b] += d.runAcc
			for ; d.runAcc > 0; d.runAcc-- {
				d.ll = append(d.ll, b)
			}
			d.runN = 1
		}
		if sym == eob {
			return true, d.endBlock()
		}
		if len(d.ll) >= d.maxBlock {
			return false, errData
		}
		j := sym - 1
		v := d.yy[j]
		copy(d.yy[1:j+1], d.yy[:j])
		d.yy[0] = v
		b := d.seqToUnseq[v]
		d.counts[b]++
		d.ll = append(d.ll, b)
	}
}

// endBlock inverts the Burrows-Wheeler transform and starts the output.
func (d *decoder) endBlock() error {
	n := len(d.ll)
	if d.origPtr >= n {
		return errData
	}
	if cap(d.tt) < n {
		d.tt = make([]uint32, n)
	}
	d.tt = d.tt[:n]
	var cftab [256]int
	sum := 0
	for i, c := range d.counts {
		cftab[i] = sum
		sum += c
	}
	for i, b := range d.ll {
		d.tt[cftab[b]] = uint32(i)
		cftab[b]++
	}
	d.tpos = d.tt[d.origPtr]
	d.left = n
	d.last, d.same, d.reps = -1, 0, 0
	d.crc = 0xffffffff
	d.state = stOutput
	d.compact()
	return nil
}

// emit appends up to room (< 0: all) bytes of the block's output to out;
// at the block's end it checks the block CRC and moves to the next block.
func (d *decoder) emit(out []byte, room int) ([]byte, error) {
	for room != 0 {
		if d.reps > 0 {
			n := d.reps
			if room >= 0 && n > room {
				n = room
			}
			b := byte(d.last)
			for i := 0; i < n; i++ {
				out = append(out, b)
			}
			d.crc = crcRun(d.crc, b, n)
			d.reps -= n
			room -= n
			if room < -1 {
				room = -1
			}
			continue
		}
		if d.left == 0 {
			if ^d.crc != d.blockCRC {
				return out, errData
			}
			d.combined = (d.combined<<1 | d.combined>>31) ^ d.blockCRC
			d.state = stBlockHead
			return out, nil
		}
		b := d.ll[d.tpos]
		d.tpos = d.tt[d.tpos]
		d.left--
		if d.same == 4 {
			d.reps = int(b)
			d.same = 0
			continue
		}
		if int(b) == d.last {
			d.same++
		} else {
			d.last, d.same = int(b), 1
		}
		out = append(out, b)
		d.crc = crcUpdate(d.crc, b)
		if room > 0 {
			room--
		}
	}
	if d.reps == 0 && d.left == 0 {
		// The block ends exactly here: finish it now, as libbzip2
		// does before returning, so the next block can be read.
		return d.emit(out, -1)
	}
	return out, nil
}
