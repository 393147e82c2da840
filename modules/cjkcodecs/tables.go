// This file defines the CJK mapping tables: generated from python3.11's
// codecs by gen/gen.py, embedded compressed, and decoded on first use of
// each codec so that start-up pays nothing for them.
package cjkcodecs

import (
	"bytes"
	"compress/zlib"
	"embed"
	"encoding/binary"
	"io"
	"sort"
	"sync"
)

//go:embed tables/*.z
var tableFiles embed.FS

// Decode table values besides code points (see gen/gen.py).
const (
	valPair       = 0x200000
	valIncomplete = -100
)

// run maps count consecutive keys from start to values from val, stepping
// by step.
type run struct {
	start uint64
	count uint32
	val   int64
	step  uint8
}

type runTable []run

// lookup returns the value of key k.
func (t runTable) lookup(k uint64) (int64, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i].start > k }) - 1
	if i < 0 || k-t[i].start >= uint64(t[i].count) {
		return 0, false
	}
	r := t[i]
	return r.val + int64(r.step)*int64(k-r.start), true
}

// table is one codec's mappings.
type table struct {
	dec      runTable
	pairs    [][2]rune
	enc      runTable
	encPairs map[[2]rune]uint64
	pairHead map[rune]bool // first code points of encodable pairs
	// EUC-KR's make-up sequences (KS X 1001:1998 annex 3) for the
	// syllables outside KS X 1001, and the jamo indexes read from them.
	long            map[rune][]byte
	cho, jung, jong [256]int16
}

var (
	tablesMu sync.Mutex
	tables   = map[string]*table{}
)

// readTableFile returns the inflated contents of the embedded table
// file of name; the tables are generated into the binary, so a missing or
// corrupt one is a build error.
func readTableFile(name string) []byte {
	raw, err := tableFiles.ReadFile("tables/" + name + ".z")
	if err != nil {
		panic("krait: missing CJK table " + name)
	}
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		panic("krait: corrupt CJK table " + name)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		panic("krait: corrupt CJK table " + name)
	}
	return data
}

// loadTable returns the table of codec name, decoding it once.
func loadTable(name string) *table {
	tablesMu.Lock()
	defer tablesMu.Unlock()
	if t := tables[name]; t != nil {
		return t
	}
	r := &tableReader{b: readTableFile(name)}
	t := &table{encPairs: map[[2]rune]uint64{}, pairHead: map[rune]bool{}}
	t.dec = r.runs()
	for n := r.u32(); n > 0; n-- {
		t.pairs = append(t.pairs, [2]rune{rune(r.u32()), rune(r.u32())})
	}
	t.enc = r.runs()
	for n := r.u32(); n > 0; n-- {
		p := [2]rune{rune(r.u32()), rune(r.u32())}
		t.encPairs[p] = r.u64()
		t.pairHead[p[0]] = true
	}
	t.long = map[rune][]byte{}
	for i := range t.cho {
		t.cho[i], t.jung[i], t.jong[i] = -1, -1, -1
	}
	for n := r.u32(); n > 0; n-- {
		cp := rune(r.u32())
		b := r.b[r.i : r.i+8]
		r.i += 8
		t.long[cp] = b
		s := int16(cp - 0xac00)
		t.cho[b[3]], t.jung[b[5]], t.jong[b[7]] = s/588, s%588/28, s%28
	}
	tables[name] = t
	return t
}

type tableReader struct {
	b []byte
	i int
}

func (r *tableReader) u32() uint32 {
	v := binary.LittleEndian.Uint32(r.b[r.i:])
	r.i += 4
	return v
}

func (r *tableReader) u64() uint64 {
	v := binary.LittleEndian.Uint64(r.b[r.i:])
	r.i += 8
	return v
}

// uvarint and svarint read the generator's varints (svarint zigzag).
func (r *tableReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b[r.i:])
	r.i += n
	return v
}

func (r *tableReader) svarint() int64 {
	u := r.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// runs reads runs whose start and value are deltas from the previous run's.
func (r *tableReader) runs() runTable {
	n := r.u32()
	t := make(runTable, n)
	var start uint64
	var val int64
	for i := range t {
		start += r.uvarint()
		t[i].start = start
		t[i].count = uint32(r.uvarint())
		val += r.svarint()
		t[i].val = val
		t[i].step = r.b[r.i]
		r.i++
	}
	return t
}

// seqKey packs a byte sequence as the tables do: len<<32 | big-endian bytes.
// GB18030's four-byte sequences use a linear index with length tag 5.
func seqKey(b []byte) uint64 {
	if len(b) == 4 && b[0] >= 0x81 && b[0] <= 0xfe && b[1] >= 0x30 && b[1] <= 0x39 &&
		b[2] >= 0x81 && b[2] <= 0xfe && b[3] >= 0x30 && b[3] <= 0x39 {
		lin := ((uint64(b[0]-0x81)*10+uint64(b[1]-0x30))*126+uint64(b[2]-0x81))*10 + uint64(b[3]-0x30)
		return 5<<32 | lin
	}
	k := uint64(0)
	for _, c := range b {
		k = k<<8 | uint64(c)
	}
	return uint64(len(b))<<32 | k
}

// keyBytes appends the bytes of a packed key to out.
func keyBytes(out []byte, k uint64) []byte {
	n := int(k >> 32)
	if n == 5 {
		lin := uint32(k)
		return append(out, byte(lin/12600+0x81), byte(lin/1260%10+0x30), byte(lin/10%126+0x81), byte(lin%10+0x30))
	}
	for i := n - 1; i >= 0; i-- {
		out = append(out, byte(k>>(8*uint(i))))
	}
	return out
}
