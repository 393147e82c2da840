// This file defines the differential test of Dict and Set against python3.11: random
// sequences of insertions, deletions, pops and set operations on int, float and str
// keys run in both, and every intermediate iteration order must agree.

package runtime

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// diffOp is one step of a case: op names a operation, a/b/c are set numbers, keys are
// key tokens ("i5", "f2.5", "sab").
type diffOp struct {
	op      string
	a, b, c int
	keys    []string
}

// The interpreter of the cases on the Python side.
const diffPrelude = `
import sys
def mk(t):
    return int(t[1:]) if t[0] == 'i' else float(t[1:]) if t[0] == 'f' else t[1:]
def tok(k):
    return type(k).__name__ + ':' + repr(k)
def show(x):
    if isinstance(x, dict):
        return ' '.join(tok(k) + '=' + repr(v) for k, v in x.items())
    return ' '.join(tok(k) for k in x)
for case in CASES:
    S = [set(), set(), set()]
    D = {}
    for op, a, b, c, keys in case:
        ks = [mk(t) for t in keys]
        out = ''
        if op == 'add': S[a].add(ks[0])
        elif op == 'disc': S[a].discard(ks[0])
        elif op == 'pop': out = tok(S[a].pop()) if S[a] else 'empty'
        elif op == 'clear': S[a].clear()
        elif op == 'or': S[a] = S[b] | S[c]
        elif op == 'and': S[a] = S[b] & S[c]
        elif op == 'sub': S[a] = S[b] - S[c]
        elif op == 'xor': S[a] = S[b] ^ S[c]
        elif op == 'ior': S[a] |= S[b]
        elif op == 'iand': S[a] &= S[b]
        elif op == 'isub': S[a] -= S[b]
        elif op == 'ixor': S[a] ^= S[b]
        elif op == 'copy': S[a] = S[b].copy()
        elif op == 'fromlist': S[a] = set(ks)
        elif op == 'fromdict': S[a] = set(D)
        elif op == 'updlist': S[a].update(ks)
        elif op == 'upddict': S[a].update(D)
        elif op == 'subdict': S[a] = S[b].difference(D)
        elif op == 'xordict': S[a].symmetric_difference_update(D)
        elif op == 'andlist': S[a] = S[b].intersection(ks)
        elif op == 'iandlist': S[a].intersection_update(ks)
        elif op == 'isublist': S[a].difference_update(ks)
        elif op == 'dset': D[ks[0]] = a
        elif op == 'ddel': D.pop(ks[0], None)
        elif op == 'dpop': out = (lambda kv: tok(kv[0]) + '=' + repr(kv[1]))(D.popitem()) if D else 'empty'
        elif op == 'dcopy': D = D.copy()
        elif op == 'dupdlist': D.update({k: a for k in ks})
        elif op == 'dclear': D.clear()
        elif op == 'dsetlist':
            for k in ks: D[k] = a
        if op[0] == 'd': print(op, out, len(D), D.__sizeof__(), show(D))
        else: print(op, out, len(S[a]), S[a].__sizeof__(), show(S[a]))
    print('end')
`

// diffKey returns a random key token: small and large ints (some colliding modulo
// 2^61-1), floats equal or unequal to ints, and short strs.
func diffKey(r *rand.Rand) string {
	switch r.Intn(7) {
	case 0, 1:
		return "i" + strconv.Itoa(r.Intn(80)-20)
	case 2:
		return "i" + strconv.FormatInt(r.Int63n(1<<62)-1<<61, 10)
	case 3:
		return "i" + strconv.FormatInt(int64(r.Intn(4))*(1<<61-1)+int64(r.Intn(3)), 10)
	case 4:
		return "f" + strconv.FormatFloat(float64(r.Intn(60)-10)/2, 'g', -1, 64)
	default:
		alpha := []string{"a", "b", "c", "xy", "é", "日"}
		n := 1 + r.Intn(3)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alpha[r.Intn(len(alpha))])
		}
		return "s" + b.String()
	}
}

var diffSetOps = []string{"add", "add", "add", "add", "add", "disc", "disc", "pop", "or", "and", "sub", "xor",
	"ior", "iand", "isub", "ixor", "copy", "fromlist", "fromdict", "updlist", "upddict", "subdict",
	"xordict", "andlist", "iandlist", "isublist", "clear"}
