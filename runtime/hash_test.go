// This file defines the tests of hash() of numbers, tuples, str and bytes against python3.11.
package runtime

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"testing"
)

func TestHashNumbersOracle(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	var inputs []any
	var want []string
	for i := 0; i < 6000; i++ {
		x := randomBigInt(r)
		if i%7 == 0 {
			x = new(big.Int).Add(new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(130))), big.NewInt(int64(r.Intn(5)-2)))
			if r.Intn(2) == 0 {
				x.Neg(x)
			}
		}
		inputs = append(inputs, []any{"int", x.String()})
		want = append(want, strconv.FormatInt(hashInt(x), 10))
		if x.IsInt64() {
			if hashInt64(x.Int64()) != hashInt(x) {
				t.Fatalf("hashInt64(%v) differs from hashInt", x)
			}
		}
	}
	for _, i := range []int64{math.MinInt64, math.MaxInt64, -1, -2, hashModulus, -hashModulus, hashModulus + 1} {
		inputs = append(inputs, []any{"int", strconv.FormatInt(i, 10)})
		want = append(want, strconv.FormatInt(hashInt64(i), 10))
	}
	for i := 0; i < 6000; i++ {
		f := randomFloat(r)
		if math.IsNaN(f) {
			continue
		}
		inputs = append(inputs, []any{"float", math.Float64bits(f)})
		want = append(want, strconv.FormatInt(hashFloat(f, 0), 10))
		re, im := randomFloat(r), randomFloat(r)
		if math.IsNaN(re) || math.IsNaN(im) {
			continue
		}
		inputs = append(inputs, []any{"complex", math.Float64bits(re), math.Float64bits(im)})
		want = append(want, strconv.FormatInt(hashComplex(re, im, 0), 10))
	}
	for i := 0; i < 3000; i++ {
		items := make([]any, r.Intn(6))
		hs := make([]int64, len(items))
		for k := range items {
			x := randomBigInt(r)
			items[k], hs[k] = x.String(), hashInt(x)
		}
		inputs = append(inputs, []any{"tuple", items})
		want = append(want, strconv.FormatInt(hashTuple(hs), 10))
	}
	handle := `
def handle(x):
    if x[0] == 'int': return hash(int(x[1]))
    if x[0] == 'float': return hash(F(x[1]))
    if x[0] == 'complex': return hash(complex(F(x[1]), F(x[2])))
    return hash(tuple(int(i) for i in x[1]))
`
	res := runOracle(t, handle, inputs)
	m := &mismatches{t: t}
	for i := range inputs {
		m.check(inputs[i], want[i], res[i].String())
	}
	m.done()
}

func TestHashFloatMatchesInt(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 1 << 61, -(1 << 62), 1e300, 12345678} {
		x, _ := new(big.Float).SetFloat64(f).Int(nil)
		if hashFloat(f, 0) != hashInt(x) {
			t.Errorf("hash(%v) = %d, hash(int) = %d", f, hashFloat(f, 0), hashInt(x))
		}
	}
	if hashFloat(math.Inf(-1), 0) != -314159 {
		t.Error("hash(-inf)")
	}
	if hashFloat(math.NaN(), 0x1234560) != 0x123456 {
		t.Error("hash(nan) must be the identity hash")
	}
}

// strCodePoints renders s as code points, so lone surrogates pass through JSON.
func strCodePoints(s string) []int {
	cps := []int{}
	for _, c := range codePoints(s) {
		cps = append(cps, int(c))
	}
	return cps
}

func TestHashStrOracle(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	strs := []string{"abc", "é", "€", "😀x", "", "a", "\x00", "\xed\xa0\x80", "x\xed\xbf\xbfy",
		"abcdefgh", "abcdefghi", "0123456789abcdef"}
	for i := 0; i < 3000; i++ {
		n := r.Intn(40)
		cps := make([]rune, n)
		ranges := []int32{0x80, 0x100, 0x800, 0x10000, 0x110000}
		top := ranges[r.Intn(len(ranges))]
		for k := range cps {
			cps[k] = rune(r.Int31n(top))
		}
		var b []byte
		for _, c := range cps {
			b = appendCodePoint(b, c)
		}
		strs = append(strs, string(b))
	}
	for _, seed := range []string{"0", "123", "1", "4294967295"} {
		key, ok := newHashKey(seed)
		if !ok {
			t.Fatal("bad seed", seed)
		}
		var inputs []any
		var want []string
		for _, s := range strs {
			inputs = append(inputs, []any{"str", strCodePoints(s)})
			want = append(want, strconv.FormatInt(hashStr(s, &key), 10))
			inputs = append(inputs, []any{"bytes", byteInts(s)})
			want = append(want, strconv.FormatInt(hashBytes([]byte(s), &key), 10))
		}
		handle := `
def handle(x):
    if x[0] == 'str': return hash(''.join(map(chr, x[1])))
    return hash(bytes(x[1]))
`
		res := runOracle(t, handle, inputs, "PYTHONHASHSEED="+seed)
		m := &mismatches{t: t}
		for i := range inputs {
			m.check(fmt.Sprint("seed ", seed, inputs[i]), want[i], res[i].String())
		}
		m.done()
	}
}

func TestHashKeyRandom(t *testing.T) {
	a, ok1 := newHashKey("")
	b, ok2 := newHashKey("random")
	if !ok1 || !ok2 || a == b {
		t.Error("random keys must differ")
	}
	for _, bad := range []string{"-1", "4294967296", "x", "1.5"} {
		if _, ok := newHashKey(bad); ok {
			t.Errorf("seed %q accepted", bad)
		}
	}
}

// byteInts renders the bytes of s as numbers for JSON.
func byteInts(s string) []int {
	out := []int{}
	for i := 0; i < len(s); i++ {
		out = append(out, int(s[i]))
	}
	return out
}

func TestHashFrozensetOracle(t *testing.T) {
	r := rand.New(rand.NewSource(14))
	var inputs []any
	var want []string
	for i := 0; i < 2000; i++ {
		seen := map[string]bool{}
		var items []string
		var hs []int64
		for n := r.Intn(12); n > 0; n-- {
			x := randomBigInt(r)
			if seen[x.String()] {
				continue
			}
			seen[x.String()] = true
			items = append(items, x.String())
			hs = append(hs, hashInt(x))
		}
		inputs = append(inputs, items)
		want = append(want, strconv.FormatInt(hashFrozenset(hs), 10))
	}
	res := runOracle(t, "def handle(x): return hash(frozenset(int(i) for i in (x or [])))", inputs)
	m := &mismatches{t: t}
	for i := range inputs {
		m.check(inputs[i], want[i], res[i].String())
	}
	m.done()
}

func FuzzHashStr(f *testing.F) {
	f.Add("abc")
	f.Add("\xed\xa0\x80x")
	key, _ := newHashKey("0")
	f.Fuzz(func(t *testing.T, s string) {
		hashStr(s, &key)
		if isASCII(s) {
			// The ASCII fast path must agree with the general one.
			b := []byte(s)
			if hashStr(s, &key) != hashBytes(b, &key) {
				t.Fatal("ASCII str and bytes hashes differ")
			}
		}
	})
}

func BenchmarkHashStrASCII(b *testing.B) {
	key, _ := newHashKey("0")
	for i := 0; i < b.N; i++ {
		hashStr("some_identifier", &key)
	}
}

func BenchmarkHashStrLatin1(b *testing.B) {
	key, _ := newHashKey("0")
	for i := 0; i < b.N; i++ {
		hashStr("café_identifier", &key)
	}
}
