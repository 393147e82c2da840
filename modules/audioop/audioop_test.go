// This file tests audioop's sample arithmetic differentially against
// python3.11's audioop on random fragments of every width.

package audioop

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"krait/internal/pyoracle"
)

const oracleScript = `
import sys, warnings
warnings.simplefilter("ignore")
import audioop
for line in sys.stdin:
    fn, w, h = (line.split() + [""])[:3]
    w, d = int(w), bytes.fromhex(h)
    if fn in ("max", "avg", "rms", "avgpp", "maxpp", "cross"):
        r = str(getattr(audioop, fn)(d, w))
    elif fn in ("reverse", "byteswap", "lin2ulaw", "lin2alaw"):
        r = getattr(audioop, fn)(d, w).hex()
    elif fn in ("ulaw2lin", "alaw2lin"):
        r = getattr(audioop, fn)(d, w).hex()
    elif fn == "lin2lin":
        r = " ".join(audioop.lin2lin(d, w, n).hex() for n in (1, 2, 3, 4))
    elif fn == "mul":
        r = " ".join(audioop.mul(d, w, f).hex() for f in (0.3, -1.7, 3.0))
    elif fn == "adpcm":
        b, st = audioop.lin2adpcm(d, w, None)
        b2, st2 = audioop.adpcm2lin(b, w, None)
        r = "%s %r %s %r" % (b.hex(), st, b2.hex(), st2)
    elif fn == "ratecv":
        b, st = audioop.ratecv(d, w, 1, 7, 3, None, 2, 1)
        b2, st2 = audioop.ratecv(d, w, 1, 3, 7, st)
        r = "%s %s" % (b.hex(), b2.hex())
    print(r)
`

// goResult computes in Go what oracleScript prints for one input line.
func goResult(fn string, w int, d []byte) string {
	h := hex.EncodeToString
	ints := map[string]func([]byte, int) int64{"max": audioop_max, "avg": audioop_avg,
		"rms": audioop_rms, "avgpp": audioop_avgpp, "maxpp": audioop_maxpp, "cross": audioop_cross}
	bytesFns := map[string]func([]byte, int) []byte{"reverse": audioop_reverse,
		"byteswap": audioop_byteswap, "lin2ulaw": audioop_lin2ulaw, "lin2alaw": audioop_lin2alaw}
	switch {
	case ints[fn] != nil:
		return fmt.Sprint(ints[fn](d, w))
	case bytesFns[fn] != nil:
		return h(bytesFns[fn](d, w))
	case fn == "ulaw2lin" || fn == "alaw2lin":
		table := &ulawTable
		if fn == "alaw2lin" {
			table = &alawTable
		}
		out := make([]byte, len(d)*w)
		for i, c := range d {
			setSample32(w, out, i*w, int32(table[c])<<16)
		}
		return h(out)
	case fn == "lin2lin":
		var parts []string
		for n := 1; n <= 4; n++ {
			out := make([]byte, len(d)/w*n)
			for i, j := 0, 0; i < len(d); i, j = i+w, j+n {
				setSample32(n, out, j, sample32(w, d, i))
			}
			parts = append(parts, h(out))
		}
		return strings.Join(parts, " ")
	case fn == "mul":
		var parts []string
		for _, f := range []float64{0.3, -1.7, 3.0} {
			out := make([]byte, len(d))
			for i := 0; i < len(d); i += w {
				setRawSample(w, out, i, bound(float64(rawSample(w, d, i))*f, w))
			}
			parts = append(parts, h(out))
		}
		return strings.Join(parts, " ")
	case fn == "adpcm":
		b, v, i := lin2adpcm(d, w, 0, 0)
		b2, v2, i2 := adpcm2lin(b, w, 0, 0)
		return fmt.Sprintf("%s (%d, %d) %s (%d, %d)", h(b), v, i, h(b2), v2, i2)
	case fn == "ratecv":
		p := ratecvParams{width: w, nchannels: 1, inrate: 7, outrate: 3, weightA: 2, weightB: 1}
		prev, cur := make([]int32, 1), make([]int32, 1)
		b, dd := ratecvRun(d, nil, &p, -p.outrate, prev, cur)
		p = ratecvParams{width: w, nchannels: 1, inrate: 3, outrate: 7, weightA: 1, weightB: 0}
		b2, _ := ratecvRun(d, nil, &p, dd, prev, cur)
		return h(b) + " " + h(b2)
	}
	return "?"
}

// randomFragment returns n random samples of width w, biased to extremes.
func randomFragment(r *rand.Rand, w, n int) []byte {
	d := make([]byte, n*w)
	r.Read(d)
	for i := 0; i+w <= len(d); i += w {
		switch r.Intn(6) {
		case 0:
			setRawSample(w, d, i, int32(minVals[w]))
		case 1:
			setRawSample(w, d, i, int32(maxVals[w]))
		case 2:
			setRawSample(w, d, i, int32(r.Intn(21)-10))
		}
	}
	return d
}

func TestOracle(t *testing.T) {
	fns := []string{"max", "avg", "rms", "avgpp", "maxpp", "cross", "reverse", "byteswap",
		"lin2ulaw", "lin2alaw", "ulaw2lin", "alaw2lin", "lin2lin", "mul", "adpcm", "ratecv"}
	r := rand.New(rand.NewSource(1))
	var input, want []string
	for k := 0; k < 600; k++ {
		fn, w := fns[k%len(fns)], 1+k/len(fns)%4
		d := randomFragment(r, w, r.Intn(40))
		input = append(input, fmt.Sprintf("%s %d %s", fn, w, hex.EncodeToString(d)))
		want = append(want, goResult(fn, w, d))
	}
	got := pyoracle.Lines(t, oracleScript, input)
	for i := range input {
		if got[i] != want[i] {
			t.Errorf("%s:\n python %s\n     go %s", input[i], got[i], want[i])
		}
	}
}
