// This file defines the bzip2 compressor: run-length encoding of the input
// into blocks of up to level*100000 bytes, then per block the
// Burrows-Wheeler transform, move-to-front with zero-run coding, and up to
// six Huffman tables chosen per group of 50 symbols.
package bz2

// encoder is one bzip2 stream being written.
type encoder struct {
	level      int
	w          bitWriter
	headerDone bool
	block      []byte // the run-length coded block being filled
	maxBlock   int
	crc        uint32 // running CRC of the block's original bytes
	combined   uint32
	runByte    byte
	runLen     int
}

func newEncoder(level int) *encoder {
	return &encoder{level: level, maxBlock: level*blockMaxBytes - 19, crc: 0xffffffff}
}

// write adds data to the stream.
func (e *encoder) write(data []byte) {
	for _, b := range data {
		if e.runLen > 0 && b == e.runByte && e.runLen < 255 {
			e.runLen++
			continue
		}
		e.flushRun()
		e.runByte, e.runLen = b, 1
	}
}

// flushRun moves the pending run into the block: up to three bytes as
// they are, longer runs as four bytes and a count of the rest.
func (e *encoder) flushRun() {
	if e.runLen == 0 {
		return
	}
	e.crc = crcRun(e.crc, e.runByte, e.runLen)
	b := e.runByte
	if e.runLen < 4 {
		for i := 0; i < e.runLen; i++ {
			e.block = append(e.block, b)
		}
	} else {
		e.block = append(e.block, b, b, b, b, byte(e.runLen-4))
	}
	e.runLen = 0
	if len(e.block) >= e.maxBlock {
		e.writeBlock()
	}
}

func (e *encoder) header() {
	if !e.headerDone {
		e.headerDone = true
		e.w.put(24, 'B'<<16|'Z'<<8|'h')
		e.w.put(8, uint32('0'+e.level))
	}
}

// finish ends the stream: the last block, the end marker, the combined
// CRC and padding to a byte.
func (e *encoder) finish() {
	e.flushRun()
	if len(e.block) > 0 {
		e.writeBlock()
	}
	e.header()
	e.w.put(24, endMagic>>24)
	e.w.put(24, endMagic&0xffffff)
	e.w.put(32, e.combined)
	e.w.pad()
}

// writeBlock compresses the filled block.
func (e *encoder) writeBlock() {
	e.header()
	blockCRC := ^e.crc
	e.combined = (e.combined<<1 | e.combined>>31) ^ blockCRC
	e.crc = 0xffffffff
	block := e.block
	e.block = e.block[:0:0]

	var inUse [256]bool
	for _, b := range block {
		inUse[b] = true
	}
	var unseqToSeq [256]byte
	numInUse := 0
	for i := 0; i < 256; i++ {
		if inUse[i] {
			unseqToSeq[i] = byte(numInUse)
			numInUse++
		}
	}
	last, orig := bwt(block)
	syms := mtfEncode(last, &unseqToSeq, numInUse)
	alphaSize := numInUse + 2

	w := &e.w
	w.put(24, blockMagic>>24)
	w.put(24, blockMagic&0xffffff)
	w.put(32, blockCRC)
	w.put(1, 0)
	w.put(24, uint32(orig))
	var used16 uint32
	for i := 0; i < 16; i++ {
		for j := 0; j < 16; j++ {
			if inUse[i*16+j] {
				used16 |= 1 << (15 - i)
				break
			}
		}
	}
	w.put(16, used16)
	for i := 0; i < 16; i++ {
		if used16&(1<<(15-i)) == 0 {
			continue
		}
		var bits uint32
		for j := 0; j < 16; j++ {
			if inUse[i*16+j] {
				bits |= 1 << (15 - j)
			}
		}
		w.put(16, bits)
	}
	lens, selectors := chooseTables(syms, alphaSize)
	writeTables(w, lens, selectors, alphaSize)
	codes := make([][]uint32, len(lens))
	for t := range lens {
		codes[t] = canonicalCodes(lens[t])
	}
	for g, sel := range selectors {
		end := min((g+1)*groupSize, len(syms))
		l, c := lens[sel], codes[sel]
		for _, s := range syms[g*groupSize : end] {
			w.put(uint(l[s]), c[s])
		}
	}
}

