// This file defines the block writer of the deflate compressor: the bit
// buffer, Huffman tree construction and the choice between stored, fixed
// and dynamic blocks, following zlib 1.2.13's trees.c so that the bytes
// written are the same as the C library's.
package zlib

import "encoding/binary"

const (
	lengthCodes = 29
	literals    = 256
	lCodes      = literals + 1 + lengthCodes
	dCodes      = 30
	blCodes     = 19
	heapSize    = 2*lCodes + 1
	maxBits     = 15
	maxBLBits   = 7
	endBlock    = 256
	rep3to6     = 16
	repz3to10   = 17
	repz11to138 = 18
	minMatch    = 3
	maxMatch    = 258
)

var (
	extraLBits  = [lengthCodes]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	extraDBits  = [dCodes]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	extraBLBits = [blCodes]uint8{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7}
	blOrder     = [blCodes]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

	lengthCode [maxMatch - minMatch + 1]uint8
	distCode   [512]uint8
	baseLength [lengthCodes]int32
	baseDist   [dCodes]int32

	staticLTree [lCodes + 2]codeLen
	staticDTree [dCodes]codeLen
)

// codeLen is one symbol's Huffman code (bit-reversed) and length.
type codeLen struct {
	code uint16
	len  uint16
}

// treeDesc describes one of the three trees of a block: its dynamic
// frequencies and lengths, and the static parameters.
type treeDesc struct {
	freq    []uint32
	dad     []uint16
	codes   []codeLen
	maxCode int
	static  []codeLen
	extra   []uint8
	base    int
	elems   int
	maxLen  int
}

// buildTreeTables makes the length and distance code tables and the static
// trees (init14_tables.go).
func buildTreeTables() {
	length := 0
	code := 0
	for ; code < lengthCodes-1; code++ {
		baseLength[code] = int32(length)
		for n := 0; n < 1<<extraLBits[code]; n++ {
			lengthCode[length] = uint8(code)
			length++
		}
	}
	// Length 258 has its own code, overriding the last of code 27's.
	lengthCode[length-1] = uint8(code)
	dist := 0
	for code = 0; code < 16; code++ {
		baseDist[code] = int32(dist)
		for n := 0; n < 1<<extraDBits[code]; n++ {
			distCode[dist] = uint8(code)
			dist++
		}
	}
	dist >>= 7
	for ; code < dCodes; code++ {
		baseDist[code] = int32(dist << 7)
		for n := 0; n < 1<<(extraDBits[code]-7); n++ {
			distCode[256+dist] = uint8(code)
			dist++
		}
	}
	var blCount [maxBits + 1]uint16
	for n := 0; n < lCodes+2; n++ {
		l := uint16(8)
		switch {
		case n <= 143:
		case n <= 255:
			l = 9
		case n <= 279:
			l = 7
		}
		staticLTree[n].len = l
		blCount[l]++
	}
	genCodes(staticLTree[:], lCodes+1, &blCount)
	for n := range staticDTree {
		staticDTree[n] = codeLen{code: uint16(bitReverse(uint32(n), 5)), len: 5}
	}
}

// dCode maps a distance minus one to its distance code.
func dCode(dist uint32) uint8 {
	if dist < 256 {
		return distCode[dist]
	}
	return distCode[256+(dist>>7)]
}

func bitReverse(code uint32, n int) uint32 {
	var res uint32
	for ; n > 0; n-- {
		res = res<<1 | code&1
		code >>= 1
	}
	return res
}

// sendBits appends the low length bits of value to the bit buffer.
func (s *deflateState) sendBits(value uint32, length int) {
	s.biBuf |= uint64(value) << s.biValid
	s.biValid += length
	if s.biValid >= 32 {
		s.pending = binary.LittleEndian.AppendUint32(s.pending, uint32(s.biBuf))
		s.biBuf >>= 32
		s.biValid -= 32
	}
}

func (s *deflateState) sendCode(c int, tree []codeLen) {
	s.sendBits(uint32(tree[c].code), int(tree[c].len))
}

// biFlush moves the complete bytes of the bit buffer to pending.
func (s *deflateState) biFlush() {
	for s.biValid >= 8 {
		s.pending = append(s.pending, byte(s.biBuf))
		s.biBuf >>= 8
		s.biValid -= 8
	}
}

