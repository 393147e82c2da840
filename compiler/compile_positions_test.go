// This file compares the source positions of the instructions that can
// raise (the carets of tracebacks) with CPython 3.11's, per kind of
// instruction and code object, on a sample of the standard library.

package compiler

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"

	"krait/syntax"
)

// posKind maps our opcodes to the kinds of testdata/codegen/positions.py.
func posKind(op Opcode) string {
	switch {
	case op >= ADD && op <= IFLOORDIV_K:
		return "binop"
	case op >= EQ && op <= NOT_IN, op >= IF_EQ && op <= IF_NOT_IN_K:
		return "compare"
	}
	switch op {
	case GET_ITEM, GET_SLICE:
		return "getitem"
	case SET_ITEM, SET_SLICE:
		return "setitem"
	case CALL, CALL_KW, CALL_METHOD, CALL_METHOD_KW, CALL_EX:
		return "call"
	case LOAD_ATTR:
		return "attr"
	case LOAD_METHOD:
		return "method"
	case STORE_ATTR:
		return "storeattr"
	case LOAD_GLOBAL:
		return "global"
	case GET_ITER:
		return "iter"
	case FOR_ITER, FOR_LOOP:
		return "foriter"
	case UNPACK_SEQUENCE, UNPACK_EX:
		return "unpack"
	case RAISE:
		return "raise"
	case IMPORT_NAME:
		return "import"
	case IMPORT_FROM:
		return "importfrom"
	}
	return ""
}

// positionSets returns kind → set of "qualname line endline col endcol".
func positionSets(c *Code, out map[string]map[string]bool) {
	pos := c.Positions()
	for pc := 0; pc < len(c.Instrs); {
		in := Decode(c.Instrs, pc)
		at := pc + in.Len - 1
		if k := posKind(in.Op); k != "" {
			p := pos[at]
			if out[k] == nil {
				out[k] = map[string]bool{}
			}
			out[k][fmt.Sprintf("%s %d %d %d %d", c.QualName, p.Line, p.EndLine, p.Col, p.EndCol)] = true
		}
		pc += in.Len
		if OpTable[in.Op].Branch() {
			pc++
		}
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			positionSets(sub, out)
		}
	}
}

func TestPositionsMatchCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("no python3.11")
	}
	var files []string
	for i, f := range stdlibFiles(t) {
		if i%40 == 0 {
			files = append(files, f)
		}
	}
	cmd := exec.Command("python3.11", "testdata/codegen/positions.py")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	total, missing := map[string]int{}, map[string]int{}
	examples := map[string][]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var rec struct {
			Path  string
			Kinds map[string][][]any
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
		ours := map[string]map[string]bool{}
		positionSets(code, ours)
		for k, list := range rec.Kinds {
			for _, p := range list {
				key := fmt.Sprintf("%v %v %v %v %v", p[0], p[1], p[2], p[3], p[4])
				total[k]++
				if !ours[k][key] {
					missing[k]++
					if len(examples[k]) < 3 {
						examples[k] = append(examples[k], rec.Path+": "+key)
					}
				}
			}
		}
	}
	var kinds []string
	for k := range total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%-10s %6d positions, %5d not produced %v", k, total[k], missing[k], examples[k])
		if missing[k]*100 > total[k] {
			t.Errorf("%s: %d of %d CPython positions missing", k, missing[k], total[k])
		}
	}
}