var diffDictOps = []string{"dset", "dset", "dset", "dset", "ddel", "ddel", "dpop", "dcopy", "dupdlist", "dsetlist", "dclear"}

// diffCase returns a random case of n steps.
func diffCase(r *rand.Rand, n int) []diffOp {
	ops := make([]diffOp, 0, n)
	for len(ops) < n {
		o := diffOp{a: r.Intn(3), b: r.Intn(3), c: r.Intn(3)}
		if r.Intn(3) == 0 {
			o.op = diffDictOps[r.Intn(len(diffDictOps))]
		} else {
			o.op = diffSetOps[r.Intn(len(diffSetOps))]
		}
		if (o.op == "clear" || o.op == "dclear") && r.Intn(4) != 0 {
			continue
		}
		nk := 1
		if strings.HasSuffix(o.op, "list") {
			nk = r.Intn(30)
		}
		for i := 0; i < nk; i++ {
			o.keys = append(o.keys, diffKey(r))
		}
		ops = append(ops, o)
	}
	return ops
}

func diffScript(cases [][]diffOp) string {
	var b strings.Builder
	b.WriteString("CASES = [\n")
	for _, c := range cases {
		b.WriteString("[")
		for _, o := range c {
			fmt.Fprintf(&b, "(%q,%d,%d,%d,[", o.op, o.a, o.b, o.c)
			for _, k := range o.keys {
				fmt.Fprintf(&b, "%q,", k)
			}
			b.WriteString("]),")
		}
		b.WriteString("],\n")
	}
	b.WriteString("]\n")
	b.WriteString(diffPrelude)
	return b.String()
}

// runPython runs a script under python3.11 with the given PYTHONHASHSEED.
func runPython(t *testing.T, script, seed string) string {
	t.Helper()
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	cmd := exec.Command(py, "-")
	cmd.Stdin = strings.NewReader(script)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED="+seed, "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v\n%s", err, stderr.String())
	}
	return string(out)
}

func TestDictSetDifferential(t *testing.T) {
	for _, seed := range diffSeeds() {
		r := rand.New(rand.NewSource(int64(len(seed)) + 7))
		var cases [][]diffOp
		for i := 0; i < 60; i++ {
			cases = append(cases, diffCase(r, 20+r.Intn(200)))
		}
		want := strings.Split(runPython(t, diffScript(cases), seed), "\n")
		restore := useHashSeed(t, seed)
		var got []string
		for _, c := range cases {
			got = append(got, runDiffCase(t, c)...)
		}
		restore()
		line := 0
		for ci, c := range cases {
			for oi := 0; oi <= len(c); oi++ {
				if line >= len(want) || line >= len(got) || want[line] != got[line] {
					w, g := "", ""
					if line < len(want) {
						w = want[line]
					}
					if line < len(got) {
						g = got[line]
					}
					op := "end"
					if oi < len(c) {
						op = fmt.Sprintf("%+v", c[oi])
					}
					t.Fatalf("seed %s case %d step %d (%s):\nwant %s\ngot  %s", seed, ci, oi, op, w, g)
				}
				line++
			}
		}
	}
}

