// This file defines golden tests of the code generated for small
// functions: register counts and instruction shapes.

package compiler

import (
	"strings"
	"testing"
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
			"LOAD_GLOBAL CALL JUMP PUSH_EXC_INFO LOAD_GLOBAL CHECK_EXC_MATCH JUMP_IF_FALSE NOP POP_EXCEPT JUMP RERAISE POP_EXCEPT RERAISE RETURN_CONST"},
		{"with", "def f(m):\n with m as x:\n  return x\n", 13,
			"BEFORE_WITH MOVE MOVE LOAD_NONE LOAD_NONE LOAD_NONE CALL RETURN MOVE LOAD_NONE LOAD_NONE LOAD_NONE CALL JUMP PUSH_EXC_INFO WITH_EXCEPT_START JUMP_IF_TRUE RERAISE POP_EXCEPT JUMP POP_EXCEPT RERAISE RETURN_CONST"},
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