// biWindup flushes the bit buffer up to a byte boundary.
func (s *deflateState) biWindup() {
	s.biFlush()
	if s.biValid > 0 {
		s.pending = append(s.pending, byte(s.biBuf))
	}
	s.biBuf, s.biValid = 0, 0
}

func (s *deflateState) putShort(w uint16) {
	s.pending = append(s.pending, byte(w), byte(w>>8))
}

// initBlock clears the frequencies for a new block.
func (s *deflateState) initBlock() {
	clear(s.dynLFreq[:lCodes])
	clear(s.dynDFreq[:dCodes])
	clear(s.blFreq[:blCodes])
	s.dynLFreq[endBlock] = 1
	s.optLen, s.staticLen = 0, 0
	s.symNext = 0
	s.matches = 0
}

// smaller orders heap nodes by frequency, then by depth.
func (s *deflateState) smaller(freq []uint32, n, m int) bool {
	return freq[n] < freq[m] || (freq[n] == freq[m] && s.depth[n] <= s.depth[m])
}

func (s *deflateState) pqDownHeap(freq []uint32, k int) {
	v := s.heap[k]
	j := k << 1
	for j <= s.heapLen {
		if j < s.heapLen && s.smaller(freq, s.heap[j+1], s.heap[j]) {
			j++
		}
		if s.smaller(freq, v, s.heap[j]) {
			break
		}
		s.heap[k] = s.heap[j]
		k = j
		j <<= 1
	}
	s.heap[k] = v
}

// genBitlen computes code lengths from the built tree, limiting them to
// the tree's maximum length the way zlib does, and adds up the block's
// optimal and static lengths.
func (s *deflateState) genBitlen(d *treeDesc) {
	tree := d.codes
	clear(s.blCount[:])
	tree[s.heap[s.heapMax]].len = 0
	overflow := 0
	h := s.heapMax + 1
	for ; h < heapSize; h++ {
		n := s.heap[h]
		bits := int(tree[d.dad[n]].len) + 1
		if bits > d.maxLen {
			bits = d.maxLen
			overflow++
		}
		tree[n].len = uint16(bits)
		if n > d.maxCode {
			continue
		}
		s.blCount[bits]++
		xbits := 0
		if n >= d.base {
			xbits = int(d.extra[n-d.base])
		}
		f := uint64(d.freq[n])
		s.optLen += f * uint64(bits+xbits)
		if d.static != nil {
			s.staticLen += f * uint64(int(d.static[n].len)+xbits)
		}
	}
	if overflow == 0 {
		return
	}
	for overflow > 0 {
		bits := d.maxLen - 1
		for s.blCount[bits] == 0 {
			bits--
		}
		s.blCount[bits]--
		s.blCount[bits+1] += 2
		s.blCount[d.maxLen]--
		overflow -= 2
	}
	for bits := d.maxLen; bits != 0; bits-- {
		n := int(s.blCount[bits])
		for n != 0 {
			h--
			m := s.heap[h]
			if m > d.maxCode {
				continue
			}
			if int(tree[m].len) != bits {
				s.optLen += uint64(int64(bits)-int64(tree[m].len)) * uint64(d.freq[m])
				tree[m].len = uint16(bits)
			}
			n--
		}
	}
}

// genCodes assigns canonical codes from the lengths.
func genCodes(tree []codeLen, maxCode int, blCount *[maxBits + 1]uint16) {
	var next [maxBits + 1]uint16
	code := uint32(0)
	for bits := 1; bits <= maxBits; bits++ {
		code = (code + uint32(blCount[bits-1])) << 1
		next[bits] = uint16(code)
	}
	for n := 0; n <= maxCode; n++ {
		l := int(tree[n].len)
		if l == 0 {
			continue
		}
		tree[n].code = uint16(bitReverse(uint32(next[l]), l))
		next[l]++
	}
}

