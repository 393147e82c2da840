// This file tests the Scanner differentially against python3.11's C
// scanner on random JSON documents and on corrupted copies of them, so
// that values, end positions and error messages all agree.

package json

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"krait/internal/pyoracle"
	"krait/runtime"
)

const scannerOracle = `
import sys, _json, json.decoder
scan = _json.make_scanner(json.decoder.JSONDecoder())
def dec(h): return ''.join(chr(int(x, 16)) for x in h.split(',')) if h else ''
for line in sys.stdin:
    doc = dec(line.strip())
    try:
        v, end = scan(doc, 0)
        print('ok', repr(v), end)
    except StopIteration as e:
        print('stop', e.value)
    except ValueError as e:
        print('err', e)
    except RecursionError as e:
        print('recursion')
`

// randomJSON writes a random JSON value of at most the given depth.
func randomJSON(r *rand.Rand, b *strings.Builder, depth int) {
	ws := func() {
		for i := r.Intn(3); i > 0; i-- {
			b.WriteByte(" \t\n\r"[r.Intn(4)])
		}
	}
	k := r.Intn(10)
	if depth <= 0 && k >= 7 {
		k = r.Intn(7)
	}
	switch k {
	case 0:
		b.WriteString([]string{"null", "true", "false", "NaN", "Infinity", "-Infinity"}[r.Intn(6)])
	case 1, 2:
		b.WriteString([]string{"0", "-0", "7", "-12", "3.25", "1e5", "-2.5E-3", "12345678901234567890123", "0.1", "1E+2", "1e400"}[r.Intn(11)])
	case 3, 4, 5, 6:
		b.WriteByte('"')
		for i := r.Intn(5); i > 0; i-- {
			b.WriteString([]string{"a", "é", `\n`, `\"`, `\u00e9`, `\ud83d\ude00`, "日本", `\\`, " "}[r.Intn(9)])
		}
		b.WriteByte('"')
	case 7, 8:
		b.WriteByte('[')
		ws()
		for i := r.Intn(4); i > 0; i-- {
			randomJSON(r, b, depth-1)
			ws()
			if i > 1 {
				b.WriteByte(',')
				ws()
			}
		}
		b.WriteByte(']')
	default:
		b.WriteByte('{')
		ws()
		for i := r.Intn(4); i > 0; i-- {
			fmt.Fprintf(b, `"k%d"`, r.Intn(3))
			ws()
			b.WriteByte(':')
			ws()
			randomJSON(r, b, depth-1)
			ws()
			if i > 1 {
				b.WriteByte(',')
				ws()
			}
		}
		b.WriteByte('}')
	}
}

// corrupt damages a document: a truncation, a deleted, doubled or
// replaced character.
func corrupt(r *rand.Rand, rs []rune) []rune {
	if len(rs) == 0 {
		return rs
	}
	i := r.Intn(len(rs))
	switch r.Intn(4) {
	case 0:
		return rs[:i]
	case 1:
		return append(append([]rune(nil), rs[:i]...), rs[i+1:]...)
	case 2:
		return append(append([]rune(nil), rs[:i+1]...), rs[i:]...)
	}
	out := append([]rune(nil), rs...)
	out[i] = []rune(`,:[]{}"\ x01-e.`)[r.Intn(15)]
	return out
}

func TestScannerOracle(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	var inputs []string
	var docs [][]rune
	for i := 0; i < 1500; i++ {
		var b strings.Builder
		randomJSON(r, &b, 3)
		rs := []rune(b.String())
		if i%2 == 1 {
			rs = corrupt(r, rs)
		}
		docs = append(docs, rs)
		inputs = append(inputs, hexRunes(rs))
	}
	want := pyoracle.Lines(t, scannerOracle, inputs)
	s := &scannerObject{strict: true, objectHook: runtime.None, pairsHook: runtime.None,
		parseFloat: runtime.FloatType.Value(), parseInt: runtime.IntType.Value(), parseConstant: runtime.FloatType.Value(),
		floatIsBuiltin: true, intIsBuiltin: true}
	for i, rs := range docs {
		doc := runtime.StrValue(textOf(rs))
		sc := &scan[rune]{s: s, doc: doc, text: rs}
		v, end, err := sc.scanOnce(0)
		if ds := doc.AsStr(); ds.IsASCII() { // the byte path must agree
			sb := &scan[byte]{s: s, doc: doc, text: []byte(ds.S)}
			v, end, err = sb.scanOnce(0)
		}
		var got string
		switch {
		case err != nil && err.Matches(runtime.StopIterationType):
			a, _ := runtime.GetAttrString(err.Value(), "value")
			got = fmt.Sprintf("stop %d", a.SmallInt())
		case err != nil:
			got = "err " + strings.TrimPrefix(err.Error(), "ValueError: ")
		default:
			rep, rerr := runtime.Repr(v)
			if rerr != nil {
				t.Fatal(rerr)
			}
			got = fmt.Sprintf("ok %s %d", rep.S, end)
		}
		if got != want[i] {
			t.Errorf("doc %q:\n got %s\nwant %s", textOf(rs), got, want[i])
		}
	}
}

const encoderOracle = `
import sys, _json, json.decoder
scan = _json.make_scanner(json.decoder.JSONDecoder())
def dec(h): return ''.join(chr(int(x, 16)) for x in h.split(',')) if h else ''
def enc(s): return ','.join('%x' % ord(c) for c in s)
for line in sys.stdin:
    mode, h = line.split()
    v = scan(dec(h), 0)[0]
    e = _json.make_encoder({}, None, _json.encode_basestring_ascii if mode == 'a' else _json.encode_basestring,
                           None, ': ', ', ', mode == 's', False, True)
    print(enc(''.join(e(v, 0))))
`

func TestEncoderOracle(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	var inputs []string
	var docs [][]rune
	var modes []string
	for i := 0; i < 800; i++ {
		var b strings.Builder
		randomJSON(r, &b, 3)
		rs := []rune(b.String())
		mode := []string{"a", "u", "s"}[i%3]
		docs, modes = append(docs, rs), append(modes, mode)
		inputs = append(inputs, mode+" "+hexRunes(rs))
	}
	want := pyoracle.Lines(t, encoderOracle, inputs)
	s := &scannerObject{strict: true, objectHook: runtime.None, pairsHook: runtime.None,
		parseFloat: runtime.FloatType.Value(), parseInt: runtime.IntType.Value(), parseConstant: runtime.FloatType.Value(),
		floatIsBuiltin: true, intIsBuiltin: true}
	for i, rs := range docs {
		sc := &scan[rune]{s: s, doc: runtime.StrValue(textOf(rs)), text: rs}
		v, _, err := sc.scanOnce(0)
		if err != nil {
			t.Fatalf("%q: %v", textOf(rs), err)
		}
		e := &encoderObject{markers: runtime.NewDict().Value(), defaultFn: runtime.None, indent: runtime.None,
			keySep: ": ", itemSep: ", ", sortKeys: modes[i] == "s", allowNaN: true, fastEncode: writeEscapedASCII}
		if modes[i] != "a" {
			e.fastEncode = writeEscapedUnicode
		}
		var b outBuf
		if err := e.encodeObj(&b, v); err != nil {
			t.Fatalf("%q: %v", textOf(rs), err)
		}
		if got := hexRunes(runtime.CodePoints(b.String())); got != want[i] {
			t.Errorf("%s %q:\n got %s\nwant %s", modes[i], textOf(rs), b.String(), want[i])
		}
	}
}
