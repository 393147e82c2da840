// This file tests the struct core differentially against python3.11 with random
// formats and values.

package structmod

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

const structOracle = `
import struct, sys
def dec(a):
    k, v = a.split(':', 1)
    if k == 'i': return int(v)
    if k == 'f': return struct.unpack('<d', bytes.fromhex(v))[0]
    if k == 'b': return bytes.fromhex(v)
    if k == 't': return v == '1'
    if k == 's': return v
def enc(x):
    if isinstance(x, bool): return 't:%d' % x
    if isinstance(x, int): return 'i:%d' % x
    if isinstance(x, float): return 'f:' + struct.pack('<d', x).hex()
    return 'b:' + x.hex()
def err(e):
    return 'E:%s:%s' % (type(e).__name__, e)
for line in sys.stdin:
    fmt, *args = line.split()
    fmt = bytes.fromhex(fmt[2:]).decode()
    args = [dec(a) for a in args]
    out = []
    try:
        out.append('n:%d' % struct.calcsize(fmt))
        b = struct.pack(fmt, *args)
        out.append('p:' + b.hex())
        out += [enc(x) for x in struct.unpack(fmt, b)]
    except Exception as e:
        out.append(err(e))
    print(' '.join(out))
`

var fmtChars = "xcbB?hHiIlLqQnNefdspP"

func randFormat(r *rand.Rand) string {
	var b strings.Builder
	if r.Intn(3) > 0 {
		b.WriteByte("@=<>!"[r.Intn(5)])
	}
	for n := r.Intn(5); n >= 0; n-- {
		switch r.Intn(10) {
		case 0:
			fmt.Fprintf(&b, "%d", r.Intn(4))
		case 1:
			b.WriteByte(' ')
		case 2:
			if r.Intn(8) == 0 {
				b.WriteByte("z3<"[r.Intn(3)])
			}
		}
		b.WriteByte(fmtChars[r.Intn(len(fmtChars))])
	}
	return b.String()
}

var intEdges = []string{"0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "32767",
	"32768", "-32769", "65535", "65536", "2147483647", "2147483648", "-2147483649",
	"4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
	"-9223372036854775808", "-9223372036854775809", "18446744073709551615",
	"18446744073709551616", "1180591620717411303424"}

var floatEdges = []float64{0, math.Copysign(0, -1), 1, -1.5, 65504, 65519.99, 65520, 1e-8,
	6e-8, 2.98e-8, 6.1e-5, 3.4028234663852886e+38, 3.4028235677973366e+38, 1e39, 1e300,
	math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 1.401298464324817e-45, 0.1}

// randArg returns a value in the oracle's encoding and as the Go value the binding
// would pass.
func randArg(r *rand.Rand, code byte) (string, any) {
	if r.Intn(12) == 0 {
		code = fmtChars[r.Intn(len(fmtChars))]
	}
	switch code {
	case 'c', 's', 'p':
		n := r.Intn(4)
		if code == 'c' && r.Intn(3) > 0 {
			n = 1
		}
		if r.Intn(10) == 0 {
			n = 300
		}
		b := make([]byte, n)
		r.Read(b)
		return "b:" + hex.EncodeToString(b), b
	case 'e', 'f', 'd':
		x := floatEdges[r.Intn(len(floatEdges))]
		if r.Intn(2) == 0 {
			x = (r.Float64()*2 - 1) * math.Pow(2, float64(r.Intn(300)-150))
		}
		return fmt.Sprintf("f:%016x", bswap(math.Float64bits(x))), x
	case '?':
		v := r.Intn(2) == 0
		if v {
			return "t:1", true
		}
		return "t:0", false
	}
	if r.Intn(30) == 0 {
		return "s:abc", "abc"
	}
	s := intEdges[r.Intn(len(intEdges))]
	if r.Intn(2) == 0 {
		s = fmt.Sprint(r.Int63n(1<<uint(r.Intn(62)+1)) - r.Int63n(1<<uint(r.Intn(62)+1)))
	}
	n, _ := new(big.Int).SetString(s, 10)
	return "i:" + s, n
}

func bswap(u uint64) uint64 {
	var r uint64
	for i := 0; i < 8; i++ {
		r = r<<8 | (u >> (8 * i) & 0xff)
	}
	return r
}

func encVal(v any) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "t:1"
		}
		return "t:0"
	case int64:
		return fmt.Sprintf("i:%d", x)
	case uint64:
		return fmt.Sprintf("i:%d", x)
	case float64:
		return fmt.Sprintf("f:%016x", bswap(math.Float64bits(x)))
	case []byte:
		return "b:" + hex.EncodeToString(x)
	}
	return fmt.Sprintf("?%T", v)
}

func encErr(e *Error) string { return "E:" + e.Kind + ":" + e.Msg }

func goStruct(format string, args []any) string {
	s, err := Compile(format)
	if err != nil {
		return encErr(err)
	}
	out := []string{fmt.Sprintf("n:%d", s.Size)}
	b, err := s.Pack(args)
	if err != nil {
		return strings.Join(append(out, encErr(err)), " ")
	}
	out = append(out, "p:"+hex.EncodeToString(b))
	vals, err := s.Unpack(b)
	if err != nil {
		return strings.Join(append(out, encErr(err)), " ")
	}
	for _, v := range vals {
		out = append(out, encVal(v))
	}
	return strings.Join(out, " ")
}

func TestStructDifferential(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	var in, got []string
	for i := 0; i < 20000; i++ {
		f := randFormat(r)
		codes := strings.TrimLeft(f, "@=<>!")
		var encs []string
		var args []any
		count := 1
		for j := 0; j < len(codes); j++ {
			c := codes[j]
			if c >= '0' && c <= '9' {
				count = int(c - '0')
				continue
			}
			n := count
			if c == 's' || c == 'p' {
				n = 1
			}
			if c == 'x' || c == ' ' {
				n = 0
			}
			for k := 0; k < n; k++ {
				e, v := randArg(r, c)
				encs = append(encs, e)
				args = append(args, v)
			}
			count = 1
		}
		if r.Intn(40) == 0 && len(args) > 0 {
			encs, args = encs[1:], args[1:]
		}
		in = append(in, strings.Join(append([]string{"h:" + hex.EncodeToString([]byte(f))}, encs...), " "))
		got = append(got, goStruct(f, args))
	}
	want := runPython(t, structOracle, in)
	bad := 0
	for i := range in {
		if got[i] != want[i] {
			bad++
			if bad <= 10 {
				f, _ := hex.DecodeString(strings.Fields(in[i])[0][2:])
				t.Errorf("%q %s:\n got %.300s\nwant %.300s", f, in[i], got[i], want[i])
			}
		}
	}
	t.Logf("%d cases, %d mismatches", len(in), bad)
}

func TestHugeFormats(t *testing.T) {
	s, err := Compile("9223372036854775807x")
	if err != nil || s.Size != 9223372036854775807 {
		t.Fatalf("calcsize: %v %v", s, err)
	}
	if _, err := s.Pack(nil); err == nil || err.Msg != "byte string is too large" {
		t.Errorf("pack: %v", err)
	}
	if _, err := Compile("9223372036854775807x1x"); err == nil || err.Msg != "total struct size too long" {
		t.Errorf("overflow: %v", err)
	}
	s, _ = Compile("999999999999?")
	if _, err := s.Unpack(make([]byte, 3)); err == nil {
		t.Errorf("unpack of a huge format should fail")
	}
}
