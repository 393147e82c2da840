// This file benchmarks one-shot compression of 1 MB inputs
// (KRAIT_ZLIB_BENCH names the input file).
package zlib

import (
	"os"
	"testing"
)

func BenchmarkCompress(b *testing.B) {
	name := os.Getenv("KRAIT_ZLIB_BENCH")
	if name == "" {
		b.Skip("KRAIT_ZLIB_BENCH not set")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	for _, level := range []int{1, 6, 9} {
		b.Run(string(rune('0'+level)), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				oneShot(data, level, 15)
			}
		})
	}
}

func BenchmarkDecompress(b *testing.B) {
	name := os.Getenv("KRAIT_ZLIB_BENCH")
	if name == "" {
		b.Skip("KRAIT_ZLIB_BENCH not set")
	}
	data, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	z := oneShot(data, 6, 15)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, e := decompressOnce(z, 15, defBufSize); e != nil {
			b.Fatal(e)
		}
	}
}
