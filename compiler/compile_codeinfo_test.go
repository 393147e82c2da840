// This file compares the metadata of every code object (names, first line,
// flags, argument counts, varnames, cellvars, freevars) with CPython 3.11's
// on a sample of the standard library.

package compiler

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"krait/syntax"
)

type codeInfo struct {
	Name, Qualname               string
	Line, Flags                  int
	Argcount, Posonly, Kwonly    int
	Varnames, Cellvars, Freevars []string
	Consts                       []string
}

func (c *Code) infos(out map[string]string) {
	ci := codeInfo{Name: c.Name, Qualname: c.QualName, Line: c.FirstLineNo, Flags: int(c.Flags),
		Argcount: c.ArgCount, Posonly: c.PosOnlyArgCount, Kwonly: c.KwOnlyArgCount,
		Varnames: c.Varnames, Cellvars: c.Cellvars, Freevars: c.Freevars}
	for _, k := range c.Consts {
		switch k.(type) {
		case *Code, FrozenSet:
		default:
			ci.Consts = append(ci.Consts, ConstRepr(k))
		}
	}
	key := fmt.Sprintf("%s:%d", c.QualName, c.FirstLineNo)
	for n := 1; ; n++ {
		if _, dup := out[key+fmt.Sprint("#", n)]; !dup {
			out[key+fmt.Sprint("#", n)] = ci.String()
			break
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			sub.infos(out)
		}
	}
}

func (ci codeInfo) String() string {
	s := fmt.Sprintf("name=%s flags=%#x args=%d/%d/%d varnames=%v cellvars=%v freevars=%v",
		ci.Name, ci.Flags, ci.Argcount, ci.Posonly, ci.Kwonly, ci.Varnames, ci.Cellvars, ci.Freevars)
	if ci.Consts != nil {
		b, _ := json.Marshal(ci.Consts)
		s += " consts=" + string(b)
	}
	return s
}

// missingConsts returns the constants of want that the description got
// (from codeInfo.String) lacks. CPython's constants must all be ours; we may
// have more (e.g. the level of an import).
func missingConsts(got string, want []string) []string {
	var have []string
	if i := strings.Index(got, " consts="); i >= 0 {
		json.Unmarshal([]byte(got[i+len(" consts="):]), &have)
	}
	set := map[string]bool{}
	for _, h := range have {
		set[h] = true
	}
	var out []string
	for _, w := range want {
		if w == "None" || w == "True" || w == "False" {
			continue // LOAD_NONE, LOAD_TRUE, LOAD_FALSE
		}
		if !set[w] {
			out = append(out, w)
		}
	}
	return out
}

func TestCodeInfoMatchesCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("no python3.11")
	}
	var files []string
	for i, f := range stdlibFiles(t) {
		if i%20 == 3 {
			files = append(files, f)
		}
	}
	cmd := exec.Command("python3.11", "testdata/codegen/codeinfo.py")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(nil, 1<<26)
	total, bad, constDiffs := 0, 0, 0
	for sc.Scan() {
		var rec struct {
			Path  string
			Codes []codeInfo
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		src, _ := os.ReadFile(rec.Path)
		res, perr := syntax.Parse(src, rec.Path, syntax.ModeExec)
		if perr != nil {
			continue
		}
		code, cerr := Compile(res.Tree, rec.Path, syntax.ModeExec, Options{})
		if cerr != nil {
			continue
		}
		ours := map[string]string{}
		code.infos(ours)
		seen := map[string]int{}
		for _, ci := range rec.Codes {
			total++
			key := fmt.Sprintf("%s:%d", ci.Qualname, ci.Line)
			seen[key]++
			key += fmt.Sprint("#", seen[key])
			wantConsts := ci.Consts
			ci.Consts = nil
			want := ci.String()
			got := ours[key]
			if missing := missingConsts(got, wantConsts); missing != nil {
				// Known: CPython 3.11 turns '%s' % (a, b) into an f-string
				// and builds dicts with constant keys from a key tuple.
				constDiffs++
				if constDiffs <= 5 {
					t.Logf("%s %s: constants %q missing", rec.Path, key, missing)
				}
			}
			if i := strings.Index(got, " consts="); i >= 0 {
				got = got[:i]
			}
			if got != want {
				bad++
				if bad <= 15 {
					t.Errorf("%s %s:\n got %s\nwant %s", rec.Path, key, got, want)
				}
			}
		}
	}
	t.Logf("%d code objects, %d differ, %d lack some of CPython's constants", total, bad, constDiffs)
	if constDiffs*20 > total {
		t.Errorf("too many code objects (%d) lack CPython's constants", constDiffs)
	}
}
