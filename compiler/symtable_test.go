// This file defines the differential tests of BuildSymtable against
// python3.11's symtable module: the snippets in testdata/symtable/cases.txt
// (trees rebuilt from CPython's own ast, so they do not depend on our
// parser) and every .py file of the installed standard library (parsed with
// syntax.Parse, once it works).

package compiler

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
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
		if n == 0 {
			return "None"
		}
		return fmt.Sprint(n)
	}
	return fmt.Sprintf("%s: %s @%d:%s-%s:%s", e.Class, e.Msg, e.Lineno, opt(e.Offset),
		opt(e.EndLineno), opt(e.EndOffset))
}

// dumpTable prints a table as symdump.py's dump() does.
func dumpTable(st *SymbolTable) string {
	var b strings.Builder
	dumpBlock(&b, st.Top, "")
	return b.String()
}

func dumpBlock(b *strings.Builder, blk *Block, ind string) {
	fmt.Fprintf(b, "%s%s %s line=%d nested=%d varnames=%s\n", ind, blk.Type, blk.Name,
		blk.Pos.Lineno, b2i(blk.Nested), strings.Join(blk.Varnames, ","))
	var passed []Symbol
	for _, s := range blk.Symbols {
		if s.Flags == 0 {
			passed = append(passed, s)
			continue
		}
		fmt.Fprintf(b, "%s  %s %s %s\n", ind, s.Name, s.Flags, s.Scope)
	}
	sort.Slice(passed, func(i, j int) bool { return passed[i].Name < passed[j].Name })
	for _, s := range passed {
		fmt.Fprintf(b, "%s  %s %s %s\n", ind, s.Name, s.Flags, s.Scope)
	}
	for _, c := range blk.Children {
		dumpBlock(b, c, ind+"    ")
	}
}

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
		if strings.HasSuffix(c.name, "(error)") != (r.Err != "") {
			t.Errorf("%s: the case's name does not say whether CPython fails (%q)", c.name, r.Err)
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
	return true
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

// stdlibFiles lists the .py files of CPython's library, sorted.
func stdlibFiles(t *testing.T) []string {
	var files []string
	root := "/usr/lib/python3.11"
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "dist-packages") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no CPython library at " + root)
	}
	sort.Strings(files)
	return files
}

// parserWorks reports whether syntax.Parse can parse a trivial module yet.
func parserWorks() bool {
	_, err := syntax.Parse([]byte("x = 1\n"), "x.py", syntax.ModeExec)
	return err == nil
}

// TestSymtableStdlib compares the table of every library file that our
// parser accepts with CPython's (by hash; set KRAIT_SYMTABLE_DIFF=1 for
// diffs of the first mismatches).
func TestSymtableStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if !parserWorks() {
		t.Skip("syntax.Parse does not work yet")
	}
	files := stdlibFiles(t)
	reqs := make([]map[string]any, len(files))
	for i, f := range files {
		reqs[i] = map[string]any{"path": f, "hash": true, "code": true}
	}
	replies := python(t, reqs)
	var pass, fail, unparsed, cpyFail int
	var failed []string
	for i, f := range files {
		r := replies[i]
		if r.Perr != "" {
			cpyFail++
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, perr := syntax.Parse(src, f, syntax.ModeExec)
		if perr != nil {
			unparsed++
			continue
		}
		if compareQuiet(res.Tree, f, r) {
			pass++
		} else {
			fail++
			failed = append(failed, f)
		}
	}
	t.Logf("stdlib: %d files match, %d differ, %d not parsed by syntax.Parse, %d rejected by CPython",
		pass, fail, unparsed, cpyFail)
	if fail > 0 {
		t.Errorf("%d files differ, e.g. %s", fail, strings.Join(failed[:min(5, len(failed))], " "))
		if os.Getenv("KRAIT_SYMTABLE_DIFF") != "" {
			explain(t, failed[:min(5, len(failed))], func(f string) (syntax.Mod, error) {
				src, err := os.ReadFile(f)
				if err != nil {
					return nil, err
				}
				res, perr := syntax.Parse(src, f, syntax.ModeExec)
				if perr != nil {
					return nil, perr
				}
				return res.Tree, nil
			})
		}
	}
}

