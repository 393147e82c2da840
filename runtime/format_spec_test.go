// This file defines the tests of the format-spec mini-language against python3.11's format()
// for str, int, float and complex values, and fuzzes the spec parser.
package runtime

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

// randomSpec builds a spec from the grammar's pieces, sometimes with a stray or
// misplaced character so the error paths are exercised too.
func randomSpec(r *rand.Rand, types string) string {
	var b strings.Builder
	pick := func(p int, s ...string) {
		if r.Intn(100) < p {
			b.WriteString(s[r.Intn(len(s))])
		}
	}
	pick(15, "*", "0", "x", "€", "<", " ")
	pick(40, "<", ">", "=", "^")
	pick(30, "+", "-", " ")
	pick(10, "z")
	pick(20, "#")
	pick(20, "0")
	pick(50, "1", "5", "8", "12", "25", "٣", "0")
	pick(20, ",", "_", ",_", "_,")
	pick(40, ".0", ".1", ".3", ".6", ".12", ".17", ".30", ".", ".٢")
	if r.Intn(100) < 80 {
		b.WriteByte(types[r.Intn(len(types))])
	}
	pick(3, "x", "ab", "\x01")
	return b.String()
}

func randomBigInt(r *rand.Rand) *big.Int {
	switch r.Intn(5) {
	case 0:
		return big.NewInt(int64(r.Intn(200) - 100))
	case 1:
		return big.NewInt(r.Int63() >> uint(r.Intn(63)))
	case 2:
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(300))))
		if r.Intn(2) == 0 {
			x.Neg(x)
		}
		return x
	default:
		return big.NewInt(int64(r.Intn(0x120000)))
	}
}

func randomString(r *rand.Rand) string {
	pool := []rune("abcXYZ 09_-é€😀\u0663\u00a0\t")
	n := r.Intn(12)
	out := make([]rune, n)
	for i := range out {
		out[i] = pool[r.Intn(len(pool))]
	}
	return string(out)
}

