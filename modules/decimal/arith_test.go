// This file tests the dec arithmetic against python3.11's decimal module:
// random operands under several precisions and rounding modes, every
// result and condition set compared.

package cdecimal

import (
	"fmt"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
)

// oracleScript reads "op prec rounding a b" lines and prints each
// result with the sorted names of the flags raised.
const oracleScript = `
import sys
from decimal import *
ops = {'add': lambda c, a, b: c.add(a, b), 'sub': lambda c, a, b: c.subtract(a, b),
       'mul': lambda c, a, b: c.multiply(a, b), 'div': lambda c, a, b: c.divide(a, b),
       'divint': lambda c, a, b: c.divide_int(a, b), 'rem': lambda c, a, b: c.remainder(a, b),
       'quantize': lambda c, a, b: c.quantize(a, b), 'sqrt': lambda c, a, b: c.sqrt(a),
       'plus': lambda c, a, b: c.plus(a), 'normalize': lambda c, a, b: c.normalize(a)}
for line in sys.stdin:
    op, prec, rounding, a, b = line.split()
    c = Context(prec=int(prec), rounding=rounding, Emin=-40, Emax=40, traps=[])
    r = ops[op](c, Decimal(a), Decimal(b))
    print(r, ','.join(sorted(k.__name__ for k, v in c.flags.items() if v)))
`

var goOps = map[string]func(x, y *dec, p *params, st *uint32) dec{
	"add": addDec, "sub": subDec, "mul": mulDec, "div": divDec, "divint": floorDivDec, "rem": remDec,
	"quantize":  func(x, y *dec, p *params, st *uint32) dec { return quantizeDec(x, y, p.round, p, st) },
	"sqrt":      func(x, _ *dec, p *params, st *uint32) dec { return sqrtDec(x, p, st) },
	"plus":      func(x, _ *dec, p *params, st *uint32) dec { return plusDec(x, false, p, st) },
	"normalize": func(x, _ *dec, p *params, st *uint32) dec { return normalizeDec(x, p, st) },
}

// flagNames lists the signals set in st, sorted by name, as the oracle does.
func flagNames(st uint32) string {
	names := map[uint32]string{condClamped: "Clamped", condDivByZero: "DivisionByZero", condInexact: "Inexact",
		condFloatOp: "FloatOperation", condOverflow: "Overflow", condRounded: "Rounded",
		condSubnormal: "Subnormal", condUnderflow: "Underflow"}
	var out []string
	for bit, n := range names {
		if st&bit != 0 {
			out = append(out, n)
		}
	}
	if st&condIEEEInvalid != 0 {
		out = append(out, "InvalidOperation")
	}
	sortStrings(out)
	return strings.Join(out, ",")
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func randomOperand(r *rand.Rand) string {
	switch r.Intn(12) {
	case 0:
		return []string{"Inf", "-Inf", "NaN", "-sNaN3", "0", "-0", "0E-50", "0E+50"}[r.Intn(8)]
	}
	digits := r.Intn(15) + 1
	var b strings.Builder
	if r.Intn(3) == 0 {
		b.WriteByte('-')
	}
	for i := 0; i < digits; i++ {
		b.WriteByte(byte('0' + r.Intn(10)))
	}
	fmt.Fprintf(&b, "E%d", r.Intn(60)-30)
	return b.String()
}

func TestArithmeticOracle(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	r := rand.New(rand.NewSource(1))
	ops := []string{"add", "sub", "mul", "div", "divint", "rem", "quantize", "sqrt", "plus", "normalize"}
	var lines []string
	for i := 0; i < 6000; i++ {
		prec := []int{1, 3, 9, 16, 28}[r.Intn(5)]
		lines = append(lines, fmt.Sprintf("%s %d %s %s %s", ops[r.Intn(len(ops))], prec,
			roundNames[r.Intn(len(roundNames))], randomOperand(r), randomOperand(r)))
	}
	cmd := exec.Command(py, "-c", oracleScript)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	want := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	for i, line := range lines {
		f := strings.Fields(line)
		var prec int64
		fmt.Sscan(f[1], &prec)
		mode := 0
		for j, n := range roundNames {
			if n == f[2] {
				mode = j
			}
		}
		p := params{prec: prec, emax: 40, emin: -40, round: mode}
		x, _ := parseDecimal(f[3])
		y, _ := parseDecimal(f[4])
		var st uint32
		res := goOps[f[0]](&x, &y, &p, &st)
		got := toString(&res, false, true) + " " + flagNames(st)
		if got != want[i] {
			t.Errorf("%s: got %q, want %q", line, got, want[i])
		}
	}
}

func TestToStringAndParse(t *testing.T) {
	for _, c := range []struct{ in, sci, eng string }{
		{"123.45", "123.45", "123.45"}, {"1E+7", "1E+7", "10E+6"}, {"-0.0000001", "-1E-7", "-100E-9"},
		{"0E+4", "0E+4", "0.00E+6"}, {"sNaN012", "sNaN12", "sNaN12"}, {"-inf", "-Infinity", "-Infinity"},
		{".5", "0.5", "0.5"}, {"12E-3", "0.012", "0.012"},
	} {
		d, ok := parseDecimal(c.in)
		if !ok {
			t.Fatalf("parse %q failed", c.in)
		}
		if s := toString(&d, false, true); s != c.sci {
			t.Errorf("sci(%q) = %q, want %q", c.in, s, c.sci)
		}
		if s := toString(&d, true, true); s != c.eng {
			t.Errorf("eng(%q) = %q, want %q", c.in, s, c.eng)
		}
	}
	for _, bad := range []string{"", "1e", "e5", "1.2.3", "--1", "NaNx", "infinit", "1e+"} {
		if _, ok := parseDecimal(bad); ok {
			t.Errorf("parse %q succeeded", bad)
		}
	}
}