// mtfEncode applies move-to-front to last and codes runs of zeros as
// RUNA/RUNB digits; the result ends with the end-of-block symbol.
func mtfEncode(last []byte, unseqToSeq *[256]byte, numInUse int) []uint16 {
	var yy [256]byte
	for i := range yy {
		yy[i] = byte(i)
	}
	syms := make([]uint16, 0, len(last)/2+16)
	zPend := 0
	flushZeros := func() {
		if zPend == 0 {
			return
		}
		zPend--
		for {
			syms = append(syms, uint16(zPend&1))
			if zPend < 2 {
				break
			}
			zPend = (zPend - 2) / 2
		}
		zPend = 0
	}
	for _, b := range last {
		v := unseqToSeq[b]
		if yy[0] == v {
			zPend++
			continue
		}
		flushZeros()
		j := 1
		for yy[j] != v {
			j++
		}
		copy(yy[1:j+1], yy[:j])
		yy[0] = v
		syms = append(syms, uint16(j+1))
	}
	flushZeros()
	return append(syms, uint16(numInUse+1))
}

// chooseTables picks the Huffman tables and, for each group of 50
// symbols, the table that codes it shortest: start from tables that each
// favour one slice of the alphabet, then refine a few times.
func chooseTables(syms []uint16, alphaSize int) ([][]uint8, []uint8) {
	n := len(syms)
	nGroups := 6
	switch {
	case n < 200:
		nGroups = 2
	case n < 600:
		nGroups = 3
	case n < 1200:
		nGroups = 4
	case n < 2400:
		nGroups = 5
	}
	freq := make([]int, alphaSize)
	for _, s := range syms {
		freq[s]++
	}
	lens := make([][]uint8, nGroups)
	remaining := n
	lo := 0
	for t := 0; t < nGroups; t++ {
		target := remaining / (nGroups - t)
		hi, acc := lo, 0
		for hi < alphaSize && (acc < target || hi == lo) {
			acc += freq[hi]
			hi++
		}
		if t == nGroups-1 {
			hi = alphaSize
		}
		lens[t] = make([]uint8, alphaSize)
		for v := range lens[t] {
			if v < lo || v >= hi {
				lens[t][v] = 15
			}
		}
		remaining -= acc
		lo = hi
	}
	nSel := (n + groupSize - 1) / groupSize
	selectors := make([]uint8, nSel)
	tfreq := make([][]int, nGroups)
	for iter := 0; iter < 4; iter++ {
		for t := range tfreq {
			tfreq[t] = make([]int, alphaSize)
		}
		pickSelectors(syms, lens, selectors)
		for g, sel := range selectors {
			for _, s := range syms[g*groupSize : min((g+1)*groupSize, n)] {
				tfreq[sel][s]++
			}
		}
		for t := range lens {
			lens[t] = codeLengths(tfreq[t], maxCodeLen)
		}
	}
	pickSelectors(syms, lens, selectors)
	return lens, selectors
}

// pickSelectors chooses each group's cheapest table under lens.
func pickSelectors(syms []uint16, lens [][]uint8, selectors []uint8) {
	for g := range selectors {
		group := syms[g*groupSize : min((g+1)*groupSize, len(syms))]
		best, bestCost := 0, -1
		for t, l := range lens {
			cost := 0
			for _, s := range group {
				cost += int(l[s])
			}
			if bestCost < 0 || cost < bestCost {
				best, bestCost = t, cost
			}
		}
		selectors[g] = uint8(best)
	}
}

// writeTables writes the table count, the move-to-front coded selectors
// and each table's code lengths as deltas.
func writeTables(w *bitWriter, lens [][]uint8, selectors []uint8, alphaSize int) {
	w.put(3, uint32(len(lens)))
	w.put(15, uint32(len(selectors)))
	var pos [maxGroups]uint8
	for i := range pos {
		pos[i] = uint8(i)
	}
	for _, sel := range selectors {
		j := 0
		for pos[j] != sel {
			j++
		}
		copy(pos[1:j+1], pos[:j])
		pos[0] = sel
		for k := 0; k < j; k++ {
			w.put(1, 1)
		}
		w.put(1, 0)
	}
	for _, l := range lens {
		curr := int(l[0])
		w.put(5, uint32(curr))
		for i := 0; i < alphaSize; i++ {
			for curr < int(l[i]) {
				w.put(2, 2)
				curr++
			}
			for curr > int(l[i]) {
				w.put(2, 3)
				curr--
			}
			w.put(1, 0)
		}
	}
}
