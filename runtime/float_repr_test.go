// This file defines the tests of float repr and PyOS_double_to_string's modes against
// python3.11, and defines the oracle helper the other differential tests of this package use.
package runtime

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// oracleResult is one answer of the python3.11 oracle: a value, or an exception.
type oracleResult struct {
	OK  json.RawMessage `json:"ok"`
	Err string          `json:"err"`
	Msg string          `json:"msg"`
}

// String renders the result the way the tests compare them.
func (r oracleResult) String() string {
	if r.Err != "" {
		return r.Err + ": " + r.Msg
	}
	var s string
	if len(r.OK) > 0 && r.OK[0] == '"' && json.Unmarshal(r.OK, &s) == nil {
		return okString(s)
	}
	return string(r.OK)
}

const oracleMain = `
import sys, json, struct
def F(bits):
    return struct.unpack('<d', struct.pack('<Q', bits))[0]
%s
out = []
for line in sys.stdin:
    x = json.loads(line)
    try:
        out.append(json.dumps({"ok": handle(x)}))
    except Exception as e:
        out.append(json.dumps({"err": type(e).__name__, "msg": str(e)}))
sys.stdout.write("\n".join(out) + "\n")
`

// runOracle runs handle (Python source defining handle(x)) on each input in one
// python3.11 process and returns its answers. env adds environment variables.
func runOracle(t testing.TB, handle string, inputs []any, env ...string) []oracleResult {
	t.Helper()
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	var in bytes.Buffer
	for _, x := range inputs {
		b, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		in.Write(b)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "-c", fmt.Sprintf(oracleMain, handle))
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v\n%s", err, stderr.String())
	}
	var res []oracleResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var r oracleResult
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("bad oracle line %q: %v", sc.Text(), err)
		}
		res = append(res, r)
	}
	if len(res) != len(inputs) {
		t.Fatalf("oracle gave %d answers for %d inputs; the next input is %.300s", len(res), len(inputs), fmt.Sprint(inputs[len(res)]))
	}
	return res
}

// okString wraps a Go string result as the oracle would report it.
func okString(s string) string {
	// JSON decoding turns each lone surrogate from python3.11 into U+FFFD; do the same.
	s = string(codePoints(s))
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// errString renders a *pyErr as the oracle reports an exception.
func errString(e *pyErr) string {
	return e.Kind + ": " + e.Msg
}

// compareMismatches reports at most a few mismatches and the total count.
type mismatches struct {
	t      testing.TB
	n      int
	total  int
	raised int // cases where python3.11 raised an exception
}

func (m *mismatches) check(input any, got, want string) {
	m.total++
	if strings.Contains(want, "Error: ") && !strings.HasPrefix(want, "\"") {
		m.raised++
	}
	if got == want {
		return
	}
	m.n++
	if m.n <= 15 {
		in := fmt.Sprint(input)
		if len(in) > 300 {
			in = in[:300] + "..."
		}
		m.t.Errorf("input %s:\n got  %.300s\n want %.300s", in, got, want)
	}
}

func (m *mismatches) done() {
	if m.n > 0 {
		m.t.Errorf("%d of %d cases differ from python3.11", m.n, m.total)
	} else {
		m.t.Logf("%d cases match python3.11 (%d of them exceptions)", m.total, m.raised)
	}
}

// randomFloat draws floats across all magnitudes, with subnormals, integers, halves,
// round decimals and the special values well represented.
func randomFloat(r *rand.Rand) float64 {
	switch r.Intn(10) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return math.Float64frombits(r.Uint64() & (1<<52 - 1)) // subnormal
	case 2:
		return float64(r.Intn(2000)-1000) / 8
	case 3:
		specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
			1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.1, 5e-324, math.MaxFloat64, 2.5, 0.5,
			1.5, 123456789012345678, 1e22, 1e23, 0.3}
		return specials[r.Intn(len(specials))]
	case 4:
		return float64(r.Int63n(1e6)) * math.Pow10(r.Intn(40)-20)
	case 5:
		return float64(r.Intn(1000)) + 0.5
	default:
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return 1
		}
		_, e := math.Frexp(f)
		return math.Ldexp(r.Float64(), e%80) * float64(1-2*r.Intn(2))
	}
}

func TestFloatReprOracle(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var inputs []any
	var floats []float64
	for i := 0; i < 20000; i++ {
		f := randomFloat(r)
		floats = append(floats, f)
		inputs = append(inputs, math.Float64bits(f))
	}
	res := runOracle(t, "def handle(x): return repr(F(x))", inputs)
	m := &mismatches{t: t}
	for i, f := range floats {
		m.check(f, okString(floatRepr(f)), res[i].String())
	}
	m.done()
}

func TestFloatToStringModesOracle(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	codes := "eEfFgGr"
	type tc struct {
		f     float64
		code  byte
		prec  int
		flags dtsFlags
	}
	var cases []tc
	var inputs []any
	for i := 0; i < 20000; i++ {
		c := tc{randomFloat(r), codes[r.Intn(len(codes))], r.Intn(25), dtsFlags(r.Intn(16))}
		if r.Intn(20) == 0 {
			c.prec = r.Intn(400)
		}
		if c.code == 'r' {
			c.prec = 0
		} else if c.code != 'g' {
			c.flags &^= dtsAddDot0
		}
		cases = append(cases, c)
		inputs = append(inputs, []any{math.Float64bits(c.f), string(c.code), c.prec, int(c.flags)})
	}
	// The oracle goes through format() with the flags mapped to spec characters; dtsSign is
	// '+', dtsAlt is '#', dtsNoNeg0 is 'z'; dtsAddDot0 with 'r' is format's empty type.
	handle := `
def handle(x):
    f, code, prec, flags = F(x[0]), x[1], x[2], x[3]
    spec = ('+' if flags & 1 else '') + ('z' if flags & 8 else '') + ('#' if flags & 4 else '')
    if code == 'r':
        return format(f, spec) if flags & 2 else None
    if code == 'g' and flags & 2:
        code = ''  # format's empty type is 'g' with ".0" added to integers
    return format(f, spec + '.' + str(prec) + code)
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, c := range cases {
		if string(res[i].OK) == "null" {
			continue
		}
		got := floatToString(c.f, c.code, c.prec, c.flags)
		m.check(fmt.Sprintf("%v %c %d %d", c.f, c.code, c.prec, c.flags), okString(got), res[i].String())
	}
	m.done()
}

func TestFloatReprExamples(t *testing.T) {
	cases := map[float64]string{
		1e16: "1e+16", 1e-5: "1e-05", 1e-4: "0.0001", 123: "123.0", math.Copysign(0, -1): "-0.0",
		math.Inf(1): "inf", math.Inf(-1): "-inf", math.NaN(): "nan", 0.1: "0.1",
		9999999999999998: "9999999999999998.0", 5e-324: "5e-324", 1.5e300: "1.5e+300",
	}
	for f, want := range cases {
		if got := floatRepr(f); got != want {
			t.Errorf("floatRepr(%v) = %q, want %q", f, got, want)
		}
	}
	if !strings.HasPrefix(floatRepr(-1.5), "-") {
		t.Error("negative sign lost")
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	fs := []float64{0.1, 123.456, 1e22, 5e-324, 3.141592653589793, 100}
	for i := 0; i < b.N; i++ {
		floatRepr(fs[i%len(fs)])
	}
}
