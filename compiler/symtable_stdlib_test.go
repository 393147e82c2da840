// This file defines the tests of BuildSymtable on real code: every .py file
// of CPython's library, and the snippets hidden in CPython's test suite.

package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"krait/syntax"
)

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
	var total, errs, cerrs, pass, unparsed int
	var failed []pyReply
	for _, rep := range python(t, reqs) {
		for _, r := range rep.Cases {
			total++
			if r.Err != "" {
				errs++
			} else if r.Cerr != "" {
				cerrs++
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
	t.Logf("harvest: %d snippets (%d symtable errors, %d code generator errors): %d match, %d differ, %d not parsed by syntax.Parse",
		total, errs, cerrs, pass, len(failed), unparsed)
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

// BenchmarkCheckCodegen measures CheckCodegen on a large library module.
func BenchmarkCheckCodegen(b *testing.B) {
	r := python(b, []map[string]any{{"path": "/usr/lib/python3.11/typing.py", "ast": true}})[0]
	mod, err := treeFromJSON(r.AST)
	if err != nil {
		b.Fatal(err)
	}
	st, serr := BuildSymtable(mod, "typing.py", 0)
	if serr != nil {
		b.Fatal(serr)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := CheckCodegen(mod, st, CodegenOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
