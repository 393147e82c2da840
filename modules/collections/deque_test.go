// This file tests deque and defaultdict differentially: random operation
// sequences run under Krait and under python3.11 must give the same
// results, errors and final reprs.

package collections

import (
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"testing"

	"krait/internal/pyoracle"
	"krait/runtime"
	"krait/syntax"
)

// helper runs a list of (method, args) on a new deque and reports every
// result or error, then the final repr.
const helper = `
from _collections import deque, defaultdict
def apply(init, maxlen, ops):
    d = deque(init, maxlen)
    out = []
    for name, args in ops:
        try:
            if name == 'get':
                out.append(d[args[0]])
            elif name == 'set':
                d[args[0]] = args[1]
            elif name == 'del':
                del d[args[0]]
            elif name == 'iadd':
                d += args[0]
            elif name == 'imul':
                d *= args[0]
            else:
                out.append(getattr(d, name)(*args))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return repr((out, d, list(reversed(d)), len(d), d.maxlen))
`

var registerOnce sync.Once

func evalKrait(t *testing.T, exprs []string) []string {
	t.Helper()
	registerOnce.Do(func() { runtime.RegisterModule(Module) })
	src := helper + "results = [\n" + strings.Join(exprs, ",\n") + "\n]\n"
	co, err := runtime.CompileSource([]byte(src), "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	g := runtime.NewDict()
	g.SetStr(runtime.Intern("__builtins__"), runtime.BuiltinsModule().Value())
	if _, err := runtime.RunCode(co, g, runtime.Value{}); err != nil {
		s, _ := runtime.Repr(err.Value())
		t.Fatalf("run: %s", s.S)
	}
	res, _ := g.GetStr(runtime.Intern("results"))
	l, _ := res.TryList()
	var out []string
	for _, v := range l.Items() {
		out = append(out, v.AsStr().S)
	}
	return out
}

func randomOps(rng *rand.Rand) string {
	var ops []string
	val := func() string { return fmt.Sprint(rng.Intn(5)) }
	idx := func() string { return fmt.Sprint(rng.Intn(12) - 6) }
	for i := rng.Intn(25); i > 0; i-- {
		var op string
		switch rng.Intn(17) {
		case 0, 1:
			op = "('append', (" + val() + ",))"
		case 2:
			op = "('appendleft', (" + val() + ",))"
		case 3:
			op = "('pop', ())"
		case 4:
			op = "('popleft', ())"
		case 5:
			op = "('extend', ([" + val() + ", " + val() + "],))"
		case 6:
			op = "('extendleft', (range(" + val() + "),))"
		case 7:
			op = "('rotate', (" + idx() + ",))"
		case 8:
			op = "('insert', (" + idx() + ", 'i'))"
		case 9:
			op = "('remove', (" + val() + ",))"
		case 10:
			op = "('index', (" + val() + ", " + idx() + "))"
		case 11:
			op = "('count', (" + val() + ",))"
		case 12:
			op = "('get', (" + idx() + ",))"
		case 13:
			op = "('set', (" + idx() + ", 'x'))"
		case 14:
			op = "('del', (" + idx() + ",))"
		case 15:
			op = "('imul', (" + fmt.Sprint(rng.Intn(4)) + ",))"
		default:
			op = []string{"('reverse', ())", "('clear', ())", "('iadd', ('ab',))", "('copy', ())"}[rng.Intn(4)]
		}
		ops = append(ops, op)
	}
	init := fmt.Sprintf("range(%d)", rng.Intn(8))
	maxlen := "None"
	if rng.Intn(3) == 0 {
		maxlen = fmt.Sprint(rng.Intn(6))
	}
	return fmt.Sprintf("apply(%s, %s, [%s])", init, maxlen, strings.Join(ops, ", "))
}

func TestDequeRandomOps(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	exprs := make([]string, 400)
	for i := range exprs {
		exprs[i] = randomOps(rng)
	}
	want := pyoracle.Lines(t, helper+"import sys\nfor line in sys.stdin:\n    print(eval(line))\n", exprs)
	got := evalKrait(t, exprs)
	bad := 0
	for i := range exprs {
		if got[i] != want[i] {
			t.Errorf("%s\n  krait:  %s\n  python: %s", exprs[i], got[i], want[i])
			if bad++; bad > 10 {
				t.Fatal("too many differences")
			}
		}
	}
}
