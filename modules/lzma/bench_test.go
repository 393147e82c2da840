// This file benchmarks the encoder on incompressible input.
package lzma

import (
	"math/rand"
	"testing"
)

func BenchmarkRandomXZ(b *testing.B) {
	data := make([]byte, 1<<20)
	rand.New(rand.NewSource(1)).Read(data)
	f := &filterSpec{id: filterLZMA2}
	presetSpec(f, 6)
	for i := 0; i < b.N; i++ {
		enc, _ := newXZEncoder([]*filterSpec{f}, checkCRC64)
		enc.write(data)
		enc.finish()
	}
}
