// This file defines the tests of str.format against python3.11, using the value model of
// format_percent_test.go.
package runtime

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

var testStrFormatHooks = &strFormatHooks[pv]{
	GetAttr: func(v pv, name string) (pv, *pyErr) {
		switch v.kind + "." + name {
		case "int.real", "bool.real":
			return pv{kind: "int", i: v.i}, nil
		case "int.imag", "bool.imag":
			return pv{kind: "int", i: new(big.Int)}, nil
		case "float.real", "complex.real":
			return pv{kind: "float", f: v.f}, nil
		case "float.imag":
			return pv{kind: "float"}, nil
		case "complex.imag":
			return pv{kind: "float", f: v.im}, nil
		}
		return pv{}, &pyErr{"AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", v.kind, name)}
	},
	GetIndex: func(v pv, i int) (pv, *pyErr) {
		switch v.kind {
		case "list":
			if i < len(v.items) {
				return v.items[i], nil
			}
			return pv{}, &pyErr{"IndexError", "list index out of range"}
		case "str":
			r := codePoints(v.s)
			if i < len(r) {
				return pv{kind: "str", s: string(appendCodePoint(nil, r[i]))}, nil
			}
			return pv{}, &pyErr{"IndexError", "string index out of range"}
		case "bytes":
			if i < len(v.s) {
				return pv{kind: "int", i: big.NewInt(int64(v.s[i]))}, nil
			}
			return pv{}, &pyErr{"IndexError", "index out of range"}
		case "dict":
			return pv{}, &pyErr{"KeyError", fmt.Sprint(i)}
		}
		return pv{}, typeError("'%s' object is not subscriptable", v.kind)
	},
	GetKey: func(v pv, key string) (pv, *pyErr) {
		switch v.kind {
		case "dict":
			for k, name := range dictKeys {
				if name == key {
					return v.items[k], nil
				}
			}
			return pv{}, &pyErr{"KeyError", unicodeRepr(key)}
		case "list":
			return pv{}, typeError("list indices must be integers or slices, not str")
		case "str":
			return pv{}, typeError("string indices must be integers, not 'str'")
		case "bytes":
			return pv{}, typeError("byte indices must be integers or slices, not str")
		}
		return pv{}, typeError("'%s' object is not subscriptable", v.kind)
	},
	Convert: func(v pv, c rune) (pv, *pyErr) {
		var s string
		var err *pyErr
		switch c {
		case 'r':
			s, err = v.repr(false)
		case 'a':
			s, err = v.repr(true)
		default:
			s, err = v.str()
		}
		return pv{kind: "str", s: s}, err
	},
	Format: func(v pv, spec string) (string, *pyErr) {
		switch v.kind {
		case "str":
			return formatStr(v.s, spec, "str")
		case "int":
			return formatInt(v.i, spec, "int", defaultIntMaxStrDigits)
		case "bool":
			if spec == "" {
				return v.str()
			}
			return formatInt(v.i, spec, "bool", defaultIntMaxStrDigits)
		case "float":
			return formatFloat(v.f, spec, "float")
		case "complex":
			return formatComplex(v.f, v.im, spec, "complex")
		}
		if spec != "" {
			return "", typeError("unsupported format string passed to %s.__format__", v.kind)
		}
		return v.str()
	},
}

// randomStrFormat builds a str.format string; a clean one converts every field to a
// str with a valid spec, so that most of those format successfully.
func randomStrFormat(r *rand.Rand, clean bool) string {
	var b strings.Builder
	if clean {
		auto := r.Intn(2) == 0
		for n := r.Intn(4); n >= 0; n-- {
			b.WriteString([]string{"ab", "é", " ", "{{", "}}", "x=", ""}[r.Intn(7)])
			b.WriteByte('{')
			if !auto {
				b.WriteString([]string{"0", "2", "a", "b", "x", "a[a]", "a[b]", "٠"}[r.Intn(8)])
			}
			b.WriteString([]string{"!r", "!s", "!a"}[r.Intn(3)])
			b.WriteString([]string{"", ":>5", ":^7", ":.3", ":*<8", ":"}[r.Intn(6)])
			if !auto && r.Intn(4) == 0 {
				b.WriteString(":{1}")
			}
			b.WriteByte('}')
		}
		return b.String()
	}
	pick := func(p int, s ...string) {
		if r.Intn(100) < p {
			b.WriteString(s[r.Intn(len(s))])
		}
	}
	auto := r.Intn(2) == 0
	for n := r.Intn(4); n >= 0; n-- {
		pick(50, "ab", "é", " ", "{{", "}}", "x=")
		pick(3, "{", "}", "[", "]")
		b.WriteByte('{')
		if auto {
			pick(95, "", "", "", ".real", "[0]", "0")
		} else {
			pick(95, "0", "1", "2", "a", "b", "x", "0.real", "0[0]", "a[a]", "a[a(b)]", "1.imag",
				"2[1]", "٠", "0..x", "0[]", "0[0", "0]", "1[0]x", " 0", "9", "a.b")
		}
		pick(30, "!r", "!s", "!a", "!x", "!", "!rr", "!€")
		pick(50, ":>5", ":{1}", ":{}", ":^{0}", ":.3", ":x", ":{2:{0}}", ":", ":{", ":*<8", ":{a}")
		pick(95, "}")
	}
	pick(20, "tail", "}", "{")
	return b.String()
}

