// This file benchmarks the str algorithms on ASCII and non-ASCII text, to watch the fast
// paths: go test -run X -bench 'Str|Codec' ./runtime
package runtime

import (
	"strings"
	"testing"
)

var (
	benchASCII    = strings.Repeat("The quick brown fox jumps over the lazy dog. ", 40)
	benchNonASCII = strings.Repeat("Příliš žluťoučký kůň úpěl ďábelské ódy. Σίσυφος ", 40)
)

func BenchmarkStrFindASCII(b *testing.B) {
	for range b.N {
		StrFind(benchASCII, "lazy cat", 0, 1<<62)
	}
}

func BenchmarkStrFindNonASCII(b *testing.B) {
	for range b.N {
		StrFind(benchNonASCII, "ódy!", 0, 1<<62)
	}
}

func BenchmarkStrSplitASCII(b *testing.B) {
	for range b.N {
		StrSplit(benchASCII, nil, -1)
	}
}

func BenchmarkStrUpperASCII(b *testing.B) {
	for range b.N {
		StrUpper(benchASCII)
	}
}

func BenchmarkStrLowerNonASCII(b *testing.B) {
	for range b.N {
		StrLower(benchNonASCII)
	}
}

func BenchmarkStrIndexNonASCII(b *testing.B) {
	x := NewStrIndex(benchNonASCII)
	n := x.Len()
	b.ResetTimer()
	for i := range b.N {
		StrCodePointAt(benchNonASCII, x, i%n)
	}
}

func BenchmarkStrLen(b *testing.B) {
	for range b.N {
		StrLen(benchNonASCII)
	}
}

func BenchmarkCodecEncodeUTF16(b *testing.B) {
	for range b.N {
		Encode(benchNonASCII, "utf-16", "strict")
	}
}

func BenchmarkCodecDecodeLatin1(b *testing.B) {
	in := []byte(benchASCII + "\xe9\xe8")
	for range b.N {
		Decode(in, "latin-1", "strict")
	}
}
