// This file defines the second randomized property program,
// properties/families.py: operation families the expression generator of
// properties_test.go does not reach (format specs over every field, str
// methods over random Unicode text, int.to_bytes/from_bytes, int(s, base),
// float round/repr/hex, bytes methods, set iteration order), from a fixed
// seed, recorded from python3.11 like any case.

package pythoncases

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

const (
	familiesFile = "properties/families.py"
	familiesSeed = 20261127
)

// famGen generates the families program's lines.
type famGen struct{ r *rand.Rand }

func (g famGen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

// spec returns a random format spec: each field present or not.
func (g famGen) spec(types string) string {
	var b strings.Builder
	if g.r.IntN(3) == 0 {
		if g.r.IntN(2) == 0 {
			b.WriteString(g.pick("*", "0", " ", "é", "{", "x"))
		}
		b.WriteString(g.pick("<", ">", "^", "="))
	}
	if g.r.IntN(3) == 0 {
		b.WriteString(g.pick("+", "-", " "))
	}
	if g.r.IntN(6) == 0 {
		b.WriteString("z")
	}
	if g.r.IntN(4) == 0 {
		b.WriteString("#")
	}
	if g.r.IntN(4) == 0 {
		b.WriteString("0")
	}
	if g.r.IntN(2) == 0 {
		fmt.Fprint(&b, g.r.IntN(25))
	}
	if g.r.IntN(4) == 0 {
		b.WriteString(g.pick(",", "_"))
	}
	if g.r.IntN(2) == 0 {
		fmt.Fprintf(&b, ".%d", g.r.IntN(20))
	}
	if g.r.IntN(6) != 0 {
		b.WriteByte(types[g.r.IntN(len(types))])
	}
	return b.String()
}

func (g famGen) intVal() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprint(g.r.IntN(2001) - 1000)
	case 1:
		return fmt.Sprint(g.r.Int64() >> g.r.IntN(63))
	case 2:
		return fmt.Sprintf("-%d", g.r.Uint64())
	default:
		return fmt.Sprintf("(%d**%d)", g.r.IntN(20)+2, g.r.IntN(60))
	}
}

func (g famGen) floatVal() string {
	switch g.r.IntN(5) {
	case 0:
		return g.pick("0.0", "-0.0", "float('inf')", "-float('inf')", "float('nan')", "5e-324", "1.7976931348623157e308", "0.5", "2.5", "1e16", "1e-5", "123456.789")
	case 1:
		// any finite double, from random bits
		for {
			f := math.Float64frombits(g.r.Uint64())
			if !math.IsNaN(f) && !math.IsInf(f, 0) {
				return fmt.Sprintf("float.fromhex('%x')", f)
			}
		}
	case 2:
		return fmt.Sprintf("%.*f", g.r.IntN(6), (g.r.Float64()-0.5)*math.Pow(10, float64(g.r.IntN(12))))
	case 3:
		return fmt.Sprintf("%d.%d5", g.r.IntN(100), g.r.IntN(100))
	default:
		return fmt.Sprintf("%.17g", (g.r.Float64()-0.5)*math.Pow(10, float64(g.r.IntN(40)-20)))
	}
}

