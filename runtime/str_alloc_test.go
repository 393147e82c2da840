// This file tests and benchmarks the one-allocation str blocks of str_alloc.go.
package runtime

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

func TestStrSpaceSizes(t *testing.T) {
	for n := 1; n < 600; n++ {
		s, b := newStrSpace(n)
		for i := range b {
			b[i] = byte('a' + i%26)
		}
		if len(b) != n || len(s.S) != n || s.typ != StrType || s.Len() != n || !s.IsASCII() {
			t.Fatalf("n=%d: len(b)=%d len(S)=%d", n, len(b), len(s.S))
		}
	}
}

// TestStrSpaceGC checks that texts survive collections when only a Go
// substring of a block's text is kept.
func TestStrSpaceGC(t *testing.T) {
	var keep []string
	for i := 0; i < 2000; i++ {
		s := strValueConcat("abc"+strings.Repeat("x", i%300), "def")
		keep = append(keep, s.S[1:])
	}
	runtime.GC()
	runtime.GC()
	for i, k := range keep {
		if want := "bc" + strings.Repeat("x", i%300) + "def"; k != want {
			t.Fatalf("%d: text changed", i)
		}
	}
}

var sinkStr *Str

func benchConcat(b *testing.B, n int, block bool) {
	x, y := strings.Repeat("h", n/2), strings.Repeat("w", n-n/2)
	for range b.N {
		if block {
			sinkStr = strValueConcat(x, y)
		} else {
			sinkStr = &Str{Header: Header{StrType}, S: x + y, n: -1, ascii: -1, hash: -1}
		}
	}
}

func BenchmarkStrConcat(b *testing.B) {
	for _, n := range []int{12, 30, 60, 100, 200, 400} {
		for _, block := range []bool{false, true} {
			b.Run(fmt.Sprintf("%d/%v", n, block), func(b *testing.B) { benchConcat(b, n, block) })
		}
	}
}
