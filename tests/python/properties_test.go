// This file defines the randomized property program: a few thousand int,
// float, str and bytes expressions generated from a fixed seed into one case,
// properties/exprs.py, whose CPython output tests/record keeps in
// properties/exprs.out like any other case's. TestCases runs it on Krait;
// TestPropertyProgram checks that the committed program is what the
// generator makes, so that changing the generator means re-recording.

package pythoncases

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

var updateProperties = flag.Bool("update-properties", false, "rewrite properties/exprs.py from its generator")

const (
	propertyFile  = "properties/exprs.py"
	propertySeed  = 20261126
	propertyCount = 3000
)

// exprGen builds random expressions of a wanted kind. Sizes are bounded
// (small exponents, shifts and repeat counts) so that the program stays
// fast on CPython.
type exprGen struct{ r *rand.Rand }

func (g exprGen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }

func (g exprGen) intLit() string {
	switch g.r.IntN(6) {
	case 0:
		return g.pick("0", "1", "-1", "2", "7", "-3", "10", "255", "-256")
	case 1:
		return fmt.Sprint(g.r.Int64() >> g.r.IntN(63))
	case 2:
		return fmt.Sprint(-(g.r.Int64() >> g.r.IntN(63)))
	case 3:
		return g.pick("(2**64)", "(-2**63)", "(10**30)", "(-(10**25))", "(2**100-1)", "(3**50)")
	case 4:
		return g.pick("True", "False")
	default:
		return fmt.Sprint(g.r.IntN(2001) - 1000)
	}
}

func (g exprGen) floatLit() string {
	switch g.r.IntN(5) {
	case 0:
		return g.pick("0.0", "-0.0", "1.0", "0.1", "-2.5", "1e300", "1e-300", "5e-324", "1.7976931348623157e308")
	case 1:
		return g.pick("float('inf')", "float('-inf')", "float('nan')", "0.5", "3.141592653589793", "1e16", "123456789.125")
	case 2:
		return fmt.Sprintf("%.17g", (g.r.Float64()-0.5)*1000)
	case 3:
		return fmt.Sprintf("%g", (g.r.Float64()-0.5)*1e20)
	default:
		return fmt.Sprintf("%d.%d", g.r.IntN(200)-100, g.r.IntN(1000))
	}
}

func (g exprGen) strLit() string {
	return g.pick(`''`, `'a'`, `'abc'`, `'Hello, World'`, `'  pad  '`, `'ß'`, `'ǅungla'`,
		`'straße'`, `'ﬁne'`, `'İi'`, `'a,b,,c'`, `'x\ty\nz'`, `'123'`, `'-4.5'`, `'ΣΑΣ'`,
		`'日本語'`, `'\x00\x7f'`, `'é'`, `'e\u0301'`, `'aAbB'`, `'0x1F'`, `'  42  '`)
}

// intExpr returns an expression that is an int (or raises).
func (g exprGen) intExpr(d int) string {
	if d <= 0 || g.r.IntN(4) == 0 {
		return g.intLit()
	}
	a, b := g.intExpr(d-1), g.intExpr(d-1)
	switch g.r.IntN(14) {
	case 0, 1, 2:
		return fmt.Sprintf("(%s %s %s)", a, g.pick("+", "-", "*", "//", "%", "&", "|", "^"), b)
	case 3:
		return fmt.Sprintf("(%s ** %d)", a, g.r.IntN(12))
	case 4:
		return fmt.Sprintf("(%s %s %d)", a, g.pick("<<", ">>"), g.r.IntN(80))
	case 5:
		return fmt.Sprintf("%s(%s)", g.pick("-", "~", "+", "abs", "int", "bool"), a)
	case 6:
		return fmt.Sprintf("pow(%s, %d, %s)", a, g.r.IntN(40), b)
	case 7:
		return fmt.Sprintf("divmod(%s, %s)[%d]", a, b, g.r.IntN(2))
	case 8:
		return fmt.Sprintf("%s(%s, %s)", g.pick("min", "max"), a, b)
	case 9:
		return fmt.Sprintf("int(%s)", g.floatExpr(d-1))
	case 10:
		return fmt.Sprintf("round(%s)", g.floatExpr(d-1))
	case 11:
		return fmt.Sprintf("len(%s)", g.strExpr(d-1))
	case 12:
		return fmt.Sprintf("(%s).bit_length()", a)
	default:
		return fmt.Sprintf("(%s %s %s)", a, g.pick("<", "<=", "==", "!=", ">", ">="), b)
	}
}