// buildTree builds one Huffman tree with zlib's heap discipline.
func (s *deflateState) buildTree(d *treeDesc) {
	tree, freq := d.codes, d.freq
	s.heapLen, s.heapMax = 0, heapSize
	maxCode := -1
	for n := 0; n < d.elems; n++ {
		if freq[n] != 0 {
			s.heapLen++
			s.heap[s.heapLen] = n
			maxCode = n
			s.depth[n] = 0
		} else {
			tree[n].len = 0
		}
	}
	// At least two codes are needed; force one or two with frequency 1.
	for s.heapLen < 2 {
		node := 0
		if maxCode < 2 {
			maxCode++
			node = maxCode
		}
		s.heapLen++
		s.heap[s.heapLen] = node
		freq[node] = 1
		s.depth[node] = 0
		s.optLen--
		if d.static != nil {
			s.staticLen -= uint64(d.static[node].len)
		}
	}
	d.maxCode = maxCode
	for n := s.heapLen / 2; n >= 1; n-- {
		s.pqDownHeap(freq, n)
	}
	node := d.elems
	for {
		n := s.heap[1]
		s.heap[1] = s.heap[s.heapLen]
		s.heapLen--
		s.pqDownHeap(freq, 1)
		m := s.heap[1]
		s.heapMax--
		s.heap[s.heapMax] = n
		s.heapMax--
		s.heap[s.heapMax] = m
		freq[node] = freq[n] + freq[m]
		s.depth[node] = max(s.depth[n], s.depth[m]) + 1
		d.dad[n], d.dad[m] = uint16(node), uint16(node)
		s.heap[1] = node
		node++
		s.pqDownHeap(freq, 1)
		if s.heapLen < 2 {
			break
		}
	}
	s.heapMax--
	s.heap[s.heapMax] = s.heap[1]
	s.genBitlen(d)
	genCodes(tree, maxCode, &s.blCount)
}

// scanTree counts the bit-length codes needed to send a tree.
func (s *deflateState) scanTree(tree []codeLen, maxCode int) {
	prevLen, nextLen := -1, int(tree[0].len)
	count, maxCount, minCount := 0, 7, 4
	if nextLen == 0 {
		maxCount, minCount = 138, 3
	}
	tree[maxCode+1].len = 0xffff
	for n := 0; n <= maxCode; n++ {
		curLen := nextLen
		nextLen = int(tree[n+1].len)
		count++
		if count < maxCount && curLen == nextLen {
			continue
		} else if count < minCount {
			s.blFreq[curLen] += uint32(count)
		} else if curLen != 0 {
			if curLen != prevLen {
				s.blFreq[curLen]++
			}
			s.blFreq[rep3to6]++
		} else if count <= 10 {
			s.blFreq[repz3to10]++
		} else {
			s.blFreq[repz11to138]++
		}
		count, prevLen = 0, curLen
		switch {
		case nextLen == 0:
			maxCount, minCount = 138, 3
		case curLen == nextLen:
			maxCount, minCount = 6, 3
		default:
			maxCount, minCount = 7, 4
		}
	}
}

// sendTree sends a tree's code lengths with the bit-length codes.
func (s *deflateState) sendTree(tree []codeLen, maxCode int) {
	bl := s.blTree[:]
	prevLen, nextLen := -1, int(tree[0].len)
	count, maxCount, minCount := 0, 7, 4
	if nextLen == 0 {
		maxCount, minCount = 138, 3
	}
	for n := 0; n <= maxCode; n++ {
		curLen := nextLen
		nextLen = int(tree[n+1].len)
		count++
		if count < maxCount && curLen == nextLen {
			continue
		} else if count < minCount {
			for ; count != 0; count-- {
				s.sendCode(curLen, bl)
			}
		} else if curLen != 0 {
			if curLen != prevLen {
				s.sendCode(curLen, bl)
				count--
			}
			s.sendCode(rep3to6, bl)
			s.sendBits(uint32(count-3), 2)
		} else if count <= 10 {
			s.sendCode(repz3to10, bl)
			s.sendBits(uint32(count-3), 3)
		} else {
			s.sendCode(repz11to138, bl)
			s.sendBits(uint32(count-11), 7)
		}
		count, prevLen = 0, curLen
		switch {
		case nextLen == 0:
			maxCount, minCount = 138, 3
		case curLen == nextLen:
			maxCount, minCount = 6, 3
		default:
			maxCount, minCount = 7, 4
		}
	}
}

// buildBLTree builds the bit-length tree and returns the index in
// blOrder of the last code with a nonzero length.
func (s *deflateState) buildBLTree() int {
	s.scanTree(s.dynLTree[:], s.lDesc.maxCode)
	s.scanTree(s.dynDTree[:], s.dDesc.maxCode)
	s.buildTree(&s.blDesc)
	maxBLIndex := blCodes - 1
	for ; maxBLIndex >= 3; maxBLIndex-- {
		if s.blTree[blOrder[maxBLIndex]].len != 0 {
			break
		}
	}
	s.optLen += 3*(uint64(maxBLIndex)+1) + 5 + 5 + 4
	return maxBLIndex
}

