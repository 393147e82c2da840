package runtime

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"testing"
)

// checkIndexSlow is the entry-by-entry check checkedCacheIndex made before
// cacheIndexRun: whether b holds exactly n uvarints, none above ncaches.
func checkIndexSlow(b []byte, n, ncaches int) bool {
	for i := 0; i < n; i++ {
		if len(b) > 0 && b[0] < 0x80 {
			if int(b[0]) > ncaches {
				return false
			}
			b = b[1:]
			continue
		}
		x, k := binary.Uvarint(b)
		if k <= 0 || x > uint64(ncaches) {
			return false
		}
		b = b[k:]
	}
	return len(b) == 0
}

// TestCacheIndexCheckMatchesSlow compares checkedCacheIndex, which checks
// runs of single-byte entries eight at a time, with the plain check on
// random indexes: small and large cache counts, entries at and above the
// bound, multi-byte entries, and lengths that leave a partial run.
func TestCacheIndexCheckMatchesSlow(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for iter := 0; iter < 20000; iter++ {
		n := rng.Intn(40)
		ncaches := []int{-1, 0, 1, 5, 126, 127, 128, 300}[rng.Intn(8)]
		var b []byte
		for i := 0; i < n; i++ {
			var x uint64
			switch rng.Intn(10) {
			case 0:
				x = uint64(rng.Intn(400)) // sometimes above ncaches, sometimes two bytes
			case 1:
				x = uint64(max(ncaches, 0)) // the bound itself
			case 2:
				x = uint64(max(ncaches, 0) + 1) // just above it
			default:
				x = 0
			}
			b = binary.AppendUvarint(b, x)
		}
		if rng.Intn(20) == 0 && len(b) > 0 {
			b = b[:rng.Intn(len(b))] // truncated
		}
		if rng.Intn(20) == 0 {
			b = append(b, 0) // one entry too many
		}
		data := binary.LittleEndian.AppendUint32(nil, uint32(len(b)))
		r := &marshalReader{b: append(data, b...)}
		_, exc := r.checkedCacheIndex(n, ncaches)
		if want := checkIndexSlow(b, n, ncaches); (exc == nil) != want {
			t.Fatalf("index % x, n=%d, ncaches=%d: accepted %v, want %v", b, n, ncaches, exc == nil, want)
		}
	}
}

// TestCodeArrays checks that the one-allocation copy gives the same
// instructions, line table and index as the input, that the table cannot
// be appended into the index, and that the input is not shared.
func TestCodeArrays(t *testing.T) {
	for _, tc := range []struct{ words, lines, index int }{{0, 0, 0}, {3, 0, 0}, {0, 5, 0}, {0, 0, 7}, {5, 9, 6}, {1, 1, 1}, {64, 33, 64}} {
		raw := make([]byte, 4*tc.words)
		for i := range raw {
			raw[i] = byte(3*i + 1)
		}
		lines := bytes.Repeat([]byte{0xa5}, tc.lines)
		index := bytes.Repeat([]byte{0x11}, tc.index)
		instrs, table, idx := codeArrays(raw, lines, index)
		if instrs == nil || len(instrs) != tc.words || cap(instrs) != tc.words {
			t.Fatalf("%v: instrs len %d cap %d", tc, len(instrs), cap(instrs))
		}
		for i, w := range instrs {
			if w != binary.LittleEndian.Uint32(raw[4*i:]) {
				t.Fatalf("%v: word %d is %#x", tc, i, w)
			}
		}
		if !bytes.Equal(table, lines) || cap(table) != len(table) || idx != string(index) {
			t.Fatalf("%v: table % x (cap %d), index %q", tc, table, cap(table), idx)
		}
		if len(raw) > 0 {
			raw[0] ^= 0xff
			if byte(instrs[0]) == raw[0] {
				t.Fatalf("%v: instrs share the input", tc)
			}
		}
		if tc.lines > 0 && tc.index > 0 {
			_ = append(table, 0xee)
			if idx[0] != 0x11 {
				t.Fatalf("%v: appending to the table changed the index", tc)
			}
		}
	}
}