// TestSymtableHarvest compares the tables of the code snippets found inside
// CPython's tests (string constants and doctest examples, e.g. all of
// test_syntax's scope errors) that both parsers accept.
func TestSymtableHarvest(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if !parserWorks() {
		t.Skip("syntax.Parse does not work yet")
	}
	var files []string
	filepath.WalkDir("/usr/lib/python3.11/test", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasPrefix(d.Name(), "test_") && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no CPython test suite")
	}
	reqs := make([]map[string]any, len(files))
	for i, f := range files {
		reqs[i] = map[string]any{"harvest": f}
	}
	var total, errs, pass, unparsed int
	var failed []pyReply
	for _, rep := range python(t, reqs) {
		for _, r := range rep.Cases {
			total++
			if r.Err != "" {
				errs++
			}
			res, perr := syntax.Parse([]byte(r.Src), "x.py", syntax.ModeExec)
			if perr != nil {
				unparsed++
				if testing.Verbose() {
					t.Logf("syntax.Parse rejects %q: %v", r.Src, perr)
				}
				continue
			}
			if compareQuiet(res.Tree, "x.py", r) {
				pass++
			} else {
				failed = append(failed, r)
			}
		}
	}
	t.Logf("harvest: %d snippets (%d symtable errors): %d match, %d differ, %d not parsed by syntax.Parse",
		total, errs, pass, len(failed), unparsed)
	for i, r := range failed {
		if i == 5 {
			break
		}
		res, _ := syntax.Parse([]byte(r.Src), "x.py", syntax.ModeExec)
		compare(t, fmt.Sprintf("snippet %q", r.Src), res.Tree, r)
	}
}

// TestSymtableStdlibJSON is TestSymtableStdlib with trees rebuilt from
// CPython's ast instead of syntax.Parse (slow: set KRAIT_SYMTABLE_JSON=1).
func TestSymtableStdlibJSON(t *testing.T) {
	if os.Getenv("KRAIT_SYMTABLE_JSON") == "" {
		t.Skip("set KRAIT_SYMTABLE_JSON=1 to run")
	}
	files := stdlibFiles(t)
	reqs := make([]map[string]any, len(files))
	for i, f := range files {
		reqs[i] = map[string]any{"path": f, "hash": true, "ast": true, "code": true}
	}
	replies := python(t, reqs)
	var pass, fail, cpyFail int
	var failed []string
	for i, f := range files {
		r := replies[i]
		if r.Perr != "" {
			cpyFail++
			continue
		}
		mod, err := treeFromJSON(r.AST)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if compareQuiet(mod, f, r) {
			pass++
		} else {
			fail++
			failed = append(failed, f)
		}
	}
	t.Logf("stdlib (CPython trees): %d files match, %d differ, %d rejected by CPython", pass, fail, cpyFail)
	if fail > 0 {
		t.Errorf("%d files differ, e.g. %s", fail, strings.Join(failed[:min(5, len(failed))], " "))
		explain(t, failed[:min(3, len(failed))], func(f string) (syntax.Mod, error) {
			r := python(t, []map[string]any{{"path": f, "ast": true, "code": true}})[0]
			return treeFromJSON(r.AST)
		})
	}
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
	return codeMatches(codeFlags(mod, filename), r.Code)
}

// explain logs full diffs for some files.
func explain(t *testing.T, files []string, tree func(string) (syntax.Mod, error)) {
	reqs := make([]map[string]any, len(files))
	for i, f := range files {
		reqs[i] = map[string]any{"path": f, "code": true}
	}
	for i, r := range python(t, reqs) {
		mod, err := tree(files[i])
		if err != nil {
			t.Logf("%s: %v", files[i], err)
			continue
		}
		compare(t, files[i], mod, r)
	}
}

