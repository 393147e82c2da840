// This file builds the tables of tables.go with big-float arithmetic and
// checks that the committed ones are the same; `go test -run
// TestTablesUpToDate -update-tables` rewrites tables.go. The tables used to
// be built at init, which cost every Krait process 1.7 MB and about 3 ms.

package math

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	gomath "math"
	"math/big"
	"os"
	"strconv"
	"testing"
)

var updateTables = flag.Bool("update-tables", false, "rewrite tables.go from the big-float computation")

func TestTablesUpToDate(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("// This file defines the constant tables of exp and sin/cos. Code generated\n")
	b.WriteString("// by tables_test.go (go test -run TestTablesUpToDate -update-tables); DO NOT EDIT.\n\npackage math\n\n")
	b.WriteString("// expTab holds, for j in [0,128), the bits of T with 2**(j/128) ≈ H·(1+T),\n")
	b.WriteString("// and the bits of H minus j<<45 (so that adding k<<45 scales by 2**(k/128)).\n")
	b.WriteString("var expTab = [256]uint64{\n")
	for i, x := range buildExpTab() {
		fmt.Fprintf(&b, "%#016x,", x)
		if i%4 == 3 {
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n\n// sincosTab[4i:4i+4] holds sin(i/128) and cos(i/128), each as its nearest\n")
	b.WriteString("// double and the rounding error of that double.\nvar sincosTab = [440]float64{\n")
	for i, x := range buildSincosTab() {
		if x == 0 && gomath.Signbit(x) {
			t.Fatal("a negative zero cannot be written as a Go constant")
		}
		b.WriteString(strconv.FormatFloat(x, 'x', -1, 64) + ",")
		if i%4 == 3 {
			b.WriteString("\n")
		}
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if *updateTables {
		if err := os.WriteFile("tables.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("tables.go")
	if err != nil || !bytes.Equal(old, src) {
		t.Fatalf("tables.go is stale: run go test -run TestTablesUpToDate -update-tables (%v)", err)
	}
}

// buildExpTab computes expTab (glibc's e_exp_data.c) to 256 bits.
func buildExpTab() (tab [256]uint64) {
	const prec = 256
	root := new(big.Float).SetPrec(prec).SetInt64(2)
	for i := 0; i < 7; i++ {
		root.Sqrt(root) // 2**(1/128)
	}
	v := new(big.Float).SetPrec(prec).SetInt64(1)
	for j := 0; j < 128; j++ {
		h, _ := v.Float64()
		hb := new(big.Float).SetPrec(prec).SetFloat64(h)
		t := new(big.Float).SetPrec(prec).Sub(v, hb)
		t.Quo(t, hb)
		tf, _ := t.Float64()
		tab[2*j] = gomath.Float64bits(tf)
		tab[2*j+1] = gomath.Float64bits(h) - uint64(j)<<45
		v.Mul(v, root)
	}
	return tab
}

// buildSincosTab computes sincosTab (glibc's sincostab.c) to 200 bits.
func buildSincosTab() (tab [440]float64) {
	const prec = 200
	for i := 0; i < 110; i++ {
		x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(float64(i)), big.NewFloat(128))
		s, c := bigSinCos(x, prec)
		tab[4*i], tab[4*i+1] = splitBig(s)
		tab[4*i+2], tab[4*i+3] = splitBig(c)
	}
	return tab
}

// bigSinCos sums the Taylor series of sin and cos at x (|x| < 1).
func bigSinCos(x *big.Float, prec uint) (*big.Float, *big.Float) {
	s := new(big.Float).SetPrec(prec)
	c := new(big.Float).SetPrec(prec)
	term := new(big.Float).SetPrec(prec).SetInt64(1) // x**n / n!
	for n := 0; n < 60; n++ {
		switch n % 4 {
		case 0:
			c.Add(c, term)
		case 1:
			s.Add(s, term)
		case 2:
			c.Sub(c, term)
		case 3:
			s.Sub(s, term)
		}
		term.Mul(term, x)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(int64(n+1)))
	}
	return s, c
}
