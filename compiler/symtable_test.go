// This file defines the differential harness of BuildSymtable's tests: it
// runs testdata/symtable/symdump.py under python3.11 and compares CPython's
// symbol tables, errors and code-object flags with ours, first on the
// snippets of testdata/symtable/cases.txt (trees rebuilt from CPython's own
// ast, and again from syntax.Parse).

package compiler

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"krait/syntax"
)

// pyReply is one answer of testdata/symtable/symdump.py.
type pyReply struct {
	Perr string `json:"perr"`
	Err  string `json:"err"`
	Dump string `json:"dump"`
	Hash string `json:"hash"`
	Code string `json:"code"`
	Cerr string `json:"cerr"`
	Src  string `json:"src"`
	// Cases answers a harvest request.
	Cases []pyReply       `json:"cases"`
	AST   json.RawMessage `json:"ast"`
}

// python runs symdump.py on the requests and returns its replies in order.
func python(t testing.TB, reqs []map[string]any) []pyReply {
	t.Helper()
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not installed")
	}
	cmd := exec.Command(py, filepath.Join("testdata", "symtable", "symdump.py"))
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		w := bufio.NewWriter(in)
		enc := json.NewEncoder(w)
		for _, r := range reqs {
			enc.Encode(r)
		}
		w.Flush()
		in.Close()
	}()
	var replies []pyReply
	dec := json.NewDecoder(bufio.NewReaderSize(out, 1<<20))
	for {
		var r pyReply
		if err := dec.Decode(&r); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		replies = append(replies, r)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if len(replies) != len(reqs) {
		t.Fatalf("symdump.py answered %d of %d requests", len(replies), len(reqs))
	}
	return replies
}

// build runs the front half of compile() on a tree: future features, then
// the symbol table. It returns the dump, or the error in symdump's format.
func build(mod syntax.Mod, filename string) (dump, errText string) {
	future, serr := FutureFeatures(mod, filename)
	if serr == nil {
		var st *SymbolTable
		st, serr = BuildSymtable(mod, filename, future)
		if serr == nil {
			return dumpTable(st), ""
		}
	}
	return "", errString(serr)
}

func errString(e *syntax.SyntaxError) string {
	opt := func(n int) string {
		if n == 0 && e.Lineno >= 0 { // an unset location (-1) prints as 0
			return "None"
		}
		return fmt.Sprint(n)
	}
	return fmt.Sprintf("%s: %s @%d:%s-%s:%s", e.Class, e.Msg, e.Lineno, opt(e.Offset),
		opt(e.EndLineno), opt(e.EndOffset))
}

// dumpTable prints a table as symdump.py's dump() does.
func dumpTable(st *SymbolTable) string { return st.Dump() }

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// A case is one snippet of cases.txt, compiled in mode "exec" unless its
// name starts with "[eval]" or "[single]".
type symCase struct{ name, src, mode string }