func (s *deflateState) sendAllTrees(lcodes, dcodes, blcodes int) {
	s.sendBits(uint32(lcodes-257), 5)
	s.sendBits(uint32(dcodes-1), 5)
	s.sendBits(uint32(blcodes-4), 4)
	for rank := 0; rank < blcodes; rank++ {
		s.sendBits(uint32(s.blTree[blOrder[rank]].len), 3)
	}
	s.sendTree(s.dynLTree[:], lcodes-1)
	s.sendTree(s.dynDTree[:], dcodes-1)
}

// storedBlock writes a stored block of buf (header only when buf is nil
// and n is zero).
func (s *deflateState) storedBlock(buf []byte, last int) {
	s.sendBits(uint32(last), 3)
	s.biWindup()
	n := uint16(len(buf))
	s.putShort(n)
	s.putShort(^n)
	s.pending = append(s.pending, buf...)
}

// align sends an empty fixed block (Z_PARTIAL_FLUSH).
func (s *deflateState) align() {
	s.sendBits(1<<1, 3)
	s.sendCode(endBlock, staticLTree[:])
	s.biFlush()
}

// flushBlock ends the current block, writing it stored, fixed or dynamic,
// whichever zlib's length estimates choose; buf is nil when the block's
// input is no longer in the window.
func (s *deflateState) flushBlock(buf []byte, storedLen uint64, last int) {
	var optLenb, staticLenb uint64
	maxBLIndex := 0
	if s.level > 0 {
		s.buildTree(&s.lDesc)
		s.buildTree(&s.dDesc)
		maxBLIndex = s.buildBLTree()
		optLenb = (s.optLen + 3 + 7) >> 3
		staticLenb = (s.staticLen + 3 + 7) >> 3
		if staticLenb <= optLenb || s.strategy == zFixed {
			optLenb = staticLenb
		}
	} else {
		optLenb = storedLen + 5
		staticLenb = optLenb
	}
	switch {
	case storedLen+4 <= optLenb && buf != nil:
		s.storedBlock(buf, last)
	case staticLenb == optLenb:
		s.sendBits(uint32(2+last), 3)
		s.compressBlock(staticLTree[:], staticDTree[:])
	default:
		s.sendBits(uint32(4+last), 3)
		s.sendAllTrees(s.lDesc.maxCode+1, s.dDesc.maxCode+1, maxBLIndex+1)
		s.compressBlock(s.dynLTree[:], s.dynDTree[:])
	}
	s.initBlock()
	if last != 0 {
		s.biWindup()
	}
}

// tallyLit records a literal; it reports whether the block is full.
func (s *deflateState) tallyLit(c byte) bool {
	s.symBuf[s.symNext] = 0
	s.symBuf[s.symNext+1] = 0
	s.symBuf[s.symNext+2] = c
	s.symNext += 3
	s.dynLFreq[c]++
	return s.symNext == s.symEnd
}

// tallyDist records a match of distance dist and length lc+3.
func (s *deflateState) tallyDist(dist uint32, lc int) bool {
	s.symBuf[s.symNext] = byte(dist)
	s.symBuf[s.symNext+1] = byte(dist >> 8)
	s.symBuf[s.symNext+2] = byte(lc)
	s.symNext += 3
	s.matches++
	dist--
	s.dynLFreq[int(lengthCode[lc])+literals+1]++
	s.dynDFreq[dCode(dist)]++
	return s.symNext == s.symEnd
}

// compressBlock sends the block's symbols with the given trees.
func (s *deflateState) compressBlock(ltree, dtree []codeLen) {
	sym := s.symBuf[:s.symNext]
	for sx := 0; sx+2 < len(sym); sx += 3 {
		dist := uint32(sym[sx]) | uint32(sym[sx+1])<<8
		lc := int(sym[sx+2])
		if dist == 0 {
			s.sendCode(lc, ltree)
			continue
		}
		code := int(lengthCode[lc])
		s.sendCode(code+literals+1, ltree)
		if extra := int(extraLBits[code]); extra != 0 {
			s.sendBits(uint32(lc-int(baseLength[code])), extra)
		}
		dist--
		dc := int(dCode(dist))
		s.sendCode(dc, dtree)
		if extra := int(extraDBits[dc]); extra != 0 {
			s.sendBits(dist-uint32(baseDist[dc]), extra)
		}
	}
	s.sendCode(endBlock, ltree)
}
