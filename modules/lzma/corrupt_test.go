// This file feeds corrupted streams to the decoders: they must report an
// error or stop, never panic.
package lzma

import (
	"math/rand"
	"testing"
)

func decodeAll(dec streamDecoder, in []byte) (out []byte, err error) {
	for steps := 0; steps < 1<<16; steps++ {
		n, fin, err := dec.step(in, &out)
		in = in[n:]
		if err != nil || fin || n == 0 {
			return out, err
		}
	}
	return out, nil
}

func TestCorruptStreams(t *testing.T) {
	data := testData()[5]
	f := &filterSpec{id: filterLZMA2}
	presetSpec(f, 6)
	x, _ := newXZEncoder([]*filterSpec{{id: filterDelta, dist: 3}, {id: filterX86}, f}, checkCRC64)
	xz := append(x.write(data), x.finish()...)
	f1 := &filterSpec{id: filterLZMA1}
	presetSpec(f1, 6)
	a, _ := newAloneEncoder(f1)
	alone := append(a.write(data), a.finish()...)
	if out, err := decodeAll(&xzDecoder{memlimit: 1 << 40}, xz); err != nil || string(out) != string(data) {
		t.Fatalf("xz round trip: %v", err)
	}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 3000; i++ {
		for _, src := range [][]byte{xz, alone} {
			c := append([]byte(nil), src...)
			for k := r.Intn(4) + 1; k > 0; k-- {
				c[r.Intn(len(c))] ^= byte(r.Intn(255) + 1)
			}
			if r.Intn(4) == 0 {
				c = c[:r.Intn(len(c))]
			}
			decodeAll(&xzDecoder{memlimit: 1 << 40}, c)
			decodeAll(&aloneDecoder{memlimit: 1 << 40}, c)
			lz2 := &chainDecoder{limit: ^uint64(0), lz2: newLZMA2Decoder(1 << 16)}
			decodeAll(lz2, c[min(len(c), 12):])
		}
	}
}
