// This file fuzzes decompression differentially against python3.11:
// valid, truncated, corrupted and padded streams fed in random chunks
// with random max_length must give the same output, unconsumed_tail,
// unused_data, eof and errors.
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
	"strings"
	"testing"
)

// inflateCase feeds Chunks with MaxLens (then drains unconsumed_tail
// with the same limit) and ends with flush(); OneShot uses
// zlib.decompress.
type inflateCase struct {
	OneShot bool     `json:"oneshot"`
	Wbits   int      `json:"wbits"`
	Zdict   *string  `json:"zdict"`
	Chunks  []string `json:"chunks"`
	MaxLens []int    `json:"maxlens"`
	CopyAt  int      `json:"copyat"`
}

const inflateScript = `
import sys, json, zlib
res = []
for c in json.load(sys.stdin):
    outs = []
    try:
        if c["oneshot"]:
            outs.append(zlib.decompress(bytes.fromhex(c["chunks"][0]), c["wbits"]).hex())
        else:
            kw = {} if c["zdict"] is None else {"zdict": bytes.fromhex(c["zdict"])}
            d = zlib.decompressobj(c["wbits"], **kw)
            for i, (ch, ml) in enumerate(zip(c["chunks"], c["maxlens"])):
                if i == c["copyat"]:
                    d = d.copy()
                outs.append(d.decompress(bytes.fromhex(ch), ml).hex())
                n = 0
                while d.unconsumed_tail and n < 50:
                    outs.append(d.decompress(d.unconsumed_tail, ml).hex())
                    n += 1
                outs.append("%d %d %s" % (len(d.unconsumed_tail), len(d.unused_data), d.eof))
            outs.append(d.flush().hex())
            outs.append("%d %d %s" % (len(d.unconsumed_tail), len(d.unused_data), d.eof))
    except Exception as e:
        outs.append("%s: %s" % (type(e).__name__, e))
    res.append(outs)
json.dump(res, sys.stdout)
`

func runKraitInflate(c inflateCase) (outs []string) {
	fail := func(e *exc) []string {
		return append(outs, "error: "+excText(e))
	}
	if c.OneShot {
		b, _ := hex.DecodeString(c.Chunks[0])
		out, err := decompressOnce(b, c.Wbits, 16384)
		if err != nil {
			return fail(err)
		}
		return []string{hex.EncodeToString(out)}
	}
	d := &decompressor{s: newInflateState(c.Wbits)}
	if c.Zdict != nil {
		d.zdict, _ = hex.DecodeString(*c.Zdict)
		if c.Wbits < 0 {
			if e := d.setZdict(); e != nil {
				return fail(e)
			}
		}
	}
	state := func() string {
		return fmt.Sprintf("%d %d %s", len(d.unconsumedTail), len(d.unusedData), map[bool]string{true: "True", false: "False"}[d.eof])
	}
	for i, ch := range c.Chunks {
		if i == c.CopyAt {
			d = d.copyDecompressor()
		}
		b, _ := hex.DecodeString(ch)
		out, err := d.decompress(b, c.MaxLens[i])
		if err != nil {
			return fail(err)
		}
		outs = append(outs, hex.EncodeToString(out))
		for n := 0; len(d.unconsumedTail) > 0 && n < 50; n++ {
			out, err = d.decompress(d.unconsumedTail, c.MaxLens[i])
			if err != nil {
				return fail(err)
			}
			outs = append(outs, hex.EncodeToString(out))
		}
		outs = append(outs, state())
	}
	out, err := d.flush(defBufSize)
	if err != nil {
		return fail(err)
	}
	return append(outs, hex.EncodeToString(out), state())
}

// excText renders a zlib.error raised by the package for comparison.
func excText(e *exc) string {
	return e.Error()
}

