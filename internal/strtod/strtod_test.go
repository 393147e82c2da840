package strtod

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
	"testing"

	"krait/internal/pyoracle"
)

// TestLongInputs compares long decimal strings near rounding boundaries
// with CPython's float().
func TestLongInputs(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var cases []string
	cases = append(cases, "1"+strings.Repeat("0", 10000)+"e-10000", "0."+strings.Repeat("0", 19999)+"1e+20000",
		"-"+strings.Repeat("0", 900)+"1.5", strings.Repeat("9", 1000)+"e-1000", "0."+strings.Repeat("0", 1000))
	for j := 0; j < 300; j++ {
		n := r.Intn(1500) + 700
		var b strings.Builder
		b.WriteString(fmt.Sprint(1 + r.Intn(9)))
		for k := 1; k < n; k++ {
			b.WriteByte(byte('0' + r.Intn(10)))
		}
		cases = append(cases, fmt.Sprintf("%se%d", b.String(), r.Intn(700)-350-n))
	}
	// Exact halfway points between doubles, and just above and below them.
	cases = append(cases, "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125001e-324")
	want := pyoracle.Lines(t, "import sys, struct\nfor line in sys.stdin:\n    print(struct.unpack('<Q', struct.pack('<d', float(line)))[0])\n", cases)
	for i, c := range cases {
		f, _ := ParseFloat(c)
		if g := fmt.Sprint(math.Float64bits(f)); g != want[i] {
			t.Errorf("%.40s... (%d chars): got %x, want bits %s", c, len(c), f, want[i])
		}
	}
}
