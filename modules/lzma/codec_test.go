// This file tests the LZMA codec on its own: encoder output decodes back,
// whole and fed a byte at a time.
package lzma

import (
	"bytes"
	"math/rand"
	"testing"
)

func testData() [][]byte {
	r := rand.New(rand.NewSource(1))
	rnd := make([]byte, 5000)
	r.Read(rnd)
	text := bytes.Repeat([]byte("the quick brown fox jumps over the lazy dog. "), 300)
	mixed := append(append([]byte{}, text[:3000]...), rnd[:2000]...)
	mixed = append(mixed, text[100:2000]...)
	return [][]byte{nil, []byte("a"), []byte("abc"), text, rnd, mixed, bytes.Repeat([]byte{0}, 100000)}
}

func encodeRaw(data []byte) []byte {
	e := newEncoder(props{3, 0, 2}, 1<<20, 64, 32)
	e.write(data)
	e.encodeUpTo(e.end(), func() bool { return false })
	e.encodeEOS()
	e.rc.flush()
	return e.rc.out
}

func decodeRaw(t *testing.T, comp []byte, step int) []byte {
	d := &decoder{}
	d.model.reset(props{3, 0, 2})
	d.win.init(1 << 20)
	if !d.rc.init(comp[:5]) {
		t.Fatal("bad first byte")
	}
	var out []byte
	in := comp[5:]
	var pending []byte
	for i := 0; ; i += step {
		end := min(i+step, len(in))
		if i < len(in) {
			pending = append(pending, in[i:end]...)
		}
		n, err := d.decode(pending, end >= len(in), ^uint64(0))
		pending = pending[n:]
		out = append(out, d.win.out...)
		d.win.out = d.win.out[:0]
		if d.eos {
			if len(pending) != 0 || end < len(in) {
				t.Fatalf("eos with %d bytes left", len(pending))
			}
			return out
		}
		if err != nil && err != errShort {
			t.Fatal(err)
		}
		if end >= len(in) && err == errShort {
			t.Fatal("short at end")
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for _, data := range testData() {
		comp := encodeRaw(data)
		for _, step := range []int{1 << 30, 1, 7} {
			if got := decodeRaw(t, comp, step); !bytes.Equal(got, data) {
				t.Fatalf("round trip of %d bytes (step %d) gave %d bytes", len(data), step, len(got))
			}
		}
		t.Logf("%d -> %d", len(data), len(comp))
	}
}

func TestMatchesLiblzmaSmall(t *testing.T) {
	want := []byte("\x000\x98\x88\xa4J\x8e\x9f\xff\xf6c\x80\x00")
	if got := encodeRaw([]byte("abc")); !bytes.Equal(got, want) {
		t.Errorf("got %q want %q", got, want)
	}
}
