// This file tests the uint64 and three-word fast paths against
// python3.11's decimal module: operands either side of 2**64 and 2**128,
// precisions around 19, 28 and 37 digits, every rounding mode, and
// exponent ranges both wide and narrow enough to overflow or go
// subnormal.

package cdecimal

import (
	"fmt"
	"math/rand"
	"os/exec"
	"strings"
	"testing"
)

const wideOracleScript = `
import sys
from decimal import *
ops = {'add': lambda c, a, b: c.add(a, b), 'sub': lambda c, a, b: c.subtract(a, b),
       'mul': lambda c, a, b: c.multiply(a, b), 'div': lambda c, a, b: c.divide(a, b),
       'quantize': lambda c, a, b: c.quantize(a, b), 'cmp': lambda c, a, b: c.compare(a, b)}
for line in sys.stdin:
    op, prec, rounding, emax, a, b = line.split()
    c = Context(prec=int(prec), rounding=rounding, Emin=-int(emax), Emax=int(emax), traps=[])
    r = ops[op](c, Decimal(a), Decimal(b))
    print(r, ','.join(sorted(k.__name__ for k, v in c.flags.items() if v)))
`

// wideOperand returns a number of 1 to 40 digits, often near a power of
// two or ten that bounds a word.
func wideOperand(r *rand.Rand) string {
	var digits string
	switch r.Intn(4) {
	case 0:
		n := []string{"18446744073709551615", "18446744073709551616", "9999999999999999999",
			"10000000000000000000", "340282366920938463463374607431768211455",
			"340282366920938463463374607431768211456", "99999999999999999999999999999"}[r.Intn(7)]
		digits = n
	default:
		var b strings.Builder
		for i, n := 0, r.Intn(40)+1; i < n; i++ {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		digits = b.String()
	}
	sign := ""
	if r.Intn(3) == 0 {
		sign = "-"
	}
	return fmt.Sprintf("%s%sE%d", sign, digits, r.Intn(40)-20)
}

func TestWideArithmeticOracle(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	r := rand.New(rand.NewSource(11))
	ops := []string{"add", "sub", "mul", "div", "quantize", "cmp"}
	var lines []string
	for i := 0; i < 8000; i++ {
		prec := []int{5, 18, 19, 20, 28, 36, 37, 38, 50}[r.Intn(9)]
		emax := []int{30, 60, 999999}[r.Intn(3)]
		lines = append(lines, fmt.Sprintf("%s %d %s %d %s %s", ops[r.Intn(len(ops))], prec,
			roundNames[r.Intn(len(roundNames))], emax, wideOperand(r), wideOperand(r)))
	}
	// Divisions at prec 36 and 37 of up to two words by one word: the
	// quotient can reach three words.
	for i := 0; i < 3000; i++ {
		x := fmt.Sprint(r.Uint64()) + fmt.Sprint(r.Uint64() | 1<<63)[:r.Intn(19)+1]
		y := fmt.Sprint(r.Uint64() >> uint(r.Intn(60)))
		lines = append(lines, fmt.Sprintf("div %d %s 999999 %sE%d %s", 36+r.Intn(2),
			roundNames[r.Intn(len(roundNames))], x, r.Intn(20)-10, y))
	}
	cmd := exec.Command(py, "-c", wideOracleScript)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	want := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	cmpOp := func(x, y *dec, p *params, st *uint32) dec {
		return finiteU(cmpDec(x, y) < 0, uint64(min(1, abs(cmpDec(x, y)))), 0)
	}
	for i, line := range lines {
		f := strings.Fields(line)
		var prec, emax int64
		fmt.Sscan(f[1], &prec)
		fmt.Sscan(f[3], &emax)
		mode := 0
		for j, n := range roundNames {
			if n == f[2] {
				mode = j
			}
		}
		p := params{prec: prec, emax: emax, emin: -emax, round: mode}
		x, _ := parseDecimal(f[4])
		y, _ := parseDecimal(f[5])
		var st uint32
		var res dec
		if f[0] == "cmp" {
			res = cmpOp(&x, &y, &p, &st)
		} else {
			res = goOps[f[0]](&x, &y, &p, &st)
		}
		got := toString(&res, false, true) + " " + flagNames(st)
		if got != want[i] {
			t.Errorf("%s: got %q, want %q", line, got, want[i])
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
