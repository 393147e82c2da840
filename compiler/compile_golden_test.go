// This file defines golden tests of the code generated for small
// functions: register counts and instruction shapes.

package compiler

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"krait/syntax"
)

// funcCode compiles src and returns the code of its first function.
func funcCode(t *testing.T, src string) *Code {
	t.Helper()
	mod := compileSrc(t, src)
	verifyCode(t, mod)
	for _, k := range mod.Consts {
		if c, ok := k.(*Code); ok {
			return c
		}
	}
	t.Fatal("no function")
	return nil
}

// shape lists the opcode names of c, one per instruction.
func shape(c *Code) string {
	var ops []string
	for pc := 0; pc < len(c.Instrs); {
		in := Decode(c.Instrs, pc)
		ops = append(ops, OpTable[in.Op].Name)
		pc += in.Len
		if OpTable[in.Op].Branch() {
			pc++
		}
	}
	return strings.Join(ops, " ")
}

func TestGolden(t *testing.T) {
	cases := []struct {
		name, src string
		regs      int
		shape     string
	}{
		{"range loop", "def f(n):\n total = 0\n for i in range(n):\n  total += i*2\n return total\n", 5,
			"LOAD_CONST LOAD_GLOBAL MOVE CALL GET_ITER FOR_ITER MUL_K IADD FOR_LOOP RETURN"},
		{"compare and branch", "def f(a, b):\n if a < b:\n  return a\n return b\n", 2,
			"IF_LT RETURN RETURN"},
		{"constant compare", "def f(a):\n if a == 3 and a is not None:\n  return 1\n", 1,
			"IF_EQ_K JUMP_IF_NONE RETURN_CONST RETURN_CONST"},
		{"method call", "def f(o, x):\n return o.m(x, k=1)\n", 6,
			"LOAD_METHOD MOVE LOAD_CONST CALL_METHOD_KW RETURN"},
		{"folding", "def f():\n return (-5, 2**10, 'a'*3, 1+2j)\n", 0, "RETURN_CONST"},
		{"in list", "def f(x):\n return x in [1, 2]\n", 3, "LOAD_CONST IN RETURN"},
		{"while", "def f(n):\n while n > 0:\n  n -= 1\n return n\n", 1,
			"IF_GT_K ISUB_K IF_GT_K RETURN"},
		{"swap", "def f(a, b):\n a, b = b, a\n return a\n", 4, "MOVE MOVE MOVE MOVE RETURN"},
		{"closure", "def f(x):\n def g():\n  return x\n return g\n", 5,
			"MOVE BUILD_TUPLE MAKE_FUNCTION MOVE RETURN"},
		{"generator", "def f(xs):\n for x in xs:\n  yield x\n", 4,
			"GET_ITER FOR_ITER YIELD_VALUE FOR_LOOP RETURN_CONST"},
		{"yield from", "def f(xs):\n return (yield from xs)\n", 4,
			"GET_YIELD_FROM_ITER LOAD_NONE SEND YIELD_VALUE JUMP_BACK MOVE RETURN"},
		{"try", "def f():\n try:\n  g()\n except E:\n  pass\n", 6,
			"NOP LOAD_GLOBAL CALL JUMP PUSH_EXC_INFO LOAD_GLOBAL CHECK_EXC_MATCH JUMP_IF_FALSE NOP POP_EXCEPT CLEAR JUMP RERAISE POP_EXCEPT CLEAR RERAISE RETURN_CONST"},
		{"with", "def f(m):\n with m as x:\n  return x\n", 13,
			"BEFORE_WITH MOVE MOVE LOAD_NONE LOAD_NONE LOAD_NONE CALL RETURN MOVE LOAD_NONE LOAD_NONE LOAD_NONE CALL JUMP PUSH_EXC_INFO WITH_EXCEPT_START JUMP_IF_TRUE RERAISE POP_EXCEPT CLEAR JUMP POP_EXCEPT CLEAR RERAISE RETURN_CONST"},
		{"listcomp", "def f(xs):\n return [x for x in xs]\n", 3,
			"MAKE_FUNCTION MOVE GET_ITER CALL RETURN"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := funcCode(t, tc.src)
			if got := shape(c); got != tc.shape || c.NumRegs != tc.regs {
				t.Errorf("got regs=%d\n%s\nwant regs=%d\n%s\n%s", c.NumRegs, got, tc.regs, tc.shape, c.Disassemble())
			}
		})
	}
}

// TestBoundChecks checks that CHECK_FAST stays exactly where a local may be
// unbound.
func TestBoundChecks(t *testing.T) {
	cases := []struct {
		src    string
		checks int
	}{
		{"def f(c):\n if c:\n  x = 1\n return x\n", 1},
		{"def f(c):\n if c:\n  x = 1\n else:\n  x = 2\n return x\n", 0},
		{"def f(xs):\n for x in xs:\n  pass\n return x\n", 1},
		{"def f(xs):\n for x in xs:\n  print(x)\n", 0},
		{"def f(a):\n del a\n return a\n", 1},
		{"def f(a):\n while a:\n  print(a)\n  del a\n", 1},
		{"def f():\n try:\n  y = g()\n except E:\n  return y\n return y\n", 1},
		{"def f(n):\n i = 0\n while i < n:\n  i += 1\n return i\n", 0},
		{"def f():\n [x for x in y]\n return x\n", 0}, // x is a global here
	}
	for _, tc := range cases {
		c := funcCode(t, tc.src)
		if got := strings.Count(shape(c), "CHECK_FAST"); got != tc.checks {
			t.Errorf("%s: %d checks, want %d\n%s", tc.src, got, tc.checks, c.Disassemble())
		}
	}
}

