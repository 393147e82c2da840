// This file defines the tests of '%' formatting of str and bytes against python3.11, with a
// small model of Python values standing in for the object model.
package runtime

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// pv is a Python value of the test model: int, bool, float, complex, str, bytes, None,
// list or dict.
type pv struct {
	kind  string // "int", "bool", "float", "complex", "str", "bytes", "NoneType", "list", "dict"
	i     *big.Int
	f, im float64
	s     string
	items []pv
	bkeys bool // a dict whose keys are bytes
}

func (v pv) json() any {
	switch v.kind {
	case "int", "bool":
		return []any{v.kind, v.i.String()}
	case "float":
		return []any{v.kind, math.Float64bits(v.f)}
	case "complex":
		return []any{v.kind, math.Float64bits(v.f), math.Float64bits(v.im)}
	case "str":
		return []any{v.kind, strCodePoints(v.s)}
	case "bytes":
		return []any{v.kind, byteInts(v.s)}
	case "list", "dict":
		var items []any
		for _, it := range v.items {
			items = append(items, it.json())
		}
		return []any{v.kind, items}
	}
	return []any{v.kind}
}

func (v pv) repr(ascii bool) (string, *pyErr) {
	switch v.kind {
	case "bytes":
		return bytesRepr(v.s), nil
	case "str":
		r := unicodeRepr(v.s)
		if ascii {
			r = asciiEscape(r)
		}
		return r, nil
	case "list":
		parts := []string{}
		for _, it := range v.items {
			s, err := it.repr(ascii)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	case "dict":
		parts := []string{}
		for k, it := range v.items {
			s, err := it.repr(ascii)
			if err != nil {
				return "", err
			}
			key := unicodeRepr(dictKeys[k])
			if v.bkeys {
				key = bytesRepr(dictKeys[k])
			}
			parts = append(parts, key+": "+s)
		}
		return "{" + strings.Join(parts, ", ") + "}", nil
	}
	return v.str()
}

func (v pv) str() (string, *pyErr) {
	switch v.kind {
	case "int":
		return intToDecimal(v.i, defaultIntMaxStrDigits)
	case "bool":
		return map[bool]string{true: "True", false: "False"}[v.i.Sign() != 0], nil
	case "float":
		return floatRepr(v.f), nil
	case "complex":
		return complexRepr(v.f, v.im), nil
	case "str":
		return v.s, nil
	case "dict", "list", "bytes":
		return v.repr(false)
	case "NoneType":
		return "None", nil
	}
	return v.repr(false)
}

// bytesRepr is repr(bytes).
func bytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := []byte{'b', quote}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			b = append(b, fmt.Sprintf("\\x%02x", c)...)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, quote))
}

// dictKeys are the keys of the test's dict operands, in insertion order.
var dictKeys = []string{"a", "a(b)", "b"}

// asciiEscape escapes the non-ASCII characters of a repr, as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, c := range codePoints(s) {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, "\\x%02x", c)
		case c < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			fmt.Fprintf(&b, "\\U%08x", c)
		}
	}
	return b.String()
}

var testPercentHooks = &percentHooks[pv]{
	Str:      func(v pv) (string, *pyErr) { return v.str() },
	Repr:     func(v pv) (string, *pyErr) { return v.repr(false) },
	ASCII:    func(v pv) (string, *pyErr) { return v.repr(true) },
	TypeName: func(v pv) string { return v.kind },
	ExactInt: func(v pv) (*big.Int, bool) { return v.i, v.kind == "int" || v.kind == "bool" },
	StrValue: func(v pv) (string, bool) { return v.s, v.kind == "str" },
	Number: func(v pv) (*big.Int, bool, *pyErr) {
		switch v.kind {
		case "int", "bool":
			return v.i, true, nil
		case "float":
			if math.IsNaN(v.f) {
				return nil, false, valueError("cannot convert float NaN to integer")
			}
			if math.IsInf(v.f, 0) {
				return nil, false, overflowError("cannot convert float infinity to integer")
			}
			x, _ := big.NewFloat(v.f).Int(nil)
			return x, true, nil
		}
		return nil, false, nil
	},
	Index: func(v pv) (*big.Int, bool, *pyErr) { return v.i, v.kind == "int" || v.kind == "bool", nil },
	Float: func(v pv) (float64, bool, *pyErr) {
		switch v.kind {
		case "int", "bool":
			f, err := intToFloat(v.i)
			return f, err == nil, err
		case "float":
			return v.f, true, nil
		}
		return 0, false, nil
	},
	MaxStrDigits: defaultIntMaxStrDigits,
	ByteString:   func(v pv) ([]byte, bool) { return []byte(v.s), v.kind == "bytes" },
	ToBytes:      func(v pv) ([]byte, bool, *pyErr) { return []byte(v.s), v.kind == "bytes", nil },
}