// readCases splits cases.txt at its "### name" lines.
func readCases(t *testing.T) []symCase {
	data, err := os.ReadFile(filepath.Join("testdata", "symtable", "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var cases []symCase
	for _, part := range strings.Split("\n"+string(data), "\n### ")[1:] {
		name, src, _ := strings.Cut(part, "\n")
		mode := "exec"
		if m, rest, ok := strings.Cut(name, "] "); ok && strings.HasPrefix(m, "[") {
			mode = m[1:]
			name = rest
		}
		cases = append(cases, symCase{name, src, mode})
	}
	return cases
}

// TestSymtableCases compares the snippets' tables and errors with CPython's,
// building each tree from CPython's ast, and again from syntax.Parse.
func TestSymtableCases(t *testing.T) {
	cases := readCases(t)
	reqs := make([]map[string]any, len(cases))
	for i, c := range cases {
		reqs[i] = map[string]any{"src": c.src, "ast": true, "mode": c.mode, "code": true}
	}
	replies := python(t, reqs)
	pass, parsed := 0, 0
	parsing := parserWorks()
	for i, c := range cases {
		r := replies[i]
		if r.Perr != "" {
			t.Errorf("%s: CPython cannot parse the case: %s", c.name, r.Perr)
			continue
		}
		if strings.HasSuffix(c.name, "(error)") != (r.Err != "") ||
			strings.HasSuffix(c.name, "(codegen error)") != (r.Err == "" && r.Cerr != "") {
			t.Errorf("%s: the case's name does not say whether CPython fails (%q, %q)", c.name, r.Err, r.Cerr)
		}
		mod, err := treeFromJSON(r.AST)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if compare(t, c.name, mod, r) {
			pass++
		}
		if parsing {
			res, perr := syntax.Parse([]byte(c.src), "x.py", parseModes[c.mode])
			if perr != nil {
				t.Errorf("%s: syntax.Parse: %v", c.name, perr)
			} else if compare(t, c.name+" (syntax.Parse)", res.Tree, r) {
				parsed++
			}
		}
	}
	t.Logf("%d of %d cases match CPython (%d also through syntax.Parse)", pass, len(cases), parsed)
}

var parseModes = map[string]syntax.Mode{"exec": syntax.ModeExec, "eval": syntax.ModeEval, "single": syntax.ModeSingle}

// compare checks our result for mod against CPython's reply.
func compare(t *testing.T, name string, mod syntax.Mod, r pyReply) bool {
	t.Helper()
	dump, errText := build(mod, "x.py")
	switch {
	case r.Err != "" || errText != "":
		if errText != r.Err {
			t.Errorf("%s: error\n got: %s\nwant: %s\n(our dump:\n%s)", name, errText, r.Err, dump)
			return false
		}
	case r.Hash != "":
		if h := hashText(dump); h != r.Hash {
			t.Errorf("%s: dump differs (hash)", name)
			return false
		}
	case dump != r.Dump:
		t.Errorf("%s: dump differs\n%s", name, lineDiff(r.Dump, dump))
		return false
	}
	if code := codeFlags(mod, "x.py"); r.Err == "" && !codeMatches(code, r.Code) {
		t.Errorf("%s: code flags differ\n%s", name, lineDiff(r.Code, code))
		return false
	}
	if cerr := codegenError(mod, "x.py"); r.Err == "" && cerr != r.Cerr {
		t.Errorf("%s: CheckCodegen\n got: %s\nwant: %s", name, cerr, r.Cerr)
		return false
	}
	return true
}

// codegenError returns CheckCodegen's error in symdump's format, or "".
func codegenError(mod syntax.Mod, filename string) string {
	future, _ := FutureFeatures(mod, filename)
	st, err := BuildSymtable(mod, filename, future)
	if err == nil {
		err = CheckCodegen(mod, st, CodegenOptions{})
	}
	if err == nil {
		return ""
	}
	return errString(err)
}

// compareQuiet is compare without logging.
func compareQuiet(mod syntax.Mod, filename string, r pyReply) bool {
	dump, errText := build(mod, filename)
	if r.Err != "" || errText != "" {
		return errText == r.Err
	}
	if r.Hash != "" && hashText(dump) != r.Hash || r.Hash == "" && dump != r.Dump {
		return false
	}
	return codeMatches(codeFlags(mod, filename), r.Code) && codegenError(mod, filename) == r.Cerr
}

// codeFlags lists, for each block in preorder, its name, CellVars and
// FreeVars, and for functions "GCVK", where G, C, V, K are 0 or 1 for
// Generator, Coroutine, Varargs, Varkeywords: what symdump.py reads from
// the code objects compile() makes.
func codeFlags(mod syntax.Mod, filename string) string {
	future, _ := FutureFeatures(mod, filename)
	st, err := BuildSymtable(mod, filename, future)
	if err != nil {
		return ""
	}
	var lines []string
	var walk func(*Block)
	walk = func(blk *Block) {
		line := fmt.Sprintf("%s cells=%s frees=%s", blk.Name, strings.Join(blk.CellVars(), ","),
			strings.Join(blk.FreeVars(), ","))
		if blk.Type == FunctionBlock {
			line += fmt.Sprintf(" %d%d%d%d", b2i(blk.Generator),
				b2i(blk.Coroutine), b2i(blk.Varargs), b2i(blk.Varkeywords))
		}
		lines = append(lines, line)
		for _, c := range blk.Children {
			walk(c)
		}
	}
	walk(st.Top)
	return strings.Join(lines, "\n")
}

// codeMatches compares codeFlags with CPython's, where "?" matches anything.
func codeMatches(got, want string) bool {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		if g[i] != w[i] && !strings.HasSuffix(w[i], " ?") {
			return false
		}
	}
	return true
}

func hashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// lineDiff shows the first differing lines of want and got, with context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	lo := max(0, i-8)
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d\n", i+1)
	for j := lo; j < i; j++ {
		fmt.Fprintf(&b, "   %s\n", w[j])
	}
	for j := i; j < min(len(w), i+6); j++ {
		fmt.Fprintf(&b, " - %s\n", w[j])
	}
	for j := i; j < min(len(g), i+6); j++ {
		fmt.Fprintf(&b, " + %s\n", g[j])
	}
	return b.String()
}

// parserWorks reports whether syntax.Parse can parse a trivial module yet.
func parserWorks() bool {
	_, err := syntax.Parse([]byte("x = 1\n"), "x.py", syntax.ModeExec)
	return err == nil
}

