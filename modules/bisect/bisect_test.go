// This file tests bisection and insertion differentially against
// python3.11's _bisect on random sorted lists, bounds and probes.

package bisect

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"krait/internal/pyoracle"
	"krait/runtime"
)

const bisectOracle = `
import sys, _bisect
for line in sys.stdin:
    items, x, lo, hi = line.split('|')
    a = [int(v) for v in items.split()]
    x, lo = int(x), int(lo)
    hi = None if hi.strip() == 'N' else int(hi)
    r = [_bisect.bisect_left(a, x, lo, hi), _bisect.bisect_right(a, x, lo, hi)]
    _bisect.insort_left(a, x, lo, hi)
    _bisect.insort_right(a, x + 1, lo, hi)
    print(r[0], r[1], ' '.join(map(str, a)))
`

func TestBisectOracle(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	var inputs []string
	for i := 0; i < 400; i++ {
		n := r.Intn(10)
		items := make([]int, n)
		for j := range items {
			items[j] = r.Intn(8)
		}
		sort.Ints(items)
		lo := r.Intn(n + 1)
		hi := "N"
		if r.Intn(2) == 0 {
			hi = fmt.Sprint(lo + r.Intn(n-lo+1))
		}
		inputs = append(inputs, fmt.Sprintf("%s|%d|%d|%s", strings.Trim(fmt.Sprint(items), "[]"), r.Intn(9)-1, lo, hi))
	}
	want := pyoracle.Lines(t, bisectOracle, inputs)
	for i, in := range inputs {
		p := strings.Split(in, "|")
		var vals []runtime.Value
		for _, f := range strings.Fields(p[0]) {
			var v int64
			fmt.Sscan(f, &v)
			vals = append(vals, runtime.Int(v))
		}
		var x, lo int64
		fmt.Sscan(p[1], &x)
		fmt.Sscan(p[2], &lo)
		hi := runtime.None
		if p[3] != "N" {
			var h int64
			fmt.Sscan(p[3], &h)
			hi = runtime.Int(h)
		}
		a := runtime.NewList(vals)
		args := func(x int64) []runtime.Value { return []runtime.Value{a, runtime.Int(x), runtime.Int(lo), hi, {}} }
		l, err1 := bisect_bisect_left(runtime.Value{}, args(x))
		rr, err2 := bisect_bisect_right(runtime.Value{}, args(x))
		_, err3 := bisect_insort_left(runtime.Value{}, args(x))
		_, err4 := bisect_insort_right(runtime.Value{}, args(x+1))
		for _, err := range []*runtime.Exception{err1, err2, err3, err4} {
			if err != nil {
				t.Fatalf("%s: %v", in, err)
			}
		}
		var items []string
		for _, v := range runtime.PtrOf[runtime.List](a).Items() {
			items = append(items, fmt.Sprint(v.SmallInt()))
		}
		got := fmt.Sprintf("%d %d %s", l.SmallInt(), rr.SmallInt(), strings.Join(items, " "))
		if strings.TrimSpace(got) != strings.TrimSpace(want[i]) {
			t.Errorf("%s: got %q want %q", in, got, want[i])
		}
	}
}