// diffKeyValue makes the Value of a key token.
func diffKeyValue(t *testing.T, tok string) Value {
	switch tok[0] {
	case 'i':
		n, err := strconv.ParseInt(tok[1:], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		return Int(n)
	case 'f':
		f, err := strconv.ParseFloat(tok[1:], 64)
		if err != nil {
			t.Fatal(err)
		}
		return Float(f)
	}
	return ValueOf(NewStr(tok[1:]))
}

// diffTok renders a key as the Python side's tok() does.
func diffTok(v Value) string {
	switch {
	case v.IsSmallInt():
		return "int:" + strconv.FormatInt(v.SmallInt(), 10)
	case v.IsFloat():
		return "float:" + floatRepr(v.AsFloat())
	}
	s, _ := exactStr(v)
	return "str:'" + s.S + "'"
}

func diffShowSet(s *Set) string {
	var parts []string
	for _, k := range s.Items() {
		parts = append(parts, diffTok(k))
	}
	return strings.Join(parts, " ")
}

func diffShowDict(d *Dict) string {
	var parts []string
	for pos := 0; ; {
		k, v, ok := d.Next(&pos)
		if !ok {
			break
		}
		parts = append(parts, diffTok(k)+"="+strconv.FormatInt(v.SmallInt(), 10))
	}
	return strings.Join(parts, " ")
}

// runDiffCase runs a case on Dict and Set, producing the lines the script prints.
func runDiffCase(t *testing.T, c []diffOp) []string {
	S := []*Set{NewSet(), NewSet(), NewSet()}
	D := NewDict()
	var lines []string
	must := func(err *Exception) {
		if err != nil {
			t.Fatalf("unexpected error %v", err)
		}
	}
	must2 := func(s *Set, err *Exception) *Set {
		must(err)
		return s
	}
	for _, o := range c {
		var ks []Value
		for _, k := range o.keys {
			ks = append(ks, diffKeyValue(t, k))
		}
		out := ""
		a := o.a
		switch o.op {
		case "add":
			must(S[a].Add(ks[0]))
		case "disc":
			_, err := S[a].Discard(ks[0])
			must(err)
		case "pop":
			out = "empty"
			if k, ok := S[a].Pop(); ok {
				out = diffTok(k)
			}
		case "clear":
			S[a].Clear()
		case "or":
			S[a] = must2(S[o.b].Union(S[o.c]))
		case "and":
			S[a] = must2(S[o.b].Intersection(S[o.c]))
		case "sub":
			S[a] = must2(S[o.b].Difference(S[o.c]))
		case "xor":
			S[a] = must2(S[o.b].SymmetricDifference(S[o.c]))
		case "ior":
			must(S[a].Merge(S[o.b]))
		case "iand":
			must(S[a].IntersectionUpdate(S[o.b]))
		case "isub":
			must(S[a].DifferenceUpdate(S[o.b]))
		case "ixor":
			must(S[a].SymmetricDifferenceUpdate(S[o.b]))
		case "copy":
			S[a] = S[o.b].Copy()
		case "fromlist":
			S[a] = NewSet()
			must(S[a].AddAll(ks))
		case "fromdict":
			S[a] = NewSet()
			must(S[a].UpdateDict(D))
		case "updlist":
			must(S[a].AddAll(ks))
		case "upddict":
			must(S[a].UpdateDict(D))
		case "subdict":
			S[a] = must2(S[o.b].DifferenceDict(D))
		case "xordict":
			must(S[a].SymmetricDifferenceUpdateDict(D))
		case "andlist":
			S[a] = must2(S[o.b].IntersectionKeys(ks))
		case "iandlist":
			r := must2(S[a].IntersectionKeys(ks))
			S[a].swapBodies(r)
		case "isublist":
			must(S[a].DifferenceUpdateKeys(ks))
		case "dset":
			must(D.SetItem(ks[0], Int(int64(a))))
		case "ddel":
			_, _, err := D.DelItem(ks[0])
			must(err)
		case "dpop":
			out = "empty"
			if k, v, ok := D.PopItem(); ok {
				out = diffTok(k) + "=" + strconv.FormatInt(v.SmallInt(), 10)
			}
		case "dcopy":
			D = D.Copy()
		case "dupdlist":
			o := NewDict()
			for _, k := range ks {
				must(o.SetItem(k, Int(int64(a))))
			}
			must(D.Update(o))
		case "dclear":
			D.Clear()
		case "dsetlist":
			for _, k := range ks {
				must(D.SetItem(k, Int(int64(a))))
			}
		}
		if o.op[0] == 'd' {
			size, _ := dict___sizeof__(D.Value(), nil)
			lines = append(lines, fmt.Sprintf("%s %s %d %d %s", o.op, out, D.Len(), size.SmallInt(), diffShowDict(D)))
		} else {
			size, _ := set_sizeof(S[a].Value(), nil)
			lines = append(lines, fmt.Sprintf("%s %s %d %d %s", o.op, out, S[a].Len(), size.SmallInt(), diffShowSet(S[a])))
		}
	}
	return append(lines, "end")
}

// diffSeeds are the PYTHONHASHSEED values the differential test runs under.
func diffSeeds() []string { return []string{"0", "12345"} }

// useHashSeed sets the str hash key for seed and returns a function restoring it.
func useHashSeed(t *testing.T, seed string) func() {
	old := currentHashKey
	k, ok := newHashKey(seed)
	if !ok {
		t.Fatal("bad seed")
	}
	currentHashKey = k
	return func() { currentHashKey = old }
}