// nodeTypes maps CPython's ast class names to our node types.
var nodeTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []syntax.Node{
		&syntax.Module{}, &syntax.Interactive{}, &syntax.Expression{}, &syntax.FunctionType{},
		&syntax.FunctionDef{}, &syntax.AsyncFunctionDef{}, &syntax.ClassDef{}, &syntax.Return{},
		&syntax.Delete{}, &syntax.Assign{}, &syntax.AugAssign{}, &syntax.AnnAssign{},
		&syntax.For{}, &syntax.AsyncFor{}, &syntax.While{}, &syntax.If{}, &syntax.With{},
		&syntax.AsyncWith{}, &syntax.Match{}, &syntax.Raise{}, &syntax.Try{}, &syntax.TryStar{},
		&syntax.Assert{}, &syntax.Import{}, &syntax.ImportFrom{}, &syntax.Global{},
		&syntax.Nonlocal{}, &syntax.Pass{}, &syntax.Break{}, &syntax.Continue{},
		&syntax.BoolOp{}, &syntax.NamedExpr{}, &syntax.BinOp{}, &syntax.UnaryOp{},
		&syntax.Lambda{}, &syntax.IfExp{}, &syntax.Dict{}, &syntax.Set{}, &syntax.ListComp{},
		&syntax.SetComp{}, &syntax.DictComp{}, &syntax.GeneratorExp{}, &syntax.Await{},
		&syntax.Yield{}, &syntax.YieldFrom{}, &syntax.Compare{}, &syntax.Call{},
		&syntax.FormattedValue{}, &syntax.JoinedStr{}, &syntax.Constant{}, &syntax.Attribute{},
		&syntax.Subscript{}, &syntax.Starred{}, &syntax.Name{}, &syntax.List{}, &syntax.Tuple{},
		&syntax.Slice{}, &syntax.ExceptHandler{}, &syntax.MatchValue{}, &syntax.MatchSingleton{},
		&syntax.MatchSequence{}, &syntax.MatchMapping{}, &syntax.MatchClass{}, &syntax.MatchStar{},
		&syntax.MatchAs{}, &syntax.MatchOr{}, &syntax.TypeIgnore{},
	} {
		typ := reflect.TypeOf(n).Elem()
		nodeTypes[typ.Name()] = typ
	}
	nodeTypes["Expr"] = reflect.TypeOf(syntax.ExprStmt{})
	nodeTypes["arguments"] = reflect.TypeOf(syntax.Arguments{})
	nodeTypes["arg"] = reflect.TypeOf(syntax.Arg{})
	nodeTypes["keyword"] = reflect.TypeOf(syntax.Keyword{})
	nodeTypes["alias"] = reflect.TypeOf(syntax.Alias{})
	nodeTypes["comprehension"] = reflect.TypeOf(syntax.Comprehension{})
	nodeTypes["withitem"] = reflect.TypeOf(syntax.WithItem{})
	nodeTypes["match_case"] = reflect.TypeOf(syntax.MatchCase{})
}

// treeFromJSON rebuilds a tree from symdump.py's JSON form of CPython's ast.
func treeFromJSON(raw json.RawMessage) (syntax.Mod, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := nodeFromJSON(v)
	if err != nil {
		return nil, err
	}
	mod, ok := n.Interface().(syntax.Mod)
	if !ok {
		return nil, fmt.Errorf("root is %v, not a module", n.Type())
	}
	return mod, nil
}