func randomPV(r *rand.Rand) pv {
	switch r.Intn(13) {
	case 0, 1, 2:
		return pv{kind: "int", i: randomBigInt(r)}
	case 3:
		return pv{kind: "bool", i: big.NewInt(int64(r.Intn(2)))}
	case 4, 5, 6:
		return pv{kind: "float", f: randomFloat(r)}
	case 7:
		return pv{kind: "complex", f: randomFloat(r), im: randomFloat(r)}
	case 8, 9:
		s := randomString(r)
		if r.Intn(3) == 0 {
			s = string([]rune(s + "x")[:1])
		}
		return pv{kind: "str", s: s}
	case 10:
		return pv{kind: "NoneType"}
	case 11:
		return randomBytesPV(r)
	}
	return pv{kind: "list", items: []pv{{kind: "str", s: "a'b"}, {kind: "int", i: big.NewInt(3)}}}
}

func randomBytesPV(r *rand.Rand) pv {
	b := make([]byte, r.Intn(6))
	for i := range b {
		b[i] = "ab'\"\\\x00\xff\x7f\n"[r.Intn(9)]
	}
	if r.Intn(3) == 0 {
		b = []byte{byte(r.Intn(256))}
	}
	return pv{kind: "bytes", s: string(b)}
}

// randomPercentFormat builds a format string of literal text and conversions; when
// args is not nil it appends to it an argument suited to each conversion (mostly), so
// that most cases format successfully.
func randomPercentFormat(r *rand.Rand, keys bool, args *[]pv, bytesMode bool) string {
	var b strings.Builder
	pick := func(p int, s ...string) string {
		if r.Intn(100) < p {
			x := s[r.Intn(len(s))]
			b.WriteString(x)
			return x
		}
		return ""
	}
	for n := r.Intn(4); n >= 0; n-- {
		pick(50, "ab", "é", " ", "x=", "€😀")
		b.WriteByte('%')
		if keys {
			pick(90, "(a)", "(b)", "(a(b))", "(zz)", "(")
		}
		pick(40, "-", "+", " ", "#", "0", "-0", "+#", " 0", "#0")
		if pick(40, "1", "5", "12", "*", "0") == "*" && args != nil {
			*args = append(*args, pv{kind: "int", i: big.NewInt(int64(r.Intn(30) - 10))})
		}
		if pick(40, ".", ".0", ".3", ".10", ".*") == ".*" && args != nil {
			*args = append(*args, pv{kind: "int", i: big.NewInt(int64(r.Intn(30) - 10))})
		}
		pick(3, "l", "h", "L")
		typ := ""
		if r.Intn(50) == 0 {
			typ = pick(100, "y", "€", "%", "b")
		} else {
			typ = pick(99, "s", "r", "a", "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "%")
		}
		if args == nil || typ == "%" {
			continue
		}
		v := randomPV(r)
		if r.Intn(8) != 0 {
			switch {
			case strings.Contains("diuoxX", typ):
				v = pv{kind: "int", i: randomBigInt(r)}
			case strings.Contains("eEfFgG", typ) && r.Intn(3) != 0:
				v = pv{kind: "float", f: randomFloat(r)}
			case strings.Contains("eEfFgG", typ):
				v = pv{kind: "int", i: randomBigInt(r)}
			case bytesMode && strings.Contains("sbc", typ) && r.Intn(3) != 0:
				v = randomBytesPV(r)
			case bytesMode && typ == "c":
				v = pv{kind: "int", i: big.NewInt(int64(r.Intn(300)))}
			case typ == "c" && r.Intn(2) == 0:
				v = pv{kind: "str", s: string([]rune(randomString(r) + "x")[:1])}
			case typ == "c":
				v = pv{kind: "int", i: big.NewInt(int64(r.Intn(0x110000)))}
			}
		}
		*args = append(*args, v)
	}
	pick(10, "tail", "%")
	return b.String()
}

func TestPercentFormatOracle(t *testing.T) { testPercentOracle(t, false, 11) }

func TestPercentFormatBytesOracle(t *testing.T) { testPercentOracle(t, true, 20) }

func testPercentOracle(t *testing.T, bytesMode bool, seed int64) {
	r := rand.New(rand.NewSource(seed))
	type tc struct {
		format string
		args   percentArgs[pv]
	}
	var cases []tc
	var inputs []any
	for n := 0; n < 20000; n++ {
		c := tc{}
		var args any
		switch r.Intn(6) {
		case 0: // one value, not a tuple
			v := randomPV(r)
			c.format = randomPercentFormat(r, false, nil, bytesMode)
			c.args = percentArgs[pv]{Items: []pv{v}}
			if v.kind == "list" { // a list has __getitem__, so '%' treats it as a mapping
				c.args.Lookup = func(string) (pv, *pyErr) {
					return pv{}, typeError("list indices must be integers or slices, not str")
				}
			}
			args = []any{"one", v.json()}
		case 1: // a dict
			m := map[string]pv{"a": randomPV(r), "a(b)": randomPV(r), "b": randomPV(r)}
			c.format = randomPercentFormat(r, true, nil, bytesMode)
			c.args = percentArgs[pv]{Items: []pv{{kind: "dict", items: []pv{m["a"], m["a(b)"], m["b"]}, bkeys: bytesMode}}, Lookup: func(k string) (pv, *pyErr) {
				v, ok := m[k]
				if !ok && bytesMode {
					return pv{}, &pyErr{"KeyError", bytesRepr(k)}
				}
				if !ok {
					return pv{}, &pyErr{"KeyError", unicodeRepr(k)}
				}
				return v, nil
			}}
			args = []any{"dict", map[string]any{"a": m["a"].json(), "a(b)": m["a(b)"].json(), "b": m["b"].json()}}
		default: // a tuple
			var items []pv
			c.format = randomPercentFormat(r, false, &items, bytesMode)
			shifted := false
			if r.Intn(10) == 0 && len(items) > 0 {
				items, shifted = items[1:], true
			} else if r.Intn(10) == 0 {
				items = append(items, randomPV(r))
			}
			for k := range items {
				// A misplaced argument may become a '*' width: keep widths quick to build.
				if x := items[k].i; shifted && x != nil && x.IsInt64() && x.CmpAbs(big.NewInt(1000)) > 0 {
					items[k].i = big.NewInt(x.Int64() % 1000)
				}
			}
			js := []any{}
			for k := range items {
				js = append(js, items[k].json())
			}
			c.args = percentArgs[pv]{Items: items, IsTuple: true}
			args = []any{"tuple", js}
		}
		cases = append(cases, c)
		if bytesMode {
			inputs = append(inputs, []any{byteInts(string(latin1Bytes(c.format))), args, true})
		} else {
			inputs = append(inputs, []any{strCodePoints(c.format), args, false})
		}
	}
	handle := `
def V(x):
    k = x[0]
    if k == 'int': return int(x[1])
    if k == 'bool': return bool(int(x[1]))
    if k == 'float': return F(x[1])
    if k == 'complex': return complex(F(x[1]), F(x[2]))
    if k == 'str': return ''.join(map(chr, x[1]))
    if k == 'list': return [V(i) for i in x[1]]
    if k == 'bytes': return bytes(x[1])
    return None
def handle(x):
    kind, a = x[1]
    if x[2]:
        fmt = bytes(x[0])
        if kind == 'dict': args = {k.encode(): V(v) for k, v in a.items()}
    else:
        fmt = ''.join(map(chr, x[0]))
        if kind == 'dict': args = {k: V(v) for k, v in a.items()}
    if kind == 'one': args = V(a)
    elif kind == 'tuple': args = tuple(V(i) for i in a)
    r = fmt % args
    return r.decode('latin-1') if x[2] else r
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, c := range cases {
		var s string
		var err *pyErr
		if bytesMode {
			var b []byte
			b, err = percentFormatBytes(latin1Bytes(c.format), c.args, testPercentHooks)
			s = latin1String(b)
		} else {
			s, err = percentFormat(c.format, c.args, testPercentHooks)
		}
		got := okString(s)
		if err != nil {
			got = errString(err)
		}
		want := res[i].String()
		if strings.HasPrefix(want, "KeyError: ") {
			want = "KeyError: " + strings.Trim(want[10:], "\"")
		}
		m.check(inputs[i], got, want)
	}
	m.done()
}

func FuzzPercentFormat(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%*.*f", "%-#010x", "%c%%%", "%(a(b)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		if len(format) > 30 || regexp.MustCompile(`[0-9]{5}`).MatchString(format) {
			return // widths that big are valid but slow to build
		}
		items := []pv{{kind: "int", i: big.NewInt(7)}, {kind: "float", f: -2.5}, {kind: "str", s: "é"}}
		percentFormat(format, percentArgs[pv]{Items: items, IsTuple: true}, testPercentHooks)
		percentFormatBytes([]byte(format), percentArgs[pv]{Items: items, IsTuple: true}, testPercentHooks)
		percentFormat(format, percentArgs[pv]{Items: items[:1], Lookup: func(string) (pv, *pyErr) {
			return items[2], nil
		}}, testPercentHooks)
	})
}

// latin1Bytes keeps the low byte of each code point of s.
func latin1Bytes(s string) []byte {
	var b []byte
	for _, c := range codePoints(s) {
		b = append(b, byte(c))
	}
	return b
}

// latin1String decodes b as latin-1.
func latin1String(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
