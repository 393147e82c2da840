// This file defines the random-program test of BuildSymtable.

package compiler

import (
	"fmt"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"

	"krait/syntax"
)

// progGen writes random programs that mix every scoping construct over a
// small pool of names, so that the same name meets global, nonlocal, class
// scopes, comprehensions and walruses in many combinations.
type progGen struct {
	rnd   *rand.Rand
	b     strings.Builder
	depth int
}

var genNames = []string{"a", "b", "x", "x", "y", "__p", "super", "__class__", "self", "a", "b", "y", "__debug__"}

func (g *progGen) name() string { return genNames[g.rnd.IntN(len(genNames))] }

func (g *progGen) line(ind int, format string, args ...any) {
	g.b.WriteString(strings.Repeat("    ", ind))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

// expr returns a random expression, nested at most d levels.
func (g *progGen) expr(d int) string {
	if d <= 0 {
		return g.name()
	}
	switch g.rnd.IntN(22) {
	case 0:
		return fmt.Sprintf("(lambda %s: %s)", g.params(false), g.expr(d-1))
	case 1:
		return fmt.Sprintf("[%s for %s in %s if %s]", g.expr(d-1), g.name(), g.expr(d-1), g.expr(d-1))
	case 2:
		return fmt.Sprintf("(%s for %s in %s for %s in %s)", g.expr(d-1), g.name(), g.expr(d-1), g.name(), g.expr(d-1))
	case 3:
		return fmt.Sprintf("{%s: %s for %s, %s in %s}", g.expr(d-1), g.expr(d-1), g.name(), g.name(), g.expr(d-1))
	case 4:
		return fmt.Sprintf("(%s := %s)", g.name(), g.expr(d-1))
	case 5:
		return fmt.Sprintf("%s(%s)", g.name(), g.expr(d-1))
	case 6:
		return "super()"
	case 7:
		if g.rnd.IntN(3) == 0 {
			return fmt.Sprintf("(yield %s)", g.expr(d-1))
		}
		return fmt.Sprintf("(await %s)", g.expr(d-1))
	case 8, 11, 12:
		return fmt.Sprintf("%s[%s]", g.expr(d-1), g.name())
	case 9:
		return fmt.Sprintf("{%s async for %s in %s}", g.expr(d-1), g.name(), g.expr(d-1))
	case 10:
		return fmt.Sprintf("%s.%s", g.expr(d-1), g.name())
	default:
		return g.name()
	}
}

// params returns a parameter list; annotated ones, for a def, may carry
// annotations and defaults.
func (g *progGen) params(def bool) string {
	var ps []string
	seen := func(n string) bool {
		for _, p := range ps {
			if strings.TrimLeft(strings.SplitN(p, ":", 2)[0], "*") == n {
				return true
			}
		}
		return false
	}
	add := func(prefix, suffix string) {
		n := g.name()
		if g.rnd.IntN(8) != 0 && seen(n) {
			return
		}
		if def && g.rnd.IntN(4) == 0 {
			n += ": " + g.expr(1)
		}
		ps = append(ps, prefix+n+suffix)
	}
	for i := g.rnd.IntN(3); i > 0; i-- {
		add("", "")
	}
	if g.rnd.IntN(3) == 0 {
		if g.rnd.IntN(2) == 0 {
			ps = append(ps, "*")
		} else {
			add("*", "")
		}
		for i := 1 + g.rnd.IntN(2); i > 0; i-- {
			add("", "="+g.expr(1))
		}
	}
	if g.rnd.IntN(6) == 0 {
		add("**", "")
	}
	if len(ps) > 0 && ps[len(ps)-1] == "*" {
		ps = ps[:len(ps)-1]
	}
	return strings.Join(ps, ", ")
}

// block writes 1 to 4 random statements at indentation ind, starting a new
// scope (where a global or nonlocal declaration may come first) or not.
func (g *progGen) block(ind int, scope bool) {
	if scope && g.rnd.IntN(2) == 0 {
		if ind > 0 && g.rnd.IntN(2) == 0 {
			g.line(ind, "nonlocal %s", g.name())
		} else {
			g.line(ind, "global %s", g.name())
		}
	}
	for i := 1 + g.rnd.IntN(4); i > 0; i-- {
		g.stmt(ind)
	}
}

func (g *progGen) stmt(ind int) {
	nest := ind < 4
	switch k := g.rnd.IntN(22); {
	case k == 0 && nest:
		async := ""
		if g.rnd.IntN(3) == 0 {
			async = "async "
		}
		ann := ""
		if g.rnd.IntN(3) == 0 {
			ann = " -> " + g.expr(1)
		}
		g.decorators(ind)
		g.line(ind, "%sdef %s(%s)%s:", async, g.name(), g.params(true), ann)
		g.block(ind+1, true)
	case k == 1 && nest:
		g.decorators(ind)
		g.line(ind, "class %s(%s, k=%s):", g.name(), g.expr(1), g.expr(1))
		g.block(ind+1, true)
	case k == 11 && nest:
		g.line(ind, "with %s as %s, %s:", g.expr(2), g.name(), g.expr(1))
		g.block(ind+1, false)
	case k == 12 && nest:
		g.line(ind, "match %s:", g.expr(1))
		g.line(ind+1, "case [%s, *%s] | {0: %s, **%s} if %s:", g.name(), g.name(), g.name(), g.name(), g.expr(2))
		g.block(ind+2, false)
		g.line(ind+1, "case C(%s, k=%s) as %s:", g.name(), g.name(), g.name())
		g.block(ind+2, false)
	case k == 2 && g.rnd.IntN(3) == 0:
		g.line(ind, "global %s", g.name())
	case k == 3 && ind > 0 && g.rnd.IntN(3) == 0:
		g.line(ind, "nonlocal %s", g.name())
	case k == 4:
		g.line(ind, "%s: %s = %s", g.name(), g.expr(1), g.expr(1))
	case k == 5 && nest:
		g.line(ind, "for %s in %s:", g.name(), g.expr(2))
		g.block(ind+1, false)
	case k == 6:
		g.line(ind, "import %s.m as %s", g.name(), g.name())
	case k == 7:
		g.line(ind, "del %s", g.name())
	case k == 8:
		g.line(ind, "%s += %s", g.name(), g.expr(2))
	case k == 9:
		g.line(ind, "return %s", g.expr(2))
	case k == 10 && nest:
		star := ""
		if g.rnd.IntN(3) == 0 {
			star = "*"
		}
		g.line(ind, "try:")
		g.block(ind+1, false)
		// (not __debug__, whose error CPython reports at a point that
		// depends on its code generator's constant tables; see
		// CheckCodegen)
		g.line(ind, "except%s %s as %s:", star, g.name(), genNames[g.rnd.IntN(len(genNames)-1)])
		g.block(ind+1, false)
		if g.rnd.IntN(2) == 0 {
			g.line(ind, "finally:")
			g.block(ind+1, false)
		}
	case k == 13:
		g.line(ind, "%s", []string{"break", "continue", "pass"}[g.rnd.IntN(3)])
	case k == 14 && nest:
		g.line(ind, "async %s:", []string{"for x in y", "with a as b"}[g.rnd.IntN(2)])
		g.block(ind+1, false)
	case k == 15:
		g.line(ind, "%s, *%s = %s(%s=1, %s=2)", g.name(), g.name(), g.name(), g.name(), g.name())
	case k == 16 && nest:
		g.line(ind, "while %s:", g.expr(1))
		g.block(ind+1, false)
	default:
		g.line(ind, "%s = %s", g.name(), g.expr(3))
	}
}

func (g *progGen) decorators(ind int) {
	for i := g.rnd.IntN(3) - 1; i > 0; i-- {
		g.line(ind, "@%s", g.expr(2))
	}
}

// program returns a random module.
func (g *progGen) program() string {
	g.b.Reset()
	if g.rnd.IntN(5) == 0 {
		g.line(0, "from __future__ import annotations")
	}
	g.block(0, true)
	g.block(0, false)
	return g.b.String()
}

// TestSymtableRandom compares the tables of random programs (see progGen)
// with CPython's; KRAIT_SYMTABLE_RANDOM sets how many (default 3000).
func TestSymtableRandom(t *testing.T) {
	if !parserWorks() {
		t.Skip("syntax.Parse does not work yet")
	}
	n := 3000
	if s := os.Getenv("KRAIT_SYMTABLE_RANDOM"); s != "" {
		fmt.Sscan(s, &n)
	}
	if testing.Short() {
		n = 300
	}
	g := &progGen{rnd: rand.New(rand.NewPCG(1, 2))}
	srcs := make([]string, n)
	reqs := make([]map[string]any, n)
	for i := range srcs {
		srcs[i] = g.program()
		reqs[i] = map[string]any{"src": srcs[i], "code": true}
	}
	var pass, errs, cerrs, unparsed, fail int
	kinds := map[string]int{}
	for i, r := range python(t, reqs) {
		if r.Perr != "" {
			unparsed++
			continue
		}
		res, perr := syntax.Parse([]byte(srcs[i]), "x.py", syntax.ModeExec)
		if perr != nil {
			t.Errorf("syntax.Parse rejects what CPython accepts: %v\n%s", perr, srcs[i])
			continue
		}
		if r.Err == "" && r.Cerr != "" {
			cerrs++
			msg, _, _ := strings.Cut(r.Cerr, " @")
			kinds["codegen "+strings.Trim(regexp.MustCompile(`'[^']*'`).ReplaceAllString(msg, "_"), " ")]++
		}
		if r.Err != "" {
			errs++
			msg, _, _ := strings.Cut(r.Err, " @")
			kinds[strings.Trim(regexp.MustCompile(`'[^']*'`).ReplaceAllString(msg, "_"), " ")]++
		}
		if compareQuiet(res.Tree, "x.py", r) {
			pass++
			continue
		}
		if fail++; fail <= 3 {
			compare(t, "program\n"+srcs[i], res.Tree, r)
		}
	}
	t.Logf("random: %d programs (%d symtable errors, %d code generator errors): %d match, %d differ, %d rejected by CPython's parser",
		n, errs, cerrs, pass, fail, unparsed)
	if testing.Verbose() {
		for k, v := range kinds {
			t.Logf("%5d %s", v, k)
		}
	}
}

// FuzzSymtable runs the parser, BuildSymtable and CheckCodegen on arbitrary
// input, which must never panic.
func FuzzSymtable(f *testing.F) {
	data, err := os.ReadFile("testdata/symtable/cases.txt")
	if err != nil {
		f.Fatal(err)
	}
	for _, part := range strings.Split(string(data), "\n### ") {
		_, src, _ := strings.Cut(part, "\n")
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		res, perr := syntax.Parse([]byte(src), "x.py", syntax.ModeExec)
		if perr != nil {
			return
		}
		future, ferr := FutureFeatures(res.Tree, "x.py")
		if ferr != nil {
			return
		}
		st, serr := BuildSymtable(res.Tree, "x.py", future)
		if serr != nil {
			return
		}
		CheckCodegen(res.Tree, st, CodegenOptions{})
	})
}