// floatExpr returns an expression that is a float (or raises).
func (g exprGen) floatExpr(d int) string {
	if d <= 0 || g.r.IntN(4) == 0 {
		return g.floatLit()
	}
	a := g.floatExpr(d - 1)
	var b string
	if g.r.IntN(3) == 0 {
		b = g.intExpr(d - 1)
	} else {
		b = g.floatExpr(d - 1)
	}
	switch g.r.IntN(9) {
	case 0, 1, 2:
		return fmt.Sprintf("(%s %s %s)", a, g.pick("+", "-", "*", "/", "//", "%"), b)
	case 3:
		return fmt.Sprintf("(%s ** %s)", a, g.pick("2", "0.5", "-1", "3", "0", "-0.5", "1.5"))
	case 4:
		return fmt.Sprintf("%s(%s)", g.pick("-", "abs", "float"), a)
	case 5:
		return fmt.Sprintf("round(%s, %d)", a, g.r.IntN(9)-3)
	case 6:
		return fmt.Sprintf("float(%s)", g.intExpr(d-1))
	case 7:
		return fmt.Sprintf("(%s / %s)", g.intExpr(d-1), g.intExpr(d-1))
	default:
		return fmt.Sprintf("float(%s)", g.pick("'1e5'", "' 2.5 '", "'-inf'", "'nan'", "'0x10'", "'1_000.5'", "'.5'"))
	}
}

// strExpr returns an expression that is a str (or raises).
func (g exprGen) strExpr(d int) string {
	if d <= 0 || g.r.IntN(4) == 0 {
		return g.strLit()
	}
	a := g.strExpr(d - 1)
	switch g.r.IntN(12) {
	case 0:
		return fmt.Sprintf("(%s + %s)", a, g.strExpr(d-1))
	case 1:
		return fmt.Sprintf("(%s * %d)", a, g.r.IntN(4)-1)
	case 2:
		return fmt.Sprintf("%s.%s()", a, g.pick("upper", "lower", "casefold", "title", "capitalize",
			"swapcase", "strip", "lstrip", "rstrip", "expandtabs"))
	case 3:
		return fmt.Sprintf("%s[%d:%d:%d]", a, g.r.IntN(9)-4, g.r.IntN(9)-4, g.pick1to3())
	case 4:
		return fmt.Sprintf("%s.%s(%d, %s)", a, g.pick("center", "ljust", "rjust"), g.r.IntN(16), g.pick("' '", "'*'", "'ab'"))
	case 5:
		return fmt.Sprintf("repr(%s)", g.anyExpr(d-1))
	case 6:
		return fmt.Sprintf("str(%s)", g.anyExpr(d-1))
	case 7:
		return fmt.Sprintf("format(%s, %s)", g.intExpr(d-1), g.pick("'x'", "'#b'", "'+,d'", "'>10'", "'^8o'", "'_X'", "'08d'", "'c'", "'e'", "'.3%'"))
	case 8:
		return fmt.Sprintf("format(%s, %s)", g.floatExpr(d-1), g.pick("'.2f'", "'e'", "'g'", "'.0f'", "'+.3e'", "'%'", "',.1f'", "'>12.4g'", "'#.0f'", "''", "'.17g'", "'n'", "'a'"))
	case 9:
		return fmt.Sprintf("%s.replace(%s, %s)", a, g.strLit(), g.strLit())
	case 10:
		return fmt.Sprintf("'|'.join(%s.split(%s))", a, g.pick("None", "','", "'a'", "' '"))
	default:
		return fmt.Sprintf("('%%s|%%r|%%5.2f|%%x' %% (%s, %s, %s, %s))", a, a, g.floatExpr(d-1), g.intExpr(d-1))
	}
}

func (g exprGen) pick1to3() int { return []int{1, 1, 2, -1, 3}[g.r.IntN(5)] }

func (g exprGen) anyExpr(d int) string {
	switch g.r.IntN(4) {
	case 0:
		return g.intExpr(d)
	case 1:
		return g.floatExpr(d)
	case 2:
		return g.bytesExpr(d)
	default:
		return g.strExpr(d)
	}
}

func (g exprGen) bytesLit() string {
	return g.pick(`b''`, `b'a'`, `b'abc'`, `b'\x00\xff'`, `b'Hello, World'`, `b'a,b,,c'`, `b'  pad  '`,
		`b'\xc3\xa9t\xc3\xa9'`, `b'\xe9'`, `b'x\ty\nz'`, `bytearray(b'mut')`, `b'%s-%d'`, `b'\xed\xa0\x80'`)
}