func TestStrFormatOracle(t *testing.T) {
	r := rand.New(rand.NewSource(23))
	type tc struct {
		format string
		args   strFormatArgs[pv]
	}
	var cases []tc
	var inputs []any
	for n := 0; n < 20000; n++ {
		items := []pv{randomPV(r), randomPV(r), randomPV(r)}
		clean := r.Intn(10) < 7
		if clean {
			items[1] = pv{kind: "str", s: []string{">5", "^7", "", ".2"}[r.Intn(4)]}
		} else if r.Intn(2) == 0 {
			items[1] = pv{kind: "str", s: []string{">5", "^7", "s", "d", "{", "x"}[r.Intn(6)]}
		}
		kw := map[string]pv{"a": {kind: "dict", items: []pv{randomPV(r), randomPV(r), randomPV(r)}},
			"b": randomPV(r), "x": randomPV(r)}
		if !clean && r.Intn(4) == 0 {
			items = items[:r.Intn(3)]
		}
		for k := range items {
			// An argument may become a nested width: keep them small enough to build.
			if x := items[k].i; x != nil && x.CmpAbs(big.NewInt(1000)) > 0 {
				items[k].i = new(big.Int).Rem(x, big.NewInt(1000))
			}
			if f := items[k].f; f > 1000 || f < -1000 {
				items[k].f = math.Mod(f, 1000)
			}
		}
		c := tc{format: randomStrFormat(r, clean), args: strFormatArgs[pv]{Args: items}}
		c.args.Lookup = func(key string) (pv, *pyErr) {
			if v, ok := kw[key]; ok {
				return v, nil
			}
			return pv{}, &pyErr{"KeyError", unicodeRepr(key)}
		}
		var js []any
		for _, it := range items {
			js = append(js, it.json())
		}
		jkw := map[string]any{"a": kw["a"].json(), "b": kw["b"].json(), "x": kw["x"].json()}
		cases = append(cases, c)
		inputs = append(inputs, []any{strCodePoints(c.format), js, jkw})
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
    if k == 'dict': return dict(zip(['a', 'a(b)', 'b'], [V(i) for i in x[1]]))
    return None
def handle(x):
    fmt = ''.join(map(chr, x[0]))
    return fmt.format(*[V(a) for a in (x[1] or [])], **{k: V(v) for k, v in x[2].items()})
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i, c := range cases {
		s, err := strFormat(c.format, c.args, testStrFormatHooks)
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

func TestStrFormatMap(t *testing.T) {
	args := strFormatArgs[pv]{NoArgs: true, Lookup: func(key string) (pv, *pyErr) {
		return pv{kind: "int", i: big.NewInt(int64(len(key)))}, nil
	}}
	if s, err := strFormat("{abc}-{x}", args, testStrFormatHooks); err != nil || s != "3-1" {
		t.Errorf("format_map gave %q, %v", s, err)
	}
	if _, err := strFormat("{0}", args, testStrFormatHooks); err == nil || err.Msg != "Format string contains positional fields" {
		t.Errorf("format_map with {0}: %v", err)
	}
}

func FuzzStrFormat(f *testing.F) {
	for _, s := range []string{"{0!r:>{1}}", "{a[b].c}", "{{}}", "{:{:{}}}", "{0[}]}", "{!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		if len(format) > 40 {
			return
		}
		args := strFormatArgs[pv]{Args: []pv{{kind: "str", s: ">3"}, {kind: "int", i: big.NewInt(5)}},
			Lookup: func(key string) (pv, *pyErr) { return pv{kind: "list", items: []pv{{kind: "NoneType"}}}, nil }}
		strFormat(format, args, testStrFormatHooks)
	})
}
