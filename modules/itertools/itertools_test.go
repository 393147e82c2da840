// This file tests itertools differentially: random calls of every
// iterator (valid and invalid) are evaluated by Krait and by python3.11,
// and their reprs or error messages must agree.

package itertools

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

// helper is the Python code both interpreters run around each expression.
const helper = `
import itertools as it
def r(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
`

var registerOnce sync.Once

// evalKrait evaluates each expression with helper's r() under Krait.
func evalKrait(t *testing.T, exprs []string) []string {
	t.Helper()
	registerOnce.Do(func() { runtime.RegisterModule(Module) })
	var b strings.Builder
	b.WriteString(helper)
	b.WriteString("results = [\n")
	for _, e := range exprs {
		fmt.Fprintf(&b, "    r(lambda: (%s)),\n", e)
	}
	b.WriteString("]\n")
	co, err := runtime.CompileSource([]byte(b.String()), "<test>", syntax.ModeExec)
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
	out := make([]string, 0, len(exprs))
	for _, v := range l.Items() {
		out = append(out, v.AsStr().S)
	}
	return out
}

// evalPython evaluates each expression the same way under python3.11.
func evalPython(t *testing.T, exprs []string) []string {
	t.Helper()
	return pyoracle.Lines(t, helper+"import sys\nfor line in sys.stdin:\n    print(r(lambda: eval(line)))\n", exprs)
}

func compare(t *testing.T, exprs []string) {
	t.Helper()
	want := evalPython(t, exprs)
	got := evalKrait(t, exprs)
	bad := 0
	for i := range exprs {
		if got[i] != want[i] {
			t.Errorf("%s\n  krait:  %s\n  python: %s", exprs[i], got[i], want[i])
			if bad++; bad > 20 {
				t.Fatal("too many differences")
			}
		}
	}
}

// genExpr returns a random itertools expression; most are valid, some
// have bad arguments.
func genExpr(rng *rand.Rand) string {
	list := func() string {
		n := rng.Intn(6)
		items := make([]string, n)
		for i := range items {
			items[i] = fmt.Sprint(rng.Intn(4))
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	idx := func() string {
		switch rng.Intn(10) {
		case 0:
			return "None"
		case 1:
			return fmt.Sprint(-rng.Intn(3) - 1)
		case 2:
			return "'x'"
		}
		return fmt.Sprint(rng.Intn(8))
	}
	small := func() string { return fmt.Sprint(rng.Intn(5) - 1) }
	switch rng.Intn(16) {
	case 0:
		return fmt.Sprintf("list(it.islice(range(%d), %s))", rng.Intn(10), idx())
	case 1:
		return fmt.Sprintf("list(it.islice(iter(range(%d)), %s, %s, %s))", rng.Intn(12), idx(), idx(), idx())
	case 2:
		return fmt.Sprintf("list(it.combinations(%s, %s))", list(), small())
	case 3:
		return fmt.Sprintf("list(it.combinations_with_replacement(%s, %s))", list(), small())
	case 4:
		return fmt.Sprintf("list(it.permutations(%s, %s))", list(), []string{"None", small(), small()}[rng.Intn(3)])
	case 5:
		return fmt.Sprintf("list(it.product(%s, %s, repeat=%s))", list(), list(), small())
	case 6:
		return fmt.Sprintf("[(k, list(g)) for k, g in it.groupby(%s, key=%s)]", list(), []string{"None", "lambda x: x % 2", "bool"}[rng.Intn(3)])
	case 7:
		return fmt.Sprintf("list(it.zip_longest(%s, %s, fillvalue=%s))", list(), list(), small())
	case 8:
		return fmt.Sprintf("list(it.accumulate(%s, %s, initial=%s))", list(), []string{"None", "max", "lambda a, b: a * b + 1"}[rng.Intn(3)], []string{"None", small()}[rng.Intn(2)])
	case 9:
		return fmt.Sprintf("list(it.islice(it.cycle(%s), %d))", list(), rng.Intn(12))
	case 10:
		return fmt.Sprintf("list(it.islice(it.count(%s, %s), 4))", small(), []string{small(), "0.5", "'a'"}[rng.Intn(3)])
	case 11:
		return fmt.Sprintf("(list(it.compress(%s, %s)), list(it.dropwhile(bool, %s)), list(it.takewhile(bool, %s)), list(it.filterfalse(None, %s)))", list(), list(), list(), list(), list())
	case 12:
		return fmt.Sprintf("[list(x) for x in it.tee(%s, %s)]", list(), small())
	case 13:
		return fmt.Sprintf("(list(it.pairwise(%s)), list(it.chain(%s, %s)), list(it.chain.from_iterable([%s, %s])))", list(), list(), list(), list(), list())
	case 14:
		return fmt.Sprintf("(repr(it.repeat(%s, %s)), list(it.repeat(1, %s)))", list(), small(), small())
	}
	return fmt.Sprintf("list(it.starmap(pow, zip(%s, %s)))", list(), list())
}

func TestItertoolsRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	exprs := make([]string, 600)
	for i := range exprs {
		exprs[i] = genExpr(rng)
	}
	compare(t, exprs)
}

// TestTeeAndGroupbySharing checks the interleaved use of the iterators
// that share one source.
func TestTeeAndGroupbySharing(t *testing.T) {
	compare(t, []string{
		"[(next(a), next(b), next(a), list(b), list(a)) for a, b in [it.tee(iter(range(130)))]][0][:3]",
		"[(list(a)[-1], list(b)[:2]) for a, b in [it.tee(range(300))]]",
		"[(next(g), list(gb)[0][0], list(g)) for gb in [it.groupby('aabbc')] for k, g in [next(gb)]]",
		"[(a.__copy__().__next__(), list(a)) for a in [it.tee('xyz')[0]]]",
		"sum(1 for _ in it.product(range(4), repeat=4))",
		"sum(1 for _ in it.permutations(range(6)))",
		"list(it.islice(it.count(2**63 - 3), 6))",
		"list(it.islice(it.count(-2**63 - 3, -1), 3))",
	})
}
