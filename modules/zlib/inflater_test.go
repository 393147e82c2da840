// This file tests the streaming inflater: byte-at-a-time feeding, output
// limits, trailing data and abandoned streams.
package zlib

import (
	"bytes"
	"testing"
)

func compressed(t *testing.T, data []byte, wbits int) []byte {
	return oneShot(data, 6, wbits)
}

func TestInflaterStreaming(t *testing.T) {
	data := bytes.Repeat([]byte("krait zlib stream "), 500)
	for _, wbits := range []int{15, -15, 31} {
		format, window, _ := decompressFormat(wbits)
		z := append(compressed(t, data, wbits), "tail"...)
		in := newInflater(format, window, nil)
		var out []byte
		for i := 0; i < len(z) && !in.eof; i++ {
			o, err := in.feed(z[i:i+1], 7)
			if err != nil {
				t.Fatalf("wbits %d: %v", wbits, err)
			}
			out = append(out, o...)
			for len(in.pending) > 0 && !in.eof {
				rest := in.pending
				in.pending = nil
				o, err = in.feed(rest, 7)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, o...)
			}
		}
		if !bytes.Equal(out, data) || !in.eof {
			t.Errorf("wbits %d: got %d bytes, eof %v", wbits, len(out), in.eof)
		}
	}
}

func TestInflaterAbandoned(t *testing.T) {
	z := compressed(t, bytes.Repeat([]byte("abc"), 1000), 15)
	in := newInflater(fmtZlib, 15, nil)
	if _, err := in.feed(z[:10], -1); err != nil {
		t.Fatal(err)
	}
	in.stop() // must not block or leak the goroutine
}

func TestInflaterErrors(t *testing.T) {
	z := compressed(t, []byte("hello"), 15)
	z[len(z)-1] ^= 1
	in := newInflater(fmtZlib, 15, nil)
	in.final = true
	if _, err := in.feed(z, -1); err == nil || err.Error() != "incorrect data check" {
		t.Errorf("corrupt checksum: %v", err)
	}
	in = newInflater(fmtZlib, 15, nil)
	in.final = true
	if _, err := in.feed([]byte("garbage"), -1); err == nil || err.Error() != "incorrect header check" {
		t.Errorf("bad header: %v", err)
	}
}