// TestWideOperands compiles code whose registers, constants and jump
// targets need EXT prefixes.
func TestWideOperands(t *testing.T) {
	var b strings.Builder
	b.WriteString("def f(c):\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, " v%d = %d\n", i, i*7919)
	}
	b.WriteString(" if c:\n")
	for i := 0; i < 35000; i++ {
		fmt.Fprintf(&b, "  v%d += 1\n", i%300)
	}
	b.WriteString(" return v299\n")
	c := funcCode(t, b.String())
	if c.NumRegs < 300 || len(c.Instrs) < 70000 {
		t.Fatalf("regs=%d words=%d", c.NumRegs, len(c.Instrs))
	}
	ext := 0
	for _, w := range c.Instrs {
		if Opcode(w) == EXT {
			ext++
		}
	}
	if ext == 0 {
		t.Error("no EXT prefixes")
	}
	// The branch over the body must land on the return.
	in := Decode(c.Instrs, 0)
	for pc := 0; in.Op != JUMP_IF_FALSE; {
		pc += in.Len
		in = Decode(c.Instrs, pc)
		if pc > 3000 {
			t.Fatal("no JUMP_IF_FALSE")
		}
	}
	if tgt := Decode(c.Instrs, int(in.B)); tgt.Op != RETURN {
		t.Errorf("jump lands on %s", OpTable[tgt.Op].Name)
	}
}

func compileMode(t *testing.T, src string, mode syntax.Mode, opt int) *Code {
	t.Helper()
	res, err := syntax.ParseString(src, "<test>", mode)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Compile(res.Tree, "<test>", mode, Options{Optimize: opt})
	if err != nil {
		t.Fatal(err)
	}
	verifyCode(t, c)
	return c
}

func TestModesAndOptimize(t *testing.T) {
	if got := shape(compileMode(t, "a + 1", syntax.ModeEval, 0)); got != "LOAD_NAME ADD_K RETURN" {
		t.Errorf("eval: %s", got)
	}
	if got := shape(compileMode(t, "for i in x: i\n", syntax.ModeSingle, 0)); !strings.Contains(got, "PRINT_EXPR") {
		t.Errorf("single: %s", got)
	}
	src := "'''doc'''\ndef f():\n '''fdoc'''\n assert x, 'm'\n if __debug__:\n  g()\n"
	for opt, want := range []string{"fdoc", "fdoc", "<nil>"} {
		mod := compileMode(t, src, syntax.ModeExec, opt)
		f := mod.Consts[slices.IndexFunc(mod.Consts, func(k any) bool { _, ok := k.(*Code); return ok })].(*Code)
		if fmt.Sprint(f.Consts[0]) != want {
			t.Errorf("-O%d: docstring %v", opt, f.Consts[0])
		}
		hasAssert := strings.Contains(shape(f), "LOAD_ASSERTION_ERROR")
		hasDebug := strings.Contains(shape(f), "CALL")
		if hasAssert != (opt == 0) || hasDebug != (opt == 0) {
			t.Errorf("-O%d: assert %v, __debug__ block %v\n%s", opt, hasAssert, hasDebug, f.Disassemble())
		}
		hasModDoc := slices.Contains(mod.Names, "__doc__")
		if hasModDoc != (opt < 2) {
			t.Errorf("-O%d: module docstring stored: %v", opt, hasModDoc)
		}
	}
}

// TestFormatRewrite checks the rewriting of %-formatting into f-strings
// against the cases python3.11 rewrites (or not).
func TestFormatRewrite(t *testing.T) {
	cases := map[string]string{
		"'%5s' % (x,)":      "LOAD_NAME LOAD_CONST FORMAT_VALUE RETURN",
		"'%123s' % (x,)":    "LOAD_CONST LOAD_NAME BUILD_TUPLE MOD RETURN",
		"'%.99s' % (x,)":    "LOAD_NAME LOAD_CONST FORMAT_VALUE RETURN",
		"'%.100s' % (x,)":   "LOAD_CONST LOAD_NAME BUILD_TUPLE MOD RETURN",
		"'%%%s%%' % (x,)":   "LOAD_CONST LOAD_NAME FORMAT_VALUE LOAD_CONST BUILD_STRING RETURN",
		"'%s' % (x, y)":     "LOAD_CONST LOAD_NAME LOAD_NAME BUILD_TUPLE MOD RETURN",
		"'%5d' % (x,)":      "LOAD_CONST LOAD_NAME BUILD_TUPLE MOD RETURN",
		"'a%sb%r' % (x, y)": "LOAD_CONST LOAD_NAME FORMAT_VALUE LOAD_CONST LOAD_NAME FORMAT_VALUE BUILD_STRING RETURN",
		"'%s' % (1,)":       "LOAD_CONST MOD_K RETURN", // str % is never folded
	}
	for src, want := range cases {
		c := compileMode(t, src, syntax.ModeEval, 0)
		if got := shape(c); got != want {
			t.Errorf("%s: %s, want %s\n%s", src, got, want, c.Disassemble())
		}
	}
	c := compileMode(t, "'%-5s|%.3r|%5.3a' % (x, y, z)", syntax.ModeEval, 0)
	var specs []string
	for _, k := range c.Consts {
		specs = append(specs, ConstRepr(k))
	}
	if got := strings.Join(specs, " "); got != "'5' '|' '.3' '>5.3'" {
		t.Errorf("specs %s", got)
	}
}

// TestLongChains guards against quadratic folding of long operator chains.
func TestLongChains(t *testing.T) {
	// A long left-nested chain must compile (no deep recursion limit hit,
	// no blow-up); its speed is measured by benchmarks, not asserted here.
	src := "x = a" + strings.Repeat(" + a", 2000) + "\n"
	compileMode(t, src, syntax.ModeExec, 0)
}
