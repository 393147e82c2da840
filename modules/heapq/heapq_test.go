// This file tests the heap operations differentially against python3.11's
// _heapq: random operation sequences on random int lists must leave the
// same lists and return the same items.

package heapq

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"krait/internal/pyoracle"
	"krait/runtime"
)

const heapOracle = `
import sys, _heapq
for line in sys.stdin:
    items, ops = line.split('|')
    h = [int(x) for x in items.split()]
    out = []
    for op in ops.split():
        name, _, arg = op.partition(':')
        f = getattr(_heapq, name)
        try:
            r = f(h, int(arg)) if arg else f(h)
            out.append(str(r))
        except IndexError as e:
            out.append('IndexError')
    print(' '.join(map(str, h)), '|', ' '.join(out))
`

var heapOps = []string{"heappush", "heappop", "heapreplace", "heappushpop", "heapify", "_heapify_max", "_heappop_max", "_heapreplace_max"}

var heapFns = map[string]runtime.MethodFunc{
	"heappush": heapq_heappush, "heappop": heapq_heappop, "heapreplace": heapq_heapreplace,
	"heappushpop": heapq_heappushpop, "heapify": heapq_heapify, "_heapify_max": heapq__heapify_max,
	"_heappop_max": heapq__heappop_max, "_heapreplace_max": heapq__heapreplace_max,
}

func takesItem(name string) bool {
	return strings.Contains(name, "push") || strings.Contains(name, "replace")
}

func TestHeapOracle(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var inputs []string
	for i := 0; i < 300; i++ {
		var items, ops []string
		for j := r.Intn(12); j > 0; j-- {
			items = append(items, fmt.Sprint(r.Intn(20)))
		}
		for j := r.Intn(10); j > 0; j-- {
			name := heapOps[r.Intn(len(heapOps))]
			if takesItem(name) {
				name += fmt.Sprintf(":%d", r.Intn(20))
			}
			ops = append(ops, name)
		}
		inputs = append(inputs, strings.Join(items, " ")+"|"+strings.Join(ops, " "))
	}
	want := pyoracle.Lines(t, heapOracle, inputs)
	for i, in := range inputs {
		parts := strings.Split(in, "|")
		var vals []runtime.Value
		for _, f := range strings.Fields(parts[0]) {
			var n int64
			fmt.Sscan(f, &n)
			vals = append(vals, runtime.Int(n))
		}
		heap := runtime.NewList(vals)
		var out []string
		for _, op := range strings.Fields(parts[1]) {
			name, arg, hasArg := strings.Cut(op, ":")
			args := []runtime.Value{heap}
			if hasArg {
				var n int64
				fmt.Sscan(arg, &n)
				args = append(args, runtime.Int(n))
			}
			res, err := heapFns[name](runtime.Value{}, args)
			switch {
			case err != nil && err.Matches(runtime.IndexErrorType):
				out = append(out, "IndexError")
			case err != nil:
				t.Fatalf("%s: %v", in, err)
			default:
				s, _ := runtime.StrOf(res)
				out = append(out, s.S)
			}
		}
		var items []string
		for _, v := range runtime.PtrOf[runtime.List](heap).Items() {
			items = append(items, fmt.Sprint(v.SmallInt()))
		}
		got := strings.Join(items, " ") + " | " + strings.Join(out, " ")
		if got != want[i] {
			t.Errorf("%s:\n got %s\nwant %s", in, got, want[i])
		}
	}
}
