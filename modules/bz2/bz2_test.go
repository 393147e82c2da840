// This file tests the bzip2 encoder and decoder: round trips, input and
// output in small pieces, and streams exchanged with python3.11's bz2.
package bz2

import (
	"bytes"
	"math/rand"
	"os/exec"
	"testing"
)

func compressAll(data []byte, level int) []byte {
	e := newEncoder(level)
	e.write(data)
	e.finish()
	return e.w.take()
}

func testInputs() [][]byte {
	rng := rand.New(rand.NewSource(1))
	random := make([]byte, 20000)
	rng.Read(random)
	ab := make([]byte, 50000)
	for i := range ab {
		ab[i] = "ab"[rng.Intn(2)]
	}
	return [][]byte{nil, []byte("x"), bytes.Repeat([]byte("abc"), 1000), bytes.Repeat([]byte{0}, 300000),
		random, ab, bytes.Repeat([]byte("hello, world\n"), 20000)}
}

func TestRoundTripPieces(t *testing.T) {
	for _, in := range testInputs() {
		z := compressAll(in, 1)
		d := newDecoder()
		var out []byte
		for i := 0; i < len(z); i += 97 {
			d.feed(z[i:min(i+97, len(z))])
			for {
				b, err := d.decode(1000)
				if err != nil {
					t.Fatalf("decode: %v", err)
				}
				out = append(out, b...)
				if len(b) < 1000 {
					break
				}
			}
		}
		if !d.eof() || !bytes.Equal(out, in) {
			t.Fatalf("round trip of %d bytes: eof=%v, got %d bytes", len(in), d.eof(), len(out))
		}
	}
}

func TestAgainstCPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	for _, in := range testInputs() {
		cmd := exec.Command(py, "-c", "import bz2,sys; sys.stdout.buffer.write(bz2.decompress(sys.stdin.buffer.read()))")
		cmd.Stdin = bytes.NewReader(compressAll(in, 9))
		got, err := cmd.Output()
		if err != nil || !bytes.Equal(got, in) {
			t.Fatalf("CPython did not decompress our %d bytes: %v", len(in), err)
		}
		cmd = exec.Command(py, "-c", "import bz2,sys; sys.stdout.buffer.write(bz2.compress(sys.stdin.buffer.read()))")
		cmd.Stdin = bytes.NewReader(in)
		z, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		d := newDecoder()
		d.feed(z)
		out, derr := d.decode(-1)
		if derr != nil || !d.eof() || !bytes.Equal(out, in) {
			t.Fatalf("CPython's stream of %d bytes: %v", len(in), derr)
		}
	}
}
