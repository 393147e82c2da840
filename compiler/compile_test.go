// This file tests the code generator: golden listings of small functions,
// the whole standard library, and invariants of every code object.

package compiler

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"krait/syntax"
)

// compileSrc compiles a module from source.
func compileSrc(t testing.TB, src string) *Code {
	t.Helper()
	res, err := syntax.ParseString(src, "<test>", syntax.ModeExec)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	code, err := Compile(res.Tree, "<test>", syntax.ModeExec, Options{})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return code
}

func TestDisDebug(t *testing.T) {
	src := os.Getenv("KRAIT_DIS")
	if src == "" {
		t.Skip("set KRAIT_DIS to a file")
	}
	b, _ := os.ReadFile(src)
	t.Log("\n" + compileSrc(t, string(b)).Disassemble())
}

// verifyCode checks the invariants the interpreter relies on: every operand
// in range, jump targets at instruction starts, handlers in range.
func verifyCode(t testing.TB, c *Code) {
	t.Helper()
	starts := map[int]bool{}
	for pc := 0; pc < len(c.Instrs); {
		in := Decode(c.Instrs, pc)
		starts[pc] = true
		pc += in.Len
		if OpTable[in.Op].Branch() {
			pc++
		}
	}
	for pc := 0; pc < len(c.Instrs); {
		in := Decode(c.Instrs, pc)
		at := pc + in.Len - 1
		info := OpTable[in.Op]
		vals := [3]uint32{in.A, in.B, in.C}
		bad := func(what string, v uint32) {
			t.Errorf("%s pc %d %s: %s %d out of range\n%s", c.QualName, pc, info.Name, what, v, c.Disassemble())
		}
		for i, ch := range info.Operands() {
			v := vals[i]
			if in.Op == RAISE && int(in.C) <= i {
				continue // operands a, b are unused by a bare raise or raise x
			}
			switch ch {
			case 'r':
				if int(v) >= c.NumRegs {
					bad("register", v)
				}
			case 'k', 'K':
				if int(v) >= len(c.Consts) {
					bad("const", v)
				}
			case 'n', 'N':
				if int(v) >= len(c.Names) {
					bad("name", v)
				}
			case 'j', 'J':
				if !starts[int(v)] {
					bad("target", v)
				}
			case 'd':
				if int(v) > c.NumRegs {
					bad("delegate", v)
				}
			}
		}
		pc += in.Len
		if info.Branch() {
			if pc >= len(c.Instrs) || Opcode(c.Instrs[pc]) != JUMP || !starts[int(c.Instrs[pc]>>16)] {
				t.Errorf("%s pc %d: branch without a valid JUMP word", c.QualName, at)
			}
			pc++
		}
	}
	for _, e := range c.ExcTable {
		if !starts[int(e.Handler)] || int(e.Reg)+1 >= c.NumRegs+1 || e.Start >= e.End {
			t.Errorf("%s: bad exception entry %+v", c.QualName, e)
		}
	}
	if n := len(c.Positions()); n != len(c.Instrs) {
		t.Errorf("%s: %d positions for %d words", c.QualName, n, len(c.Instrs))
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			verifyCode(t, sub)
		}
	}
}

// TestCompileStdlib compiles every library file that CPython compiles.
func TestCompileStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	files := stdlibFiles(t)
	var ok, perr, cerr int
	var failed []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, e := syntax.Parse(src, f, syntax.ModeExec)
		if e != nil {
			perr++
			continue
		}
		code, e := Compile(res.Tree, f, syntax.ModeExec, Options{})
		if e != nil {
			cerr++
			failed = append(failed, f+"\t"+e.Msg)
			continue
		}
		verifyCode(t, code)
		ok++
	}
	t.Logf("compiled %d files; %d not parsed; %d compile errors", ok, perr, cerr)
	// The files we reject must be those CPython rejects, with its message.
	if len(failed) > 0 {
		if _, err := exec.LookPath("python3.11"); err != nil {
			t.Skip("no python3.11")
		}
		script := `import sys
for line in sys.stdin:
    f, msg = line.rstrip("\n").split("\t")
    try:
        compile(open(f, "rb").read(), f, "exec")
        print("compiled", f)
    except SyntaxError as e:
        if e.msg != msg:
            print("message", f, repr(e.msg), repr(msg))
`
		cmd := exec.Command("python3.11", "-c", script)
		var in strings.Builder
		for _, f := range failed {
			in.WriteString(f + "\n")
		}
		cmd.Stdin = strings.NewReader(in.String())
		out, err := cmd.CombinedOutput()
		if err != nil || len(out) > 0 {
			t.Errorf("CPython disagrees: %v\n%s", err, out)
		}
	}
}

func readFile(f string) ([]byte, error) { return os.ReadFile(f) }