// TestSymtableNesting checks the nesting limit at the depth where
// python3.11 running a script `a.b.b...b` starts raising RecursionError.
func TestSymtableNesting(t *testing.T) {
	chain := func(n int) syntax.Mod {
		var e syntax.Expr = &syntax.Name{Id: "a"}
		for i := 0; i < n; i++ {
			e = &syntax.Attribute{Value: e, Attr: "b"}
		}
		return &syntax.Module{Body: []syntax.Stmt{&syntax.ExprStmt{Value: e}}}
	}
	if _, err := BuildSymtable(chain(2998), "x.py", 0); err != nil {
		t.Errorf("2998 attributes: %v", err)
	}
	_, err := BuildSymtable(chain(2999), "x.py", 0)
	if err == nil || err.Msg != MsgNestingTooDeep {
		t.Errorf("2999 attributes: got %v, want %q", err, MsgNestingTooDeep)
	}
}

// TestCheckCodegenOptions checks what -O and PyCF_ALLOW_TOP_LEVEL_AWAIT
// allow, which the differential tests (optimize=0, no flags) do not reach.
func TestCheckCodegenOptions(t *testing.T) {
	if !parserWorks() {
		t.Skip("syntax.Parse does not work yet")
	}
	cases := []struct {
		src  string
		opts CodegenOptions
		want string // "" for no error
	}{
		{"assert x, (yield)\n", CodegenOptions{}, "'yield' outside function"},
		{"assert x, (yield)\n", CodegenOptions{Optimize: 1}, ""},
		{"await x\n", CodegenOptions{}, "'await' outside function"},
		{"await x\n", CodegenOptions{TopLevelAwait: true}, ""},
		{"async for a in b: pass\n", CodegenOptions{TopLevelAwait: true}, ""},
		{"async with a: pass\n", CodegenOptions{TopLevelAwait: true}, ""},
		{"[x async for x in y]\n", CodegenOptions{TopLevelAwait: true}, ""},
		{"def f(): await x\n", CodegenOptions{TopLevelAwait: true}, "'await' outside async function"},
	}
	for _, c := range cases {
		res, perr := syntax.Parse([]byte(c.src), "x.py", syntax.ModeExec)
		if perr != nil {
			t.Fatal(perr)
		}
		st, err := BuildSymtable(res.Tree, "x.py", 0)
		if err == nil {
			err = CheckCodegen(res.Tree, st, c.opts)
		}
		got := ""
		if err != nil {
			got = err.Msg
		}
		if got != c.want {
			t.Errorf("%q with %+v: got %q, want %q", c.src, c.opts, got, c.want)
		}
	}
}

// TestPyRepr compares the repr of mapping-pattern keys (used in "duplicate
// key" messages) with python3.11's for many floats, complexes and strings.
func TestPyRepr(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not installed")
	}
	rnd := rand.New(rand.NewPCG(3, 4))
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e16, 1e15, 123456789012345678, 1e-4, 1e-5,
		1.5e300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 2.5, 100, 1e22}
	for i := 0; i < 2000; i++ {
		floats = append(floats, math.Float64frombits(rnd.Uint64()), rnd.Float64()*math.Pow(10, float64(rnd.IntN(40)-20)))
	}
	var vals []any
	var hexes []string
	for _, f := range floats {
		vals = append(vals, f)
		hexes = append(hexes, strconv.FormatFloat(f, 'x', -1, 64))
	}
	cplx := [][2]float64{{0, 1}, {1, 2}, {-1, -2}, {0, -0.5}, {1.5, math.Copysign(0, -1)}, {math.Copysign(0, -1), 1}}
	var chex [][2]string
	for _, c := range cplx {
		vals = append(vals, complex(c[0], c[1]))
		chex = append(chex, [2]string{strconv.FormatFloat(c[0], 'x', -1, 64), strconv.FormatFloat(c[1], 'x', -1, 64)})
	}
	strs := []string{"a", "a'b", `a"b`, `a'"b`, "\n\t\\", "é\u00ad\u200b\u0378", "\x00\x7f\u0085", "\U0001F600"}
	for _, s := range strs {
		vals = append(vals, s)
	}
	vals = append(vals, syntax.Bytes("a'\x00\xff\""), syntax.Bytes(`'"`))
	in, _ := json.Marshal(map[string]any{"f": hexes, "c": chex, "s": strs})
	script := `import json, sys
d = json.load(sys.stdin)
out = [repr(float.fromhex(h)) for h in d["f"]] + [repr(complex(float.fromhex(a), float.fromhex(b))) for a, b in d["c"]]
out += [repr(s) for s in d["s"]]
out += [repr(b"a'\x00\xff\""), repr(b"'\"")]
json.dump(out, sys.stdout)`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	vals = append(vals, "\xed\xa0\x80") // a lone surrogate, in WTF-8
	want = append(want, `'\ud800'`)
	bad := 0
	for i, v := range vals {
		if got := pyRepr(v); got != want[i] && bad < 10 {
			bad++
			t.Errorf("repr(%#v) = %s, want %s", v, got, want[i])
		}
	}
}
