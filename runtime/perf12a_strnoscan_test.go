// This file tests the noscan ASCII str blocks of perf12a_strnoscan.go: the
// text and header survive collections whether a *Str, a Value or only a Go
// string cut from the text keeps the block alive, and garbage made between
// collections does not reuse a live block.
package runtime

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func noscanText(i int) string { return "k" + strconv.Itoa(i) + strings.Repeat("z", i%250) }

func TestStrSpaceASCIIFields(t *testing.T) {
	for n := 2; n < 700; n++ {
		s, b := newStrSpaceASCII(n)
		if len(b) != n || len(s.S) != n || s.typ != StrType || s.Len() != n || !s.IsASCII() ||
			s.hash != -1 || s.idx != nil || s.index() != nil {
			t.Fatalf("n=%d: bad header %+v", n, *s)
		}
		if uintptr(unsafe.Pointer(s))%8 != 0 {
			t.Fatalf("n=%d: header not 8-byte aligned", n)
		}
	}
}

func TestStrSpaceASCIISurvivesGC(t *testing.T) {
	var strs []*Str
	var vals []Value
	var subs []string
	for i := 0; i < 3000; i++ {
		txt := noscanText(i)
		s, b := newStrSpaceASCII(len(txt))
		copy(b, txt)
		switch i % 3 {
		case 0:
			strs = append(strs, s)
		case 1:
			vals = append(vals, ValueOf(s))
		default:
			subs = append(subs, s.S[1:])
		}
		if i%500 == 0 {
			runtime.GC()
		}
	}
	for r := 0; r < 3; r++ {
		runtime.GC()
		for i := 0; i < 3000; i++ { // garbage of the same size classes
			s, b := newStrSpaceASCII(len(noscanText(i)))
			for j := range b {
				b[j] = '#'
			}
			_ = s
		}
	}
	for k, s := range strs {
		if want := noscanText(3 * k); s.S != want || s.typ != StrType || s.Hash() != hashStr(want, &currentHashKey) {
			t.Fatalf("str %d changed: %q", k, s.S)
		}
	}
	for k, v := range vals {
		if want := noscanText(3*k + 1); v.Type() != StrType || v.AsStr().S != want {
			t.Fatalf("value %d changed", k)
		}
	}
	for k, sub := range subs {
		if want := noscanText(3*k + 2)[1:]; sub != want {
			t.Fatalf("substring %d changed", k)
		}
	}
}

var noscanRing [1 << 14]*Str

// BenchmarkStrSpaceKinds compares building short ASCII strs in scanned and
// noscan blocks, with a ring of live ones so that collections have work.
func BenchmarkStrSpaceKinds(b *testing.B) {
	for _, n := range []int{8, 30, 100} {
		for _, noscan := range []bool{false, true} {
			b.Run(strconv.Itoa(n)+"/noscan="+strconv.FormatBool(noscan), func(b *testing.B) {
				for i := range b.N {
					s, buf := newStrSpaceKnown(n, noscan)
					buf[0], buf[n-1] = 'a', 'z'
					noscanRing[i&(len(noscanRing)-1)] = s
				}
			})
		}
	}
}
