// This file fuzzes the compressor differentially against python3.11's
// zlib (the system zlib 1.2.13): random inputs, parameters, chunkings and
// flushes must give byte-identical output for every call.
package zlib

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

// diffOp is one call: compress(data), or flush(mode) when flush >= 0.
type diffOp struct {
	Data  string `json:"data,omitempty"`
	Flush int    `json:"flush"`
}

// diffCase is one stream; OneShot uses zlib.compress on Ops[0].Data.
// CopyAt (when >= 0) copies the object before that op and runs the rest
// of the ops on both objects.
type diffCase struct {
	OneShot  bool     `json:"oneshot"`
	Level    int      `json:"level"`
	Wbits    int      `json:"wbits"`
	MemLevel int      `json:"memlevel"`
	Strategy int      `json:"strategy"`
	Zdict    *string  `json:"zdict"`
	Ops      []diffOp `json:"ops"`
	CopyAt   int      `json:"copyat"`
}

const diffScript = `
import sys, json, zlib
cases = json.load(sys.stdin)
res = []
for c in cases:
    outs = []
    try:
        if c["oneshot"]:
            outs.append(zlib.compress(bytes.fromhex(c["ops"][0].get("data", "")), c["level"], c["wbits"]).hex())
        else:
            kw = {}
            if c["zdict"] is not None:
                kw["zdict"] = bytes.fromhex(c["zdict"])
            objs = [zlib.compressobj(c["level"], zlib.DEFLATED, c["wbits"], c["memlevel"], c["strategy"], **kw)]
            for i, op in enumerate(c["ops"]):
                if i == c["copyat"]:
                    objs.append(objs[0].copy())
                for o in objs:
                    if op["flush"] < 0:
                        outs.append(o.compress(bytes.fromhex(op.get("data", ""))).hex())
                    else:
                        outs.append(o.flush(op["flush"]).hex())
    except Exception as e:
        outs.append("%s: %s" % (type(e).__name__, e))
    res.append(outs)
json.dump(res, sys.stdout)
`

// runKrait runs a case through this package's compressor.
func runKrait(c diffCase) []string {
	var outs []string
	if c.OneShot {
		b, _ := hex.DecodeString(c.Ops[0].Data)
		return []string{hex.EncodeToString(oneShot(b, c.Level, c.Wbits))}
	}
	var zdict []byte
	if c.Zdict != nil {
		zdict, _ = hex.DecodeString(*c.Zdict)
	}
	d, ok := newDeflater(c.Level, c.Wbits, c.MemLevel, c.Strategy, zdict)
	if !ok {
		return []string{"ValueError: Invalid dictionary"}
	}
	objs := []*deflater{d}
	for i, op := range c.Ops {
		if i == c.CopyAt {
			objs = append(objs, d.copyDeflater())
		}
		for _, o := range objs {
			var out []byte
			var err *exc
			if op.Flush < 0 {
				b, _ := hex.DecodeString(op.Data)
				out, err = o.compress(b)
			} else {
				out, err = o.flush(op.Flush)
			}
			if err != nil {
				return append(outs, "error: python error")
			}
			outs = append(outs, hex.EncodeToString(out))
		}
	}
	return outs
}

var words = []string{"the", "zlib", "deflate", "krait", "python", "stream", "window", "match",
	"lazy", "huffman", "block", " ", " ", "\n", ", ", ". ", "0123", "é", "data", "compress"}

// genData makes input of one of several kinds.
func genData(r *rand.Rand, n int) []byte {
	b := make([]byte, 0, n)
	switch r.Intn(7) {
	case 0:
		b = b[:n]
		r.Read(b)
	case 1:
		for len(b) < n {
			b = append(b, words[r.Intn(len(words))]...)
		}
	case 2:
		pat := make([]byte, 1+r.Intn(40))
		r.Read(pat)
		for len(b) < n {
			b = append(b, pat...)
			if r.Intn(10) == 0 {
				b = append(b, byte(r.Intn(256)))
			}
		}
	case 3:
		k := 2 + r.Intn(6)
		for len(b) < n {
			b = append(b, byte('a'+r.Intn(k)))
		}
	case 4:
		b = b[:n]
	case 5:
		// Long-distance repeats exercise the window edge and TOO_FAR.
		seg := make([]byte, 3000+r.Intn(40000))
		r.Read(seg)
		for len(b) < n {
			if r.Intn(3) == 0 {
				b = append(b, seg[:r.Intn(len(seg))]...)
			} else {
				off := r.Intn(len(seg) - 10)
				b = append(b, seg[off:off+3+r.Intn(8)]...)
				b = append(b, byte(r.Intn(256)))
			}
		}
	default:
		for len(b) < n {
			if r.Intn(2) == 0 {
				b = append(b, words[r.Intn(len(words))]...)
			} else {
				b = append(b, byte(r.Intn(256)))
			}
		}
	}
	return b[:n]
}

