// This file tests the string escapers and the string literal decoder
// differentially against python3.11's _json on random inputs.

package json

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"krait/internal/pyoracle"
	"krait/runtime"
)

// randomText returns random code points biased towards the characters the
// escapers and the decoder treat specially.
func randomText(r *rand.Rand, n int, alphabet []rune) []rune {
	out := make([]rune, n)
	for i := range out {
		switch r.Intn(6) {
		case 0:
			out[i] = rune(r.Intn(0x20))
		case 1:
			out[i] = rune(0x7e + r.Intn(0x100))
		case 2:
			out[i] = rune(0xd800 + r.Intn(0x800))
		case 3:
			out[i] = rune(0x10000 + r.Intn(0x1000))
		default:
			out[i] = alphabet[r.Intn(len(alphabet))]
		}
	}
	return out
}

func hexRunes(rs []rune) string {
	parts := make([]string, len(rs))
	for i, c := range rs {
		parts[i] = strconv.FormatInt(int64(c), 16)
	}
	return strings.Join(parts, ",")
}

func textOf(rs []rune) string {
	var b []byte
	for _, c := range rs {
		b = appendCodePoint(b, c)
	}
	return string(b)
}

const escapeOracle = `
import sys, _json
def dec(h): return ''.join(chr(int(x, 16)) for x in h.split(',')) if h else ''
def enc(s): return ','.join('%x' % ord(c) for c in s)
for line in sys.stdin:
    s = dec(line.strip())
    print(enc(_json.encode_basestring_ascii(s)), enc(_json.encode_basestring(s)))
`

func TestEscapersOracle(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var inputs []string
	var texts []string
	for i := 0; i < 400; i++ {
		rs := randomText(r, r.Intn(12), []rune(`ab"\/é`))
		inputs = append(inputs, hexRunes(rs))
		texts = append(texts, textOf(rs))
	}
	want := pyoracle.Lines(t, escapeOracle, inputs)
	for i, s := range texts {
		got := hexRunes(runtime.CodePoints(escapeASCII(s))) + " " + hexRunes(runtime.CodePoints(escapeUnicode(s)))
		if got != want[i] {
			t.Errorf("escape %s: got %s want %s", inputs[i], got, want[i])
		}
	}
}

const scanOracle = `
import sys, _json, json.decoder
def dec(h): return ''.join(chr(int(x, 16)) for x in h.split(',')) if h else ''
def enc(s): return ','.join('%x' % ord(c) for c in s)
for line in sys.stdin:
    strict, h = line.split()
    try:
        s, end = _json.scanstring(dec(h), 1, strict == '1')
        print('ok', enc(s), end)
    except ValueError as e:
        print('err', e)
`

func TestScanStringOracle(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	pieces := []string{`\n`, `\t`, `\"`, `\\`, `\/`, `\b`, `\f`, `\r`, `\u00e9`, `\ud83d\ude00`, `\ud83d`, `\udc00x`,
		`\ud83d\u0041`, `\u12`, `\uzz12`, `\x`, `\`, "\n", `"`, `a`, `é`, "\U0001F600", `\ud83d\uzzzz`}
	var inputs []string
	type tc struct {
		text   []rune
		strict bool
	}
	var cases []tc
	for i := 0; i < 600; i++ {
		var b strings.Builder
		b.WriteByte('"')
		for j := r.Intn(6); j > 0; j-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		if r.Intn(4) > 0 {
			b.WriteByte('"')
		}
		rs := []rune(b.String())
		strict := r.Intn(3) > 0
		cases = append(cases, tc{rs, strict})
		inputs = append(inputs, fmt.Sprintf("%d %s", map[bool]int{true: 1, false: 0}[strict], hexRunes(rs)))
	}
	want := pyoracle.Lines(t, scanOracle, inputs)
	for i, c := range cases {
		doc := runtime.StrValue(textOf(c.text))
		v, end, err := scanString(doc, c.text, 1, c.strict)
		var got string
		if err != nil {
			got = "err " + strings.TrimPrefix(err.Error(), "ValueError: ")
		} else {
			got = fmt.Sprintf("ok %s %d", hexRunes(runtime.CodePoints(v.AsStr().S)), end)
		}
		if got != want[i] {
			t.Errorf("scanstring %s: got %q want %q", inputs[i], got, want[i])
		}
	}
}