// bytesExpr returns an expression that is bytes, bytearray, or a str
// decoded from or encoded to them (or raises).
func (g exprGen) bytesExpr(d int) string {
	if d <= 0 || g.r.IntN(4) == 0 {
		return g.bytesLit()
	}
	a := g.bytesExpr(d - 1)
	codec := g.pick("'utf-8'", "'latin-1'", "'ascii'", "'utf-16'", "'utf-16-be'", "'utf-32-le'", "'cp1252'", "'unicode_escape'", "'raw_unicode_escape'")
	errors := g.pick("'strict'", "'ignore'", "'replace'", "'backslashreplace'", "'surrogateescape'", "'surrogatepass'")
	switch g.r.IntN(12) {
	case 0:
		return fmt.Sprintf("(%s + %s)", a, g.bytesExpr(d-1))
	case 1:
		return fmt.Sprintf("(%s * %d)", a, g.r.IntN(4)-1)
	case 2:
		return fmt.Sprintf("%s.%s()", a, g.pick("upper", "lower", "title", "capitalize", "swapcase", "strip", "hex", "isalpha", "isdigit", "splitlines"))
	case 3:
		return fmt.Sprintf("%s[%d:%d:%d]", a, g.r.IntN(9)-4, g.r.IntN(9)-4, g.pick1to3())
	case 4:
		return fmt.Sprintf("%s.decode(%s, %s)", a, codec, errors)
	case 5:
		return fmt.Sprintf("%s.encode(%s, %s)", g.strExpr(d-1), codec, g.pick("'strict'", "'ignore'", "'replace'", "'backslashreplace'", "'xmlcharrefreplace'", "'namereplace'", "'surrogateescape'"))
	case 6:
		return fmt.Sprintf("memoryview(%s)%s", a, g.pick(".tolist()", ".tobytes()", ".hex(':')", "[1:].tobytes()", "[::-1].tobytes()", ".cast('c').tolist()", "[0]", " == "+g.bytesLit()))
	case 7:
		return fmt.Sprintf("(%s %% (%s, %s))", g.pick(`b'%s|%d'`, `b'%r|%x'`, `b'%-5s|%05.1f'`, `b'%b|%c'`, `b'%a|%i'`), a, g.intExpr(d-1))
	case 8:
		return fmt.Sprintf("%s.%s(%s)", a, g.pick("split", "count", "find", "startswith", "partition", "rstrip"), g.bytesLit())
	case 9:
		return fmt.Sprintf("bytes(%s)", g.pick(a, fmt.Sprint(g.r.IntN(5)), "[1, 2, 255]", "[256]", "memoryview("+a+")[::2]"))
	case 10:
		return fmt.Sprintf("(%s).to_bytes(%d, %s, signed=%s)", g.intExpr(d-1), g.r.IntN(10), g.pick("'big'", "'little'"), g.pick("True", "False"))
	default:
		return fmt.Sprintf("int.from_bytes(%s, %s, signed=%s)", a, g.pick("'big'", "'little'"), g.pick("True", "False"))
	}
}

// propertyProgram returns the generated program's text.
func propertyProgram() string {
	g := exprGen{rand.New(rand.NewPCG(propertySeed, propertySeed))}
	var b strings.Builder
	b.WriteString(`# Generated by tests/python/properties_test.go (seed ` + fmt.Sprint(propertySeed) + `); do not edit.
# Regenerate and re-record with: tests/record -properties
def t(n, f):
    try:
        r = f()
    except Exception as e:
        print(n, type(e).__name__, e)
    else:
        print(n, type(r).__name__, repr(r))

`)
	for i := 0; i < propertyCount; i++ {
		fmt.Fprintf(&b, "t(%d, lambda: %s)\n", i, g.anyExpr(3))
	}
	return b.String()
}

// TestPropertyProgram checks that properties/exprs.py is the generator's
// output; -update-properties rewrites it (tests/record -properties does).
func TestPropertyProgram(t *testing.T) {
	for file, want := range map[string]string{propertyFile: propertyProgram(), familiesFile: familiesProgram()} {
		if *updateProperties {
			if err := os.MkdirAll("properties", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Fatalf("%s is not what the generator makes; run tests/record -properties and review the diff", file)
		}
	}
}