func genSize(r *rand.Rand, big bool) int {
	switch r.Intn(5) {
	case 0:
		return r.Intn(20)
	case 1:
		return r.Intn(2000)
	case 2:
		return r.Intn(40000)
	case 3:
		if big {
			return r.Intn(300000)
		}
		return r.Intn(70000)
	}
	return r.Intn(10000)
}

func genCase(r *rand.Rand, big bool) diffCase {
	c := diffCase{Level: r.Intn(11) - 1, MemLevel: 1 + r.Intn(9), CopyAt: -1}
	switch r.Intn(3) {
	case 0:
		c.Wbits = 8 + r.Intn(8)
	case 1:
		c.Wbits = -(9 + r.Intn(7))
	default:
		c.Wbits = 25 + r.Intn(7)
	}
	if r.Intn(3) == 0 {
		c.Wbits = []int{15, -15, 31}[r.Intn(3)]
	}
	if r.Intn(2) == 0 {
		c.Strategy = r.Intn(5)
	}
	if r.Intn(6) == 0 {
		c.OneShot = true
		c.MemLevel = 8
		c.Ops = []diffOp{{Data: hex.EncodeToString(genData(r, genSize(r, big))), Flush: -1}}
		return c
	}
	if c.Wbits < 25 && r.Intn(5) == 0 {
		z := hex.EncodeToString(genData(r, r.Intn(40000)))
		c.Zdict = &z
	}
	total := genSize(r, big)
	data := genData(r, total)
	for len(data) > 0 || r.Intn(3) == 0 {
		n := min(len(data), r.Intn(1+total/(1+r.Intn(8)))+r.Intn(3))
		c.Ops = append(c.Ops, diffOp{Data: hex.EncodeToString(data[:n]), Flush: -1})
		data = data[n:]
		if r.Intn(4) == 0 {
			c.Ops = append(c.Ops, diffOp{Flush: []int{0, 1, 2, 2, 3, 5, 5}[r.Intn(7)]})
		}
		if len(data) == 0 && r.Intn(2) == 0 {
			break
		}
	}
	c.Ops = append(c.Ops, diffOp{Flush: zFinish})
	if r.Intn(8) == 0 && len(c.Ops) > 1 {
		c.CopyAt = r.Intn(len(c.Ops))
	}
	return c
}

func runPython(t *testing.T, cases []diffCase) [][]string {
	in, _ := json.Marshal(cases)
	cmd := exec.Command("python3.11", "-c", diffScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v\n%s", err, stderr.String())
	}
	var res [][]string
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res
}

// TestDeflateMatchesCPython compares batches of random cases;
// KRAIT_ZLIB_FUZZ=N runs N cases with inputs up to 300 KB.
func TestDeflateMatchesCPython(t *testing.T) {
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("python3.11 not found")
	}
	n, big := 300, false
	if v, err := strconv.Atoi(os.Getenv("KRAIT_ZLIB_FUZZ")); err == nil {
		n, big = v, true
	}
	if testing.Short() {
		n = 60
	}
	seed := int64(20261126)
	if v, err := strconv.ParseInt(os.Getenv("KRAIT_ZLIB_SEED"), 10, 64); err == nil {
		seed = v
	}
	r := rand.New(rand.NewSource(seed))
	const batch = 100
	fails := 0
	for done := 0; done < n; done += batch {
		cases := make([]diffCase, min(batch, n-done))
		for i := range cases {
			cases[i] = genCase(r, big)
		}
		want := runPython(t, cases)
		for i, c := range cases {
			got := runKrait(c)
			if fmt.Sprint(got) != fmt.Sprint(want[i]) && !bothErrors(got, want[i]) {
				fails++
				if fails <= 5 {
					t.Errorf("case %d (oneshot=%v level=%d wbits=%d mem=%d strat=%d zdict=%v ops=%d copy=%d): %s",
						done+i, c.OneShot, c.Level, c.Wbits, c.MemLevel, c.Strategy, c.Zdict != nil, len(c.Ops), c.CopyAt, firstDiff(got, want[i]))
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases differ", fails, n)
	}
}

func bothErrors(got, want []string) bool {
	return len(got) == len(want) && len(got) > 0 &&
		len(got[len(got)-1]) > 6 && got[len(got)-1][:6] == "error:" && bytes.Contains([]byte(want[len(want)-1]), []byte("error"))
}

func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			g, w := got[i], want[i]
			j := 0
			for j < len(g) && j < len(w) && g[j] == w[j] {
				j++
			}
			return fmt.Sprintf("call %d: lengths %d/%d, first difference at hex %d: got %.40s want %.40s", i, len(g), len(w), j, g[min(j, len(g)):], w[min(j, len(w)):])
		}
	}
	return fmt.Sprintf("%d calls, want %d", len(got), len(want))
}