// nodeFromJSON builds a pointer to the node described by v.
func nodeFromJSON(v any) (reflect.Value, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return reflect.Value{}, fmt.Errorf("expected a node, got %T", v)
	}
	cls, _ := m["_"].(string)
	typ, ok := nodeTypes[cls]
	if !ok {
		return reflect.Value{}, fmt.Errorf("unknown node class %q", cls)
	}
	p := reflect.New(typ)
	s := p.Elem()
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		if f.Name == "Pos" {
			if at, ok := m["@"].([]any); ok && len(at) == 4 {
				s.Field(i).Set(reflect.ValueOf(syntax.Pos{
					Lineno: num(at[0]), ColOffset: num(at[1]), EndLineno: num(at[2]), EndColOffset: num(at[3])}))
			}
			continue
		}
		tag := f.Tag.Get("py")
		if tag == "" {
			continue
		}
		if err := setField(s.Field(i), m[tag]); err != nil {
			return reflect.Value{}, fmt.Errorf("%s.%s: %w", cls, tag, err)
		}
	}
	return p, nil
}

func num(v any) int {
	f, _ := v.(float64)
	return int(f)
}

// setField stores the JSON value v into the field dst.
func setField(dst reflect.Value, v any) error {
	if v == nil {
		return nil // None, or a Constant value we do not transmit
	}
	switch dst.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("expected a string, got %T", v)
		}
		dst.SetString(s)
	case reflect.Int, reflect.Uint8:
		f, ok := v.(float64)
		if !ok {
			return fmt.Errorf("expected a number, got %T", v)
		}
		if dst.Kind() == reflect.Int {
			dst.SetInt(int64(f))
		} else {
			dst.SetUint(uint64(f))
		}
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return fmt.Errorf("expected a list, got %T", v)
		}
		out := reflect.MakeSlice(dst.Type(), len(list), len(list))
		for i, x := range list {
			if err := setField(out.Index(i), x); err != nil {
				return err
			}
		}
		dst.Set(out)
	case reflect.Interface:
		if dst.Type() == reflect.TypeOf((*any)(nil)).Elem() {
			switch x := v.(type) {
			case string:
				dst.Set(reflect.ValueOf(x))
			case float64:
				dst.Set(reflect.ValueOf(int64(x)))
			}
			return nil
		}
		n, err := nodeFromJSON(v)
		if err != nil {
			return err
		}
		if !n.Type().Implements(dst.Type()) {
			return fmt.Errorf("%v is not a %v", n.Type(), dst.Type())
		}
		dst.Set(n)
	case reflect.Pointer:
		n, err := nodeFromJSON(v)
		if err != nil {
			return err
		}
		dst.Set(n)
	default:
		return fmt.Errorf("cannot fill a %v", dst.Type())
	}
	return nil
}

// BenchmarkBuildSymtable measures BuildSymtable on a large library module
// (its tree rebuilt from CPython's ast).
func BenchmarkBuildSymtable(b *testing.B) {
	r := python(b, []map[string]any{{"path": "/usr/lib/python3.11/typing.py", "ast": true}})[0]
	mod, err := treeFromJSON(r.AST)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := BuildSymtable(mod, "typing.py", 0); err != nil {
			b.Fatal(err)
		}
	}
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

// progGen writes random programs that mix every scoping construct over a
// small pool of names, so that the same name meets global, nonlocal, class
// scopes, comprehensions and walruses in many combinations.
type progGen struct {
	rnd   *rand.Rand
	b     strings.Builder
	depth int
}

var genNames = []string{"a", "b", "x", "x", "y", "__p", "super", "__class__", "self"}

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
	switch k := g.rnd.IntN(20); {
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
		g.line(ind, "try:")
		g.block(ind+1, false)
		g.line(ind, "except %s as %s:", g.name(), g.name())
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
	var pass, errs, unparsed, fail int
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
	t.Logf("random: %d programs (%d raise): %d match, %d differ, %d rejected by CPython's parser",
		n, errs, pass, fail, unparsed)
	if testing.Verbose() {
		for k, v := range kinds {
			t.Logf("%5d %s", v, k)
		}
	}
}
