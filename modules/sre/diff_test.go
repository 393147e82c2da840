// This file defines the differential test against CPython 3.11's _sre:
// testdata/diff.json.gz (written by gen/gen_testdata.py) holds code lists
// and python3.11's results, which the engine must reproduce exactly.

package sre

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

type diffCase struct {
	Pattern  string
	Flags    int
	Code     []uint32
	Groups   int
	Bytes    bool
	Subjects []struct {
		S []rune
		R map[string]json.RawMessage
	}
}

// spanResult is python's ([[start, end], ...], lastindex) or null.
type spanResult = json.RawMessage

func loadDiff(t testing.TB, name string) []diffCase {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var cases []diffCase
	if err := json.NewDecoder(z).Decode(&cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func subjectOf(c *diffCase, s []rune) Subject {
	if c.Bytes {
		b := make([]byte, len(s))
		for i, r := range s {
			b[i] = byte(r)
		}
		return BytesSubject(b)
	}
	return StrSubject(encodeWTF8(s))
}

// encodeWTF8 encodes code points as UTF-8, lone surrogates included.
func encodeWTF8(s []rune) string {
	var b []byte
	for _, r := range s {
		if r >= 0xd800 && r <= 0xdfff {
			b = append(b, 0xe0|byte(r>>12), 0x80|byte(r>>6)&0x3f, 0x80|byte(r)&0x3f)
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

// result renders a state's outcome as the generator does.
func result(st *State, ok bool) any {
	if !ok {
		return nil
	}
	var spans [][]int
	for g := 0; g <= st.pat.Groups; g++ {
		a, b := st.Span(g)
		spans = append(spans, []int{a, b})
	}
	return []any{spans, st.LastIndex()}
}

func norm(v any) string {
	b, _ := json.Marshal(v)
	var x any
	json.Unmarshal(b, &x)
	b, _ = json.Marshal(x)
	return string(b)
}

func normRaw(r json.RawMessage) string {
	var x any
	json.Unmarshal(r, &x)
	b, _ := json.Marshal(x)
	return string(b)
}

// iterate runs the finditer/scanner loop and returns every result.
func iterate(st *State, search bool) ([]any, error) {
	out := []any{}
	for {
		ok, err := st.Next(search)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, result(st, true))
	}
}

// split and sub are pattern_split and pattern_subx expressed over Next.
func split(p *Pattern, subj Subject, s []rune) []any {
	st := p.NewState(subj, 0, math.MaxInt)
	out := []any{}
	last := 0
	for {
		ok, err := st.Next(true)
		if err != nil || !ok {
			break
		}
		a, b := st.Span(0)
		out = append(out, s[last:a])
		for g := 1; g <= p.Groups; g++ {
			x, y := st.Span(g)
			if x < 0 {
				out = append(out, nil)
			} else {
				out = append(out, s[x:y])
			}
		}
		last = b
	}
	return append(out, s[last:])
}

func sub(p *Pattern, subj Subject, s []rune, count int, wrap bool) []rune {
	st := p.NewState(subj, 0, math.MaxInt)
	out := []rune{}
	i, n := 0, 0
	for count == 0 || n < count {
		ok, err := st.Next(true)
		if err != nil || !ok {
			break
		}
		a, b := st.Span(0)
		out = append(out, s[i:a]...)
		if wrap {
			out = append(out, '[')
			out = append(out, s[a:b]...)
			out = append(out, ']')
		}
		i = b
		n++
	}
	return append(out, s[i:]...)
}

func runeInts(r []rune) []int {
	out := make([]int, len(r))
	for i, c := range r {
		out[i] = int(c)
	}
	return out
}

func TestDifferential(t *testing.T) {
	checkCases(t, loadDiff(t, "testdata/diff.json.gz"))
}

// TestRandomPatterns replays random patterns recorded by
// gen/gen_testdata.py --random 400 1 testdata/random.json.gz.
func TestRandomPatterns(t *testing.T) {
	checkCases(t, loadDiff(t, "testdata/random.json.gz"))
}

// TestLiveRandom draws fresh random patterns with python3.11 and checks
// them, so the comparison does not rest on recorded data alone.
func TestLiveRandom(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	out := filepath.Join(t.TempDir(), "live.json.gz")
	seed := fmt.Sprint(time.Now().UnixNano() % 1000000)
	cmd := exec.Command(py, "gen/gen_testdata.py", "--random", "150", seed, out)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	t.Logf("seed %s", seed)
	checkCases(t, loadDiff(t, out))
}

func checkCases(t *testing.T, cases []diffCase) {
	checks, fails := 0, 0
	report := func(c *diffCase, s []rune, what, got, want string) {
		fails++
		if fails <= 40 {
			t.Errorf("%s flags=%d subject=%q %s:\n got  %s\n want %s", c.Pattern, c.Flags, string(s), what, got, want)
		}
	}
	for ci := range cases {
		c := &cases[ci]
		p, err := NewPattern(c.Code, c.Groups)
		if err != nil {
			t.Fatal(err)
		}
		for _, sj := range c.Subjects {
			subj := subjectOf(c, sj.S)
			for key, raw := range sj.R {
				var pos, endpos int
				if _, err := fmt.Sscanf(key, "%d:%d", &pos, &endpos); err != nil {
					continue
				}
				var want map[string]json.RawMessage
				json.Unmarshal(raw, &want)
				for _, op := range []string{"match", "search", "fullmatch"} {
					st := p.NewState(subj, pos, endpos)
					st.SetInterrupt(budget(1 << 22))
					var ok bool
					switch op {
					case "match":
						ok, err = st.Match()
					case "search":
						ok, err = st.Search()
					default:
						ok, err = st.FullMatch()
					}
					checks++
					if got, w := norm(result(st, ok)), normRaw(want[op]); err != nil || got != w {
						report(c, sj.S, fmt.Sprintf("%s(%d,%d) err=%v", op, pos, endpos, err), got, w)
					}
				}
				for _, op := range []string{"finditer", "scanmatch"} {
					st := p.NewState(subj, pos, endpos)
					st.SetInterrupt(budget(1 << 22))
					res, err := iterate(st, op == "finditer")
					checks++
					if got, w := norm(res), normRaw(want[op]); err != nil || got != w {
						report(c, sj.S, fmt.Sprintf("%s(%d,%d) err=%v", op, pos, endpos, err), got, w)
					}
				}
			}
			var parts []any
			for _, x := range split(p, subj, sj.S) {
				if x == nil {
					parts = append(parts, nil)
				} else {
					parts = append(parts, runeInts(x.([]rune)))
				}
			}
			checks += 3
			if got, w := norm(parts), normRaw(sj.R["split"]); got != w {
				report(c, sj.S, "split", got, w)
			}
			if got, w := norm(runeInts(sub(p, subj, sj.S, 0, true))), normRaw(sj.R["sub"]); got != w {
				report(c, sj.S, "sub", got, w)
			}
			if got, w := norm(runeInts(sub(p, subj, sj.S, 2, false))), normRaw(sj.R["sub2"]); got != w {
				report(c, sj.S, "sub2", got, w)
			}
		}
	}
	t.Logf("%d patterns, %d checks, %d failures", len(cases), checks, fails)
}

// budget returns an interrupt callback that stops a match after about
// n steps, so a runaway match fails the test instead of hanging it.
func budget(n int) func() bool {
	calls := 0
	return func() bool {
		calls++
		return calls*4096 > n
	}
}

func TestAppendSlice(t *testing.T) {
	for _, s := range []string{"abc", "aé\u00ffb", "x\u0416y", "p" + encodeWTF8([]rune{0xd800}) + "q"} {
		subj := StrSubject(s)
		if got := string(subj.AppendSlice(nil, 0, subj.Len())); got != s {
			t.Errorf("%q: got %q", s, got)
		}
		if got := string(subj.AppendSlice(nil, 1, subj.Len()-1)); got != string(decodeWTF8(s)[1:subj.Len()-1]) && subj.r == nil {
			t.Errorf("%q inner: got %q", s, got)
		}
	}
	if got := BytesSubject([]byte{1, 200, 3}).AppendSlice(nil, 1, 3); string(got) != "\xc8\x03" {
		t.Errorf("bytes: got %q", got)
	}
}
