// This file tests the inflater: byte-at-a-time feeding with output
// limits, trailing data, copies and the error messages of bad streams.
package zlib

import (
	"bytes"
	"math/rand"
	"testing"
)

func TestInflaterStreaming(t *testing.T) {
	data := bytes.Repeat([]byte("krait zlib stream "), 500)
	for _, wbits := range []int{15, -15, 31, 47} {
		cw := wbits
		if wbits == 47 {
			cw = 31
		}
		z := append(oneShot(data, 6, cw), "tail"...)
		d := &decompressor{s: newInflateState(wbits)}
		var out []byte
		for i := 0; i < len(z) && !d.eof; i++ {
			o, err := d.decompress(z[i:i+1], 7)
			if err != nil {
				t.Fatalf("wbits %d: %v", wbits, err)
			}
			out = append(out, o...)
			for len(d.unconsumedTail) > 0 && !d.eof {
				o, err = d.decompress(d.unconsumedTail, 7)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, o...)
			}
		}
		if !bytes.Equal(out, data) || !d.eof {
			t.Fatalf("wbits %d: got %d bytes, eof %v", wbits, len(out), d.eof)
		}
		rest := z[len(z)-4:]
		o, err := d.decompress(nil, 0)
		if err != nil || len(o) != 0 {
			t.Fatal("decompress after eof", err)
		}
		_ = rest
	}
}

func TestInflaterCopy(t *testing.T) {
	data := bytes.Repeat([]byte("copy me please "), 3000)
	z := oneShot(data, 9, 15)
	d := &decompressor{s: newInflateState(15)}
	a, _ := d.decompress(z[:len(z)/2], 0)
	c := d.copyDecompressor()
	b1, _ := d.decompress(z[len(z)/2:], 0)
	b2, _ := c.decompress(z[len(z)/2:], 0)
	if !bytes.Equal(append(append([]byte{}, a...), b1...), data) || !bytes.Equal(b1, b2) || !c.eof {
		t.Fatal("copy diverged")
	}
}

func TestInflaterErrors(t *testing.T) {
	for _, c := range []struct {
		in    string
		wbits int
	}{{"x\x9c\x07", 15}, {"x\x9d", 15}, {"\x1f\x8b\x08\xe0", 31}} {
		if _, err := decompressOnce([]byte(c.in), c.wbits, 16384); err == nil {
			t.Errorf("%q: no error", c.in)
		}
	}
}

// TestInflaterGarbage feeds random and corrupted streams in pieces under
// every format: errors are fine, Go panics are not.
func TestInflaterGarbage(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	good := oneShot(bytes.Repeat([]byte("garbage in, errors out; "), 400), 6, 15)
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		var in []byte
		if i%2 == 0 {
			in = make([]byte, r.Intn(300))
			r.Read(in)
		} else {
			in = append([]byte(nil), good...)
			for k := 0; k < 1+r.Intn(4); k++ {
				in[r.Intn(len(in))] = byte(r.Intn(256))
			}
		}
		wbits := []int{15, -15, 31, 47, 0, -9, 9}[r.Intn(7)]
		if wbits < 0 && len(in) > 2 && i%2 == 1 {
			in = in[2:]
		}
		decompressOnce(in, wbits, 1+r.Intn(100))
		d := &decompressor{s: newInflateState(wbits), zdict: []byte("dict")}
		for len(in) > 0 {
			k := min(len(in), 1+r.Intn(40))
			if _, err := d.decompress(in[:k], r.Intn(50)); err != nil {
				break
			}
			in = in[k:]
		}
		d.flush(1 + r.Intn(10))
	}
}