func TestFormatOracle(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	type tc struct {
		kind   string
		s      string
		i      *big.Int
		re, im float64
		spec   string
	}
	var cases []tc
	var inputs []any
	for n := 0; n < 40000; n++ {
		c := tc{kind: []string{"str", "int", "float", "complex"}[n%4]}
		switch c.kind {
		case "str":
			c.s = randomString(r)
			c.spec = randomSpec(r, "sdfx%")
			inputs = append(inputs, []any{c.kind, c.s, c.spec})
		case "int":
			c.i = randomBigInt(r)
			c.spec = randomSpec(r, "bcdoxXneEfFgG%s")
			inputs = append(inputs, []any{c.kind, c.i.String(), c.spec})
		case "float":
			c.re = randomFloat(r)
			c.spec = randomSpec(r, "eEfFgGn%d")
			inputs = append(inputs, []any{c.kind, math.Float64bits(c.re), c.spec})
		case "complex":
			c.re, c.im = randomFloat(r), randomFloat(r)
			if r.Intn(4) == 0 {
				c.re = 0
			}
			c.spec = randomSpec(r, "eEfFgGn%")
			inputs = append(inputs, []any{c.kind, math.Float64bits(c.re), math.Float64bits(c.im), c.spec})
		}
		cases = append(cases, c)
	}
	handle := `
def handle(x):
    if x[0] == 'str': return format(x[1], x[2])
    if x[0] == 'int': return format(int(x[1]), x[2])
    if x[0] == 'float': return format(F(x[1]), x[2])
    return format(complex(F(x[1]), F(x[2])), x[3])
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for n, c := range cases {
		var got string
		var err *pyErr
		switch c.kind {
		case "str":
			got, err = formatStr(c.s, c.spec, "str")
		case "int":
			got, err = formatInt(c.i, c.spec, "int", defaultIntMaxStrDigits)
		case "float":
			got, err = formatFloat(c.re, c.spec, "float")
		case "complex":
			got, err = formatComplex(c.re, c.im, c.spec, "complex")
		}
		out := okString(got)
		if err != nil {
			out = errString(err)
		}
		m.check(inputs[n], out, res[n].String())
	}
	m.done()
}

func TestFormatExamples(t *testing.T) {
	cases := []struct {
		got  func() (string, *pyErr)
		want string
	}{
		{func() (string, *pyErr) { return formatInt64(1234, "010,", "int", 4300) }, "00,001,234"},
		{func() (string, *pyErr) { return formatInt64(-255, "#x", "int", 4300) }, "-0xff"},
		{func() (string, *pyErr) { return formatInt64(255, "#_X", "int", 4300) }, "0XFF"},
		{func() (string, *pyErr) { return formatInt64(0x110000, "c", "int", 4300) }, "OverflowError: %c arg not in range(0x110000)"},
		{func() (string, *pyErr) { return formatFloat(math.Inf(1), "010", "float") }, "0000000inf"},
		{func() (string, *pyErr) { return formatFloat(100, ".3", "float") }, "1e+02"},
		{func() (string, *pyErr) { return formatFloat(1, "x", "float") }, "ValueError: Unknown format code 'x' for object of type 'float'"},
		{func() (string, *pyErr) { return formatStr("x", "z", "str") }, "ValueError: Negative zero coercion (z) not allowed in string format specifier"},
		{func() (string, *pyErr) { return formatComplex(1, 2, "", "complex") }, "(1+2j)"},
		{func() (string, *pyErr) { return formatComplex(0, 1, "^8", "complex") }, "   1j   "},
	}
	for i, c := range cases {
		got, err := c.got()
		if err != nil {
			got = errString(err)
		}
		if got != c.want {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
}

func TestDecimalValueOracle(t *testing.T) {
	res := runOracle(t, `import unicodedata
def handle(x):
    return {c: unicodedata.decimal(chr(c)) for c in range(0x80, 0x110000) if unicodedata.decimal(chr(c), -1) >= 0}`, []any{0})
	var want map[string]int
	if err := json.Unmarshal(res[0].OK, &want); err != nil {
		t.Fatal(err)
	}
	n := 0
	for c := rune(0x80); c < 0x110000; c++ {
		got := decimalValue(c)
		w, ok := want[strconv.Itoa(int(c))]
		if !ok {
			w = -1
		}
		if got != w {
			n++
			if n < 10 {
				t.Errorf("decimalValue(U+%04X) = %d, want %d", c, got, w)
			}
		}
	}
	t.Logf("%d decimal digits beyond ASCII agree", len(want))
}

func FuzzParseFormatSpec(f *testing.F) {
	for _, s := range []string{"", "<10", "*^+z#012,.3f", "0=_x", "\x00>", "٣.٢f", ".", ",_", "99999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		if len(spec) > 40 { // keep widths allocatable
			return
		}
		fs, err := parseFormatSpec(spec, "float", 0, '>')
		if err == nil && (fs.width > 1e5 || fs.precision > 1e5) {
			return // valid, but too big to render quickly
		}
		formatFloat(-1.5e300, spec, "float")
		formatInt64(-12345, spec, "int", 4300)
		formatStr("héllo", spec, "str")
		formatComplex(1, -2, spec, "complex")
	})
}

func BenchmarkFormatFloatFixed(b *testing.B) {
	for i := 0; i < b.N; i++ {
		formatFloat(3.14159, ".2f", "float")
	}
}

func BenchmarkFormatIntGrouped(b *testing.B) {
	x := big.NewInt(1234567)
	for i := 0; i < b.N; i++ {
		formatInt(x, ",", "int", defaultIntMaxStrDigits)
	}
}

func TestTypeNameTruncationOracle(t *testing.T) {
	long := strings.Repeat("A", 199) + "é" + strings.Repeat("B", 60)
	res := runOracle(t, `
class M(type): pass
def handle(x):
    C = type(x, (int,), {})
    c = C(1)
    out = []
    for f in (lambda: format(c, 'ab'), lambda: format(c, 'y'), lambda: '%x' % type(x, (), {})(),
              lambda: '%f' % type(x, (), {})(), lambda: b'%b' % type(x, (), {})(),
              lambda: b'%f' % type(x, (), {})()):
        try: f()
        except Exception as e: out.append(str(e))
    return out
`, []any{long, strings.Repeat("Z", 300), "short"})
	for i, name := range []string{long, strings.Repeat("Z", 300), "short"} {
		_, e1 := formatInt64(1, "ab", name, 4300)
		_, e2 := formatInt64(1, "y", name, 4300)
		obj := pv{kind: name}
		_, e3 := percentFormat("%x", percentArgs[pv]{Items: []pv{obj}}, testPercentHooks)
		_, e4 := percentFormat("%f", percentArgs[pv]{Items: []pv{obj}}, testPercentHooks)
		_, e5 := percentFormatBytes([]byte("%b"), percentArgs[pv]{Items: []pv{obj}}, testPercentHooks)
		_, e6 := percentFormatBytes([]byte("%f"), percentArgs[pv]{Items: []pv{obj}}, testPercentHooks)
		var got []string
		for _, e := range []*pyErr{e1, e2, e3, e4, e5, e6} {
			got = append(got, e.Msg)
		}
		var want []string
		json.Unmarshal(res[i].OK, &want)
		for k := range want {
			if k < len(got) && okString(got[k]) != okString(want[k]) {
				t.Errorf("name %d message %d:\n got  %q\n want %q", i, k, got[k], want[k])
			}
		}
	}
}