// ustr returns a random str literal drawn from code points with special
// case mappings, classes and line boundaries.
func (g famGen) ustr() string {
	pool := []rune{'a', 'Z', '0', '9', ' ', '\t', '\n', '\r', '_', '-', ',', '.', 'ß', 'İ', 'ı', 'ǅ', 'ǆ', 'Ǆ',
		'ŉ', 'ΐ', 'Σ', 'σ', 'ς', 'ﬁ', 'ﬃ', 'ẞ', 'Å', 'é', '\u0301', '\u0345', '٣', '²', '½', 'Ⅻ', 'ⅻ',
		'\u00a0', '\u2028', '\u2029', '\x1c', '\x85', '\x0b', '日', '本', '\U0001F600', '𝐀', '\U00010400',
		'ǰ', 'ᾳ', 'ᾼ', 'ﬀ', 'ʼ', '\u200b', '\u3000', 'Ω', 'K', 'µ', 'ÿ', 'Ÿ', 0xd800, 0xdcff, '\x00', '\x7f'}
	n := g.r.IntN(9)
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < n; i++ {
		c := pool[g.r.IntN(len(pool))]
		switch {
		case c == '\'' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xa0 || c == 0x200b || c == 0x3000 || (c >= 0xd800 && c <= 0xdfff) || c == 0x301 || c == 0x345:
			fmt.Fprintf(&b, "\\u%04x", c)
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

func (g famGen) blit() string {
	n := g.r.IntN(10)
	var b strings.Builder
	b.WriteString("b'")
	for i := 0; i < n; i++ {
		pool := []byte("aZ09 \t\n\r,.-_\x00\xff\x80AbC")
		c := pool[g.r.IntN(len(pool))]
		fmt.Fprintf(&b, "\\x%02x", c)
	}
	b.WriteString("'")
	return b.String()
}

func (g famGen) formatLine() string {
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("format(%s, %q)", g.intVal(), g.spec("bcdoxXneEfFgG%s"))
	case 1:
		return fmt.Sprintf("format(%s, %q)", g.floatVal(), g.spec("eEfFgGn%sd"))
	case 2:
		return fmt.Sprintf("format(complex(%s, %s), %q)", g.floatVal(), g.floatVal(), g.spec("eEfFgGn%"))
	default:
		return fmt.Sprintf("format(%s, %q)", g.ustr(), g.spec("sdr"))
	}
}

func (g famGen) strLine() string {
	s := g.ustr()
	switch g.r.IntN(8) {
	case 0:
		return fmt.Sprintf("%s.%s()", s, g.pick("upper", "lower", "casefold", "title", "capitalize", "swapcase", "strip", "split", "splitlines", "isalpha", "isdigit", "isnumeric", "isdecimal", "isspace", "isprintable", "isidentifier", "isalnum", "istitle", "isupper", "islower", "expandtabs"))
	case 1:
		return fmt.Sprintf("%s.%s(%s)", s, g.pick("split", "rsplit", "partition", "rpartition", "count", "find", "rfind", "startswith", "endswith", "strip", "removeprefix", "removesuffix"), g.ustr())
	case 2:
		return fmt.Sprintf("%s.%s(%d, %s)", s, g.pick("center", "ljust", "rjust"), g.r.IntN(12), g.pick("' '", "'*'", "'é'"))
	case 3:
		return fmt.Sprintf("%s.encode(%s, %s)", s, g.pick("'utf-8'", "'utf-16'", "'utf-16-le'", "'utf-32-be'", "'ascii'", "'latin-1'", "'cp1252'", "'utf-7'", "'unicode_escape'"), g.pick("'strict'", "'ignore'", "'replace'", "'backslashreplace'", "'xmlcharrefreplace'", "'namereplace'", "'surrogateescape'", "'surrogatepass'"))
	case 4:
		return fmt.Sprintf("%s.replace(%s, %s, %d)", s, g.ustr(), g.ustr(), g.r.IntN(4)-1)
	case 5:
		return fmt.Sprintf("(%s.zfill(%d), %s.splitlines(True), %s[::-1])", s, g.r.IntN(10), s, s)
	case 6:
		return fmt.Sprintf("(%s < %s, %s == %s.lower(), %s in %s)", s, g.ustr(), s, s, g.ustr(), s)
	default:
		return fmt.Sprintf("%s.translate({%d: %s, %d: None})", s, g.r.IntN(128), g.ustr(), g.r.IntN(128))
	}
}

func (g famGen) bytesIntLine() string {
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("(%s).to_bytes(%d, %s, signed=%s)", g.intVal(), g.r.IntN(12), g.pick("'big'", "'little'"), g.pick("True", "False"))
	case 1:
		return fmt.Sprintf("int.from_bytes(%s, %s, signed=%s)", g.blit(), g.pick("'big'", "'little'"), g.pick("True", "False"))
	case 2:
		digits := "0123456789abcdefghijklmnopqrstuvwxyzABCXYZ_ +-"
		var b strings.Builder
		for i, n := 0, g.r.IntN(12); i < n; i++ {
			b.WriteByte(digits[g.r.IntN(len(digits))])
		}
		pre := g.pick("", "", "0x", "0o", "0b", "-0x", " ")
		return fmt.Sprintf("int(%q, %d)", pre+b.String(), []int{0, 2, 8, 10, 16, 36, 3, 7, 25}[g.r.IntN(9)])
	case 3:
		return fmt.Sprintf("%s.%s()", g.blit(), g.pick("upper", "lower", "title", "capitalize", "swapcase", "strip", "split", "splitlines", "isalnum", "isspace", "istitle", "hex", "decode"))
	default:
		return fmt.Sprintf("%s.%s(%s)", g.blit(), g.pick("split", "count", "find", "rfind", "partition", "rstrip", "lstrip", "startswith", "replace(b'a', b'xy', 1).count", "hex"), g.pick(g.blit(), "b'\\x00'", "b'a'", "':'"))
	}
}

func (g famGen) floatLine() string {
	x := g.floatVal()
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("round(%s, %d)", x, g.r.IntN(40)-20)
	case 1:
		return fmt.Sprintf("(repr(%s), str(%s), (%s).hex(), float(repr(%s)) == %s)", x, x, x, x, x)
	case 2:
		return fmt.Sprintf("(%s).as_integer_ratio()", x)
	case 3:
		return fmt.Sprintf("divmod(%s, %s)", x, g.floatVal())
	default:
		return fmt.Sprintf("(%s %s %s)", x, g.pick("<", "==", ">=", "%", "//", "**"), g.pick(g.floatVal(), g.intVal()))
	}
}

func (g famGen) setLine() string {
	n := g.r.IntN(30)
	items := make([]string, n)
	for i := range items {
		switch g.r.IntN(3) {
		case 0:
			items[i] = fmt.Sprint(g.r.IntN(1 << (4 + g.r.IntN(40))))
		case 1:
			items[i] = fmt.Sprintf("'%c-%d'", 'a'+rune(g.r.IntN(26)), g.r.IntN(100)) // not identifier-like: CPython's code object re-builds a constant frozenset when interning replaces one of its strs, which Krait does not model
		default:
			items[i] = fmt.Sprint(-g.r.IntN(1000))
		}
	}
	return fmt.Sprintf("list({%s} %s)", strings.Join(items, ", "), g.pick("", "", "| {1, 2, 3}", "- {0}", "& set(range(-500, 500))"))
}

// familiesProgram returns the families program's text.
func familiesProgram() string {
	g := famGen{rand.New(rand.NewPCG(familiesSeed, familiesSeed))}
	var b strings.Builder
	b.WriteString(`# Generated by tests/python/properties_families.go (seed ` + fmt.Sprint(familiesSeed) + `); do not edit.
# Regenerate and re-record with: tests/record -properties
def t(n, f):
    try:
        r = f()
    except Exception as e:
        print(n, type(e).__name__, e)
    else:
        print(n, type(r).__name__, ascii(r))

`)
	families := []func() string{g.formatLine, g.strLine, g.bytesIntLine, g.floatLine, g.setLine}
	counts := []int{3000, 2400, 1400, 1400, 400}
	i := 0
	for f, fam := range families {
		for k := 0; k < counts[f]; k++ {
			fmt.Fprintf(&b, "t(%d, lambda: %s)\n", i, fam())
			i++
		}
	}
	return b.String()
}
