// This file compares the view compiler with python3.11 over a sample of the
// standard library: every code object's co_code, co_names, co_linetable,
// co_exceptiontable, co_stacksize and number of constants must be equal.
// It reports the equality rate; CPYVIEW_ALL=1 samples the whole library.

package cpyview

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"krait/syntax"
)

type dumped struct {
	Q        string   `json:"q"`
	L        int      `json:"l"`
	Code     string   `json:"code"`
	Names    []string `json:"names"`
	LT       string   `json:"lt"`
	ET       string   `json:"et"`
	SS       int      `json:"ss"`
	NConsts  int      `json:"nconsts"`
	Varnames []string `json:"varnames"`
	Flags    uint32   `json:"flags"`
}

// sampleModules is the stdlib sample the test always checks.
var sampleModules = []string{"os", "re/_parser", "re/_compiler", "json/decoder", "json/encoder", "string",
	"textwrap", "fnmatch", "posixpath", "copy", "heapq", "bisect", "modulefinder", "dis", "inspect",
	"ast", "argparse", "functools", "collections/__init__", "enum", "dataclasses", "typing",
	"pathlib", "subprocess", "threading", "logging/__init__", "unittest/case", "asyncio/tasks",
	"asyncio/base_events", "email/message", "http/client", "urllib/parse", "tokenize", "pickle",
	"datetime", "decimal", "fractions", "statistics", "random", "shutil", "tempfile", "zipfile",
	"tarfile", "difflib", "pprint", "traceback", "contextlib", "abc", "weakref", "operator"}

func TestStdlibEquality(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	var files []string
	if os.Getenv("CPYVIEW_ALL") != "" {
		filepath.Walk("/usr/lib/python3.11", func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() && filepath.Ext(p) == ".py" && !slices.Contains(filepath.SplitList(p), "site-packages") {
				files = append(files, p)
			}
			return nil
		})
	} else {
		for _, m := range sampleModules {
			files = append(files, "/usr/lib/python3.11/"+m+".py")
		}
	}
	sort.Strings(files)
	total, equal := 0, 0
	for start := 0; start < len(files); start += 200 {
		batch := files[start:min(start+200, len(files))]
		out, err := exec.Command(py, append([]string{"testdata/codedump.py"}, batch...)...).Output()
		if err != nil {
			t.Fatal(err)
		}
		var want map[string][]dumped
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		for _, f := range batch {
			w, ok := want[f]
			if !ok {
				continue
			}
			n, eq, msg := compareFile(f, w)
			total += n
			equal += eq
			if msg != "" && os.Getenv("CPYVIEW_VERBOSE") != "" {
				t.Log(msg)
			}
		}
	}
	rate := 100 * float64(equal) / float64(max(total, 1))
	t.Logf("%d of %d code objects equal (%.1f%%)", equal, total, rate)
	if os.Getenv("CPYVIEW_ALL") == "" && rate < 99 {
		t.Errorf("equality rate %.1f%% below 99%%", rate)
	}
}

// compareFile compiles f and compares its code objects with want.
func compareFile(f string, want []dumped) (total, equal int, msg string) {
	src, err := os.ReadFile(f)
	if err != nil {
		return len(want), 0, err.Error()
	}
	root, err := Compile(src, false, f, syntax.ModeExec, 0, 0)
	if err != nil {
		return len(want), 0, fmt.Sprintf("%s: %v", f, err)
	}
	var got []*Code
	var walk func(*Code)
	walk = func(c *Code) {
		got = append(got, c)
		for _, k := range c.Consts {
			if sub, ok := k.(*Code); ok {
				walk(sub)
			}
		}
	}
	walk(root)
	if len(got) != len(want) {
		return len(want), 0, fmt.Sprintf("%s: %d code objects, want %d", f, len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		what := ""
		switch {
		case g.Unsupported != "":
			what = "unsupported: " + g.Unsupported
		case g.QualName != w.Q || g.FirstLineNo != w.L:
			what = fmt.Sprintf("name %s:%d", g.QualName, g.FirstLineNo)
		case hex.EncodeToString(g.Bytecode) != w.Code:
			what = "co_code"
		case !slices.Equal(g.Names, w.Names):
			what = "co_names"
		case len(g.Consts) != w.NConsts:
			what = fmt.Sprintf("%d consts, want %d", len(g.Consts), w.NConsts)
		case hex.EncodeToString(g.LineTable) != w.LT:
			what = "co_linetable"
		case hex.EncodeToString(g.ExcTable) != w.ET:
			what = "co_exceptiontable"
		case g.StackSize != w.SS:
			what = fmt.Sprintf("co_stacksize %d, want %d", g.StackSize, w.SS)
		case !slices.Equal(g.Varnames, w.Varnames):
			what = "co_varnames"
		case uint32(g.Flags) != w.Flags:
			what = fmt.Sprintf("co_flags %#x, want %#x", g.Flags, w.Flags)
		}
		total++
		if what == "" {
			equal++
		} else if msg == "" {
			msg = fmt.Sprintf("%s: %s:%d: %s", f, w.Q, w.L, what)
		}
	}
	return total, equal, msg
}
