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

// TestNameFast checks the quick read of names against the general one:
// the same str (interned for 'Z'), the same reference numbering, and
// nothing read for what it leaves to the general path.
func TestNameFast(t *testing.T) {
	for _, tc := range []struct {
		data   []byte
		fast   bool
		intern bool
	}{
		{[]byte{'Z', 3, 'a', 'b', 'c'}, true, true},
		{[]byte{'Z' | marshalFlagRef, 3, 'x', 'y', 'z'}, true, true},
		{[]byte{'z', 2, 'h', 'i'}, true, false},
		{[]byte{'z' | marshalFlagRef, 0}, true, false},
		{[]byte{'Z', 2, 0xe9, 'a'}, false, false}, // Latin-1: the general path decodes it
		{[]byte{'Z', 5, 'a'}, false, false},       // truncated
		{[]byte{'r', 0, 0, 0, 0}, true, false},    // refs[0] is a str
		{[]byte{'r', 1, 0, 0, 0}, false, false},   // refs[1] is an int
		{[]byte{'r', 9, 0, 0, 0}, false, false},   // no such reference
		{[]byte{'i', 1, 0, 0, 0}, false, false},
	} {
		r := &marshalReader{b: tc.data, refs: []Value{StrValue("ref0"), Int(5)}}
		s := r.nameFast()
		if (s != nil) != tc.fast {
			t.Fatalf("% x: fast %v", tc.data, s != nil)
		}
		if s == nil {
			if r.pos != 0 || len(r.refs) != 2 {
				t.Fatalf("% x: read %d bytes, %d refs", tc.data, r.pos, len(r.refs))
			}
			continue
		}
		g := &marshalReader{b: tc.data, refs: []Value{StrValue("ref0"), Int(5)}}
		v, err := g.object()
		if err != nil || v.AsStr().S != s.S || g.pos != r.pos || len(g.refs) != len(r.refs) {
			t.Fatalf("% x: fast %q at %d with %d refs, general %v %v at %d with %d refs", tc.data, s.S, r.pos, len(r.refs), v, err, g.pos, len(g.refs))
		}
		if tc.intern && (s != Intern(s.S) || v.AsStr() != s) {
			t.Fatalf("% x: not the interned str", tc.data)
		}
	}
}

// TestConstFast checks the quick read of constants against the general
// one: the same value, bytes read and reference numbering, and nothing
// read for what it leaves to the general path.
func TestConstFast(t *testing.T) {
	for _, tc := range []struct {
		data []byte
		fast bool
	}{
		{[]byte{'N'}, true},
		{[]byte{'T'}, true},
		{[]byte{'F'}, true},
		{[]byte{'N' | marshalFlagRef}, false},
		{[]byte{'i', 0xfe, 0xff, 0xff, 0xff}, true}, // -2
		{[]byte{'i' | marshalFlagRef, 7, 0, 0, 0}, false},
		{[]byte{'i', 7, 0}, false},
		{[]byte{'r', 1, 0, 0, 0}, true}, // an int reference
		{[]byte{'r' | marshalFlagRef, 0, 0, 0, 0}, true},
		{[]byte{'r', 2, 0, 0, 0}, false}, // a slot still being read
		{[]byte{'r', 0xff, 0xff, 0xff, 0xff}, false},
		{[]byte{'Z' | marshalFlagRef, 2, 'o', 'k'}, true},
		{[]byte{'a', 2, 0, 0, 0, 'o', 'k'}, false},
		{[]byte{'g', 0, 0, 0, 0, 0, 0, 0, 0}, false},
	} {
		refs := func() []Value { return []Value{StrValue("ref0"), Int(5), {}} }
		r := &marshalReader{b: tc.data, refs: refs()}
		v, ok := r.constFast()
		if ok != tc.fast {
			t.Fatalf("% x: fast %v", tc.data, ok)
		}
		if !ok {
			if r.pos != 0 || len(r.refs) != 3 {
				t.Fatalf("% x: read %d bytes, %d refs", tc.data, r.pos, len(r.refs))
			}
			continue
		}
		g := &marshalReader{b: tc.data, refs: refs()}
		w, err := g.object()
		if err != nil || g.pos != r.pos || len(g.refs) != len(r.refs) {
			t.Fatalf("% x: fast read %d with %d refs, general %v at %d with %d refs", tc.data, r.pos, len(r.refs), err, g.pos, len(g.refs))
		}
		if eq, _ := Equal(v, w); !eq || v.Type() != w.Type() {
			t.Fatalf("% x: fast %v, general %v", tc.data, v, w)
		}
	}
}
