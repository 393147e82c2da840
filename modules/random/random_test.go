// This file tests the Mersenne Twister core against python3.11's random module.

package random

import (
	"crypto/sha512"
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"
)

const randomOracle = `
import random, sys
sys.set_int_max_str_digits(0)
for line in sys.stdin:
    seed = line.strip()
    if seed.startswith('h:'):
        r = random.Random(float(seed[2:]))
    elif seed.startswith('s:'):
        r = random.Random(seed[2:])
    else:
        r = random.Random(int(seed))
    out = [float.hex(r.random()) for _ in range(5)]
    out += [str(r.getrandbits(k)) for k in (0, 1, 7, 31, 32, 33, 64, 65, 100, 1000)]
    st = r.getstate()[1]
    out += [str(st[-1]), str(st[0]), str(st[100]), float.hex(r.random())]
    print(' '.join(out))
`

// strSeed is what Lib/random.py turns a str seed into before calling _random's seed.
func strSeed(s string) *big.Int {
	b := []byte(s)
	d := sha512.Sum512(b)
	return new(big.Int).SetBytes(append(b, d[:]...))
}

func sample(r *Random) string {
	var out []string
	for i := 0; i < 5; i++ {
		out = append(out, hexFloat(r.Random()))
	}
	for _, k := range []int64{0, 1, 7, 31, 32, 33, 64, 65, 100, 1000} {
		n, _ := r.Getrandbits(k)
		out = append(out, n.String())
	}
	st, idx := r.State()
	out = append(out, fmt.Sprint(idx), fmt.Sprint(st[0]), fmt.Sprint(st[100]), hexFloat(r.Random()))
	return strings.Join(out, " ")
}

// hexFloat formats x as Python's float.hex does for the values random() returns.
func hexFloat(x float64) string {
	if x == 0 {
		return "0x0.0p+0"
	}
	fr, exp := math.Frexp(x)
	mant := uint64(fr*(1<<53)) & (1<<52 - 1)
	return fmt.Sprintf("0x1.%013xp%+d", mant, exp-1)
}

func TestRandomMatchesCPython(t *testing.T) {
	seeds := []string{"0", "1", "42", "-42", "12345", "4294967295", "4294967296",
		"-18446744073709551617", "123456789012345678901234567890123456789",
		fmt.Sprint(new(big.Int).Lsh(big.NewInt(3), 20000)), "s:hello", "s:", "s:Krait ∂", "h:-1.5", "h:0.5", "h:3.25", "h:-1180591620717411303424.0"}
	// floatHash holds python3.11's hash() of the float seeds.
	floatHash := map[string]int64{"-1.5": -1152921504606846977, "0.5": 1152921504606846976,
		"3.25": 576460752303423491, "-1180591620717411303424.0": -512}
	want := runPython(t, randomOracle, seeds)
	for i, s := range seeds {
		r := &Random{}
		if strings.HasPrefix(s, "h:") {
			r.SeedHash(floatHash[s[2:]])
		} else if strings.HasPrefix(s, "s:") {
			r.SeedInt(strSeed(s[2:]))
		} else {
			n, _ := new(big.Int).SetString(s, 10)
			r.SeedInt(n)
		}
		if got := sample(r); got != want[i] {
			t.Errorf("seed %.40s:\n got %.300s\nwant %.300s", s, got, want[i])
		}
	}
}

func TestRandomErrors(t *testing.T) {
	r := New()
	if _, err := r.Getrandbits(-1); err == nil || err.Msg != "number of bits must be non-negative" {
		t.Errorf("getrandbits(-1): %v", err)
	}
	st, _ := r.State()
	if err := r.SetState(st[:5], 0); err == nil || err.Msg != "state vector is the wrong size" {
		t.Errorf("short state: %v", err)
	}
	if err := r.SetState(st[:], 625); err == nil || err.Msg != "invalid state" {
		t.Errorf("bad index: %v", err)
	}
	a := r.Random()
	r2 := &Random{}
	r2.SetState(st[:], 624)
	if b := r2.Random(); a != b {
		t.Errorf("restored state gives %v, want %v", b, a)
	}
}

// TestRandomLongSequence crosses many twists of the state.
func TestRandomLongSequence(t *testing.T) {
	const script = `
import random, sys
sys.set_int_max_str_digits(0)
for line in sys.stdin:
    r = random.Random(int(line))
    print(' '.join(float.hex(r.random()) for _ in range(3000)), r.getrandbits(20000))
`
	seeds := []string{"42", "-7", "0"}
	want := runPython(t, script, seeds)
	for i, s := range seeds {
		n, _ := new(big.Int).SetString(s, 10)
		r := &Random{}
		r.SeedInt(n)
		var parts []string
		for k := 0; k < 3000; k++ {
			parts = append(parts, hexFloat(r.Random()))
		}
		bits, _ := r.Getrandbits(20000)
		if got := strings.Join(parts, " ") + " " + bits.String(); got != want[i] {
			t.Errorf("seed %s: long sequence differs", s)
		}
	}
}
