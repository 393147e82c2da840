// This file defines the Huffman code construction bzip2 needs: code
// lengths limited to maxCodeLen from symbol frequencies, and the canonical
// codes both the encoder and the decoder derive from the lengths.
package bz2

import "container/heap"

const (
	maxCodeLen    = 17 // what the encoder produces (decoders accept 20)
	maxDecodeLen  = 20
	maxAlphaSize  = 258
	maxGroups     = 6
	groupSize     = 50
	maxSelectors  = 18002
	runA, runB    = 0, 1
	blockMagic    = 0x314159265359
	endMagic      = 0x177245385090
	blockMaxBytes = 100000
)

type hnode struct {
	w     int
	depth int
	kids  [2]int // -1 for a leaf
}

type hheap struct {
	nodes []hnode
	idx   []int
}

func (h *hheap) Len() int { return len(h.idx) }
func (h *hheap) Less(i, j int) bool {
	a, b := h.nodes[h.idx[i]], h.nodes[h.idx[j]]
	if a.w != b.w {
		return a.w < b.w
	}
	return a.depth < b.depth
}
func (h *hheap) Swap(i, j int) { h.idx[i], h.idx[j] = h.idx[j], h.idx[i] }
func (h *hheap) Push(x any)    { h.idx = append(h.idx, x.(int)) }
func (h *hheap) Pop() any {
	n := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return n
}

// codeLengths returns Huffman code lengths for freq, none longer than
// maxLen; zero frequencies count as one so every symbol gets a code, as
// the format requires a length for each symbol of the alphabet.
func codeLengths(freq []int, maxLen int) []uint8 {
	n := len(freq)
	lens := make([]uint8, n)
	w := make([]int, n)
	for i, f := range freq {
		w[i] = f
		if w[i] == 0 {
			w[i] = 1
		}
	}
	for {
		h := &hheap{}
		for i := 0; i < n; i++ {
			h.nodes = append(h.nodes, hnode{w: w[i], kids: [2]int{-1, -1}})
			h.idx = append(h.idx, i)
		}
		heap.Init(h)
		for h.Len() > 1 {
			a := heap.Pop(h).(int)
			b := heap.Pop(h).(int)
			d := max(h.nodes[a].depth, h.nodes[b].depth) + 1
			h.nodes = append(h.nodes, hnode{w: h.nodes[a].w + h.nodes[b].w, depth: d, kids: [2]int{a, b}})
			heap.Push(h, len(h.nodes)-1)
		}
		longest := assignDepths(h.nodes, len(h.nodes)-1, 0, lens)
		if longest <= maxLen {
			return lens
		}
		for i := range w {
			w[i] = 1 + w[i]/2
		}
	}
}

// assignDepths stores each leaf's depth in lens and returns the largest.
func assignDepths(nodes []hnode, root, depth int, lens []uint8) int {
	type item struct{ n, d int }
	stack := []item{{root, depth}}
	longest := 0
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		nd := nodes[it.n]
		if nd.kids[0] < 0 {
			d := it.d
			if d == 0 {
				d = 1
			}
			lens[it.n] = uint8(min(d, 255))
			longest = max(longest, d)
			continue
		}
		stack = append(stack, item{nd.kids[0], it.d + 1}, item{nd.kids[1], it.d + 1})
	}
	return longest
}

// canonicalCodes assigns codes in order of length, then symbol.
func canonicalCodes(lens []uint8) []uint32 {
	codes := make([]uint32, len(lens))
	code := uint32(0)
	for l := 1; l <= maxDecodeLen; l++ {
		for s, sl := range lens {
			if int(sl) == l {
				codes[s] = code
				code++
			}
		}
		code <<= 1
	}
	return codes
}

// decodeTable decodes canonical codes bit by bit: for each length, the
// first code of that length, how many codes have it, and where their
// symbols start in perm.
type decodeTable struct {
	first [maxDecodeLen + 2]int32
	count [maxDecodeLen + 2]int32
	start [maxDecodeLen + 2]int32
	perm  []uint16
	minL  int
}

func newDecodeTable(lens []uint8) *decodeTable {
	t := &decodeTable{minL: maxDecodeLen}
	for l := 1; l <= maxDecodeLen; l++ {
		for s, sl := range lens {
			if int(sl) == l {
				t.perm = append(t.perm, uint16(s))
				t.count[l]++
			}
		}
	}
	code, idx := int32(0), int32(0)
	for l := 1; l <= maxDecodeLen; l++ {
		t.first[l] = code
		t.start[l] = idx
		code = (code + t.count[l]) << 1
		idx += t.count[l]
		if t.count[l] > 0 && l < t.minL {
			t.minL = l
		}
	}
	return t
}

// decode reads one symbol; ok is false on an invalid code (or a short
// read, which the caller detects through r.short).
func (t *decodeTable) decode(r *bitReader) (int, bool) {
	code := int32(0)
	for l := 1; l <= maxDecodeLen; l++ {
		code = code<<1 | int32(r.bit())
		if r.short {
			return 0, false
		}
		if d := code - t.first[l]; d >= 0 && d < t.count[l] {
			return int(t.perm[t.start[l]+d]), true
		}
	}
	return 0, false
}