func genInflateCase(r *rand.Rand) inflateCase {
	c := genCase(r, false)
	c.OneShot = false
	if c.Level < 0 {
		c.Level = 6
	}
	var zdict []byte
	if c.Zdict != nil {
		zdict, _ = hex.DecodeString(*c.Zdict)
	}
	var stream []byte
	d, ok := newDeflater(c.Level, c.Wbits, c.MemLevel, c.Strategy, zdict)
	if !ok {
		d, _ = newDeflater(c.Level, c.Wbits, c.MemLevel, c.Strategy, nil)
		c.Zdict = nil
	}
	for _, op := range c.Ops {
		if op.Flush < 0 {
			b, _ := hex.DecodeString(op.Data)
			o, _ := d.compress(b)
			stream = append(stream, o...)
		} else if op.Flush != 0 {
			o, _ := d.flush(op.Flush)
			stream = append(stream, o...)
		}
	}
	ic := inflateCase{Wbits: c.Wbits, Zdict: c.Zdict, CopyAt: -1}
	switch r.Intn(8) {
	case 0:
		stream = stream[:r.Intn(len(stream)+1)]
	case 1:
		if len(stream) > 0 {
			stream[r.Intn(len(stream))] ^= byte(1 + r.Intn(255))
		}
	case 2:
		stream = append(stream, genData(r, r.Intn(100))...)
	case 3:
		// Decode gzip and zlib streams with automatic detection.
		if ic.Wbits > 15 || (ic.Wbits >= 9 && ic.Zdict == nil) {
			ic.Wbits = 47
		}
	case 4:
		if ic.Wbits > 0 && ic.Wbits <= 15 {
			ic.Wbits = []int{0, 15, 9}[r.Intn(3)]
		}
	}
	if r.Intn(6) == 0 {
		ic.OneShot = true
		ic.Zdict = nil
		ic.Chunks = []string{hex.EncodeToString(stream)}
		return ic
	}
	for len(stream) > 0 || len(ic.Chunks) == 0 {
		n := min(len(stream), 1+r.Intn(1+len(stream)/(1+r.Intn(6))))
		ic.Chunks = append(ic.Chunks, hex.EncodeToString(stream[:n]))
		ml := 0
		if r.Intn(2) == 0 {
			ml = 1 + r.Intn([]int{10, 300, 5000, 70000}[r.Intn(4)])
		}
		ic.MaxLens = append(ic.MaxLens, ml)
		stream = stream[n:]
	}
	if r.Intn(6) == 0 {
		ic.CopyAt = r.Intn(len(ic.Chunks))
	}
	return ic
}

// TestInflateMatchesCPython compares decompression call by call;
// KRAIT_ZLIB_FUZZ=N runs N cases.
func TestInflateMatchesCPython(t *testing.T) {
	if _, err := exec.LookPath("python3.11"); err != nil {
		t.Skip("python3.11 not found")
	}
	n := 300
	if v, err := strconv.Atoi(os.Getenv("KRAIT_ZLIB_FUZZ")); err == nil {
		n = v
	}
	if testing.Short() {
		n = 60
	}
	seed := int64(99)
	if v, err := strconv.ParseInt(os.Getenv("KRAIT_ZLIB_SEED"), 10, 64); err == nil {
		seed = v
	}
	r := rand.New(rand.NewSource(seed))
	fails := 0
	for done := 0; done < n; done += 100 {
		cases := make([]inflateCase, min(100, n-done))
		for i := range cases {
			cases[i] = genInflateCase(r)
		}
		in, _ := json.Marshal(cases)
		cmd := exec.Command("python3.11", "-c", inflateScript)
		cmd.Stdin = bytes.NewReader(in)
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		var want [][]string
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		for i, c := range cases {
			got := runKraitInflate(c)
			if !sameInflate(got, want[i]) {
				fails++
				if fails <= 5 {
					t.Errorf("case %d (oneshot=%v wbits=%d zdict=%v chunks=%d copy=%d): %s",
						done+i, c.OneShot, c.Wbits, c.Zdict != nil, len(c.Chunks), c.CopyAt, firstDiff(got, want[i]))
				}
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases differ", fails, n)
	}
}

// sameInflate compares results; an error compares by its message.
func sameInflate(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		g, w := got[i], want[i]
		if strings.HasPrefix(g, "error: ") {
			if !strings.Contains(w, "Error") || !strings.Contains(g, strings.SplitN(w, ": ", 2)[1]) {
				return false
			}
			continue
		}
		if g != w {
			return false
		}
	}
	return true
}
